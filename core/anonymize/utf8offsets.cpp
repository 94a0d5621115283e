// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "utf8offsets.h"

#include <core/anonymize/textchars.h>

#include <QString>

#include <algorithm>

namespace Finetuner::Core {

Utf8Offsets::Utf8Offsets(QStringView text, Spaces spaces)
{
    if (spaces == Spaces::AsWritten || std::none_of(text.begin(), text.end(), [](QChar c) {
            return c.unicode() == u'\t' || TextChars::isSpaceLike(c.unicode());
        })) {
        m_bytes = text.toUtf8();
        return;
    }
    // Space-likes become ASCII spaces: one UTF-16 unit for one, so counting units in the bytes still
    // gives the original offsets.
    QString normalised = text.toString();
    for (QChar &c : normalised) {
        if (TextChars::isSpaceLike(c.unicode()) || c == u'\t')
            c = u' ';
    }
    m_bytes = normalised.toUtf8();
}

int Utf8Offsets::utf16(qsizetype byte) const
{
    byte = std::clamp<qsizetype>(byte, 0, m_bytes.size());
    if (byte < m_lastByte) {
        m_lastByte = 0;
        m_lastUtf16 = 0;
    }
    // One unit per lead byte, two for a four-byte sequence (a surrogate pair).
    const char *data = m_bytes.constData();
    for (qsizetype i = m_lastByte; i < byte; ++i) {
        const auto b = static_cast<unsigned char>(data[i]);
        m_lastUtf16 += (b & 0xC0) != 0x80;
        m_lastUtf16 += b >= 0xF0;
    }
    m_lastByte = byte;
    return m_lastUtf16;
}

} // namespace Finetuner::Core
