// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "whatsappimporter.h"

#include <core/import/textinput.h>
#include <core/import/whatsappbody.h>
#include <core/import/whatsappheader.h>
#include <core/model/conversationbuilder.h>
#include <core/util/bytesearch.h>

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>

#include <cstring>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;
using WhatsApp::Header;
using WhatsApp::HeaderStyle;

namespace {

constexpr qint64 ConfidenceProbeBytes = 64 * 1024;
constexpr qint64 ProgressStepBytes = 4 * 1024 * 1024;
constexpr int MaxPreambleWarnings = 100;
constexpr int QuotedCharacters = 60;

QString tr(const char *text)
{
    return QCoreApplication::translate("Finetuner::Core::WhatsAppImporter", text);
}

QString orderLabel(DateOrder order)
{
    switch (order) {
    case DateOrder::DayMonthYear:
        return tr("day/month/year");
    case DateOrder::MonthDayYear:
        return tr("month/day/year");
    case DateOrder::YearMonthDay:
        return tr("year-month-day");
    case DateOrder::Auto:
        break;
    }
    return tr("automatic");
}

// The date fields of a header are parked in MessageRecord::timestamp until the file's date order is known.
quint64 packFields(const Header &h)
{
    return quint64(h.first) << 48 | quint64(h.second) << 40 | quint64(h.third) << 24 | quint64(h.hour) << 16
        | quint64(h.minute) << 8 | quint64(h.secondOfMinute);
}

struct Fields
{
    int first, second, third, hour, minute, secondOfMinute;
};

Fields unpackFields(qint64 packed)
{
    const auto p = quint64(packed);
    return {int(p >> 48 & 0xFFFF), int(p >> 40 & 0xFF), int(p >> 24 & 0xFFFF),
            int(p >> 16 & 0xFF),   int(p >> 8 & 0xFF),  int(p & 0xFF)};
}

LocalDateTime timestampOf(const Fields &f, DateOrder order)
{
    switch (order) {
    case DateOrder::DayMonthYear:
        return LocalDateTime::fromParts(f.third, f.second, f.first, f.hour, f.minute, f.secondOfMinute);
    case DateOrder::MonthDayYear:
        return LocalDateTime::fromParts(f.third, f.first, f.second, f.hour, f.minute, f.secondOfMinute);
    case DateOrder::YearMonthDay:
        return LocalDateTime::fromParts(f.first, f.second, f.third, f.hour, f.minute, f.secondOfMinute);
    case DateOrder::Auto:
        break;
    }
    return {};
}

QString quoted(QByteArrayView line)
{
    QString text = QString::fromUtf8(line);
    if (text.size() > QuotedCharacters)
        text = text.left(QuotedCharacters) + u'…';
    return u'“' + text + u'”';
}

bool containsQuote(QByteArrayView text)
{
    // '"', and the curly quotes U+201C/U+201D that iOS keyboards type.
    return Bytes::find(text, '"') >= 0 || Bytes::contains(text, "\xE2\x80\x9C") || Bytes::contains(text, "\xE2\x80\x9D");
}

// One pass over the lines, then the file-wide decisions. Lives for one parse.
class Parser
{
public:
    Parser(QByteArray source, std::shared_ptr<const void> owner, const QString &sourcePath,
           const ImportOptions &options, Diagnostics &diagnostics)
        : m_builder(std::move(source), std::move(owner))
        , m_data(m_builder.source().constData())
        , m_size(m_builder.source().size())
        , m_sourcePath(sourcePath)
        , m_options(options)
        , m_diagnostics(diagnostics)
    {
        m_builder.setSourcePath(sourcePath);
        m_hasCarriageReturns = std::memchr(m_data, '\r', size_t(m_size)) != nullptr;
    }

    std::optional<Conversation> run();

private:
    struct Region
    {
        qsizetype begin; // start of the header line
        qsizetype end;   // end of the last line's content, without its line break
    };

    bool readLines();
    void closeMessage(const Region &region, const Header &header, int line);
    MessageRecord buildRecord(const Region &region, const Header &header, int line);
    std::optional<DateOrder> decideDateOrder();
    bool resolveTimestamps(DateOrder order);
    Region regionOf(size_t record) const;
    void warn(const QString &message, int line = -1, Diagnostic::Severity severity = Diagnostic::Severity::Warning)
    {
        m_diagnostics.append({severity, message, m_sourcePath, line, -1});
    }

