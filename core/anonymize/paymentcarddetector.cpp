// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "paymentcarddetector.h"

#include <core/anonymize/ibandetector.h>
#include <core/anonymize/textchars.h>

#include <QString>
#include <QVarLengthArray>

#include <algorithm>

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
    // Maestro's 56-58 are left out: a 13-digit order number passes Luhn one time in ten.
    return p2 == 50 || p2 == 63 || p2 == 67;
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
        // The whole run of digit groups joined by single spaces or dashes.
        struct Group
        {
            qsizetype begin;
            qsizetype end;
            char16_t separatorAfter; // 0 for the last
        };
        QVarLengthArray<Group, 8> groups;
        qsizetype pos = i;
        while (true) {
            const qsizetype groupBegin = pos;
            while (pos < n && isAsciiDigit(text[pos].unicode()))
                ++pos;
            groups.append({groupBegin, pos, 0});
            // Printed groups are at most six digits: a long block next to another is a separate number
            // ("GB82WEST12345698765432 4111111111111111").
            qsizetype next = pos + 1;
            while (next < n && isAsciiDigit(text[next].unicode()))
                ++next;
            if (pos + 1 < n && isCardSeparator(text[pos].unicode()) && isAsciiDigit(text[pos + 1].unicode())
                && pos - groupBegin <= 6 && next - pos - 1 <= 6) {
                groups.back().separatorAfter = text[pos] == u'-' ? u'-' : u' ';
                ++pos;
                continue;
            }
            break;
        }
        i = pos;
        const qsizetype begin = groups.front().begin;
        const char16_t before = begin > 0 ? text[begin - 1].unicode() : u' ';
        const bool gluedBefore = wordBefore(text, begin) || before == u'.' || before == u','
            || IbanDetector::continuesIbanGroups(text, begin);
        const bool gluedAfter = wordAt(text, pos)
            || (pos + 1 < n && (text[pos] == u'.' || text[pos] == u',') && isAsciiDigit(text[pos + 1].unicode()));

        // A window of groups is a card when it is bounded: at the run's ends, or where the separator changes
        // or the group beyond is not a group of four. So two cards written one after the other are found, and
        // no card is found inside a 22-digit tracking number printed in fours.
        const auto separatorBefore = [&groups](qsizetype g) { return g > 0 ? groups[g - 1].separatorAfter : 0; };
        const qsizetype count = groups.size();
        for (qsizetype a = 0; a < count; ++a) {
            if ((a == 0 && gluedBefore) || (a > 0 && IbanDetector::continuesIbanGroups(text, groups[a].begin)))
                continue;
            for (qsizetype b = std::min(count, a + 5); b > a; --b) {
                if (b == count && gluedAfter)
                    continue;
                const char16_t separator = b - a > 1 ? groups[a].separatorAfter : 0;
                bool uniform = true;
                for (qsizetype g = a; g + 1 < b; ++g)
                    uniform = uniform && groups[g].separatorAfter == separator;
                if (!uniform)
                    continue;
                const auto length = [&groups](qsizetype g) { return groups[g].end - groups[g].begin; };
                if (a > 0 && separatorBefore(a) == separator && length(a - 1) == 4
                    && (a < 2 || separatorBefore(a - 1) == separator))
                    continue;
                if (b < count && groups[b - 1].separatorAfter == separator && length(b) == 4
                    && (b + 1 >= count || groups[b].separatorAfter == separator))
                    continue;
                QString digits;
                QVarLengthArray<int, 8> lengths;
                for (qsizetype g = a; g < b; ++g) {
                    digits += text.mid(groups[g].begin, length(g));
                    lengths.append(int(length(g)));
                }
                if (digits.size() < 13 || digits.size() > 19 || !groupingIsCardLike(lengths)
                    || !hasKnownIssuer(digits) || !passesLuhn(digits))
                    continue;
                out.append({int(groups[a].begin), int(groups[b - 1].end), PiiType::PaymentCard, digits});
                a = b - 1;
                break;
            }
        }
    }
}

} // namespace Finetuner::Core
