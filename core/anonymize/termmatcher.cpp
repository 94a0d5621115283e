// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "termmatcher.h"

#include <core/anonymize/textchars.h>

#include <algorithm>

namespace Finetuner::Core {

using namespace TextChars;

namespace {
/// Scripts written without spaces between words, or with particles glued to names (Korean "민준이"): a name
/// there ends where it ends, whatever follows.
bool isUnspacedScript(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x0E00 && c <= 0x0E7F) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x20000 && c <= 0x3FFFF);
}

char16_t folded(char16_t unit)
{
    return QChar::toCaseFolded(unit);
}
} // namespace

TermMatcher::TermMatcher(const QStringList &terms)
{
    for (int index = 0; index < terms.size(); ++index) {
        const QString &term = terms.at(index);
        if (term.isEmpty())
            continue;
        const bool known = std::any_of(m_terms.cbegin(), m_terms.cend(), [&term](const Term &t) {
            return t.text.compare(term, Qt::CaseInsensitive) == 0;
        });
        if (known)
            continue;
        const char32_t first = codePointAt(term, 0);
        const char32_t last = codePointBefore(term, term.size());
        m_terms.push_back({term, index, isWordCodePoint(first) && !isUnspacedScript(first),
                           isWordCodePoint(last) && !isUnspacedScript(last)});
    }
    const auto mark = [this](char16_t unit) { m_firstUnits[unit >> 6] |= std::uint64_t(1) << (unit & 63); };
    for (int i = 0; i < int(m_terms.size()); ++i) {
        const QChar first = m_terms[size_t(i)].text.front();
        mark(first.unicode());
        mark(first.toLower().unicode());
        mark(first.toUpper().unicode());
        mark(first.toTitleCase().unicode());
        mark(first.toCaseFolded().unicode());
        m_buckets[folded(first.unicode())].push_back(i);
    }
    for (auto it = m_buckets.begin(); it != m_buckets.end(); ++it) {
        std::stable_sort(it->begin(), it->end(), [this](int a, int b) {
            return m_terms[size_t(a)].text.size() > m_terms[size_t(b)].text.size();
        });
    }
}

QList<TermMatcher::Match> TermMatcher::find(QStringView text) const
{
    QList<Match> matches;
    if (m_terms.empty())
        return matches;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t unit = text[i].unicode();
        if (!(m_firstUnits[unit >> 6] & (std::uint64_t(1) << (unit & 63))))
            continue;
        const auto bucket = m_buckets.constFind(folded(unit));
        if (bucket == m_buckets.cend())
            continue;
        const bool afterWord = wordBefore(text, i);
        for (const int t : *bucket) {
            const Term &term = m_terms[size_t(t)];
            const qsizetype end = i + term.text.size();
            if (end > n || (term.boundaryBefore && afterWord))
                continue;
            // The last unit first, in its cases: a cheap way to skip most places before comparing.
            const QChar last = text[end - 1];
            const QChar termLast = term.text.back();
            if (last != termLast && last.toCaseFolded() != termLast.toCaseFolded())
                continue;
            if (text.mid(i, term.text.size()).compare(term.text, Qt::CaseInsensitive) != 0)
                continue;
            if (term.boundaryAfter && wordAt(text, end))
                continue;
            matches.append({i, end, term.index});
            i = end - 1;
            break;
        }
    }
    return matches;
}

} // namespace Finetuner::Core