    ConversationBuilder m_builder;
    const char *m_data;
    qsizetype m_size;
    QString m_sourcePath;
    const ImportOptions &m_options;
    Diagnostics &m_diagnostics;
    bool m_hasCarriageReturns = false;
    bool m_dateOrderAssumed = false;
    HeaderStyle m_style;
    // Where each record's header line starts. A record's region ends where the next one's starts, so this is
    // all it takes to merge a header that turns out not to be one into the message before it.
    std::vector<qsizetype> m_lineStarts;
    int m_preambleLines = 0;
};

std::optional<Conversation> Parser::run()
{
    if (!readLines())
        return std::nullopt;
    const std::optional<DateOrder> order = decideDateOrder();
    if (!order || !resolveTimestamps(*order))
        return std::nullopt;
    m_builder.setFormatId(m_style.bracketed ? u"whatsapp-ios"_s : u"whatsapp-android"_s);
    m_builder.setDateOrder(*order, m_dateOrderAssumed);
    return m_builder.finish();
}

bool Parser::readLines()
{
    // An upper bound for the number of messages, so the records never reallocate.
    qsizetype lines = 1;
    for (const char *p = m_data, *end = m_data + m_size;
         (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))); ++p) {
        ++lines;
    }
    m_builder.records().reserve(size_t(lines));
    m_lineStarts.reserve(size_t(lines));

    const qsizetype diagnosticsBefore = m_diagnostics.size();
    bool haveStyle = false;
    Region current{-1, -1};
    Header currentHeader;
    int currentLine = 0;
    int line = 0;
    qint64 nextProgress = ProgressStepBytes;
    qsizetype pos = 0;
    while (pos < m_size) {
        ++line;
        const auto *newline = static_cast<const char *>(std::memchr(m_data + pos, '\n', size_t(m_size - pos)));
        const qsizetype lineEnd = newline ? newline - m_data : m_size;
        qsizetype contentEnd = lineEnd;
        if (contentEnd > pos && m_data[contentEnd - 1] == '\r')
            --contentEnd;
        const QByteArrayView text(m_data + pos, contentEnd - pos);

        std::optional<Header> header;
        if (haveStyle) {
            if (WhatsApp::mayBeHeader(text, m_style))
                header = WhatsApp::parseHeader(text, m_style);
        } else {
            header = WhatsApp::parseAnyHeader(text, m_style);
            haveStyle = header.has_value();
            if (!haveStyle) {
                if (++m_preambleLines <= MaxPreambleWarnings) {
                    warn(tr("This line comes before the first message and is not part of any message: %1")
                             .arg(quoted(text)),
                         line);
                }
            }
        }
        if (header) {
            if (current.begin >= 0)
                closeMessage(current, currentHeader, currentLine);
            current.begin = pos;
            currentHeader = *header;
            currentLine = line;
        }
        if (current.begin >= 0)
            current.end = contentEnd;

        pos = newline ? lineEnd + 1 : m_size;
        if (m_options.progress && pos >= nextProgress) {
            nextProgress = pos + ProgressStepBytes;
            if (!m_options.progress(pos, m_size)) {
                warn(tr("The import was cancelled."), -1, Diagnostic::Severity::Error);
                return false;
            }
        }
    }

    if (!haveStyle) {
        m_diagnostics.resize(diagnosticsBefore); // warnings about every line would say nothing more than this
        warn(tr("This is not a WhatsApp chat export: no line starts with a date and time like "
                "“31/12/2021, 23:59 - ” or “[31/12/2021, 23:59:59] ”."),
             -1, Diagnostic::Severity::Error);
        return false;
    }
    closeMessage(current, currentHeader, currentLine);
    if (m_preambleLines > MaxPreambleWarnings) {
        warn(tr("%1 lines before the first message in all are not part of any message.").arg(m_preambleLines));
    }
    return true;
}

void Parser::closeMessage(const Region &region, const Header &header, int line)
{
    m_builder.records().push_back(buildRecord(region, header, line));
    m_lineStarts.push_back(region.begin);
}

