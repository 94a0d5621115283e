// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "utf8offsets.h"

#include <core/anonymize/textchars.h>

namespace Finetuner::Core {

Utf8Offsets::Utf8Offsets(QStringView text, Spaces spaces)
{
    m_bytes.reserve(size_t(text.size()) * 3 / 2 + 4);
    m_utf16.reserve(m_bytes.capacity() + 1);
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const int at = int(i);
        char32_t c = text[i].unicode();
        qsizetype units = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(text[i + 1].unicode())) {
            c = QChar::surrogateToUcs4(char16_t(c), text[i + 1].unicode());
            units = 2;
        } else if (QChar::isSurrogate(c)) {
            c = 0xFFFD; // a lone surrogate has no UTF-8 form
        }
        if (spaces != Spaces::AsWritten && c < 0x10000 && TextChars::isSpaceLike(char16_t(c)))
            c = U' ';
        char buffer[4];
        int length = 0;
        if (c < 0x80) {
            buffer[length++] = char(c);
        } else if (c < 0x800) {
            buffer[length++] = char(0xC0 | (c >> 6));
            buffer[length++] = char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            buffer[length++] = char(0xE0 | (c >> 12));
            buffer[length++] = char(0x80 | ((c >> 6) & 0x3F));
            buffer[length++] = char(0x80 | (c & 0x3F));
        } else {
            buffer[length++] = char(0xF0 | (c >> 18));
            buffer[length++] = char(0x80 | ((c >> 12) & 0x3F));
            buffer[length++] = char(0x80 | ((c >> 6) & 0x3F));
            buffer[length++] = char(0x80 | (c & 0x3F));
        }
        m_bytes.append(buffer, size_t(length));
        m_utf16.insert(m_utf16.end(), size_t(length), at);
        i += units;
    }
    m_utf16.push_back(int(n));
}

} // namespace Finetuner::Core
