// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "customtermdetector.h"

#include <algorithm>

namespace Finetuner::Core {

CustomTermDetector::CustomTermDetector(const QStringList &terms)
{
    for (const QString &term : terms) {
        const QString trimmed = term.trimmed();
        if (trimmed.isEmpty())
            continue;
        const bool known = std::any_of(m_terms.cbegin(), m_terms.cend(), [&trimmed](const QString &t) {
            return t.compare(trimmed, Qt::CaseInsensitive) == 0;
        });
        if (!known)
            m_terms.append(trimmed);
    }
    m_matcher = TermMatcher(m_terms);
}

void CustomTermDetector::find(QStringView text, const TextFacts &, PiiSpans &out) const
{
    for (const TermMatcher::Match &match : m_matcher.find(text))
        out.append({int(match.begin), int(match.end), PiiType::CustomTerm, m_terms.at(match.term)});
}

} // namespace Finetuner::Core
