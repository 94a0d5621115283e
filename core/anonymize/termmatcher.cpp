// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "termmatcher.h"

#include <core/anonymize/textchars.h>

#include <algorithm>

namespace Finetuner::Core {

using namespace TextChars;

namespace {
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
    for (int i = 0; i < int(m_terms.size()); ++i) {
        const QChar first = m_terms[size_t(i)].text.front();
        const bool unbounded = !m_terms[size_t(i)].boundaryBefore;
        for (const QChar form : {first, first.toLower(), first.toUpper(), first.toTitleCase(), first.toCaseFolded()}) {
            const char16_t unit = form.unicode();
            m_firstUnits[unit >> 6] |= std::uint64_t(1) << (unit & 63);
            if (unbounded)
                m_unboundedFirstUnits[unit >> 6] |= std::uint64_t(1) << (unit & 63);
        }
        const char16_t key = folded(first.unicode());
        auto bucket = m_bucketOfUnit.constFind(key);
        if (bucket == m_bucketOfUnit.cend()) {
            bucket = m_bucketOfUnit.insert(key, int(m_buckets.size()));
            m_buckets.emplace_back();
        }
        m_buckets[size_t(*bucket)].push_back(i);
    }
    for (std::vector<int> &bucket : m_buckets) {
        std::stable_sort(bucket.begin(), bucket.end(), [this](int a, int b) {
            return m_terms[size_t(a)].text.size() > m_terms[size_t(b)].text.size();
        });
    }
    m_bucketOfLatin1.fill(-1);
    for (auto it = m_bucketOfUnit.cbegin(); it != m_bucketOfUnit.cend(); ++it) {
        if (it.key() < m_bucketOfLatin1.size())
            m_bucketOfLatin1[it.key()] = it.value();
    }
}

const std::vector<int> *TermMatcher::bucket(char16_t foldedUnit) const
{
    int index = -1;
    if (foldedUnit < m_bucketOfLatin1.size())
        index = m_bucketOfLatin1[foldedUnit];
    else
        index = m_bucketOfUnit.value(foldedUnit, -1);
    return index < 0 ? nullptr : &m_buckets[size_t(index)];
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
        const bool afterWord = i > 0 && continuesNameWord(codePointBefore(text, i));
        // Inside a word only a term that needs no boundary may start: most letters of most words end here.
        if (afterWord && !(m_unboundedFirstUnits[unit >> 6] & (std::uint64_t(1) << (unit & 63))))
            continue;
        const std::vector<int> *terms = bucket(folded(unit));
        if (!terms)
            continue;
        for (const int t : *terms) {
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
            if (term.boundaryAfter && end < n && continuesNameWord(codePointAt(text, end)))
                continue;
            matches.append({i, end, term.index});
            i = end - 1;
            break;
        }
    }
    return matches;
}

} // namespace Finetuner::Core
