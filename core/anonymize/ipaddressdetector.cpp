// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ipaddressdetector.h"

#include <core/anonymize/textchars.h>

#include <QString>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;
using namespace TextChars;

namespace {
bool afterVersionWord(QStringView text, qsizetype begin)
{
    qsizetype end = begin;
    while (end > 0 && (text[end - 1] == u' ' || text[end - 1] == QChar(0xA0)))
        --end;
    qsizetype start = end;
    while (start > 0 && isAsciiAlpha(text[start - 1].unicode()))
        --start;
    const QStringView word = text.mid(start, end - start);
    for (QLatin1StringView v : {"version"_L1, "ver"_L1, "v"_L1, "build"_L1, "release"_L1, "firmware"_L1,
                                "fw"_L1})
        if (word.compare(v, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// One to four hex digits; returns how many, 0 when none or more than four.
qsizetype hexGroup(QStringView text, qsizetype pos)
{
    qsizetype end = pos;
    while (end < text.size() && isHexDigit(text[end].unicode()))
        ++end;
    return end - pos <= 4 ? end - pos : 0;
}
} // namespace

qsizetype IpAddressDetector::ipv4Length(QStringView text)
{
    qsizetype pos = 0;
    for (int octet = 0; octet < 4; ++octet) {
        if (octet > 0) {
            if (pos >= text.size() || text[pos] != u'.')
                return 0;
            ++pos;
        }
        const qsizetype start = pos;
        int value = 0;
        while (pos < text.size() && isAsciiDigit(text[pos].unicode()) && pos - start < 4)
            value = value * 10 + (text[pos++].unicode() - u'0');
        const qsizetype digits = pos - start;
        if (digits == 0 || digits > 3 || value > 255 || (digits > 1 && text[start] == u'0'))
            return 0;
    }
    return pos;
}

bool IpAddressDetector::isIpv6(QStringView text)
{
    int groups = 0;
    bool compressed = false;
    qsizetype pos = 0;
    const qsizetype n = text.size();
    if (text.startsWith("::"_L1)) {
        compressed = true;
        pos = 2;
        if (pos == n)
            return false; // "::" alone is punctuation, not an address people write
    }
    while (pos < n) {
        // An IPv4 tail counts as two groups.
        if (const qsizetype v4 = ipv4Length(text.mid(pos)); v4 > 0 && pos + v4 == n) {
            groups += 2;
            pos = n;
            break;
        }
        const qsizetype length = hexGroup(text, pos);
        if (length == 0)
            return false;
        pos += length;
        ++groups;
        if (pos == n)
            break;
        if (text[pos] != u':')
            return false;
        ++pos;
        if (pos < n && text[pos] == u':') {
            if (compressed)
                return false;
            compressed = true;
            ++pos;
        } else if (pos == n) {
            return false; // a trailing single colon
        }
    }
    return compressed ? groups >= 2 && groups <= 7 : groups == 8;
}

void IpAddressDetector::find(QStringView text, const TextFacts &facts, PiiSpans &out) const
{
    // IPv4 has four digits and three dots at least; IPv6 two colons ("fe80::1").
    const bool maybeIpv4 = facts.digits >= 4 && facts.dots >= 3;
    const bool maybeIpv6 = facts.colons >= 2;
    if (!maybeIpv4 && !maybeIpv6)
        return;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = text[i].unicode();
        if (!isHexDigit(c) && c != u':') {
            ++i;
            continue;
        }
        const char16_t before = i > 0 ? text[i - 1].unicode() : u' ';
        qsizetype runEnd = i;
        int colons = 0;
        while (runEnd < n
               && (isHexDigit(text[runEnd].unicode()) || text[runEnd] == u':' || text[runEnd] == u'.')) {
            colons += text[runEnd] == u':';
            ++runEnd;
        }
        if (wordBefore(text, i) || before == u'.' || before == u':' || before == u'-' || wordAt(text, runEnd)) {
            i = runEnd;
            // Skip the rest of the word: "abc12.3.4.5" holds no address.
            while (i < n && wordAt(text, i))
                ++i;
            continue;
        }
        if (maybeIpv6 && colons >= 2) {
            qsizetype end = runEnd;
            while (end > i && (text[end - 1] == u'.' || text[end - 1] == u':') && !text.mid(i, end - i).endsWith("::"_L1))
                --end; // the sentence's full stop or colon
            if (isIpv6(text.mid(i, end - i))) {
                out.append({int(i), int(end), PiiType::IpAddress, text.mid(i, end - i).toString().toLower()});
                i = runEnd;
                continue;
            }
        }
        if (maybeIpv4 && isAsciiDigit(c)) {
            const qsizetype length = ipv4Length(text.mid(i, runEnd - i));
            const qsizetype end = i + length;
            // The whole run must be the address: "1.2.3.4.5" and "10.0.0.1:80:1" are something else,
            // but a sentence's full stop or a port may follow.
            const bool wholeRun = length > 0
                && (end == runEnd || (end + 1 == runEnd && text[end] == u'.')
                    || (text[end] == u':' && end + 1 < runEnd && isAsciiDigit(text[end + 1].unicode())
                        && text.mid(end + 1, runEnd - end - 1).count(u':') == 0
                        && text.mid(end + 1, runEnd - end - 1).count(u'.') == 0));
            if (wholeRun && !afterVersionWord(text, i)) {
                out.append({int(i), int(end), PiiType::IpAddress, text.mid(i, end - i).toString()});
            }
        }
        i = runEnd;
    }
}

} // namespace Finetuner::Core
