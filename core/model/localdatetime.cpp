// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "localdatetime.h"

#include <cstring>

namespace Finetuner::Core {

namespace {

constexpr qint64 SecsPerDay = 86400;

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

struct Civil
{
    qint64 year;
    unsigned month;
    unsigned day;
};

Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), m, d};
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

void writeDigits(char *out, unsigned value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

} // namespace

bool LocalDateTime::isValidDate(int year, int month, int day)
{
    static constexpr int DaysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
        return false;
    const int days = DaysInMonth[month - 1] + (month == 2 && isLeapYear(year));
    return day <= days;
}

LocalDateTime LocalDateTime::fromParts(int year, int month, int day, int hour, int minute, int second)
{
    if (!isValidDate(year, month, day) || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
        || second > 59) {
        return {};
    }
    return LocalDateTime(daysFromCivil(year, unsigned(month), unsigned(day)) * SecsPerDay + hour * 3600
                         + minute * 60 + second);
}

LocalDateTime LocalDateTime::fromQDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDate date = dateTime.date();
    const QTime time = dateTime.time();
    return fromParts(date.year(), date.month(), date.day(), time.hour(), time.minute(), time.second());
}

QDateTime LocalDateTime::toQDateTime() const
{
    if (!isValid())
        return {};
    return QDateTime::fromSecsSinceEpoch(m_secs, Qt::UTC);
}

void LocalDateTime::writeIso(char *out) const
{
    qint64 days = m_secs / SecsPerDay;
    qint64 rest = m_secs % SecsPerDay;
    if (rest < 0) {
        rest += SecsPerDay;
        --days;
    }
    // Messages come in runs on the same day: keep the last date's digits.
    thread_local qint64 cachedDays = std::numeric_limits<qint64>::min();
    thread_local char cachedDate[10];
    if (days != cachedDays) {
        const Civil civil = civilFromDays(days);
        writeDigits(cachedDate, unsigned(civil.year), 4);
        cachedDate[4] = '-';
        writeDigits(cachedDate + 5, civil.month, 2);
        cachedDate[7] = '-';
        writeDigits(cachedDate + 8, civil.day, 2);
        cachedDays = days;
    }
    std::memcpy(out, cachedDate, sizeof cachedDate);
    out[10] = 'T';
    writeDigits(out + 11, unsigned(rest / 3600), 2);
    out[13] = ':';
    writeDigits(out + 14, unsigned(rest / 60 % 60), 2);
    out[16] = ':';
    writeDigits(out + 17, unsigned(rest % 60), 2);
}

QString LocalDateTime::toString() const
{
    if (!isValid())
        return {};
    char buffer[IsoLength];
    writeIso(buffer);
    return QString::fromLatin1(buffer, IsoLength);
}

} // namespace Finetuner::Core
