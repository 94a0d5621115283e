// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jsonwriter.h"

#include <QFileDevice>
#include <QIODevice>

#include <array>
#include <cstring>

namespace Finetuner::Core::Json {

namespace {

constexpr qsizetype FlushBytes = 1 << 20;
constexpr quint64 Ones = 0x0101010101010101ull;

constexpr std::array<bool, 256> makeEscapeTable()
{
    std::array<bool, 256> table{};
    for (int c = 0; c < 0x20; ++c)
        table[c] = true;
    table['"'] = true;
    table['\\'] = true;
    return table;
}
constexpr std::array<bool, 256> NeedsEscape = makeEscapeTable();

} // namespace

void appendString(OutputBuffer &out, QByteArrayView utf8)
{
    static constexpr char Hex[] = "0123456789abcdef";
    // Room for the worst case (every byte a \u00XX), written through a pointer: per-piece appends cost
    // more than the escaping itself.
    char *o = out.reserve(2 + 6 * size_t(utf8.size()));
    *o++ = '"';
    const char *p = utf8.data();
    const char *end = p + utf8.size();
    while (p < end) {
        const char *run = p;
        // Eight bytes at a time while none is a control character, '"' or '\\' (the SWAR "has byte" tests).
        while (end - p >= 8) {
            quint64 x;
            std::memcpy(&x, p, sizeof x);
            const quint64 quote = x ^ (Ones * '"');
            const quint64 backslash = x ^ (Ones * '\\');
            const quint64 found = ((x - Ones * 0x20) | (quote - Ones) | (backslash - Ones)) & ~x & ~quote
                & ~backslash & (Ones * 0x80);
            // "found" can only be wrong towards "yes" (never misses a byte), and the byte loop settles it.
            if (found)
                break;
            p += 8;
        }
        while (p < end && !NeedsEscape[uchar(*p)])
            ++p;
        std::memcpy(o, run, size_t(p - run));
        o += p - run;
        if (p == end)
            break;
        const auto c = uchar(*p++);
        *o++ = '\\';
        switch (c) {
        case '"':
        case '\\':
            *o++ = char(c);
            break;
        case '\n':
            *o++ = 'n';
            break;
        case '\r':
            *o++ = 'r';
            break;
        case '\t':
            *o++ = 't';
            break;
        case '\b':
            *o++ = 'b';
            break;
        case '\f':
            *o++ = 'f';
            break;
        default:
            *o++ = 'u';
            *o++ = '0';
            *o++ = '0';
            *o++ = Hex[c >> 4];
            *o++ = Hex[c & 0xF];
            break;
        }
    }
    *o++ = '"';
    out.commit(o);
}

LineWriter::LineWriter(QIODevice &device)
    : m_device(device)
{
    m_buffer.reserve(FlushBytes + 64 * 1024);
}

LineWriter::~LineWriter()
{
    flush();
}

void LineWriter::endLine()
{
    m_buffer.append('\n');
    if (m_buffer.size() >= size_t(FlushBytes))
        flush();
}

bool LineWriter::flush()
{
    if (m_failed)
        return false;
    const char *p = m_buffer.data();
    auto left = qsizetype(m_buffer.size());
    while (left > 0) {
        const qint64 written = m_device.write(p, left);
        if (written <= 0) {
            m_failed = true;
            return false;
        }
        p += written;
        left -= written;
    }
    m_buffer.clear(); // keeps the capacity
    // A QFile keeps small writes in a buffer of its own and reports a full disk only when that is flushed:
    // pass it on, so that true means the bytes reached the file.
    if (auto *file = qobject_cast<QFileDevice *>(&m_device); file && !file->flush()) {
        m_failed = true;
        return false;
    }
    return true;
}

QString LineWriter::errorString() const
{
    return m_device.errorString();
}

} // namespace Finetuner::Core::Json
