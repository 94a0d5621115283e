// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "piidetector.h"

#include <core/anonymize/textchars.h>

#include <algorithm>
#include <array>

namespace Finetuner::Core {

namespace {
enum Class : quint8 { Other, Digit, At, Dot, Colon, PhonePunct };

constexpr std::array<quint8, 128> asciiClasses()
{
    std::array<quint8, 128> table{};
    for (char c = '0'; c <= '9'; ++c)
        table[size_t(c)] = Digit;
    table[size_t('@')] = At;
    table[size_t('.')] = Dot;
    table[size_t(':')] = Colon;
    for (char c : {' ', '-', '(', ')', '/', '+'})
        table[size_t(c)] = PhonePunct;
    return table;
}
constexpr std::array<quint8, 128> AsciiClasses = asciiClasses();
} // namespace

TextFacts TextFacts::of(QStringView text)
{
    TextFacts facts;
    int run = 0;
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c < 0x80) {
            switch (AsciiClasses[c]) {
            case Other:
                run = 0;
                break;
            case Digit:
                ++facts.digits;
                facts.longestDigitRun = std::max(facts.longestDigitRun, ++run);
                break;
            case At:
                facts.at = true;
                run = 0;
                break;
            case Dot: // a dot keeps a phone number's run going: 06.12.34.56.78
                ++facts.dots;
                break;
            case Colon:
                ++facts.colons;
                run = 0;
                break;
            default: // punctuation inside a phone number
                break;
            }
            continue;
        }
        facts.nonAscii = true;
        if (c == 0xFF20) {
            facts.at = true;
        } else if (qc.isDigit()) { // Arabic-Indic, Devanagari, full-width: libphonenumber reads them
            ++facts.digits;
            facts.longestDigitRun = std::max(facts.longestDigitRun, ++run);
        } else if (!TextChars::isSpaceLike(c) && !(c >= 0x2010 && c <= 0x2015) && c != 0x2212) {
            run = 0;
        }
    }
    return facts;
}

} // namespace Finetuner::Core
