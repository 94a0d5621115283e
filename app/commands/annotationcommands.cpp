// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "annotationcommands.h"

#include <app/document.h>

#include <QCoreApplication>

namespace Finetuner::App {

SetAnnotationsCommand::SetAnnotationsCommand(Document *document, QList<int> rows,
                                             QList<Core::RowAnnotation> annotations, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_rows(std::move(rows))
    , m_new(std::move(annotations))
{
    m_old.reserve(m_rows.size());
    for (const int row : std::as_const(m_rows))
        m_old.append(document->project().annotation(row));
}

SetAnnotationsCommand::SetAnnotationsCommand(Document *document, int row, const Core::RowAnnotation &annotation,
                                             const QString &text)
    : SetAnnotationsCommand(document, QList<int>{row}, QList<Core::RowAnnotation>{annotation}, text)
{
}

void SetAnnotationsCommand::redo()
{
    m_document->applyAnnotations(m_rows, m_new);
}

void SetAnnotationsCommand::undo()
{
    m_document->applyAnnotations(m_rows, m_old);
}

SetLabelSchemaCommand::SetLabelSchemaCommand(Document *document, Core::LabelSchema schema)
    : QUndoCommand(QCoreApplication::translate("Finetuner::App::SetLabelSchemaCommand", "Change labels"))
    , m_document(document)
    , m_old(document->project().labelSchema())
    , m_new(std::move(schema))
{
}

void SetLabelSchemaCommand::redo()
{
    m_document->applyLabelSchema(m_new);
}

void SetLabelSchemaCommand::undo()
{
    m_document->applyLabelSchema(m_old);
}

} // namespace Finetuner::App
