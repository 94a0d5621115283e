// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QChar>
#include <QStringView>

// Character tests the detectors share. Inline and ASCII-first: they run on every character of every message.
namespace Finetuner::Core::TextChars {

inline bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

inline bool isAsciiAlpha(char16_t c)
{
    return (c | 0x20) >= u'a' && (c | 0x20) <= u'z';
}

inline bool isAsciiAlnum(char16_t c)
{
    return isAsciiDigit(c) || isAsciiAlpha(c);
}

inline bool isHexDigit(char16_t c)
{
    return isAsciiDigit(c) || ((c | 0x20) >= u'a' && (c | 0x20) <= u'f');
}

/// A letter, number or mark in any script (a mark continues the word it follows: "é" as e + U+0301), except
/// the marks of emoji.
inline bool isWordCodePoint(char32_t c)
{
    if (c < 0x80)
        return isAsciiAlnum(char16_t(c)) || c == U'_';
    // Variation selectors and the keycap are marks that belong to the emoji before them: "❤️Ana" starts a word.
    if ((c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) || c == 0x20E3)
        return false;
    const QChar::Category category = QChar::category(c);
    return QChar::isLetterOrNumber(c) || category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

/// Scripts written without spaces between words, or with particles glued to names (Korean "민준이"): a name
/// there ends where it ends, whatever follows, and a Latin name written against them is a word of its own.
inline bool isUnspacedScript(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x0E00 && c <= 0x0E7F) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x20000 && c <= 0x3FFFF);
}

/// Whether @p c continues the word a name or a term stands in: a word code point, but not one of an unspaced
/// script, which writes a Latin name against its own words ("我和Will去").
inline bool continuesNameWord(char32_t c)
{
    return isWordCodePoint(c) && !isUnspacedScript(c);
}

/// The code point that ends just before @p pos (joining a surrogate pair), or 0 at the start.
inline char32_t codePointBefore(QStringView text, qsizetype pos)
{
    if (pos <= 0)
        return 0;
    const char16_t low = text[pos - 1].unicode();
    if (QChar::isLowSurrogate(low) && pos >= 2 && QChar::isHighSurrogate(text[pos - 2].unicode()))
        return QChar::surrogateToUcs4(text[pos - 2].unicode(), low);
    return low;
}

/// The code point that starts at @p pos, or 0 at the end.
inline char32_t codePointAt(QStringView text, qsizetype pos)
{
    if (pos >= text.size())
        return 0;
    const char16_t high = text[pos].unicode();
    if (QChar::isHighSurrogate(high) && pos + 1 < text.size() && QChar::isLowSurrogate(text[pos + 1].unicode()))
        return QChar::surrogateToUcs4(high, text[pos + 1].unicode());
    return high;
}

inline bool wordBefore(QStringView text, qsizetype pos)
{
    return pos > 0 && isWordCodePoint(codePointBefore(text, pos));
}

inline bool wordAt(QStringView text, qsizetype pos)
{
    return pos < text.size() && isWordCodePoint(codePointAt(text, pos));
}

/// Han, kana, Hangul and full-width forms: CJK text writes no space around an address or a link.
inline bool isCjk(char16_t c)
{
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x3000 && c <= 0x303F);
}

/// Spaces phones and keyboards put inside numbers (U+00A0, U+202F, U+2007, U+2009 and the other Zs), and the
/// invisible direction and joiner marks WhatsApp wraps around them.
inline bool isSpaceLike(char16_t c)
{
    if (c == u' ' || c == u'\t')
        return true;
    if (c < 0xA0)
        return false;
    return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200F) || c == 0x2028 || c == 0x2029
        || (c >= 0x202A && c <= 0x202F) || c == 0x205F || (c >= 0x2060 && c <= 0x2069) || c == 0x3000
        || c == 0xFEFF;
}

} // namespace Finetuner::Core::TextChars
