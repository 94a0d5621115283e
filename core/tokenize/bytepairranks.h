// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <vector>

namespace Finetuner::Core::Tokenize {

/// A .tiktoken rank file in memory: byte string → rank (the token id), and back. One arena for the bytes and an
/// open-addressing hash table of ranks, so a look-up hashes the piece once and compares bytes at most a few times.
class BytePairRanks
{
public:
    static constexpr std::int32_t NoRank = INT32_MAX;

    /// Parses lines "BASE64 RANK\n". Empty with @p error set when the file is malformed.
    bool parse(QByteArrayView file, QString *error);

    std::int32_t rank(const uchar *bytes, qsizetype length) const;
    QByteArrayView bytesOf(std::int32_t rank) const;
    qsizetype size() const { return qsizetype(m_entries.size()); }

    /// The byte-pair merge of one pre-tokenised piece, as tiktoken's _byte_pair_merge does it (the pair of
    /// lowest rank first, the leftmost of equals), calling @p sink with each resulting token.
    template <typename Sink>
    void merge(const uchar *piece, qsizetype length, Sink &&sink) const;

private:
    struct Entry
    {
        std::uint32_t offset = 0;
        std::uint32_t length = 0; // 0: no token has this rank
    };
    struct Part
    {
        std::uint32_t start;
        std::int32_t rank; // of the pair this part starts
    };

    // A slot holds the first eight bytes of its token, so most look-ups touch only the slot.
    struct Slot
    {
        std::uint64_t head = 0;
        std::uint32_t length = 0;
        std::int32_t rank = -1; // -1: empty
    };

    static std::uint64_t head(const uchar *bytes, qsizetype length);
    static std::uint64_t hash(std::uint64_t head, const uchar *bytes, qsizetype length);
    void mergeQuadratic(const uchar *piece, qsizetype length, std::vector<Part> &parts) const;
    void mergeWithHeap(const uchar *piece, qsizetype length, std::vector<Part> &parts) const;

    QByteArray m_arena;
    std::vector<Entry> m_entries;       // by rank
    std::vector<Slot> m_table;
    std::uint64_t m_mask = 0;
};

template <typename Sink>
void BytePairRanks::merge(const uchar *piece, qsizetype length, Sink &&sink) const
{
    if (length == 1) {
        sink(rank(piece, 1));
        return;
    }
    if (const std::int32_t whole = rank(piece, length); whole != NoRank) {
        sink(whole);
        return;
    }
    thread_local std::vector<Part> parts;
    // Quadratic like tiktoken's for words; a heap for the long pieces (a URL, a run of symbols) where
    // quadratic would take seconds. Both merge in the same order.
    if (length <= 256)
        mergeQuadratic(piece, length, parts);
    else
        mergeWithHeap(piece, length, parts);
    for (size_t i = 0; i + 1 < parts.size(); ++i)
        sink(rank(piece + parts[i].start, qsizetype(parts[i + 1].start - parts[i].start)));
}

} // namespace Finetuner::Core::Tokenize
