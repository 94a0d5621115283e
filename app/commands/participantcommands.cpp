// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "participantcommands.h"

#include <app/document.h>

#include <QCoreApplication>

namespace Finetuner::App {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Finetuner::App::ParticipantCommands", text);
}

QString roleName(Core::ParticipantRole role)
{
    switch (role) {
    case Core::ParticipantRole::PromptAuthor:
        return tr("prompt author");
    case Core::ParticipantRole::Context:
        return tr("context");
    case Core::ParticipantRole::Excluded:
        return tr("excluded");
    }
    return {};
}
} // namespace

SetParticipantRoleCommand::SetParticipantRoleCommand(Document *document, int participant,
                                                     Core::ParticipantRole role)
    : QUndoCommand(tr("Make %1 %2")
                       .arg(document->project().conversation().participants().at(participant), roleName(role)))
    , m_document(document)
    , m_participant(participant)
    , m_oldRole(document->project().participant(participant).role)
    , m_newRole(role)
{
}

void SetParticipantRoleCommand::redo()
{
    m_document->applyParticipantRole(m_participant, m_newRole);
}

void SetParticipantRoleCommand::undo()
{
    m_document->applyParticipantRole(m_participant, m_oldRole);
}

SetPseudonymCommand::SetPseudonymCommand(Document *document, int participant, QString pseudonym)
    : QUndoCommand(tr("Rename pseudonym of %1").arg(document->project().conversation().participants().at(participant)))
    , m_document(document)
    , m_participant(participant)
    , m_oldPseudonym(document->project().pseudonym(participant))
    , m_newPseudonym(std::move(pseudonym))
{
}

void SetPseudonymCommand::redo()
{
    m_document->applyPseudonym(m_participant, m_newPseudonym);
}

void SetPseudonymCommand::undo()
{
    m_document->applyPseudonym(m_participant, m_oldPseudonym);
}

bool SetPseudonymCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetPseudonymCommand *>(other);
    if (next->m_participant != m_participant)
        return false;
    m_newPseudonym = next->m_newPseudonym;
    return true;
}

} // namespace Finetuner::App
