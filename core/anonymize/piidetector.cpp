// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "piidetector.h"

#include <core/anonymize/textchars.h>

#include <algorithm>

namespace Finetuner::Core {

TextFacts TextFacts::of(QStringView text)
{
    TextFacts facts;
    int run = 0;
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (TextChars::isAsciiDigit(c)) {
            ++facts.digits;
            facts.longestDigitRun = std::max(facts.longestDigitRun, ++run);
            continue;
        }
        if (c < 0x80) {
            switch (c) {
            case u'@':
                facts.at = true;
                run = 0;
                break;
            case u'.':
                facts.dot = true;
                break;
            case u':':
                facts.colon = true;
                run = 0;
                break;
            case u' ':
            case u'-':
            case u'(':
            case u')':
            case u'/':
            case u'+':
                break; // punctuation inside a phone number keeps the run going
            default:
                run = 0;
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
