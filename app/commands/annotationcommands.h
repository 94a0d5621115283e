// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/label/annotation.h>
#include <core/label/labelschema.h>

#include <QList>
#include <QUndoCommand>

namespace Finetuner::App {

class Document;

/// New spans, choices or fields for one row or many (label all occurrences): one undo step either way.
class SetAnnotationsCommand final : public QUndoCommand
{
public:
    SetAnnotationsCommand(Document *document, QList<int> rows, QList<Core::RowAnnotation> annotations,
                          const QString &text);
    /// One row: @p text names what happened ("Label “Ibiza” as place").
    SetAnnotationsCommand(Document *document, int row, const Core::RowAnnotation &annotation, const QString &text);

    void redo() override;
    void undo() override;

private:
    Document *m_document; // not owned
    QList<int> m_rows;
    QList<Core::RowAnnotation> m_old; // captured in the constructor
    QList<Core::RowAnnotation> m_new;
};

/// A new label schema (labels, choices, fields, template). Spans of a label that is gone stay stored and
/// come back with the label; they are not shown or rendered meanwhile.
class SetLabelSchemaCommand final : public QUndoCommand
{
public:
    SetLabelSchemaCommand(Document *document, Core::LabelSchema schema);

    void redo() override;
    void undo() override;

private:
    Document *m_document; // not owned
    Core::LabelSchema m_old;
    Core::LabelSchema m_new;
};

} // namespace Finetuner::App
