// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/label/labelschema.h>

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace Finetuner::App {

/// Annotate › Labels: the project's entity labels (name, colour, key), choice fields (single or several),
/// text fields and completion template, with presets. The caller turns the result into one undoable command.
class LabelSchemaDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelSchemaDialog)
public:
    explicit LabelSchemaDialog(const Core::LabelSchema &schema, QWidget *parent = nullptr);

    /// What the dialog shows now; labels keep their ids, new ones get fresh ids.
    Core::LabelSchema schema() const;
    void setSchema(const Core::LabelSchema &schema);

private:
    void updateWarnings();

    QTableWidget *m_entities;
    QTableWidget *m_choices;
    QPlainTextEdit *m_textFields;
    QPlainTextEdit *m_template;
    QLabel *m_warning;
    Core::LabelSchema m_original; // for the ids of labels that are kept
};

} // namespace Finetuner::App
