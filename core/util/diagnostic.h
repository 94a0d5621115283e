// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Finetuner::Core {

/// A problem found while reading or writing, with where it was found. Core returns these;
/// the app and the CLI decide how to show them.
struct Diagnostic
{
    enum class Severity { Note, Warning, Error };

    Severity severity = Severity::Error;
    QString message; // translated, ready for the UI
    QString source;  // file path or record id; filled in by whoever knows it
    int line = -1;   // 1-based, -1 when not applicable
    int column = -1; // 1-based byte column in the line, -1 when not applicable

    // "FILE:LINE:COLUMN: warning: message", the form compilers use, so editors can jump to it.
    QString toString() const;

    friend bool operator==(const Diagnostic &a, const Diagnostic &b)
    {
        return a.severity == b.severity && a.message == b.message && a.source == b.source && a.line == b.line
            && a.column == b.column;
    }
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);
qsizetype countOf(const Diagnostics &diagnostics, Diagnostic::Severity severity);

template <typename T>
struct Result
{
    std::optional<T> value;
    Diagnostics diagnostics; // may hold warnings even when value is set

    bool ok() const { return value.has_value(); }
};

} // namespace Finetuner::Core
