// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QList>
#include <QStringList>

#include <array>
#include <cstdint>
#include <vector>

namespace Finetuner::Core {

/// Finds a list of terms in text, case-insensitively (Qt's simple case folding) and at Unicode word boundaries:
/// a letter, digit or combining mark before or after the match continues the word, so "Åsa" matches "ÅSA's" but
/// not "Åsalind" or "Asa" + U+0301. A term that starts or ends with a non-word character ("+1 555", "@⁨Ana⁩")
/// needs no boundary on that side, and neither does a side in a script written without spaces (Han, kana,
/// Hangul, Thai): "张伟说" holds "张伟".
///
/// Matches do not overlap: the leftmost wins, and of two that start together the longer. One pass over the text;
/// a place is compared only with the terms that start with its character. Immutable, safe on several threads.
class TermMatcher
{
public:
    TermMatcher() = default;
    explicit TermMatcher(const QStringList &terms);

    struct Match
    {
        qsizetype begin;
        qsizetype end;
        int term; // index into the list given to the constructor
    };
    QList<Match> find(QStringView text) const;
    bool isEmpty() const { return m_terms.empty(); }

private:
    struct Term
    {
        QString text;
        int index;
        bool boundaryBefore; // the text before must not continue a word
        bool boundaryAfter;
    };
    const std::vector<int> *bucket(char16_t foldedUnit) const;

    std::vector<Term> m_terms;                 // unique in any case
    std::vector<std::vector<int>> m_buckets;   // terms of one case-folded first unit, longest first
    QHash<char16_t, int> m_bucketOfUnit;       // case-folded first unit -> bucket
    std::array<int, 256> m_bucketOfLatin1{};   // the same for the commonest units, without hashing; -1: none
    // Which UTF-16 units may start a term, in any case: most places are skipped without a lookup. And which
    // may start one that needs no word boundary before it ("@", "+"): inside a word, only those are tried.
    std::array<std::uint64_t, 1024> m_firstUnits{};
    std::array<std::uint64_t, 1024> m_unboundedFirstUnits{};
};

} // namespace Finetuner::Core
