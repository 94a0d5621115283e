// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "utf8.h"

#include <cstring>

namespace Finetuner::Core::Utf8 {

namespace {

constexpr quint64 HighBits = 0x8080808080808080ull;

// Expected sequence length for a lead byte, 0 for bytes that can never lead.
int sequenceLength(uchar lead)
{
    if (lead < 0x80)
        return 1;
    if (lead < 0xC2)
        return 0; // continuation byte or overlong 2-byte lead
    if (lead < 0xE0)
        return 2;
    if (lead < 0xF0)
        return 3;
    if (lead < 0xF5)
        return 4;
    return 0;
}

// Range of the second byte, which is where overlong forms, surrogates and values above U+10FFFF show.
bool secondByteOk(uchar lead, uchar second)
{
    switch (lead) {
    case 0xE0:
        return second >= 0xA0 && second <= 0xBF;
    case 0xED:
        return second >= 0x80 && second <= 0x9F;
    case 0xF0:
        return second >= 0x90 && second <= 0xBF;
    case 0xF4:
        return second >= 0x80 && second <= 0x8F;
    default:
        return second >= 0x80 && second <= 0xBF;
    }
}

bool isContinuation(uchar c)
{
    return (c & 0xC0) == 0x80;
}

// Length of the well-formed sequence at p (p < end), 0 when it is ill-formed.
int validSequenceAt(const uchar *p, const uchar *end)
{
    const int length = sequenceLength(*p);
    if (length <= 1)
        return length;
    if (end - p < length || !secondByteOk(p[0], p[1]))
        return 0;
    for (int i = 2; i < length; ++i) {
        if (!isContinuation(p[i]))
            return 0;
    }
    return length;
}

} // namespace

qsizetype firstInvalid(QByteArrayView bytes)
{
    const auto *begin = reinterpret_cast<const uchar *>(bytes.data());
    const uchar *p = begin;
    const uchar *end = p + bytes.size();
    while (p < end) {
        // Chat text is mostly ASCII: skip eight bytes at a time while no high bit is set.
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, sizeof word);
            if (word & HighBits)
                break;
            p += 8;
        }
        while (p < end && *p < 0x80)
            ++p;
        if (p == end)
            break;
        const int length = validSequenceAt(p, end);
        if (length == 0)
            return p - begin;
        p += length;
    }
    return -1;
}

qsizetype invalidLength(QByteArrayView bytes, qsizetype offset)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data()) + offset;
    const auto *end = reinterpret_cast<const uchar *>(bytes.data()) + bytes.size();
    const int length = sequenceLength(*p);
    if (length <= 1)
        return 1;
    // The maximal subpart: the lead plus every following byte that could still continue it.
    qsizetype taken = 1;
    if (p + 1 < end && secondByteOk(p[0], p[1])) {
        taken = 2;
        while (taken < length && p + taken < end && isContinuation(p[taken]))
            ++taken;
    }
    return taken;
}

QByteArray sanitized(QByteArrayView bytes, std::vector<qsizetype> &replacedAt)
{
    static constexpr char Replacement[] = "\xEF\xBF\xBD";
    QByteArray out;
    out.reserve(bytes.size() + 16);
    qsizetype done = 0;
    while (done < bytes.size()) {
        const qsizetype bad = firstInvalid(bytes.sliced(done));
        if (bad < 0) {
            out.append(bytes.sliced(done));
            break;
        }
        out.append(bytes.sliced(done, bad));
        out.append(Replacement, 3);
        replacedAt.push_back(done + bad);
        done += bad + invalidLength(bytes, done + bad);
    }
    return out;
}

qsizetype codePointCount(QByteArrayView bytes)
{
    qsizetype count = 0;
    for (const char c : bytes)
        count += !isContinuation(uchar(c));
    return count;
}

void append(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xC0 | (c >> 6)));
        out.append(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.append(char(0xE0 | (c >> 12)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    } else {
        out.append(char(0xF0 | (c >> 18)));
        out.append(char(0x80 | ((c >> 12) & 0x3F)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    }
}

} // namespace Finetuner::Core::Utf8
