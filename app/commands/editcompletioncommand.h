// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <app/commands/commandid.h>

#include <QByteArray>
#include <QUndoCommand>

namespace Finetuner::App {

class Document;

class EditCompletionCommand final : public QUndoCommand
{
public:
    EditCompletionCommand(Document *document, int row, QString newText);

    void redo() override;
    void undo() override;
    int id() const override { return CommandId::EditCompletion; }
    /// Typing in one row is one step to undo, not one per key.
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document; // not owned
    int m_row;
    QString m_oldText; // captured in the constructor
    QString m_newText;
    // A dataset's record as it was: undo restores its bytes, not a re-encoding of the old completion.
    QByteArray m_oldRecord;
};

} // namespace Finetuner::App
