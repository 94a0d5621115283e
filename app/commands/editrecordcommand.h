// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <app/commands/commandid.h>

#include <QByteArray>
#include <QUndoCommand>

namespace Finetuner::App {

class Document;

/// A reviewer's edit of a dataset record's JSON, byte for byte: undo puts the exact bytes back.
class EditRecordCommand final : public QUndoCommand
{
public:
    EditRecordCommand(Document *document, int row, QByteArray newBytes);

    void redo() override;
    void undo() override;
    int id() const override { return CommandId::EditRecord; }
    /// Typing in one record is one step to undo, not one per key.
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document; // not owned
    int m_row;
    QByteArray m_oldBytes; // captured in the constructor
    QByteArray m_newBytes;
};

} // namespace Finetuner::App
