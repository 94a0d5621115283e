// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Finetuner::Core {

class ExampleBuilder;

class Project;

/// How rows become examples (DESIGN.md §6, docs/export.md).
enum class ExampleMode {
    PerMessage, // the seed: each exported message is a prompt, its completion is annotated
    ReplyPairs, // the other participants' turn → the assistant's reply
    ChatWindow, // the last turns as context, the assistant's turn last
};

struct ExampleOptions
{
    ExampleMode mode = ExampleMode::PerMessage;
    /// Reply pairs and chat window: whose turns are the assistant's; -1 for the first prompt author.
    int assistant = -1;
    /// Chat window: at most this many turns before the assistant's...
    int contextTurns = 6;
    /// ...and none older than this many minutes before it (0: no limit).
    int contextMinutes = 0;
    /// Chat formats: a first system message; empty for none.
    QString systemPrompt;
    /// Chat window: earlier assistant turns in the context are trained on too (weight 1), not only shown (weight 0).
    bool trainOnContext = false;
};

/// One turn of an example: a role and what was said (consecutive messages of one author, joined by newlines).
struct Turn
{
    enum Role { System, User, Assistant };
    Role role = User;
    QString content;
    std::optional<int> weight; // assistant turns in a chat window carry one
};

/// One exported line, before it has a format: the same example as prompt/completion and as turns.
struct TrainingExample
{
    int row = -1;        // the row the example answers (its last assistant message), for jumping to it
    QString prompt;      // with the prompt suffix
    QString completion;  // with leading space and stop sequence, as the legacy format wants
    QList<Turn> turns;   // system?, context..., the answer last; no separators
    QString stratum;     // a classification's choice, for stratified splits; empty otherwise
    QList<int> sourceRows; // every row whose text is in the example, for the leak check
};

/// The examples a project exports in @p options' mode: only exported rows (included, not skipped) answer, and
/// every text is as exported (excluded names removed, pseudonyms where anonymized).
QList<TrainingExample> buildExamples(const Project &project, const ExampleOptions &options);
/// The same with @p builder's project and its scans (ExampleBuilder::scanExported), which the leak check then
/// reuses instead of scanning every message again.
QList<TrainingExample> buildExamples(const ExampleBuilder &builder, const ExampleOptions &options);

} // namespace Finetuner::Core
