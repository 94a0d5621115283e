// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chatgenerator.h"

#include <QDateTime>

namespace Finetuner::Bench {

using namespace Qt::StringLiterals;
using Core::MessageKind;

namespace {

// Authors as the parser must return them, and how the phone writes them in front of ": ".
struct Author
{
    QString name;
    QString written;
};

const QList<Author> &authors()
{
    static const QList<Author> list = {
        {u"Selina Kyle"_s, u"Selina Kyle"_s},
        {u"Bruce Wayne"_s, u"Bruce Wayne"_s},
        {u"Zoë Martín"_s, u"Zoë Martín"_s},
        {u"José Álvarez"_s, u"José Álvarez"_s},
        {u"Åsa Lindqvist"_s, u"Åsa Lindqvist"_s},
        {u"王芳"_s, u"王芳"_s},
        {u"Σοφία"_s, u"Σοφία"_s},
        {u"Priya 🌶️"_s, u"Priya 🌶️"_s},
        // Phones wrap numbers in LRE…PDF so they read left to right in any script.
        {u"+44 7700 900123"_s, u"\u202a+44 7700 900123\u202c"_s},
        {u"+1 (555) 010-4477"_s, u"\u202a+1 (555) 010-4477\u202c"_s},
        {u"~\u202fMaría"_s, u"~\u202fMaría"_s},
    };
    return list;
}

// Most words of a chat are plain ASCII; one in twelve comes from spice(), which holds what breaks parsers.
const QStringList &vocabulary()
{
    static const QStringList list = {
        u"breakfast"_s, u"oats"_s, u"with"_s, u"banana"_s, u"and"_s, u"coffee"_s, u"lunch"_s, u"at"_s,
        u"the"_s, u"office"_s, u"canteen"_s, u"salad"_s, u"chicken"_s, u"rice"_s, u"dinner"_s, u"in"_s,
        u"Ibiza"_s, u"tonight"_s, u"I"_s, u"think"_s, u"we"_s, u"should"_s, u"meet"_s, u"tomorrow"_s,
        u"yes"_s, u"no"_s, u"maybe"_s, u"ok"_s, u"thanks!"_s, u"really?"_s, u"2"_s, u"eggs,"_s, u"toast"_s,
        u"150g"_s, u"yoghurt"_s, u"had"_s, u"a"_s, u"for"_s, u"some"_s, u"soup"_s, u"bread"_s, u"apple"_s,
        u"water"_s, u"tea"_s, u"pasta"_s, u"tomato"_s, u"cheese"_s, u"snack"_s, u"after"_s, u"gym"_s,
        u"was"_s, u"hungry"_s, u"so"_s, u"good"_s, u"portion"_s, u"small"_s, u"big"_s, u"today"_s,
        u"yesterday"_s, u"home"_s, u"restaurant"_s, u"fish"_s, u"vegetables"_s, u"sugar"_s, u"no,"_s,
        u"lol"_s, u"haha"_s, u"see"_s, u"you"_s, u"then"_s, u"how"_s, u"about"_s, u"this?"_s, u"nice."_s,
    };
    return list;
}

const QStringList &spice()
{
    static const QStringList list = {
        u"café"_s, u"smörgås"_s, u"jalapeño"_s, u"寿司"_s, u"салат"_s, u"σαλάτα"_s, u"😀"_s, u"👍"_s, u"🥗"_s,
        u"👩‍🍳"_s, u"🇪🇸"_s, u"note:"_s, u"\"quoted\""_s, u"back\\slash"_s, u"tab\there"_s, u"12:30"_s, u"3/4"_s,
        u"https://example.org/menu?id=7"_s, u"\u200fשלום\u200f"_s,
    };
    return list;
}

const QStringList &systemTexts()
{
    static const QStringList list = {
        u"Selina Kyle added Bruce Wayne"_s,
        u"Bruce Wayne left"_s,
        u"Zoë Martín changed this group's icon"_s,
        u"Åsa Lindqvist joined using this group's invite link"_s,
        u"José Álvarez changed the group description"_s,
    };
    return list;
}

const QStringList &mediaPlaceholders(bool ios)
{
    static const QStringList android = {u"<Media omitted>"_s};
    static const QStringList apple = {u"image omitted"_s, u"video omitted"_s, u"audio omitted"_s,
                                      u"sticker omitted"_s, u"GIF omitted"_s};
    return ios ? apple : android;
}

QString pad(int value, int width)
{
    return QString::number(value).rightJustified(width, u'0');
}

} // namespace

QList<ExportStyle> allStyles()
{
    QList<ExportStyle> styles;
    auto add = [&styles](ExportStyle style) { styles.append(style); };

    ExportStyle s;
    s.name = u"android-dmy-24h"_s;
    add(s);

    s = {};
    s.name = u"android-mdy-12h"_s;
    s.order = Core::DateOrder::MonthDayYear;
    s.fourDigitYear = false;
    s.zeroPadDate = false;
    s.meridiemAm = u" AM"_s;
    s.meridiemPm = u" PM"_s;
    add(s);

    s.name = u"android-mdy-12h-nnbsp"_s;
    s.meridiemAm = u"\u202fAM"_s;
    s.meridiemPm = u"\u202fPM"_s;
    add(s);

    s = {};
    s.name = u"android-dotted-de"_s;
    s.dateSeparator = '.';
    s.fourDigitYear = false;
    add(s);

    s = {};
    s.name = u"android-ymd"_s;
    s.order = Core::DateOrder::YearMonthDay;
    s.dateSeparator = '-';
    add(s);

    s.name = u"android-ymd-nocomma"_s;
    s.commaAfterDate = false;
    add(s);

    s = {};
    s.name = u"android-ampm-dotted"_s;
    s.meridiemAm = u" a.m."_s;
    s.meridiemPm = u" p.m."_s;
    add(s);

    s.name = u"android-ampm-spanish"_s;
    s.meridiemAm = u"\u00a0a.\u00a0m."_s;
    s.meridiemPm = u"\u00a0p.\u00a0m."_s;
    add(s);

    s = {};
    s.name = u"android-dotted-time"_s;
    s.dateSeparator = '.';
    s.commaAfterDate = false;
    s.timeSeparator = '.';
    add(s);

    s = {};
    s.name = u"android-crlf-bom"_s;
    s.crlf = true;
    s.bom = true;
    add(s);

    s = {};
    s.name = u"ios-dmy"_s;
    s.ios = true;
    s.seconds = true;
    add(s);

    s.name = u"ios-mdy-12h"_s;
    s.order = Core::DateOrder::MonthDayYear;
    s.fourDigitYear = false;
    s.zeroPadDate = false;
    s.meridiemAm = u"\u202fAM"_s;
    s.meridiemPm = u"\u202fPM"_s;
    add(s);

    s = {};
    s.name = u"ios-dotted"_s;
    s.ios = true;
    s.seconds = true;
    s.dateSeparator = '.';
    s.fourDigitYear = false;
    add(s);

    s = {};
    s.name = u"ios-ymd"_s;
    s.ios = true;
    s.seconds = true;
    s.order = Core::DateOrder::YearMonthDay;
    s.dateSeparator = '-';
    s.commaAfterDate = false;
    add(s);

    s = {};
    s.name = u"ios-crlf-bom"_s;
    s.ios = true;
    s.seconds = true;
    s.crlf = true;
    s.bom = true;
    add(s);
    return styles;
}

ExportStyle styleNamed(const QString &name)
{
    for (const ExportStyle &style : allStyles()) {
        if (style.name == name)
            return style;
    }
    return {};
}

ChatGenerator::ChatGenerator(std::uint64_t seed)
    : m_state(seed * 0x9E3779B97F4A7C15ull + 1)
    , m_time(QDateTime(QDate(2021, 11, 1), QTime(8, 0), Qt::UTC).toSecsSinceEpoch())
{
}

std::uint64_t ChatGenerator::random()
{
    // splitmix64: tiny, fast, and the same numbers on every platform (std distributions are not).
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

QString ChatGenerator::words(int count)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            text += u' ';
        const QStringList &vocab = below(12) == 0 ? spice() : vocabulary();
        text += vocab.at(int(below(quint64(vocab.size()))));
    }
    // A capital first letter, as phones type it; never a digit, so no line can start like a header.
    text[0] = text[0].isDigit() ? u'N' : text[0].toUpper();
    return text;
}

