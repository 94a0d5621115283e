// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "phonedetector.h"

#include <core/anonymize/ibandetector.h>
#include <core/anonymize/ipaddressdetector.h>
#include <core/anonymize/textchars.h>
#include <core/anonymize/utf8offsets.h>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <limits>

namespace Finetuner::Core {

using i18n::phonenumbers::PhoneNumberMatch;
using i18n::phonenumbers::PhoneNumberMatcher;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {
// libphonenumber's code for "no region": only numbers in international form are found.
const std::string UnknownRegion = "ZZ";

// Words that make the number after them an order, invoice or tracking number ("sipariş no: 6127353663").
constexpr QStringView ReferenceWords[] = {
    u"order", u"pedido", u"bestell", u"commande", u"encomenda", u"sipariş", u"siparis", u"订单", u"заказ",
    u"tracking", u"invoice", u"factura", u"fatura", u"rechnung", u"facture", u"ticket", u"ref.", u"ref:",
    u"referenc", u"référence", u"sendung", u"suivi", u"rastreio", u"kargo", u"квитанц", u"счёт", u"счет",
};

bool followsReferenceWord(QStringView text, int begin)
{
    // Back from the number to the clause's start: up to 32 characters, not past a digit, a line break or
    // punctuation that ends a clause ("pedido 15114037, call +64 21 123 8691" is a call).
    qsizetype from = begin;
    while (from > 0 && begin - from < 32) {
        const char16_t c = text[from - 1].unicode();
        if ((c >= u'0' && c <= u'9') || c == u'\n' || c == u',' || c == u';' || c == u'!' || c == u'?'
            || c == u'(' || c == u')' || c == 0x2014 || c == 0x2192 || c == 0xFF0C || c == 0x3002 || c == 0x060C)
            break;
        --from;
    }
    const QStringView before = text.mid(from, begin - from);
    for (QStringView word : ReferenceWords) {
        if (before.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Units and counts that follow a number that is a quantity: "398017 kcal", "12000 steps".
constexpr QStringView UnitWords[] = {
    u"kcal", u"cal", u"kg", u"g", u"mg", u"ml", u"l", u"km", u"m", u"mi", u"steps", u"views", u"people",
    u"likes", u"followers", u"pasos", u"schritte", u"pas", u"passos", u"adım", u"шагов", u"步", u"x",
};

bool isCurrency(QChar c)
{
    return c.category() == QChar::Symbol_Currency;
}

bool rejectedByContext(QStringView text, int begin, int end)
{
    if (followsReferenceWord(text, begin))
        return true;
    // Digits that continue an IBAN's groups belong to the IBAN, even one with a wrong checksum.
    if (IbanDetector::continuesIbanGroups(text, begin))
        return true;
    // "#4415550123" and "№ 4415550123" are order or ticket numbers.
    if (begin > 0 && (text[begin - 1] == u'#' || text[begin - 1] == QChar(0x2116)))
        return true;
    // Part of a time or an IPv6 address: "e004:baea:1641:9a11".
    if ((begin > 1 && text[begin - 1] == u':' && text[begin - 2].isLetterOrNumber())
        || (end + 1 < text.size() && text[end] == u':' && text[end + 1].isLetterOrNumber()))
        return true;
    // A price or a share: "964.213.000 €", "$ 1.250.000", "612345678%".
    qsizetype after = end;
    if (after < text.size() && TextChars::isSpaceLike(text[after].unicode()))
        ++after;
    if (after < text.size() && (isCurrency(text[after]) || text[after] == u'%'))
        return true;
    qsizetype before = begin;
    if (before > 0 && TextChars::isSpaceLike(text[before - 1].unicode()))
        --before;
    if (before > 0 && isCurrency(text[before - 1]))
        return true;
    // A quantity: the word after the number is a unit.
    if (end < text.size() && TextChars::isSpaceLike(text[end].unicode())) {
        qsizetype wordEnd = end + 1;
        while (wordEnd < text.size() && text[wordEnd].isLetter())
            ++wordEnd;
        const QStringView word = text.mid(end + 1, wordEnd - end - 1);
        for (QStringView unit : UnitWords) {
            if (word.compare(unit, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

// 07-27-2012, 27.07.2012, 2012/07/27: three numbers that make a date are a date, however valid a phone number
// of some region they are (libphonenumber itself only refuses slashed dates).
bool looksLikeDate(QStringView candidate)
{
    int numbers[3] = {0, 0, 0};
    int widths[3] = {0, 0, 0};
    int count = 0;
    char16_t separator = 0;
    for (const QChar qc : candidate) {
        const char16_t c = qc.unicode();
        if (c >= u'0' && c <= u'9') {
            if (widths[count] == 4)
                return false;
            numbers[count] = numbers[count] * 10 + (c - u'0');
            ++widths[count];
        } else if (c == u'-' || c == u'.' || c == u'/') {
            if ((separator && c != separator) || widths[count] == 0 || ++count > 2)
                return false;
            separator = c;
        } else {
            return false;
        }
    }
    if (count != 2 || widths[2] == 0)
        return false;
    const auto isDayMonth = [](int day, int month) { return day >= 1 && day <= 31 && month >= 1 && month <= 12; };
    if (widths[0] == 4)
        return widths[1] <= 2 && widths[2] <= 2 && isDayMonth(numbers[2], numbers[1]);
    if (widths[0] > 2 || widths[1] > 2 || (widths[2] != 2 && widths[2] != 4))
        return false;
    return isDayMonth(numbers[0], numbers[1]) || isDayMonth(numbers[1], numbers[0]);
}
// "70.123.86.77" is how Senegal writes a mobile number, "06.12.34.56.78" how France does, but "192.168.58.77"
// is an address that reads as a valid Brazilian number and "37.77.69.150.1" a version: a number written with
// dots only is a phone number when its groups are the groups its region formats it in.
std::vector<int> groupsOf(QStringView s)
{
    std::vector<int> groups;
    int current = 0;
    for (const QChar c : s) {
        if (c.isDigit()) {
            ++current;
        } else if (current > 0) {
            groups.push_back(current);
            current = 0;
        }
    }
    if (current > 0)
        groups.push_back(current);
    return groups;
}

bool isDottedOnly(QStringView written)
{
    return written.count(u'.') >= 2 && std::all_of(written.begin(), written.end(), [](QChar c) {
               return c.isDigit() || c == u'.';
           });
}

bool groupedLikeItsRegion(const PhoneNumberUtil &util, const i18n::phonenumbers::PhoneNumber &number,
                          QStringView written)
{
    const std::vector<int> writtenGroups = groupsOf(written);
    for (const auto format : {PhoneNumberUtil::NATIONAL, PhoneNumberUtil::INTERNATIONAL}) {
        std::string formatted;
        util.Format(number, format, &formatted);
        if (groupsOf(QString::fromStdString(formatted)) == writtenGroups)
            return true;
    }
    return false;
}
} // namespace

PhoneDetector::PhoneDetector(const QStringList &regions)
{
    for (const QString &region : regions) {
        const QString upper = region.trimmed().toUpper();
        if (!isKnownRegion(upper))
            continue;
        const std::string code = upper.toStdString();
        if (std::find(m_regions.begin(), m_regions.end(), code) == m_regions.end())
            m_regions.push_back(code);
    }
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    for (const std::string &region : m_regions) {
        std::vector<std::vector<int>> groupings;
        for (const auto type : {PhoneNumberUtil::FIXED_LINE, PhoneNumberUtil::MOBILE, PhoneNumberUtil::TOLL_FREE,
                                PhoneNumberUtil::PREMIUM_RATE, PhoneNumberUtil::SHARED_COST, PhoneNumberUtil::VOIP,
                                PhoneNumberUtil::PERSONAL_NUMBER, PhoneNumberUtil::PAGER, PhoneNumberUtil::UAN,
                                PhoneNumberUtil::VOICEMAIL}) {
            i18n::phonenumbers::PhoneNumber example;
            if (!util.GetExampleNumberForType(region, type, &example))
                continue;
            for (const auto format : {PhoneNumberUtil::NATIONAL, PhoneNumberUtil::INTERNATIONAL}) {
                std::string formatted;
                util.Format(example, format, &formatted);
                std::vector<int> groups = groupsOf(QString::fromStdString(formatted));
                if (std::find(groupings.begin(), groupings.end(), groups) == groupings.end())
                    groupings.push_back(std::move(groups));
            }
        }
        m_groupings.push_back(std::move(groupings));
    }
}

QStringList PhoneDetector::regions() const
{
    QStringList list;
    for (const std::string &region : m_regions)
        list.append(QString::fromStdString(region));
    return list;
}

bool PhoneDetector::isKnownRegion(const QString &region)
{
    if (region.size() != 2)
        return false;
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region.toUpper().toStdString()) != 0;
}

namespace {
bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar(0x2028) || c == QChar(0x2029);
}

// Where the context the matcher sees stops: the line, or a clause (a full stop, an em dash), so it does not
// read on into the next number ("8 (912) 345-86-25. 8 (301) 123-67-96").
bool endsContext(QChar c)
{
    return isLineBreak(c) || c == u'.' || c == QChar(0x2014) || c == QChar(0x2015);
}

// What a written phone number is made of: digits in any script, spaces, dashes, dots, brackets, slashes, plus.
bool isNumberUnit(QChar c)
{
    const char16_t u = c.unicode();
    switch (u) {
    case u' ':
    case u'-':
    case u'.':
    case u'(':
    case u')':
    case u'/':
    case u'+':
        return true;
    default:
        break;
    }
    if (u < 0x80)
        return TextChars::isAsciiDigit(u);
    // Hyphens and en dash, not the em dash that joins clauses: "…0018 — (06) 200 6400".
    return c.isDigit() || TextChars::isSpaceLike(u) || (u >= 0x2010 && u <= 0x2013) || u == 0x2212 || u == 0xFF08
        || u == 0xFF09 || u == 0xFF0B;
}

// "3335563e1f2", "99AA1778006942", "IMG-20110325-WA11", "150g": digits glued to letters, or joined to them by
// a dash or a dot, are part of a code or a quantity. libphonenumber refuses them too, after a costly run.
bool gluedToWord(QStringView text, qsizetype begin, qsizetype end)
{
    const auto isLetter = [&text](qsizetype pos) { return pos >= 0 && pos < text.size() && text[pos].isLetter(); };
    const auto isJoiner = [&text](qsizetype pos) {
        return pos >= 0 && pos < text.size() && (text[pos] == u'-' || text[pos] == u'.' || text[pos] == u'_');
    };
    // Latin letters only before: CJK and Arabic text writes numbers against words ("电话13812345678").
    const bool latinBefore = begin > 0 && text[begin - 1].unicode() < 0x250 && isLetter(begin - 1);
    const bool latinAfter = end < text.size() && text[end].unicode() < 0x250 && isLetter(end);
    return latinBefore || latinAfter || (isJoiner(begin - 1) && isLetter(begin - 2))
        || (isJoiner(end) && isLetter(end + 1));
}

// How much text around a candidate the matcher sees: enough for its own checks of what touches a number
// (a letter, "%", a time's ":02").
constexpr qsizetype ContextUnits = 4;
} // namespace

void PhoneDetector::find(QStringView text, const TextFacts &facts, PiiSpans &out) const
{
    if (facts.longestDigitRun < MinDigits)
        return;
    // The matcher is costly on long text, so it reads only the runs of number characters that hold enough
    // digits, each with a little context, and not those inside a link, an address, an IBAN or a card found
    // before it (the scanner would drop a number inside one anyway).
    const qsizetype claimedCount = out.size();
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (!c.isDigit() && c != u'+' && c != u'(' && c != QChar(0xFF0B) && c != QChar(0xFF08)) {
            ++i;
            continue;
        }
        qsizetype end = i;
        int digits = 0;
        while (end < n && isNumberUnit(text[end])) {
            // A full stop before a space ends a sentence, and the number in it: "+79123452095. 7x2".
            if (text[end] == u'.' && (end + 1 == n || TextChars::isSpaceLike(text[end + 1].unicode())))
                break;
            digits += text[end].isDigit();
            ++end;
        }
        qsizetype trimmed = end;
        while (trimmed > i && !text[trimmed - 1].isDigit() && text[trimmed - 1] != u')')
            --trimmed;
        // Not an IP address's span: "70.123.86.77" may be a Senegalese number, decided below.
        const bool claimed = std::any_of(out.cbegin(), out.cbegin() + claimedCount, [i, trimmed](const PiiSpan &s) {
            return s.type != PiiType::IpAddress && s.begin <= i && trimmed <= s.end;
        });
        if (digits >= MinDigits && !claimed && !looksLikeDate(text.mid(i, trimmed - i))
            && !gluedToWord(text, i, trimmed) && !rejectedByContext(text, int(i), int(trimmed))) {
            qsizetype windowBegin = i;
            for (int k = 0; k < ContextUnits && windowBegin > 0 && !endsContext(text[windowBegin - 1]); ++k)
                --windowBegin;
            if (windowBegin > 0 && text[windowBegin].isLowSurrogate())
                --windowBegin;
            qsizetype windowEnd = end;
            const bool sentenceEnd = end < n && text[end] == u'.';
            for (int k = 0; k < (sentenceEnd ? 1 : ContextUnits) && windowEnd < n && !endsContext(text[windowEnd]);
                 ++k)
                ++windowEnd;
            if (windowEnd < n && text[windowEnd - 1].isHighSurrogate())
                ++windowEnd;
            // A run written with dots only is tried in the regions that group numbers that way (see
            // groupedLikeItsRegion): most dotted runs are addresses, versions and prices.
            std::vector<bool> regionsToTry(std::max<size_t>(1, m_regions.size()), true);
            const QStringView candidate = text.mid(i, trimmed - i);
            if (!m_regions.empty() && isDottedOnly(candidate)) {
                const std::vector<int> groups = groupsOf(candidate);
                for (size_t r = 0; r < m_regions.size(); ++r) {
                    const auto &known = m_groupings[r];
                    regionsToTry[r] = std::find(known.begin(), known.end(), groups) != known.end();
                }
            }
            if (std::find(regionsToTry.begin(), regionsToTry.end(), true) != regionsToTry.end())
                findInWindow(text, windowBegin, windowEnd, i, trimmed, text[i] == u'+' || text[i] == QChar(0xFF0B),
                             regionsToTry, out);
        }
        i = std::max(end, i + 1);
    }
}

void PhoneDetector::findInWindow(QStringView text, qsizetype windowBegin, qsizetype windowEnd,
                                 qsizetype candidateBegin, qsizetype candidateEnd, bool international,
                                 const std::vector<bool> &regionsToTry, PiiSpans &out) const
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    const QStringView window = text.mid(windowBegin, windowEnd - windowBegin);
    const Utf8Offsets utf8(window, Utf8Offsets::Spaces::Ascii);
    const std::string bytes = utf8.string();

    // Of the regions' readings, the one that covers most of the candidate: in a chat of several countries a
    // Brazilian "(11) 96123-9214" must not stop at a tail that another region's plan reads as a number.
    // Readings are compared by the candidate's digits they cover; one that covers them all needs no other.
    const auto digitsIn = [&text](qsizetype begin, qsizetype end) {
        return int(std::count_if(text.begin() + begin, text.begin() + std::max(begin, end),
                                 [](QChar c) { return c.isDigit(); }));
    };
    const auto digitsCovered = [&](const PiiSpans &spans) {
        int digits = 0;
        for (const PiiSpan &span : spans)
            digits += digitsIn(std::max<qsizetype>(span.begin, candidateBegin),
                               std::min<qsizetype>(span.end, candidateEnd));
        return digits;
    };
    const int candidateDigits = digitsIn(candidateBegin, candidateEnd);
    PiiSpans best;
    int bestCovered = 0;
    const std::vector<std::string> unknownOnly{UnknownRegion};
    const std::vector<std::string> &regions = m_regions.empty() ? unknownOnly : m_regions;
    bool triedOne = false;
    for (size_t r = 0; r < regions.size(); ++r) {
        // A reading that covers the whole candidate needs no other, nor does a window that starts with "+" (any
        // region reads it the same): each run of the matcher costs tens of microseconds.
        if (bestCovered >= candidateDigits || (international && triedOne))
            break;
        if (!regionsToTry[r])
            continue;
        triedOne = true;
        const std::string &region = regions[r];
        PhoneNumberMatcher matcher(util, bytes, region, PhoneNumberMatcher::VALID,
                                   std::numeric_limits<int>::max());
        PhoneNumberMatch match;
        PiiSpans found;
        while (matcher.HasNext()) {
            if (!matcher.Next(&match))
                break;
            int begin = int(windowBegin) + utf8.utf16(match.start());
            const int end = int(windowBegin) + utf8.utf16(match.end());
            // "(+44 20 7946 0958)": the matcher keeps an opening bracket that closes after the number.
            if (begin < end && text[begin] == u'(' && !text.mid(begin, end - begin).contains(u')'))
                ++begin;
            if (begin >= end || rejectedByContext(text, begin, end) || looksLikeDate(text.mid(begin, end - begin)))
                continue;
            const QStringView written = text.mid(begin, end - begin);
            if ((isDottedOnly(written) || IpAddressDetector::ipv4Length(written) == written.size())
                && !groupedLikeItsRegion(util, match.number(), written))
                continue;
            std::string e164;
            util.Format(match.number(), PhoneNumberUtil::E164, &e164);
            found.append({begin, end, PiiType::Phone, QString::fromStdString(e164)});
        }
        if (const int digits = digitsCovered(found); digits > bestCovered) {
            bestCovered = digits;
            best = std::move(found);
        }
    }
    out.append(best);
}

} // namespace Finetuner::Core
