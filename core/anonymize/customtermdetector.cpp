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
    const auto mark = [this](char16_t unit) { m_firstUnits[unit >> 6] |= std::uint64_t(1) << (unit & 63); };
    for (const QString &term : m_terms) {
        const QChar first = term.front();
        mark(first.unicode());
        mark(first.toLower().unicode());
        mark(first.toUpper().unicode());
        mark(first.toTitleCase().unicode());
        mark(first.toCaseFolded().unicode());
    }
}

void CustomTermDetector::find(QStringView text, const TextFacts &, PiiSpans &out) const
{
    if (m_terms.isEmpty())
        return;
    const qsizetype n = text.size();
    const qsizetype shortest = m_terms.constLast().size();
    for (qsizetype i = 0; i + shortest <= n; ++i) {
        const char16_t unit = text[i].unicode();
        if (!(m_firstUnits[unit >> 6] & (std::uint64_t(1) << (unit & 63))))
            continue;
        for (const QString &term : m_terms) {
            const qsizetype end = i + term.size();
            if (end > n)
                continue;
            // The last unit first, in its cases: a cheap way to skip most places before comparing.
            const QChar last = text[end - 1];
            const QChar termLast = term.back();
            if (last != termLast && last.toCaseFolded() != termLast.toCaseFolded())
                continue;
            if (text.mid(i, term.size()).compare(term, Qt::CaseInsensitive) != 0)
                continue;
            // A boundary is needed only where the term itself starts or ends with a word character:
            // "+1 555" may follow a letter, "Åsa" may not.
            const bool wordStart = isWordCodePoint(codePointAt(term, 0));
            const bool wordEnd = isWordCodePoint(codePointBefore(term, term.size()));
            if ((wordStart && wordBefore(text, i)) || (wordEnd && wordAt(text, end)))
                continue;
            out.append({int(i), int(end), PiiType::CustomTerm, term});
            i = end - 1;
            break;
        }
    }
}

} // namespace Finetuner::Core
