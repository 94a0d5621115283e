// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Finetuner::Core::WhatsApp {

/// Everything about a header line that stays the same through one export. The first header of a file
/// fixes it; later lines are headers only when they have exactly this style (docs/whatsapp-import.md).
struct HeaderStyle
{
    bool bracketed = false;      // iOS "[date, time] "; Android "date, time - "
    char dateSeparator = '/';    // '/', '.' or '-'
    bool yearFirst = false;      // 2021-12-31
    quint8 yearDigits = 4;       // 2 or 4
    bool commaAfterDate = true;  // "31/12/2021, 23:59" or "2021-12-31 23:59"
    char timeSeparator = ':';    // ':' or '.'
    bool seconds = false;
    bool twelveHour = false;

    /// An example of the style, "[31/12/2021, 23:59:59]", for messages to the user.
    QString example() const;

    friend bool operator==(const HeaderStyle &a, const HeaderStyle &b)
    {
        return a.bracketed == b.bracketed && a.dateSeparator == b.dateSeparator && a.yearFirst == b.yearFirst
            && a.yearDigits == b.yearDigits && a.commaAfterDate == b.commaAfterDate
            && a.timeSeparator == b.timeSeparator && a.seconds == b.seconds && a.twelveHour == b.twelveHour;
    }
    friend bool operator!=(const HeaderStyle &a, const HeaderStyle &b) { return !(a == b); }
};

/// The numbers of one header as written; which of first/second is the day is decided per file.
struct Header
{
    int first = 0;  // 31 in 31/12/2021, 2021 in 2021-12-31
    int second = 0;
    int third = 0;  // the year, 2-digit years already as 20yy; the day for year-first dates
    int hour = 0;   // 0–23, 12 h times already converted
    int minute = 0;
    int secondOfMinute = 0;
    qsizetype bodyStart = 0; // offset in the line where "author: text" or the system text starts
};

/// Reads @p line as a header of any style. Used to find the first header of a file.
std::optional<Header> parseAnyHeader(QByteArrayView line, HeaderStyle &style);

/// Reads @p line as a header of exactly @p style.
std::optional<Header> parseHeader(QByteArrayView line, const HeaderStyle &style);

/// Cheap test that rules out most lines that cannot be a header of @p style (continuation lines).
inline bool mayBeHeader(QByteArrayView line, const HeaderStyle &style)
{
    if (line.isEmpty())
        return false;
    const char c = line.front();
    // 0xE2 starts U+200E/U+200F, which iOS writes in front of some headers.
    return style.bracketed ? (c == '[' || c == '\xE2') : ((c >= '0' && c <= '9') || c == '\xE2');
}

} // namespace Finetuner::Core::WhatsApp
