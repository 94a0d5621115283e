// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/util/diagnostic.h>

#include <QList>
#include <QString>

namespace Finetuner::Core {

/// One problem the validator found in a dataset. The CLI prints these; the Validation dock lists them,
/// jumps to @c line / @c example, and offers @c fixId as a one-click fix (applyFixes()).
struct Issue
{
    using Severity = Diagnostic::Severity;

    Severity severity = Severity::Warning;
    QString checkId;  // stable id, listed in docs/validation.md ("empty-completion")
    int line = -1;    // 1-based line in the file; -1 for a finding about the whole file
    int example = -1; // 0-based index into ParsedDataset::records; -1 for the whole file or a line that is no record
    QString text;     // translated, one sentence or a few
    QString fixId;    // the fix that removes this issue; empty when none is well defined
    QString fixValue; // what the fix adds or removes when it has a parameter (the suffix, the prefix, the field)
    int affected = 1; // how many examples the issue is about (aggregate findings count many)
    QList<int> lines; // for whole-file findings: the lines they concern, ascending; empty otherwise

    bool isWholeFile() const { return line < 0; }
};

using Issues = QList<Issue>;

} // namespace Finetuner::Core
