// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "customtermdetector.h"

#include <core/anonymize/textchars.h>

#include <algorithm>

namespace Finetuner::Core {

using namespace TextChars;

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
    std::stable_sort(m_terms.begin(), m_terms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void CustomTermDetector::find(QStringView text, const TextFacts &, PiiSpans &out) const
{
    PiiSpans found;
    for (const QString &term : m_terms) {
        // A boundary is needed only where the term itself starts or ends with a word character:
        // "+1 555" may follow a letter, "Åsa" may not.
        const bool wordStart = isWordCodePoint(codePointAt(term, 0));
        const bool wordEnd = isWordCodePoint(codePointBefore(term, term.size()));
        qsizetype from = 0;
        while (true) {
            const qsizetype at = text.indexOf(term, from, Qt::CaseInsensitive);
            if (at < 0)
                break;
            const qsizetype end = at + term.size();
            from = at + 1;
            if ((wordStart && wordBefore(text, at)) || (wordEnd && wordAt(text, end)))
                continue;
            const bool overlaps = std::any_of(found.cbegin(), found.cend(), [at, end](const PiiSpan &s) {
                return at < s.end && s.begin < end;
            });
            if (!overlaps)
                found.append({int(at), int(end), PiiType::CustomTerm, term});
            from = end;
        }
    }
    out.append(found);
}

} // namespace Finetuner::Core
