// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <app/commands/commandid.h>
#include <app/commands/swapcommand.h>
#include <core/anonymize/anonymizationsettings.h>
#include <core/anonymize/identity.h>

namespace Finetuner::App {

/// Any edit of the identity map (a pseudonym, a merge, a split, an alias, a new person, the style): the map is
/// small, so the command swaps whole maps and undo puts the old one back as it was.
class SetIdentitiesCommand final : public SwapCommand<Core::IdentityMap>
{
public:
    SetIdentitiesCommand(Document *document, Core::IdentityMap identities, const QString &text)
        : SwapCommand(document, &Document::applyIdentities, document->project().identities(), std::move(identities),
                      text)
    {
    }
};

/// The detectors, operators, custom terms and patterns and phone regions, swapped whole.
class SetAnonymizationCommand final : public SwapCommand<Core::AnonymizationSettings>
{
public:
    /// @p mergeable for typing: custom terms typed over several pauses are one step. A checkbox or a pick from
    /// a list is a step of its own and merges with nothing.
    SetAnonymizationCommand(Document *document, Core::AnonymizationSettings settings, const QString &text,
                            bool mergeable = false)
        : SwapCommand(document, &Document::applyAnonymization, document->project().anonymization(),
                      std::move(settings), text, mergeable ? CommandId::EditAnonymization : -1)
    {
    }
};

} // namespace Finetuner::App
