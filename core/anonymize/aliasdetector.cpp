// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "aliasdetector.h"

namespace Finetuner::Core {

AliasDetector::AliasDetector(const QStringList &aliases, const QList<int> &identities)
{
    for (qsizetype i = 0; i < aliases.size() && i < identities.size(); ++i) {
        const QString &alias = aliases.at(i);
        if (alias.isEmpty())
            continue;
        for (const QString &form : {alias, alias.normalized(QString::NormalizationForm_C),
                                    alias.normalized(QString::NormalizationForm_D)}) {
            if (!m_aliases.contains(form)) {
                m_aliases.append(form);
                m_identities.append(identities.at(i));
            }
        }
    }
    m_matcher = TermMatcher(m_aliases);
}

void AliasDetector::find(QStringView text, const TextFacts &, PiiSpans &out) const
{
    for (const TermMatcher::Match &match : m_matcher.find(text)) {
        PiiSpan span{int(match.begin), int(match.end), PiiType::Person, m_aliases.at(match.term)};
        span.identity = m_identities.at(match.term);
        out.append(span);
    }
}

} // namespace Finetuner::Core
