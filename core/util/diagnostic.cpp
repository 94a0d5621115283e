// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "diagnostic.h"

#include <QCoreApplication>

#include <algorithm>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

QString Diagnostic::toString() const
{
    QString where = source;
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    QString kind;
    switch (severity) {
    case Severity::Note:
        kind = QCoreApplication::translate("Finetuner::Core::Diagnostic", "note");
        break;
    case Severity::Warning:
        kind = QCoreApplication::translate("Finetuner::Core::Diagnostic", "warning");
        break;
    case Severity::Error:
        kind = QCoreApplication::translate("Finetuner::Core::Diagnostic", "error");
        break;
    }
    return where.isEmpty() ? kind + u": "_s + message : where + u": "_s + kind + u": "_s + message;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return countOf(diagnostics, Diagnostic::Severity::Error) > 0;
}

qsizetype countOf(const Diagnostics &diagnostics, Diagnostic::Severity severity)
{
    return std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                         [severity](const Diagnostic &d) { return d.severity == severity; });
}

} // namespace Finetuner::Core
