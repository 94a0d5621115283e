// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editrecordcommand.h"

#include <app/document.h>

#include <QCoreApplication>

namespace Finetuner::App {

EditRecordCommand::EditRecordCommand(Document *document, int row, QByteArray newBytes)
    : QUndoCommand(QCoreApplication::translate("Finetuner::App::EditRecordCommand", "Edit record"))
    , m_document(document)
    , m_row(row)
    , m_oldBytes(document->project().dataset()->record(row))
    , m_newBytes(std::move(newBytes))
{
}

void EditRecordCommand::redo()
{
    m_document->applyRecord(m_row, m_newBytes);
}

void EditRecordCommand::undo()
{
    m_document->applyRecord(m_row, m_oldBytes);
}

bool EditRecordCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditRecordCommand *>(other);
    if (next->m_row != m_row)
        return false;
    m_newBytes = next->m_newBytes;
    return true;
}

} // namespace Finetuner::App
