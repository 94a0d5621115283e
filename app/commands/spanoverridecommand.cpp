// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "spanoverridecommand.h"

#include <app/document.h>

namespace Finetuner::App {

SetSpanOverridesCommand::SetSpanOverridesCommand(Document *document, int row, Core::SpanOverrides newOverrides,
                                                 const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_row(row)
    , m_old(document->project().spanOverrides(row))
    , m_new(std::move(newOverrides))
{
}

void SetSpanOverridesCommand::redo()
{
    m_document->applySpanOverrides({m_row}, {m_new});
}

void SetSpanOverridesCommand::undo()
{
    m_document->applySpanOverrides({m_row}, {m_old});
}

} // namespace Finetuner::App
