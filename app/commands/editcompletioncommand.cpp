// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editcompletioncommand.h"

#include <app/document.h>

#include <QCoreApplication>

namespace Finetuner::App {

EditCompletionCommand::EditCompletionCommand(Document *document, int row, QString newText)
    : QUndoCommand(QCoreApplication::translate("Finetuner::App::EditCompletionCommand", "Edit completion"))
    , m_document(document)
    , m_row(row)
    , m_oldText(document->project().completion(row))
    , m_newText(std::move(newText))
{
    if (const Core::Dataset *dataset = document->project().dataset())
        m_oldRecord = dataset->record(row);
}

void EditCompletionCommand::redo()
{
    m_document->applyCompletion(m_row, m_newText);
}

void EditCompletionCommand::undo()
{
    if (m_document->project().isDataset())
        m_document->applyRecord(m_row, m_oldRecord);
    else
        m_document->applyCompletion(m_row, m_oldText);
}

bool EditCompletionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditCompletionCommand *>(other);
    if (next->m_row != m_row)
        return false;
    m_newText = next->m_newText;
    return true;
}

} // namespace Finetuner::App
