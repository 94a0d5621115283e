// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "anonymizationcommands.h"

#include <app/document.h>

namespace Finetuner::App {

SetIdentitiesCommand::SetIdentitiesCommand(Document *document, Core::IdentityMap identities, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_oldIdentities(document->project().identities())
    , m_newIdentities(std::move(identities))
{
}

void SetIdentitiesCommand::redo()
{
    m_document->applyIdentities(m_newIdentities);
}

void SetIdentitiesCommand::undo()
{
    m_document->applyIdentities(m_oldIdentities);
}

SetAnonymizationCommand::SetAnonymizationCommand(Document *document, Core::AnonymizationSettings settings,
                                                 const QString &text, bool mergeable)
    : QUndoCommand(text)
    , m_document(document)
    , m_oldSettings(document->project().anonymization())
    , m_newSettings(std::move(settings))
    , m_mergeable(mergeable)
{
}

void SetAnonymizationCommand::redo()
{
    m_document->applyAnonymization(m_newSettings);
}

void SetAnonymizationCommand::undo()
{
    m_document->applyAnonymization(m_oldSettings);
}

bool SetAnonymizationCommand::mergeWith(const QUndoCommand *other)
{
    // QUndoStack only offers commands of the same id(), so both are typing; typing in another box is not.
    const auto *next = static_cast<const SetAnonymizationCommand *>(other);
    if (next->text() != text())
        return false;
    m_newSettings = next->m_newSettings;
    // Typed back to where it started: the step changes nothing and leaves the stack.
    setObsolete(m_newSettings == m_oldSettings);
    return true;
}

} // namespace Finetuner::App