Core::Message ChatGenerator::next(const ExportStyle &style)
{
    Core::Message m;
    m.index = m_index++;
    m_time += qint64(below(2400)) + 5;
    const qint64 time = style.seconds ? m_time : m_time - m_time % 60;
    m.timestamp = Core::LocalDateTime::fromSecsSinceEpoch(time);

    const QList<Author> &people = authors();
    m.author = people.at(int(below(quint64(people.size())))).name;

    const std::uint64_t dice = below(100);
    if (dice < 3) {
        m.kind = MessageKind::System;
        m.author = QString();
        m.text = systemTexts().at(int(below(quint64(systemTexts().size()))));
    } else if (dice < 8) {
        m.kind = MessageKind::Media;
        const QString stamp = m.timestamp.toString().remove(u'-').remove(u':').replace(u'T', u'-');
        if (below(2) == 0) {
            const QStringList &placeholders = mediaPlaceholders(style.ios);
            m.text = placeholders.at(int(below(quint64(placeholders.size()))));
        } else if (style.ios) {
            m.attachment = u"%1-PHOTO-%2.jpg"_s.arg(pad(m.index % 100000000, 8), stamp);
            m.text = u"<attached: "_s + m.attachment + u'>';
        } else {
            m.attachment = u"IMG-%1-WA%2.jpg"_s.arg(stamp.left(8), pad(m.index % 10000, 4));
            m.text = m.attachment + u" (file attached)"_s;
            if (below(2) == 0)
                m.text += u'\n' + words(1 + int(below(8)));
        }
    } else if (dice < 10) {
        m.kind = MessageKind::Deleted;
        m.text = below(2) == 0 ? u"This message was deleted"_s : u"You deleted this message"_s;
        if (style.ios)
            m.text += u'.';
    } else {
        const int lines = below(10) == 0 ? 2 + int(below(3)) : 1;
        for (int i = 0; i < lines; ++i) {
            if (i > 0)
                m.text += u'\n';
            m.text += words(1 + int(below(23)));
        }
        m.edited = below(25) == 0;
    }
    return m;
}