MessageRecord Parser::buildRecord(const Region &region, const Header &header, int line)
{
    MessageRecord record;
    record.line = line;
    record.timestamp = qint64(packFields(header));

    const qsizetype bodyStart = region.begin + header.bodyStart;
    const qsizetype bodyEnd = std::max(bodyStart, region.end);
    const auto *firstBreak =
        static_cast<const char *>(std::memchr(m_data + bodyStart, '\n', size_t(bodyEnd - bodyStart)));
    qsizetype firstLineEnd = firstBreak ? firstBreak - m_data : bodyEnd;
    if (firstLineEnd > bodyStart && m_data[firstLineEnd - 1] == '\r')
        --firstLineEnd;

    // "author: text". Android system lines have no author, but some quote a text that holds ": ".
    const QByteArrayView firstLine(m_data + bodyStart, firstLineEnd - bodyStart);
    QByteArrayView authorName;
    qsizetype textStart = bodyStart;
    const qsizetype colon = Bytes::find(firstLine, ": ");
    if (colon >= 0) {
        const QByteArrayView candidate = firstLine.first(colon);
        if (m_style.bracketed || !containsQuote(candidate)) {
            authorName = WhatsApp::trimDirectionalMarks(candidate);
            textStart = bodyStart + colon + 2;
        }
    }

    ConversationBuilder::TextRef text = ConversationBuilder::sourceText(textStart, bodyEnd - textStart);
    if (m_hasCarriageReturns && std::memchr(m_data + textStart, '\r', size_t(bodyEnd - textStart))) {
        QByteArray joined = QByteArrayView(m_data + textStart, bodyEnd - textStart).toByteArray();
        joined.replace("\r\n", "\n");
        text = m_builder.arenaText(joined);
    }

    const WhatsApp::Body body = WhatsApp::classifyBody(m_builder.view(text));
    record.kind = body.kind;
    if (body.edited)
        record.flags |= MessageRecord::Edited;
    qsizetype start = body.textStart;
    if (body.kind == MessageKind::Text) {
        // WhatsApp's own mark in front of a body means it wrote the text: a system line (iOS).
        // On Android a line without an author is a system line whatever its marks.
        if (m_style.bracketed && body.leadingLrm > 0) {
            record.kind = MessageKind::System;
            authorName = {};
            start = body.leadingLrm;
        } else if (authorName.isEmpty()) {
            record.kind = MessageKind::System;
            start = WhatsApp::leadingMarkLength(m_builder.view(text));
        }
    }
    if (!authorName.isEmpty())
        record.author = m_builder.participant(authorName);

    if (!body.rewritten.isNull()) {
        text = m_builder.arenaText(body.rewritten);
    } else {
        text.offset += start;
        text.length = quint32(body.textEnd - start);
    }
    record.attachmentStart = quint32(body.attachmentStart);
    record.attachmentLength = quint32(body.attachmentLength);
    ConversationBuilder::setText(record, text);
    return record;
}

std::optional<DateOrder> Parser::decideDateOrder()
{
    const std::vector<MessageRecord> &records = m_builder.records();
    const DateOrder forced = m_options.dateOrder;
    if (forced != DateOrder::Auto) {
        if ((forced == DateOrder::YearMonthDay) != m_style.yearFirst) {
            warn(tr("The date order %1 does not fit this file, whose dates look like “%2”.")
                     .arg(orderLabel(forced), m_style.example().trimmed()),
                 -1, Diagnostic::Severity::Error);
            return std::nullopt;
        }
        return forced;
    }
    if (m_style.yearFirst)
        return DateOrder::YearMonthDay;

    // A day above 12 in the first field rules out month/day/year, and the other way round.
    qsizetype firstAbove12 = 0;
    qsizetype secondAbove12 = 0;
    for (const MessageRecord &r : records) {
        const Fields f = unpackFields(r.timestamp);
        firstAbove12 += f.first > 12;
        secondAbove12 += f.second > 12;
    }
    if (firstAbove12 > 0 && secondAbove12 == 0)
        return DateOrder::DayMonthYear;
    if (secondAbove12 > 0 && firstAbove12 == 0)
        return DateOrder::MonthDayYear;
    if (firstAbove12 > 0 && secondAbove12 > 0) {
        const DateOrder order = firstAbove12 >= secondAbove12 ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
        warn(tr("The dates disagree: %1 headers can only be day/month/year and %2 only month/day/year. "
                "The file is read as %3; the other lines are kept as message text.")
                 .arg(firstAbove12)
                 .arg(secondAbove12)
                 .arg(orderLabel(order)));
        return order;
    }

    // No number decides. Real chats run forward in time, so the reading with fewer steps back is the right one.
    auto stepsBack = [&records](DateOrder order) {
        qsizetype steps = 0;
        LocalDateTime previous;
        for (const MessageRecord &r : records) {
            const LocalDateTime t = timestampOf(unpackFields(r.timestamp), order);
            if (!t.isValid())
                continue;
            if (previous.isValid() && t < previous)
                ++steps;
            previous = t;
        }
        return steps;
    };
    const qsizetype dmyBack = stepsBack(DateOrder::DayMonthYear);
    const qsizetype mdyBack = stepsBack(DateOrder::MonthDayYear);
    if (dmyBack != mdyBack) {
        const DateOrder order = dmyBack < mdyBack ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
        warn(tr("No day above 12 tells the date order; read as %1 because that keeps the messages in "
                "chronological order. Use the date order option to force the other.")
                 .arg(orderLabel(order)),
             -1, Diagnostic::Severity::Note);
        return order;
    }
    // US phones, which write month/day/year, use the 12 h clock; most others day/month/year and 24 h.
    const DateOrder order = m_style.twelveHour ? DateOrder::MonthDayYear : DateOrder::DayMonthYear;
    m_dateOrderAssumed = true;
    warn(tr("The date order is ambiguous: no day above 12 tells day/month/year from month/day/year. "
            "Assumed %1; use the date order option to force the other.")
             .arg(orderLabel(order)));
    return order;
}

