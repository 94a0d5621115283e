// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <app/commands/commandid.h>
#include <app/commands/swapcommand.h>
#include <core/project/project.h>

#include <QUndoCommand>

namespace Finetuner::App {

class Document;

class SetParticipantRoleCommand final : public QUndoCommand
{
public:
    SetParticipantRoleCommand(Document *document, int participant, Core::ParticipantRole role);
    void redo() override;
    void undo() override;

private:
    Document *m_document; // not owned
    int m_participant;
    Core::ParticipantRole m_oldRole;
    Core::ParticipantRole m_newRole;
};

class SetPseudonymCommand final : public QUndoCommand
{
public:
    SetPseudonymCommand(Document *document, int participant, QString pseudonym);
    void redo() override;
    void undo() override;
    int id() const override { return CommandId::EditPseudonym; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document; // not owned
    int m_participant;
    QString m_oldPseudonym;
    QString m_newPseudonym;
};

class SetExportSettingsCommand final : public SwapCommand<Core::ExportSettings>
{
public:
    /// @p mergeable for typing: a custom stop sequence typed key by key is one step. A pick from a list, a
    /// checkbox or a preset is a step of its own and merges with nothing.
    SetExportSettingsCommand(Document *document, const Core::ExportSettings &settings, const QString &text,
                             bool mergeable = false)
        : SwapCommand(document, &Document::applyExportSettings, document->project().exportSettings(), settings, text,
                      mergeable ? CommandId::EditExportSettings : -1)
    {
    }
};

} // namespace Finetuner::App