QByteArray ChatGenerator::preamble(const ExportStyle &style)
{
    return style.bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
}

QByteArray ChatGenerator::render(const Core::Message &message, const ExportStyle &style)
{
    const QDateTime t = message.timestamp.toQDateTime();
    const QDate date = t.date();
    const QTime time = t.time();

    const int dateWidth = style.zeroPadDate ? 2 : 1;
    const QString year = style.fourDigitYear ? QString::number(date.year()) : pad(date.year() % 100, 2);
    const QString day = pad(date.day(), dateWidth);
    const QString month = pad(date.month(), dateWidth);
    const QChar sep = QLatin1Char(style.dateSeparator);
    QString stamp;
    switch (style.order) {
    case Core::DateOrder::MonthDayYear:
        stamp = month + sep + day + sep + year;
        break;
    case Core::DateOrder::YearMonthDay:
        stamp = QString::number(date.year()) + sep + pad(date.month(), 2) + sep + pad(date.day(), 2);
        break;
    default:
        stamp = day + sep + month + sep + year;
        break;
    }
    stamp += style.commaAfterDate ? u", "_s : u" "_s;

    const QChar timeSep = QLatin1Char(style.timeSeparator);
    const bool twelveHour = !style.meridiemAm.isEmpty();
    if (twelveHour) {
        const int hour = time.hour() % 12 == 0 ? 12 : time.hour() % 12;
        stamp += QString::number(hour) + timeSep + pad(time.minute(), 2);
    } else {
        stamp += pad(time.hour(), 2) + timeSep + pad(time.minute(), 2);
    }
    if (style.seconds)
        stamp += timeSep + pad(time.second(), 2);
    if (twelveHour)
        stamp += time.hour() < 12 ? style.meridiemAm : style.meridiemPm;

    const QString lrm = u"\u200e"_s;
    QString author;
    for (const Author &a : authors()) {
        if (a.name == message.author)
            author = a.written;
    }

    QString body;
    QString linePrefix;
    switch (message.kind) {
    case MessageKind::System:
        body = style.ios ? u"Nutrition beta: "_s + lrm + message.text : message.text;
        break;
    case MessageKind::Media:
        body = author + u": "_s + (style.ios ? lrm : QString()) + message.text;
        linePrefix = style.ios ? lrm : QString();
        break;
    case MessageKind::Deleted:
        body = author + u": "_s + (style.ios ? lrm : QString()) + message.text;
        break;
    case MessageKind::Text:
        body = author + u": "_s + message.text;
        if (message.edited)
            body += style.ios ? u" "_s + lrm + u"<This message was edited>"_s : u" <This message was edited>"_s;
        break;
    }
    QString line = linePrefix + (style.ios ? u'[' + stamp + u"] "_s : stamp + u" - "_s) + body;
    const QString newline = style.crlf ? u"\r\n"_s : u"\n"_s;
    if (style.crlf)
        line.replace(u'\n', newline);
    return (line + newline).toUtf8();
}

} // namespace Finetuner::Bench
