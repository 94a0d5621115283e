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
/// "Brucey" none. An alias is looked for as composed and as decomposed (NFC and NFD "Zoë").
class AliasDetector final : public PiiDetector
{
public:
    /// @p aliases and @p identities pair up.
    AliasDetector(const QStringList &aliases, const QList<int> &identities);

    void find(QStringView text, const TextFacts &facts, PiiSpans &out) const override;

private:
    QStringList m_aliases;
    QList<int> m_identities;
    TermMatcher m_matcher;
};

} // namespace Finetuner::Core
