// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rowfieldcommand.h"

#include <QCoreApplication>

namespace Finetuner::App {

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Finetuner::App::RowFieldCommand", text, nullptr, n);
}
} // namespace

RowFieldCommand::RowFieldCommand(Document *document, Document::RowField field, QList<int> rows, quint8 value,
                                 const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_field(field)
    , m_rows(std::move(rows))
    , m_value(value)
{
    m_oldValues.reserve(m_rows.size());
    for (const int row : std::as_const(m_rows))
        m_oldValues.append(m_document->rowField(m_field, row));
}

void RowFieldCommand::redo()
{
    m_document->applyRowField(m_field, m_rows, {m_value});
}

void RowFieldCommand::undo()
{
    m_document->applyRowField(m_field, m_rows, m_oldValues);
}

RowFieldCommand *RowFieldCommand::include(Document *document, const QList<int> &rows, bool included)
{
    const auto value = quint8(included ? Core::IncludeOverride::Included : Core::IncludeOverride::Excluded);
    const int n = int(rows.size());
    return new RowFieldCommand(document, Document::RowField::Include, rows, value,
                               included ? tr("Include %n message(s)", n) : tr("Exclude %n message(s)", n));
}

RowFieldCommand *RowFieldCommand::anonymize(Document *document, const QList<int> &rows, bool on)
{
    const int n = int(rows.size());
    return new RowFieldCommand(document, Document::RowField::Anonymize, rows, quint8(on),
                               on ? tr("Anonymize %n message(s)", n) : tr("Stop anonymizing %n message(s)", n));
}

RowFieldCommand *RowFieldCommand::status(Document *document, const QList<int> &rows, Core::ReviewStatus status)
{
    const int n = int(rows.size());
    QString text;
    switch (status) {
    case Core::ReviewStatus::Todo:
        text = tr("Mark %n message(s) to do", n);
        break;
    case Core::ReviewStatus::Done:
        text = tr("Mark %n message(s) done", n);
        break;
    case Core::ReviewStatus::Skipped:
        text = tr("Skip %n message(s)", n);
        break;
    case Core::ReviewStatus::NeedsReview:
        text = tr("Mark %n message(s) for review", n);
        break;
    }
    return new RowFieldCommand(document, Document::RowField::Status, rows, quint8(status), text);
}

} // namespace Finetuner::App
