// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokenestimate.h"

#include <QChar>

#include <algorithm>
#include <limits>

namespace Finetuner::Core {

namespace {

char32_t codePointAt(QStringView text, qsizetype i, qsizetype *width)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(c, text[i + 1]);
    }
    *width = 1;
    return c.unicode();
}

bool isLetter(char32_t c)
{
    if (c < 0x80)
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return QChar::isLetter(c) || QChar::isMark(c);
}

bool isDigit(char32_t c)
{
    return c < 0x80 ? c >= '0' && c <= '9' : QChar::isDigit(c);
}

bool isSpace(char32_t c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || (c >= 0x80 && QChar::isSpace(c));
}

} // namespace

int estimateTokens(QStringView text)
{
    qint64 tokens = 0;
    const qsizetype n = text.size();
    qsizetype i = 0;
    qsizetype width = 1;
    while (i < n) {
        char32_t c = codePointAt(text, i, &width);
        if (isSpace(c)) {
            const qsizetype start = i;
            while (i < n && isSpace(c = codePointAt(text, i, &width)))
                i += width;
            // One space before a word belongs to the word's token (" the"); other runs are a token of their own.
            if (!(i - start == 1 && text[start] == u' ' && i < n && (isLetter(c) || isDigit(c))))
                ++tokens;
        } else if (isLetter(c)) {
            qint64 alphabetic = 0; // Latin, Greek, Cyrillic, Armenian: BPE merges them into word pieces
            qint64 other = 0;      // CJK, Thai, …: about a token per character
            while (i < n && isLetter(c = codePointAt(text, i, &width))) {
                (c < 0x0590 ? alphabetic : other) += 1;
                i += width;
            }
            if (alphabetic > 0)
                tokens += 1 + (alphabetic - 1) / 8; // common words are one token, long ones split
            tokens += other;
        } else if (isDigit(c)) {
            qint64 digits = 0;
            while (i < n && isDigit(c = codePointAt(text, i, &width))) {
                ++digits;
                i += width;
            }
            tokens += (digits + 2) / 3; // the encodings split numbers into groups of at most three digits
        } else {
            qint64 ascii = 0;
            while (i < n) {
                c = codePointAt(text, i, &width);
                if (isSpace(c) || isLetter(c) || isDigit(c))
                    break;
                if (c < 0x80)
                    ++ascii;
                else
                    tokens += width == 2 ? 2 : 1; // emoji and other symbols outside ASCII
                i += width;
            }
            tokens += (ascii + 1) / 2;
        }
    }
    return int(std::min<qint64>(tokens, std::numeric_limits<int>::max()));
}

} // namespace Finetuner::Core
