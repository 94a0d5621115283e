// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>

#include <limits>

namespace Finetuner::Core {

/// A wall-clock date and time as an export writes it, with no time zone.
///
/// Chat exports carry no zone or offset. A QDateTime in local time would move times that fall into a
/// daylight-saving gap of the machine's zone and make the same export read differently on two machines,
/// so timestamps are kept as seconds on a plain proleptic Gregorian calendar and converted to a
/// QDateTime only at the edge, in UTC, which shows the same digits.
class LocalDateTime
{
public:
    constexpr LocalDateTime() = default;

    /// Invalid when any part is out of range (month 13, 31 February, hour 24).
    static LocalDateTime fromParts(int year, int month, int day, int hour, int minute, int second);
    static LocalDateTime fromSecsSinceEpoch(qint64 secs) { return LocalDateTime(secs); }
    static LocalDateTime fromQDateTime(const QDateTime &dateTime);
    static bool isValidDate(int year, int month, int day);

    bool isValid() const { return m_secs != Invalid; }
    qint64 secsSinceEpoch() const { return m_secs; }
    QDateTime toQDateTime() const;

    /// "YYYY-MM-DDTHH:MM:SS", the form exports and the CLI use.
    QString toString() const;
    /// Writes the 19 characters of toString() to @p out without allocating (the CLI writes a million of them).
    void writeIso(char *out) const;
    static constexpr int IsoLength = 19;

    friend bool operator==(LocalDateTime a, LocalDateTime b) { return a.m_secs == b.m_secs; }
    friend bool operator!=(LocalDateTime a, LocalDateTime b) { return a.m_secs != b.m_secs; }
    friend bool operator<(LocalDateTime a, LocalDateTime b) { return a.m_secs < b.m_secs; }

private:
    static constexpr qint64 Invalid = std::numeric_limits<qint64>::min();
    constexpr explicit LocalDateTime(qint64 secs)
        : m_secs(secs)
    {
    }

    qint64 m_secs = Invalid;
};

} // namespace Finetuner::Core
