// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace Finetuner::Core {

/// How a row becomes a prompt/completion line: the seed's separator tables (docs/seed.md) as settings.
struct ExportSettings
{
    bool includeAuthor = false;   // "TIME - AUTHOR: TEXT", the seed's include_user
    QString promptSuffix = QStringLiteral("\n\n###\n\n"); // marks where the prompt ends
    bool completionLeadingSpace = true;                    // " completion": where the completion starts
    QString stopSequence = QStringLiteral("END");          // where the completion ends

    /// No separators at all: what the seed's parse_convo wrote.
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
        return a.includeAuthor == b.includeAuthor && a.promptSuffix == b.promptSuffix
            && a.completionLeadingSpace == b.completionLeadingSpace && a.stopSequence == b.stopSequence;
    }
    friend bool operator!=(const ExportSettings &a, const ExportSettings &b) { return !(a == b); }
};

} // namespace Finetuner::Core
