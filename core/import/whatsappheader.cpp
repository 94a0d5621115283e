// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "whatsappheader.h"

namespace Finetuner::Core::WhatsApp {

using namespace Qt::StringLiterals;

namespace {

// A cursor over the bytes of one line.
class Cursor
{
public:
    explicit Cursor(QByteArrayView line)
        : m_begin(line.data())
        , m_p(line.data())
        , m_end(line.data() + line.size())
    {
    }

    bool atEnd() const { return m_p == m_end; }
    qsizetype offset() const { return m_p - m_begin; }
    const char *position() const { return m_p; }
    void reset(const char *p) { m_p = p; }

    bool take(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }

    bool take(QByteArrayView bytes)
    {
        if (m_end - m_p >= bytes.size() && QByteArrayView(m_p, bytes.size()) == bytes) {
            m_p += bytes.size();
            return true;
        }
        return false;
    }

    // 1 to maxDigits decimal digits; returns how many were read (0 when none).
    int takeNumber(int maxDigits, int &value)
    {
        int count = 0;
        value = 0;
        while (m_p < m_end && count < maxDigits && *m_p >= '0' && *m_p <= '9') {
            value = value * 10 + (*m_p - '0');
            ++m_p;
            ++count;
        }
        // A fifth digit means this is not a date field at all.
        if (count == maxDigits && m_p < m_end && *m_p >= '0' && *m_p <= '9')
            return 0;
        return count;
    }

    // The directional marks iOS and some Android locales put in front of a line.
    void skipDirectionalMarks()
    {
        while (take("\u200E"_ba) || take("\u200F"_ba)) {
        }
    }

    // A space before "PM" may be ASCII, U+00A0 or U+202F (what Android writes since 2023), or absent.
    void skipTimeSpace()
    {
        if (!take(' ') && !take("\u00A0"_ba))
            take("\u202F"_ba);
    }

private:
    const char *m_begin;
    const char *m_p;
    const char *m_end;
};

enum class Meridiem { None, Am, Pm };

// "AM", "am", "a.m.", "a. m." (Spanish, with any of the three spaces) and the PM forms.
Meridiem takeMeridiem(Cursor &cursor)
{
    const char *start = cursor.position();
    cursor.skipTimeSpace();
    Meridiem meridiem = Meridiem::None;
    if (cursor.take('a') || cursor.take('A'))
        meridiem = Meridiem::Am;
    else if (cursor.take('p') || cursor.take('P'))
        meridiem = Meridiem::Pm;
    if (meridiem != Meridiem::None) {
        if (cursor.take('m') || cursor.take('M'))
            return meridiem;
        if (cursor.take('.')) {
            cursor.skipTimeSpace();
            if ((cursor.take('m') || cursor.take('M')) && cursor.take('.'))
                return meridiem;
        }
    }
    cursor.reset(start);
    return Meridiem::None;
}

bool isDateSeparator(char c)
{
    return c == '/' || c == '.' || c == '-';
}

} // namespace

QString HeaderStyle::example() const
{
    const QChar sep = QLatin1Char(dateSeparator);
    const QString year = yearDigits == 4 ? u"2021"_s : u"21"_s;
    QString date = yearFirst ? year + sep + u"12"_s + sep + u"31"_s : u"31"_s + sep + u"12"_s + sep + year;
    QString time = twelveHour ? u"11"_s : u"23"_s;
    time += QLatin1Char(timeSeparator) + u"59"_s;
    if (seconds)
        time += QLatin1Char(timeSeparator) + u"59"_s;
    if (twelveHour)
        time += u" PM"_s;
    const QString stamp = date + (commaAfterDate ? u", "_s : u" "_s) + time;
    return bracketed ? u'[' + stamp + u"] "_s : stamp + u" - "_s;
}

std::optional<Header> parseAnyHeader(QByteArrayView line, HeaderStyle &style)
{
    Cursor cursor(line);
    cursor.skipDirectionalMarks();
    HeaderStyle found;
    found.bracketed = cursor.take('[');

    Header header;
    const int firstDigits = cursor.takeNumber(4, header.first);
    if (firstDigits == 0 || firstDigits == 3 || cursor.atEnd() || !isDateSeparator(*cursor.position()))
        return std::nullopt;
    found.dateSeparator = *cursor.position();
    cursor.take(found.dateSeparator);
    const int secondDigits = cursor.takeNumber(2, header.second);
    if (secondDigits == 0 || !cursor.take(found.dateSeparator))
        return std::nullopt;
    const int thirdDigits = cursor.takeNumber(4, header.third);
    found.yearFirst = firstDigits == 4;
    if (found.yearFirst) {
        if (thirdDigits == 0 || thirdDigits > 2)
            return std::nullopt;
    } else {
        if (firstDigits > 2 || (thirdDigits != 2 && thirdDigits != 4))
            return std::nullopt;
        found.yearDigits = quint8(thirdDigits);
        if (thirdDigits == 2)
            header.third += 2000;
    }

    found.commaAfterDate = cursor.take(',');
    if (!cursor.take(' '))
        return std::nullopt;

    if (cursor.takeNumber(2, header.hour) == 0 || cursor.atEnd())
        return std::nullopt;
    found.timeSeparator = *cursor.position();
    if ((found.timeSeparator != ':' && found.timeSeparator != '.') || !cursor.take(found.timeSeparator))
        return std::nullopt;
    if (cursor.takeNumber(2, header.minute) != 2 || header.minute > 59)
        return std::nullopt;
    found.seconds = cursor.take(found.timeSeparator);
    if (found.seconds && (cursor.takeNumber(2, header.secondOfMinute) != 2 || header.secondOfMinute > 59))
        return std::nullopt;

    const Meridiem meridiem = takeMeridiem(cursor);
    found.twelveHour = meridiem != Meridiem::None;
    if (found.twelveHour) {
        if (header.hour < 1 || header.hour > 12)
            return std::nullopt;
        header.hour = header.hour % 12 + (meridiem == Meridiem::Pm ? 12 : 0);
    } else if (header.hour > 23) {
        return std::nullopt;
    }

    if (found.bracketed ? !cursor.take("] "_ba) : !cursor.take(" - "_ba))
        return std::nullopt;
    header.bodyStart = cursor.offset();
    style = found;
    return header;
}

std::optional<Header> parseHeader(QByteArrayView line, const HeaderStyle &style)
{
    if (!mayBeHeader(line, style))
        return std::nullopt;
    HeaderStyle found;
    std::optional<Header> header = parseAnyHeader(line, found);
    if (!header || found != style)
        return std::nullopt;
    return header;
}

} // namespace Finetuner::Core::WhatsApp
