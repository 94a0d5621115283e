// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/anonymize/anonymizationsettings.h>

#include <QUndoCommand>

namespace Finetuner::App {

class Document;

/// New span overrides for one row: a detected span switched off or on again, a span added or removed by hand.
/// Undo gives the row back the overrides it had when the command was made.
class SetSpanOverridesCommand final : public QUndoCommand
{
public:
    /// @p text names what happened ("Keep “Ana” as written").
    SetSpanOverridesCommand(Document *document, int row, Core::SpanOverrides newOverrides, const QString &text);

    void redo() override;
    void undo() override;

private:
    Document *m_document; // not owned
    int m_row;
    Core::SpanOverrides m_old; // captured in the constructor
    Core::SpanOverrides m_new;
};

} // namespace Finetuner::App
