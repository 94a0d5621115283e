// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <app/document.h>

#include <QUndoCommand>

namespace Finetuner::App {

/// Sets include, anonymize or status on one row or many (a bulk edit is one step to undo).
class RowFieldCommand final : public QUndoCommand
{
public:
    RowFieldCommand(Document *document, Document::RowField field, QList<int> rows, quint8 value,
                    const QString &text);

    void redo() override;
    void undo() override;

    // Translated undo texts for the common edits.
    static RowFieldCommand *include(Document *document, const QList<int> &rows, bool included);
    static RowFieldCommand *anonymize(Document *document, const QList<int> &rows, bool on);
    static RowFieldCommand *status(Document *document, const QList<int> &rows, Core::ReviewStatus status);

private:
    Document *m_document; // not owned
    Document::RowField m_field;
    QList<int> m_rows;
    QList<quint8> m_oldValues; // captured in the constructor
    quint8 m_value;
};

} // namespace Finetuner::App
