// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/dataset/exportformat.h>
#include <core/util/diagnostic.h>

#include <memory>

namespace Finetuner::Core {

class ExampleBuilder;
class LeakNeedles;
class Project;

/// The leak check every export runs before it writes (DESIGN.md §5). Each line about to be written is searched,
/// in any case and in its JSON-escaped form, for what anonymization must have removed from the messages it is
/// made of:
/// - the text of every enabled span of its anonymized messages (names, numbers, addresses, links…), as written,
///   and of what the detectors find in their typed completions;
/// - where all of its messages are anonymized, every alias of every identity, anywhere in the line (in the
///   author, a typed completion, a template's entities: "ribeiroEND" is a leak too).
/// An alias of two letters, or one that is part of a pseudonym, a placeholder or the format's own words
/// ("Per" in "Person 1", "Pro" in "prompt"), must stand as a word. Each hit is an error naming the output line,
/// the message's source line and the value's type, never the value itself.
///
/// What the annotator chose to keep is not a leak: messages whose anonymization is off, the text of spans
/// switched off in the example's messages, and the aliases when people's names are switched off in the settings.
///
/// @p lines are the lines about to be written (exampleLines() of @p examples at @p indices): the check reads the
/// very bytes the writer then writes. @p builder's scans (ExampleBuilder::scanExported) are reused; lines are
/// checked on all cores.
Diagnostics findLeaks(const ExampleBuilder &builder, const QList<TrainingExample> &examples,
                      const QList<int> &indices, const QList<QByteArray> &lines);
/// The same, making the lines (when nothing writes them afterwards, or the caller writes them again).
Diagnostics findLeaks(const ExampleBuilder &builder, const QList<TrainingExample> &examples,
                      const QList<int> &indices, ExportFormat format);
/// The same with a builder and lines of its own.
Diagnostics findLeaks(const Project &project, const QList<TrainingExample> &examples, const QList<int> &indices,
                      ExportFormat format);

/// The same check, prepared once for an export (every alias escaped and folded) and run one line at a time, on
/// any number of threads at once: an export checks each line as soon as it is made, while it is in the cache.
class LeakCheck
{
public:
    explicit LeakCheck(const ExampleBuilder &builder);
    ~LeakCheck();
    Q_DISABLE_COPY_MOVE(LeakCheck)

    /// Appends to @p leaks an error for each value that @p line, output line @p lineIndex (from 0) made of
    /// @p example, still holds.
    void check(const TrainingExample &example, QByteArrayView line, qsizetype lineIndex, Diagnostics &leaks) const;

private:
    bool isWholeWordNeedle(const QByteArray &needle) const;

    const ExampleBuilder &m_builder;
    QByteArray m_fixed; // what every line holds, folded: pseudonyms, placeholders, keys
    std::unique_ptr<const LeakNeedles> m_aliases;
};

} // namespace Finetuner::Core
