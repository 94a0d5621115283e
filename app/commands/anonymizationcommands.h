// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <app/commands/commandid.h>
#include <core/anonymize/anonymizationsettings.h>
#include <core/anonymize/identity.h>

#include <QUndoCommand>

namespace Finetuner::App {

class Document;

/// Any edit of the identity map (a pseudonym, a merge, a split, an alias, a new person, the style): the map is
/// small, so the command swaps whole maps and undo puts the old one back as it was.
class SetIdentitiesCommand final : public QUndoCommand
{
public:
    SetIdentitiesCommand(Document *document, Core::IdentityMap identities, const QString &text);
    void redo() override;
    void undo() override;

private:
    Document *m_document; // not owned
    Core::IdentityMap m_oldIdentities;
    Core::IdentityMap m_newIdentities;
};

/// The detectors, operators, custom terms and patterns and phone regions, swapped whole.
class SetAnonymizationCommand final : public QUndoCommand
{
public:
    /// @p mergeable for typing: custom terms typed over several pauses are one step. A checkbox or a pick from
    /// a list is a step of its own and merges with nothing.
    SetAnonymizationCommand(Document *document, Core::AnonymizationSettings settings, const QString &text,
                            bool mergeable = false);
    void redo() override;
    void undo() override;
    int id() const override { return m_mergeable ? CommandId::EditAnonymization : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document; // not owned
    Core::AnonymizationSettings m_oldSettings;
    Core::AnonymizationSettings m_newSettings;
    bool m_mergeable;
};

} // namespace Finetuner::App
