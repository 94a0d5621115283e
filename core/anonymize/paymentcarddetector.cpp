// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "paymentcarddetector.h"

#include <core/anonymize/textchars.h>

#include <QString>
#include <QVarLengthArray>

namespace Finetuner::Core {

using namespace TextChars;

namespace {
bool isCardSeparator(char16_t c)
{
    return c == u' ' || c == u'-' || c == 0xA0 || c == 0x202F || c == 0x2009 || c == 0x2007;
}

int prefix(QStringView digits, int count)
{
    int value = 0;
    for (int i = 0; i < count && i < digits.size(); ++i)
        value = value * 10 + (digits[i].unicode() - u'0');
    return value;
}

bool groupingIsCardLike(const QVarLengthArray<int, 8> &groups)
{
    if (groups.size() == 1)
        return true;
    if (groups.size() == 3 && groups[0] == 4 && groups[1] == 6 && (groups[2] == 5 || groups[2] == 4))
        return true; // Amex 3782 822463 10005, Diners 3056 930902 5904
    for (qsizetype i = 0; i + 1 < groups.size(); ++i) {
        if (groups[i] != 4)
            return false;
    }
    return groups.back() >= 1 && groups.back() <= 4;
}
} // namespace

bool PaymentCardDetector::passesLuhn(QStringView digits)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits[i].unicode() - u'0';
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

bool PaymentCardDetector::hasKnownIssuer(QStringView digits)
{
    const qsizetype length = digits.size();
    const int p1 = prefix(digits, 1);
    const int p2 = prefix(digits, 2);
    const int p3 = prefix(digits, 3);
    const int p4 = prefix(digits, 4);
    if (p1 == 4)
        return length == 13 || length == 16 || length == 19; // Visa
    if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720))
        return length == 16; // Mastercard
    if (p2 == 34 || p2 == 37)
        return length == 15; // American Express
    if (p4 >= 2200 && p4 <= 2204)
        return length >= 16; // Mir
    if (p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65)
        return length >= 16; // Discover
    if (p4 >= 3528 && p4 <= 3589)
        return length >= 16; // JCB
    if ((p3 >= 300 && p3 <= 305) || p4 == 3095 || p2 == 36 || p2 == 38 || p2 == 39)
        return length >= 14; // Diners Club
    if (p2 == 62)
        return length >= 16; // UnionPay
    return p2 == 50 || (p2 >= 56 && p2 <= 58) || p2 == 63 || p2 == 67; // Maestro, 12 to 19 digits
}

void PaymentCardDetector::find(QStringView text, const TextFacts &facts, PiiSpans &out) const
{
    if (facts.digits < 13)
        return;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isAsciiDigit(text[i].unicode())) {
            ++i;
            continue;
        }
        const qsizetype begin = i;
        // Read the whole run of digit groups, so no card is found inside a longer number.
        QString digits;
        QVarLengthArray<int, 8> groups;
        char16_t separator = 0;
        bool mixedSeparators = false;
        qsizetype pos = i;
        while (true) {
            const qsizetype groupBegin = pos;
            while (pos < n && isAsciiDigit(text[pos].unicode()))
                digits.append(text[pos++]);
            groups.append(int(pos - groupBegin));
            // Printed groups are at most six digits: a long block next to another is a separate number
            // ("GB82WEST12345698765432 4111111111111111").
            qsizetype next = pos + 1;
            while (next < n && isAsciiDigit(text[next].unicode()))
                ++next;
            if (pos + 1 < n && isCardSeparator(text[pos].unicode()) && isAsciiDigit(text[pos + 1].unicode())
                && groups.back() <= 6 && next - pos - 1 <= 6) {
                const char16_t s = text[pos].unicode() == u'-' ? u'-' : u' ';
                if (separator && s != separator)
                    mixedSeparators = true;
                separator = s;
                ++pos;
                continue;
            }
            break;
        }
        i = pos;
        const char16_t before = begin > 0 ? text[begin - 1].unicode() : u' ';
        const bool glued = wordBefore(text, begin) || wordAt(text, pos) || before == u'.' || before == u','
            || (pos + 1 < n && (text[pos] == u'.' || text[pos] == u',') && isAsciiDigit(text[pos + 1].unicode()));
        if (glued || mixedSeparators || digits.size() < 13 || digits.size() > 19 || !groupingIsCardLike(groups)
            || !hasKnownIssuer(digits) || !passesLuhn(digits))
            continue;
        out.append({int(begin), int(pos), PiiType::PaymentCard, digits});
    }
}

} // namespace Finetuner::Core