Parser::Region Parser::regionOf(size_t record) const
{
    // Lines between two headers all belong to the first message, so its region ends at the line break
    // before the next header (or at the file's last line break).
    qsizetype end = record + 1 < m_lineStarts.size() ? m_lineStarts[record + 1] - 1 : m_size;
    if (record + 1 >= m_lineStarts.size() && end > m_lineStarts[record] && m_data[end - 1] == '\n')
        --end;
    if (end > m_lineStarts[record] && m_data[end - 1] == '\r')
        --end;
    return {m_lineStarts[record], end};
}

bool Parser::resolveTimestamps(DateOrder order)
{
    std::vector<MessageRecord> &records = m_builder.records();
    size_t kept = 0;
    size_t keptSource = 0; // the record (in the original numbering) that records[kept - 1] started as
    for (size_t i = 0; i < records.size(); ++i) {
        const LocalDateTime t = timestampOf(unpackFields(records[i].timestamp), order);
        if (t.isValid()) {
            records[kept] = records[i];
            records[kept].timestamp = t.secsSinceEpoch();
            keptSource = i;
            ++kept;
            continue;
        }
        if (kept == 0) {
            warn(tr("This line looks like the first message, but its date is impossible read as %1; "
                    "it and the lines up to the next message are not imported.")
                     .arg(orderLabel(order)),
                 records[i].line);
            continue;
        }
        // Not a header after all: its lines belong to the message before it, which is parsed again.
        MessageRecord &previous = records[kept - 1];
        const Region merged{regionOf(keptSource).begin, regionOf(i).end};
        const std::optional<Header> header =
            WhatsApp::parseHeader(QByteArrayView(m_data + merged.begin, merged.end - merged.begin), m_style);
        Q_ASSERT(header);
        const qint64 timestamp = previous.timestamp;
        const int line = records[i].line;
        previous = buildRecord(merged, *header, previous.line);
        previous.timestamp = timestamp;
        warn(tr("This line looks like a message header, but its date is impossible read as %1; it is kept as "
                "text of the message at line %2.")
                 .arg(orderLabel(order))
                 .arg(previous.line),
             line);
        // Later merges extend the same message from the same start.
        m_lineStarts[i] = m_lineStarts[keptSource];
        keptSource = i;
    }
    records.resize(kept);
    m_lineStarts = {};
    if (records.empty()) {
        warn(tr("No message has a valid date read as %1.").arg(orderLabel(order)), -1,
             Diagnostic::Severity::Error);
        return false;
    }
    return true;
}

} // namespace

QString WhatsAppImporter::id() const
{
    return u"whatsapp"_s;
}

QString WhatsAppImporter::displayName() const
{
    return tr("WhatsApp chat export");
}

int WhatsAppImporter::confidence(QIODevice &device) const
{
    QByteArray head = device.peek(ConfidenceProbeBytes);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    // Any line that reads as a header makes this a WhatsApp export; a few junk lines may come first.
    for (qsizetype pos = 0; pos < head.size();) {
        qsizetype end = head.indexOf('\n', pos);
        if (end < 0)
            end = head.size();
        HeaderStyle style;
        if (WhatsApp::parseAnyHeader(QByteArrayView(head).sliced(pos, end - pos), style))
            return 90;
        pos = end + 1;
    }
    return 0;
}

Result<Conversation> WhatsAppImporter::read(QIODevice &device, const ImportOptions &options) const
{
    const auto *file = qobject_cast<QFile *>(&device);
    const QString path = file ? file->fileName() : QString();
    QString error;
    std::optional<FileBytes> bytes = readAllBytes(device, options.readMode, &error);
    if (!bytes) {
        Result<Conversation> result;
        result.diagnostics.append({Diagnostic::Severity::Error, error, path, -1, -1});
        return result;
    }
    return parseBytes(std::move(*bytes), path, options);
}

Result<Conversation> WhatsAppImporter::parse(QByteArray bytes, const QString &sourcePath,
                                             const ImportOptions &options) const
{
    return parseBytes(FileBytes{std::move(bytes), {}}, sourcePath, options);
}

Result<Conversation> WhatsAppImporter::parseBytes(FileBytes file, const QString &sourcePath,
                                                  const ImportOptions &options) const
{
    Result<Conversation> result;
    const bool borrowed = file.isBorrowed();
    Result<QByteArray> decoded = decodeText(std::move(file.bytes), borrowed);
    for (Diagnostic &d : decoded.diagnostics)
        d.source = sourcePath;
    result.diagnostics = std::move(decoded.diagnostics);
    if (!decoded.ok())
        return result;

    Parser parser(std::move(*decoded.value), std::move(file.owner), sourcePath, options, result.diagnostics);
    result.value = parser.run();
    return result;
}

} // namespace Finetuner::Core
