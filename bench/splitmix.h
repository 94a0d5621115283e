// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

#include <cstdint>

namespace Finetuner::Bench {

/// SplitMix64: small, fast, and the same numbers on every platform, unlike std:: distributions, so a corpus
/// drawn from a seed is the same corpus everywhere.
class SplitMix
{
public:
    explicit SplitMix(std::uint64_t state)
        : m_state(state)
    {
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::uint64_t below(std::uint64_t bound) { return next() % bound; }
    template<typename List>
    const auto &pick(const List &list)
    {
        return list.at(qsizetype(below(quint64(list.size()))));
    }

private:
    std::uint64_t m_state;
};

} // namespace Finetuner::Bench
