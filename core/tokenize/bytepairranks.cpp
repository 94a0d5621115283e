// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bytepairranks.h"

#include <QCoreApplication>

#include <cstring>
#include <queue>

namespace Finetuner::Core::Tokenize {

namespace {

int base64Value(uchar c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

// Appends the decoded @p text to @p out; false on a character outside base64.
bool appendBase64(QByteArrayView text, QByteArray &out)
{
    std::uint32_t bits = 0;
    int count = 0;
    for (const char ch : text) {
        if (ch == '=')
            break;
        const int value = base64Value(uchar(ch));
        if (value < 0)
            return false;
        bits = (bits << 6) | std::uint32_t(value);
        count += 6;
        if (count >= 8) {
            count -= 8;
            out.append(char((bits >> count) & 0xFF));
        }
    }
    return true;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Finetuner::Core::Tokenizer", text);
}

} // namespace

// Up to eight bytes as a word; a fixed-size memcpy, or shifts for a short tail, never a memmove call.
inline std::uint64_t load(const uchar *bytes, qsizetype length)
{
    std::uint64_t word = 0;
    if (length >= 8) {
        std::memcpy(&word, bytes, 8);
        return word;
    }
    for (qsizetype i = 0; i < length; ++i)
        word |= std::uint64_t(bytes[i]) << (8 * i);
    return word;
}

std::uint64_t BytePairRanks::head(const uchar *bytes, qsizetype length)
{
    return load(bytes, length);
}

std::uint64_t BytePairRanks::hash(std::uint64_t head, const uchar *bytes, qsizetype length)
{
    // Multiply and fold, eight bytes at a time: tokens are short, so this is a multiplication or two.
    constexpr std::uint64_t K = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = (std::uint64_t(length) * K) ^ head;
    h *= K;
    h ^= h >> 29;
    for (qsizetype i = 8; i < length; i += 8) {
        h = (h ^ load(bytes + i, length - i)) * K;
        h ^= h >> 29;
    }
    h *= K;
    return h ^ (h >> 32);
}

bool BytePairRanks::parse(QByteArrayView file, QString *error)
{
    m_arena.clear();
    m_entries.clear();
    m_arena.reserve(file.size());
    qsizetype lineNumber = 0;
    qsizetype position = 0;
    std::int32_t maxRank = -1;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> byRank; // (offset, length) in file order
    std::vector<std::int32_t> ranks;
    while (position < file.size()) {
        qsizetype end = file.indexOf('\n', position);
        if (end < 0)
            end = file.size();
        const QByteArrayView line = file.sliced(position, end - position);
        position = end + 1;
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const qsizetype space = line.indexOf(' ');
        bool ok = false;
        const qlonglong rank = space > 0 ? line.sliced(space + 1).toLongLong(&ok) : -1;
        const auto offset = std::uint32_t(m_arena.size());
        if (!ok || rank < 0 || rank > 10'000'000 || !appendBase64(line.first(space), m_arena)
            || m_arena.size() == offset) {
            if (error)
                *error = tr("line %1 is not “BASE64 RANK”").arg(lineNumber);
            return false;
        }
        byRank.emplace_back(offset, std::uint32_t(m_arena.size()) - offset);
        ranks.push_back(std::int32_t(rank));
        maxRank = std::max(maxRank, std::int32_t(rank));
    }
    if (maxRank < 255) {
        if (error)
            *error = tr("it holds no ranks");
        return false;
    }
    m_entries.assign(size_t(maxRank) + 1, Entry{});
    for (size_t i = 0; i < ranks.size(); ++i)
        m_entries[size_t(ranks[i])] = Entry{byRank[i].first, byRank[i].second};

    size_t tableSize = 1;
    while (tableSize < ranks.size() * 2 + 1)
        tableSize <<= 1;
    m_table.assign(tableSize, Slot{});
    m_mask = tableSize - 1;
    const auto *arena = reinterpret_cast<const uchar *>(m_arena.constData());
    for (size_t r = 0; r < m_entries.size(); ++r) {
        const Entry &entry = m_entries[r];
        if (entry.length == 0)
            continue;
        if (rank(arena + entry.offset, entry.length) != NoRank) {
            if (error)
                *error = tr("the bytes of rank %1 have a rank already").arg(r);
            return false;
        }
        const uchar *bytes = arena + entry.offset;
        const std::uint64_t first = head(bytes, entry.length);
        std::uint64_t slot = hash(first, bytes, entry.length) & m_mask;
        while (m_table[slot].rank >= 0)
            slot = (slot + 1) & m_mask;
        m_table[slot] = Slot{first, entry.length, std::int32_t(r)};
    }
    // Every single byte must have a rank, or a piece could not be encoded at all.
    for (int b = 0; b < 256; ++b) {
        const uchar byte = uchar(b);
        if (rank(&byte, 1) == NoRank) {
            if (error)
                *error = tr("byte %1 has no rank").arg(b);
            return false;
        }
    }
    return true;
}

std::int32_t BytePairRanks::rank(const uchar *bytes, qsizetype length) const
{
    const std::uint64_t first = head(bytes, length);
    std::uint64_t slot = hash(first, bytes, length) & m_mask;
    for (;;) {
        const Slot &candidate = m_table[slot];
        if (candidate.rank < 0)
            return NoRank;
        if (candidate.head == first && candidate.length == std::uint32_t(length)) {
            if (length <= 8)
                return candidate.rank;
            const Entry &entry = m_entries[size_t(candidate.rank)];
            if (std::memcmp(m_arena.constData() + entry.offset + 8, bytes + 8, size_t(length - 8)) == 0)
                return candidate.rank;
        }
        slot = (slot + 1) & m_mask;
    }
}

QByteArrayView BytePairRanks::bytesOf(std::int32_t rank) const
{
    if (rank < 0 || size_t(rank) >= m_entries.size())
        return {};
    const Entry &entry = m_entries[size_t(rank)];
    return QByteArrayView(m_arena.constData() + entry.offset, entry.length);
}

void BytePairRanks::mergeQuadratic(const uchar *piece, qsizetype length, std::vector<Part> &parts) const
{
    // tiktoken's _byte_pair_merge, step for step.
    parts.clear();
    std::int32_t minRank = NoRank;
    size_t minIndex = 0;
    for (qsizetype i = 0; i + 1 < length; ++i) {
        const std::int32_t r = rank(piece + i, 2);
        if (r < minRank) {
            minRank = r;
            minIndex = size_t(i);
        }
        parts.push_back({std::uint32_t(i), r});
    }
    parts.push_back({std::uint32_t(length - 1), NoRank});
    parts.push_back({std::uint32_t(length), NoRank});

    const auto rankAfterMerge = [&](size_t i) {
        if (i + 3 < parts.size())
            return rank(piece + parts[i].start, qsizetype(parts[i + 3].start - parts[i].start));
        return NoRank;
    };
    while (minRank != NoRank) {
        const size_t i = minIndex;
        if (i > 0)
            parts[i - 1].rank = rankAfterMerge(i - 1);
        parts[i].rank = rankAfterMerge(i);
        parts.erase(parts.begin() + std::ptrdiff_t(i) + 1);
        minRank = NoRank;
        for (size_t j = 0; j + 1 < parts.size(); ++j) {
            if (parts[j].rank < minRank) {
                minRank = parts[j].rank;
                minIndex = j;
            }
        }
    }
}

void BytePairRanks::mergeWithHeap(const uchar *piece, qsizetype length, std::vector<Part> &parts) const
{
    // The same merges in the same order: the pair of lowest rank, the leftmost (smallest start) of equals.
    // Parts are a linked list over byte positions; heap entries that no longer describe a live pair are skipped.
    const auto n = size_t(length);
    std::vector<std::uint32_t> next(n + 1), previous(n + 1);
    std::vector<bool> alive(n + 1, true);
    for (size_t i = 0; i <= n; ++i) {
        next[i] = std::uint32_t(i + 1);
        previous[i] = i == 0 ? 0 : std::uint32_t(i - 1);
    }
    // The rank of the pair starting at part i (bytes from i to the end of the part after it).
    const auto pairRank = [&](std::uint32_t i) -> std::int32_t {
        if (i >= n || next[i] >= n)
            return NoRank;
        return rank(piece + i, qsizetype(next[next[i]] - i));
    };
    using Item = std::pair<std::int32_t, std::uint32_t>; // (rank, start)
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> heap;
    std::vector<std::int32_t> current(n + 1, NoRank);
    for (std::uint32_t i = 0; i + 1 < n; ++i) {
        current[i] = pairRank(i);
        if (current[i] != NoRank)
            heap.push({current[i], i});
    }
    while (!heap.empty()) {
        const auto [r, i] = heap.top();
        heap.pop();
        if (!alive[i] || current[i] != r)
            continue;
        // Merge part i with the part after it.
        const std::uint32_t removed = next[i];
        alive[removed] = false;
        next[i] = next[removed];
        previous[next[removed]] = i;
        current[i] = pairRank(i);
        if (current[i] != NoRank)
            heap.push({current[i], i});
        if (i > 0) {
            const std::uint32_t before = previous[i];
            current[before] = pairRank(before);
            if (current[before] != NoRank)
                heap.push({current[before], before});
        }
    }
    parts.clear();
    for (std::uint32_t i = 0; i < n; i = next[i])
        parts.push_back({i, 0});
    parts.push_back({std::uint32_t(n), 0});
}

} // namespace Finetuner::Core::Tokenize
