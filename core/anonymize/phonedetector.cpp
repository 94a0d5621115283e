// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "phonedetector.h"

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

bool rejectedByContext(QStringView text, int begin, int end)
{
    // "#4415550123" and "No. 4415550123" are order or ticket numbers, not phone numbers.
    if (begin > 0 && (text[begin - 1] == u'#' || text[begin - 1] == QChar(0x2116)))
        return true;
    // A number glued to a decimal part or a unit is a measurement: "0612345678.5", "612345678%".
    if (end < text.size() && (text[end] == u'%' || text[end] == u'€' || text[end] == u'$'))
        return true;
    return begin > 0 && (text[begin - 1] == u'$' || text[begin - 1] == u'€' || text[begin - 1] == u'£');
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

void PhoneDetector::find(QStringView text, const TextFacts &facts, PiiSpans &out) const
{
    if (facts.longestDigitRun < MinDigits)
        return;
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    const Utf8Offsets utf8(text, Utf8Offsets::Spaces::Ascii);

    PiiSpans found;
    const std::vector<std::string> unknownOnly{UnknownRegion};
    for (const std::string &region : m_regions.empty() ? unknownOnly : m_regions) {
        PhoneNumberMatcher matcher(util, utf8.bytes(), region, PhoneNumberMatcher::VALID,
                                   std::numeric_limits<int>::max());
        PhoneNumberMatch match;
        while (matcher.HasNext()) {
            if (!matcher.Next(&match))
                break;
            const int begin = utf8.utf16(size_t(match.start()));
            const int end = utf8.utf16(size_t(match.end()));
            if (begin >= end || rejectedByContext(text, begin, end) || looksLikeDate(text.mid(begin, end - begin)))
                continue;
            std::string e164;
            util.Format(match.number(), PhoneNumberUtil::E164, &e164);
            found.append({begin, end, PiiType::Phone, QString::fromStdString(e164)});
        }
    }
    if (m_regions.size() > 1) {
        // Two regions may read the same digits, or overlapping ones: keep the longest of each overlap.
        std::sort(found.begin(), found.end(), [](const PiiSpan &a, const PiiSpan &b) {
            return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
        });
        PiiSpans kept;
        for (const PiiSpan &span : found) {
            if (!kept.isEmpty() && span.begin < kept.constLast().end) {
                if (span.length() > kept.constLast().length())
                    kept.last() = span;
                continue;
            }
            kept.append(span);
        }
        found = kept;
    }
    out.append(found);
}

} // namespace Finetuner::Core
