// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ibandetector.h"

#include <core/anonymize/textchars.h>

#include <QString>

namespace Finetuner::Core {

using namespace TextChars;

namespace {
struct CountryLength
{
    char code[3];
    int length;
};

// SWIFT IBAN registry (release 2024), the countries with a registered format.
constexpr CountryLength Lengths[] = {
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BG", 22}, {"BH", 22},
    {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24}, {"DE", 22}, {"DJ", 27},
    {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18}, {"FK", 18}, {"FO", 18}, {"FR", 27},
    {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27}, {"GT", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22},
    {"IL", 23}, {"IQ", 23}, {"IS", 26}, {"IT", 27}, {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32},
    {"LI", 21}, {"LT", 20}, {"LU", 20}, {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19},
    {"MN", 20}, {"MR", 27}, {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23}, {"PK", 24},
    {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33}, {"SA", 24}, {"SC", 31},
    {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"SO", 23}, {"ST", 25}, {"SV", 28}, {"TL", 23},
    {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20},
};

bool isUpper(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}

bool isIbanSeparator(char16_t c)
{
    return c == u' ' || c == 0xA0 || c == 0x202F || c == 0x2009 || c == 0x2007;
}
} // namespace

int IbanDetector::lengthFor(QStringView country)
{
    if (country.size() != 2)
        return 0;
    for (const CountryLength &entry : Lengths) {
        if (country[0] == QLatin1Char(entry.code[0]) && country[1] == QLatin1Char(entry.code[1]))
            return entry.length;
    }
    return 0;
}

bool IbanDetector::hasValidChecksum(QStringView iban)
{
    if (iban.size() < 5)
        return false;
    int remainder = 0;
    for (qsizetype k = 0; k < iban.size(); ++k) {
        const char16_t c = iban[(k + 4) % iban.size()].unicode(); // the first four characters go last
        if (isAsciiDigit(c))
            remainder = (remainder * 10 + (c - u'0')) % 97;
        else if (isUpper(c))
            remainder = (remainder * 100 + (c - u'A' + 10)) % 97;
        else
            return false;
    }
    return remainder == 1;
}

bool IbanDetector::continuesIbanGroups(QStringView text, qsizetype pos)
{
    for (int groups = 0; groups < 9 && pos >= 2 && isIbanSeparator(text[pos - 1].unicode()); ++groups) {
        const qsizetype end = pos - 1;
        qsizetype begin = end;
        while (begin > 0 && (isUpper(text[begin - 1].unicode()) || isAsciiDigit(text[begin - 1].unicode())))
            --begin;
        if (end - begin != 4 || wordBefore(text, begin))
            return false;
        if (isUpper(text[begin].unicode()) && isUpper(text[begin + 1].unicode())
            && isAsciiDigit(text[begin + 2].unicode()) && isAsciiDigit(text[begin + 3].unicode())
            && lengthFor(text.mid(begin, 2)) > 0)
            return true;
        pos = begin;
    }
    return false;
}

void IbanDetector::find(QStringView text, const TextFacts &facts, PiiSpans &out) const
{
    if (facts.digits < 4)
        return;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i + 15 <= n; ++i) {
        if (!isUpper(text[i].unicode()) || !isUpper(text[i + 1].unicode()) || !isAsciiDigit(text[i + 2].unicode())
            || !isAsciiDigit(text[i + 3].unicode()) || wordBefore(text, i))
            continue;
        const int length = lengthFor(text.mid(i, 2));
        if (length == 0)
            continue;
        QString compact;
        compact.reserve(length);
        qsizetype pos = i;
        while (pos < n && compact.size() < length) {
            const char16_t c = text[pos].unicode();
            if (isAsciiDigit(c) || isUpper(c)) {
                compact.append(QChar(c));
                ++pos;
            } else if (isIbanSeparator(c) && pos + 1 < n
                       && (isAsciiDigit(text[pos + 1].unicode()) || isUpper(text[pos + 1].unicode()))) {
                ++pos;
            } else {
                break;
            }
        }
        if (compact.size() != length || wordAt(text, pos) || !hasValidChecksum(compact))
            continue;
        out.append({int(i), int(pos), PiiType::Iban, compact});
        i = pos - 1;
    }
}

} // namespace Finetuner::Core
