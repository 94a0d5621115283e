// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/anonymize/piidetector.h>
#include <core/anonymize/termmatcher.h>

#include <QList>
#include <QStringList>

namespace Finetuner::Core {

/// People's aliases (the identity map's) in text, as Person spans that carry their identity: case-insensitively at
/// Unicode word boundaries (TermMatcher), longest first, so "Bruce Wayne's" is one span before the "'s" and
/// "Brucey" none. An alias is looked for in every form formsOf() gives.
class AliasDetector final : public PiiDetector
{
public:
    /// @p aliases and @p identities pair up.
    AliasDetector(const QStringList &aliases, const QList<int> &identities);

    /// @p alias and the other ways a chat writes it: composed and decomposed (NFC and NFD "Zoë"); with what case
    /// folding keeps apart made plain ("ß" as "ss", so "GROSS" is "Groß"; the Turkish "ı" and "İ" as "i" and
    /// "I", so "ÇAĞRI" is "Çağrı"); and typed without accents ("Zoe", "Inaki", "Lukasz", "Παππας") in Latin,
    /// Greek and Cyrillic. The leak check looks for the same forms.
    static QStringList formsOf(const QString &alias);

    void find(QStringView text, const TextFacts &facts, PiiSpans &out) const override;

private:
    QStringList m_aliases;
    QList<int> m_identities;
    TermMatcher m_matcher;
};

} // namespace Finetuner::Core
