// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/dataset/exportformat.h>
#include <core/dataset/trainingexample.h>

#include <QString>

namespace Finetuner::Core {

/// How a row becomes a prompt/completion line: the seed's separator tables (docs/seed.md) as settings.
struct ExportSettings
{
    bool includeAuthor = false;   // "TIME - AUTHOR: TEXT", the seed's include_user
    QString promptSuffix = QStringLiteral("\n\n###\n\n"); // marks where the prompt ends
    bool completionLeadingSpace = true;                    // " completion": where the completion starts
    QString stopSequence = QStringLiteral("END");          // where the completion ends

    // What File › Export writes (docs/export.md): the examples, their format, a validation split.
    ExampleOptions examples;
    ExportFormat format = ExportFormat::PromptCompletion;
    double validationRatio = 0;  // 0: everything in one file
    quint64 splitSeed = 1;
    bool stratify = true;        // by a classification's choice, when the schema has one

    /// No separators at all: what the seed's parse_convo wrote. The other settings are left as they are.
    ExportSettings withSeedSeparators() const
    {
        ExportSettings settings = *this;
        settings.promptSuffix.clear();
        settings.completionLeadingSpace = false;
        settings.stopSequence.clear();
        return settings;
    }
    /// The separators the seed's README recommends (the defaults), the other settings left as they are.
    ExportSettings withRecommendedSeparators() const
    {
        const ExportSettings defaults;
        ExportSettings settings = *this;
        settings.promptSuffix = defaults.promptSuffix;
        settings.completionLeadingSpace = defaults.completionLeadingSpace;
        settings.stopSequence = defaults.stopSequence;
        return settings;
    }
    static ExportSettings seed()
    {
        ExportSettings settings;
        settings.promptSuffix.clear();
        settings.completionLeadingSpace = false;
        settings.stopSequence.clear();
        return settings;
    }

    friend bool operator==(const ExportSettings &a, const ExportSettings &b)
    {
        const ExampleOptions &x = a.examples;
        const ExampleOptions &y = b.examples;
        return a.includeAuthor == b.includeAuthor && a.promptSuffix == b.promptSuffix
            && a.completionLeadingSpace == b.completionLeadingSpace && a.stopSequence == b.stopSequence
            && x.mode == y.mode && x.assistant == y.assistant && x.contextTurns == y.contextTurns
            && x.contextMinutes == y.contextMinutes && x.systemPrompt == y.systemPrompt
            && x.trainOnContext == y.trainOnContext && a.format == b.format && a.validationRatio == b.validationRatio
            && a.splitSeed == b.splitSeed && a.stratify == b.stratify;
    }
    friend bool operator!=(const ExportSettings &a, const ExportSettings &b) { return !(a == b); }
};

} // namespace Finetuner::Core
