// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <chatgenerator.h>
#include <core/dataset/messagejsonl.h>
#include <core/import/importerregistry.h>
#include <core/import/whatsappimporter.h>
#include <core/model/conversationbuilder.h>
#include <testutils.h>

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using namespace Finetuner;
using Core::Diagnostic;
using Core::MessageKind;

namespace {

QByteArray toJsonl(const Core::Conversation &conversation)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!Core::writeMessagesJsonl(conversation, buffer))
        qFatal("writing to a QBuffer failed");
    return buffer.data();
}

QString describe(const Core::Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}

QList<int> warningLines(const Core::Diagnostics &diagnostics)
{
    QList<int> lines;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Diagnostic::Severity::Warning && d.line > 0)
            lines.append(d.line);
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

Core::Result<Core::Conversation> parseText(const QByteArray &text, Core::DateOrder order = Core::DateOrder::Auto)
{
    Core::ImportOptions options;
    options.dateOrder = order;
    return Core::WhatsAppImporter().parse(text, u"chat.txt"_s, options);
}

} // namespace

class tst_WhatsAppImporter : public QObject
{
    Q_OBJECT
private slots:
    void readsFixturesAsTheirGoldenFiles_data();
    void readsFixturesAsTheirGoldenFiles();
    void goldenFilesAgreeWithMessageValues_data();
    void goldenFilesAgreeWithMessageValues();
    void roundTripsGeneratedMessagesInEveryStyle_data();
    void roundTripsGeneratedMessagesInEveryStyle();
    void mappedAndCopiedReadsAgree();
    void decidesDateOrderFromTheWholeFile();
    void ambiguousFileSaysWhichOrderItAssumed();
    void forcedOrderThatCannotFitIsAnError();
    void lineInAnotherStyleIsMessageText();
    void systemLineWithQuotedColonHasNoAuthor();
    void countsMessagesPerParticipant();
    void reportsProgressAndCanBeCancelled();
    void confidenceRecognisesOnlyChats();
    void keepsSpacesTheUserTypedBeforeTheEditedMarker();
};

void tst_WhatsAppImporter::readsFixturesAsTheirGoldenFiles_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("dateOrder");
    QTest::addColumn<QList<int>>("expectedWarningLines");

    const QByteArrayList rows = TestUtils::jsonLines(
        TestUtils::readFile(TestUtils::dataPath(u"import/whatsapp/cases.tsv"_s)));
    QVERIFY(rows.size() > 14);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QByteArrayList cells = rows.at(i).split('\t');
        QCOMPARE(cells.size(), 3);
        QList<int> lines;
        if (cells.at(2) != "-") {
            for (const QByteArray &n : cells.at(2).split(','))
                lines.append(n.toInt());
        }
        QTest::newRow(cells.at(0).constData())
            << QString::fromUtf8(cells.at(0)) << QString::fromUtf8(cells.at(1)) << lines;
    }
}

void tst_WhatsAppImporter::readsFixturesAsTheirGoldenFiles()
{
    QFETCH(QString, fixture);
    QFETCH(QString, dateOrder);
    QFETCH(QList<int>, expectedWarningLines);

    const QString path = TestUtils::dataPath(u"import/whatsapp/"_s + fixture);
    Core::ImportOptions options;
    options.dateOrder = *Core::dateOrderFromName(QLatin1StringView(dateOrder.toLatin1()));
    const Core::Result<Core::Conversation> result = Core::importFile(path, options);
    QVERIFY2(result.ok(), qPrintable(describe(result.diagnostics)));
    QVERIFY2(!Core::hasErrors(result.diagnostics), qPrintable(describe(result.diagnostics)));
    QCOMPARE(warningLines(result.diagnostics), expectedWarningLines);
    for (const Diagnostic &d : result.diagnostics)
        QCOMPARE(d.source, path); // every message names the file

    QString golden = path;
    golden.replace(u".txt"_s, u".jsonl"_s);
    QByteArray report;
    QVERIFY2(TestUtils::compareLines(TestUtils::jsonLines(toJsonl(*result.value)),
                                     TestUtils::jsonLines(TestUtils::readFile(golden)), &report),
             report.constData());
}

void tst_WhatsAppImporter::goldenFilesAgreeWithMessageValues_data()
{
    readsFixturesAsTheirGoldenFiles_data();
}

// The golden comparison above checks the JSON writer and the parser together; this reads the goldens with an
// independent JSON parser and checks the Message values the GUI uses.
void tst_WhatsAppImporter::goldenFilesAgreeWithMessageValues()
{
    QFETCH(QString, fixture);
    QFETCH(QString, dateOrder);

    const QString path = TestUtils::dataPath(u"import/whatsapp/"_s + fixture);
    Core::ImportOptions options;
    options.dateOrder = *Core::dateOrderFromName(QLatin1StringView(dateOrder.toLatin1()));
    const Core::Result<Core::Conversation> result = Core::importFile(path, options);
    QVERIFY(result.ok());
    QString goldenPath = path;
    goldenPath.replace(u".txt"_s, u".jsonl"_s);
    const QByteArrayList golden = TestUtils::jsonLines(TestUtils::readFile(goldenPath));
    QCOMPARE(result.value->size(), int(golden.size()));
    for (int i = 0; i < result.value->size(); ++i) {
        const nlohmann::json expected = nlohmann::json::parse(golden.at(i).toStdString());
        const Core::Message m = result.value->message(i);
        QCOMPARE(m.index, i);
        QCOMPARE(m.timestamp.toString(), QString::fromStdString(expected.at("timestamp").get<std::string>()));
        if (expected.at("author").is_null()) {
            QVERIFY(m.author.isNull());
            QCOMPARE(m.kind, MessageKind::System);
        } else {
            QCOMPARE(m.author, QString::fromStdString(expected.at("author").get<std::string>()));
            QVERIFY(result.value->participants().contains(m.author));
        }
        QCOMPARE(m.text, QString::fromStdString(expected.at("text").get<std::string>()));
        QCOMPARE(Core::kindName(m.kind), QLatin1StringView(expected.at("kind").get<std::string>().c_str()));
        QCOMPARE(m.edited, expected.value("edited", false));
        QCOMPARE(m.attachment, QString::fromStdString(expected.value("attachment", std::string())));
        QVERIFY(m.line >= 1);
    }
}

void tst_WhatsAppImporter::roundTripsGeneratedMessagesInEveryStyle_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<int>("seed");
    for (const Bench::ExportStyle &style : Bench::allStyles()) {
        for (int seed : {1, 2, 3})
            QTest::addRow("%s seed %d", qPrintable(style.name), seed) << style.name << seed;
    }
}

void tst_WhatsAppImporter::roundTripsGeneratedMessagesInEveryStyle()
{
    QFETCH(QString, style);
    QFETCH(int, seed);
    const Bench::ExportStyle exportStyle = Bench::styleNamed(style);
    QCOMPARE(exportStyle.name, style);

    // 2,000 messages span a month, so a day above 12 settles the date order as in a real export.
    Bench::ChatGenerator generator{quint64(seed)};
    std::vector<Core::Message> expected;
    QByteArray text = Bench::ChatGenerator::preamble(exportStyle);
    for (int i = 0; i < 2000; ++i) {
        expected.push_back(generator.next(exportStyle));
        text += Bench::ChatGenerator::render(expected.back(), exportStyle);
    }

    const Core::Result<Core::Conversation> result = parseText(text);
    QVERIFY2(result.ok(), qPrintable(describe(result.diagnostics)));
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
    const Core::Conversation &conversation = *result.value;
    QCOMPARE(conversation.dateOrder(), exportStyle.order);
    QCOMPARE(conversation.formatId(), exportStyle.ios ? u"whatsapp-ios"_s : u"whatsapp-android"_s);
    QCOMPARE(conversation.size(), int(expected.size()));
    int line = 1;
    for (int i = 0; i < conversation.size(); ++i) {
        const Core::Message actual = conversation.message(i);
        const Core::Message &want = expected[size_t(i)];
        const QByteArray where = "message " + QByteArray::number(i) + " (line " + QByteArray::number(line) + ")";
        QVERIFY2(actual.timestamp == want.timestamp,
                 (where + ": " + actual.timestamp.toString().toUtf8() + " != " + want.timestamp.toString().toUtf8())
                     .constData());
        QVERIFY2(actual.author == want.author && actual.author.isNull() == want.author.isNull(),
                 (where + ": author " + actual.author.toUtf8() + " != " + want.author.toUtf8()).constData());
        QVERIFY2(actual.text == want.text,
                 (where + ": text " + actual.text.toUtf8() + " != " + want.text.toUtf8()).constData());
        QVERIFY2(actual.kind == want.kind, (where + ": kind").constData());
        QVERIFY2(actual.edited == want.edited, (where + ": edited").constData());
        QVERIFY2(actual.attachment == want.attachment, (where + ": attachment").constData());
        QCOMPARE(actual.line, line);
        line += int(want.text.count(u'\n')) + 1;
    }
}

void tst_WhatsAppImporter::mappedAndCopiedReadsAgree()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Bench::ExportStyle style = Bench::styleNamed(u"ios-crlf-bom"_s);
    Bench::ChatGenerator generator(7);
    QByteArray text = Bench::ChatGenerator::preamble(style);
    for (int i = 0; i < 3000; ++i)
        text += Bench::ChatGenerator::render(generator.next(style), style);
    const QString path = TestUtils::writeFile(dir.filePath(u"chat.txt"_s), text);

    Core::ImportOptions copied;
    Core::ImportOptions mapped;
    mapped.readMode = Core::ReadMode::Map;
    const auto a = Core::importFile(path, copied);
    const auto b = Core::importFile(path, mapped);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(toJsonl(*a.value), toJsonl(*b.value));
    // The mapped conversation keeps its file open and mapped after importFile() returned.
    QCOMPARE(b.value->text(b.value->size() - 1), a.value->text(a.value->size() - 1));
}

void tst_WhatsAppImporter::decidesDateOrderFromTheWholeFile()
{
    // The first lines are ambiguous; only line 3 has a day above 12, in the first field: day/month/year.
    const QByteArray dmy = "01/02/2021, 10:00 - Ana: a\n"
                           "05/02/2021, 10:00 - Ben: b\n"
                           "13/02/2021, 10:00 - Ana: c\n";
    auto result = parseText(dmy);
    QVERIFY(result.ok());
    QCOMPARE(result.value->dateOrder(), Core::DateOrder::DayMonthYear);
    QCOMPARE(result.value->timestamp(0).toString(), u"2021-02-01T10:00:00"_s);
    QVERIFY(result.diagnostics.isEmpty());

    const QByteArray mdy = "02/01/2021, 10:00 - Ana: a\n"
                           "02/13/2021, 10:00 - Ana: c\n";
    result = parseText(mdy);
    QVERIFY(result.ok());
    QCOMPARE(result.value->dateOrder(), Core::DateOrder::MonthDayYear);
    QCOMPARE(result.value->timestamp(0).toString(), u"2021-02-01T10:00:00"_s);

    // Forcing wins over the evidence; the lines that cannot be read that way are kept as text, with a warning.
    result = parseText(dmy, Core::DateOrder::MonthDayYear);
    QVERIFY(result.ok());
    QCOMPARE(result.value->size(), 2);
    QCOMPARE(result.value->text(1), u"b\n13/02/2021, 10:00 - Ana: c"_s);
    QCOMPARE(warningLines(result.diagnostics), QList<int>{3});
}

void tst_WhatsAppImporter::ambiguousFileSaysWhichOrderItAssumed()
{
    const QByteArray text = "05/06/2021, 10:00 - Ana: a\n05/06/2021, 10:05 - Ben: b\n";
    auto result = parseText(text);
    QVERIFY(result.ok());
    QCOMPARE(result.value->dateOrder(), Core::DateOrder::DayMonthYear);
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.first().severity, Diagnostic::Severity::Warning);
    QVERIFY2(result.diagnostics.first().message.contains(u"Assumed day/month/year"_s),
             qPrintable(result.diagnostics.first().message));

    // Chronology settles what no number does: only day/month/year keeps these in order.
    const QByteArray chrono = "11/01/2022, 10:00 - Ana: a\n12/01/2022, 10:00 - Ana: b\n01/02/2022, 10:00 - Ana: c\n";
    result = parseText(chrono);
    QVERIFY(result.ok());
    QCOMPARE(result.value->dateOrder(), Core::DateOrder::DayMonthYear);
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.first().severity, Diagnostic::Severity::Note);
}

void tst_WhatsAppImporter::forcedOrderThatCannotFitIsAnError()
{
    const auto result = parseText("2021-12-31, 23:59 - Ana: a\n", Core::DateOrder::DayMonthYear);
    QVERIFY(!result.ok());
    QVERIFY(Core::hasErrors(result.diagnostics));
    QVERIFY(result.diagnostics.first().message.contains(u"2021-12-31"_s));
}

void tst_WhatsAppImporter::lineInAnotherStyleIsMessageText()
{
    const QByteArray text = "31/12/2021, 23:59 - Ana: look what I found:\n"
                            "[31/12/2021, 23:58:01] Ben: pasted from an iPhone\n"
                            "31.12.2021, 23:58 - Ben: and a German one\n"
                            "31/12/2021, 23:59 - Ben: ok\n";
    const auto result = parseText(text);
    QVERIFY(result.ok());
    QCOMPARE(result.value->size(), 2);
    QCOMPARE(result.value->text(0), u"look what I found:\n[31/12/2021, 23:58:01] Ben: pasted from an iPhone\n"
                                    u"31.12.2021, 23:58 - Ben: and a German one"_s);
    QCOMPARE(result.value->line(1), 4);
}

void tst_WhatsAppImporter::systemLineWithQuotedColonHasNoAuthor()
{
    const QByteArray text = "13/08/2022, 09:00 - Ana changed the subject from \"Trip\" to \"Trip: Ibiza\"\n"
                            "13/08/2022, 09:01 - Ana: note: buy milk\n";
    const auto result = parseText(text);
    QVERIFY(result.ok());
    QCOMPARE(result.value->kind(0), MessageKind::System);
    QVERIFY(result.value->author(0).isNull());
    QCOMPARE(result.value->text(0), u"Ana changed the subject from \"Trip\" to \"Trip: Ibiza\""_s);
    QCOMPARE(result.value->author(1), u"Ana"_s);
    QCOMPARE(result.value->text(1), u"note: buy milk"_s);
    QCOMPARE(result.value->participants(), QStringList{u"Ana"_s});
}

void tst_WhatsAppImporter::countsMessagesPerParticipant()
{
    const auto result = Core::importFile(TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s));
    QVERIFY(result.ok());
    const QStringList participants = result.value->participants();
    QCOMPARE(participants.size(), 2);
    const std::vector<int> counts = result.value->messageCountsByParticipant();
    QCOMPARE(counts[size_t(participants.indexOf(u"Selina Kyle"_s))], 4);
    QVERIFY(counts[size_t(participants.indexOf(u"Bruce Wayne"_s))] > 0);
    QCOMPARE(result.value->participantId(u"Nobody"_s), -1);
}

void tst_WhatsAppImporter::reportsProgressAndCanBeCancelled()
{
    const Bench::ExportStyle style = Bench::styleNamed(u"android-dmy-24h"_s);
    Bench::ChatGenerator generator(3);
    QByteArray text;
    while (text.size() < 9 * 1024 * 1024)
        text += Bench::ChatGenerator::render(generator.next(style), style);

    QList<qint64> reported;
    Core::ImportOptions options;
    options.progress = [&reported](qint64 done, qint64 total) {
        reported.append(done);
        return total > 0;
    };
    auto result = Core::WhatsAppImporter().parse(text, u"big.txt"_s, options);
    QVERIFY(result.ok());
    QVERIFY(reported.size() >= 2);
    QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));

    options.progress = [](qint64, qint64) { return false; };
    result = Core::WhatsAppImporter().parse(text, u"big.txt"_s, options);
    QVERIFY(!result.ok());
    QVERIFY(result.diagnostics.constLast().message.contains(u"cancelled"_s));
}

void tst_WhatsAppImporter::confidenceRecognisesOnlyChats()
{
    const Core::WhatsAppImporter importer;
    QBuffer chat;
    chat.setData("Some title\n[27/07/2012, 21:01:54] Selina Kyle: Hi\n");
    QVERIFY(chat.open(QIODevice::ReadOnly));
    QCOMPARE(importer.confidence(chat), 90);
    QCOMPARE(chat.pos(), 0); // confidence() must not move the device

    QBuffer json;
    json.setData(R"({"name": "Telegram export", "messages": []})");
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(importer.confidence(json), 0);
}

void tst_WhatsAppImporter::keepsSpacesTheUserTypedBeforeTheEditedMarker()
{
    const auto result = parseText("31/12/2021, 23:59 - Ana: trailing  <This message was edited>\n"
                                  "[31/12/2021, 23:59:00] no\n");
    QVERIFY(result.ok());
    QCOMPARE(result.value->text(0), u"trailing  <This message was edited>\n[31/12/2021, 23:59:00] no"_s);
    QVERIFY(!result.value->isEdited(0)); // the marker is not at the end of the message

    const auto edited = parseText("31/12/2021, 23:59 - Ana: trailing  <This message was edited>\n");
    QCOMPARE(edited.value->text(0), u"trailing "_s);
    QVERIFY(edited.value->isEdited(0));
}

QTEST_GUILESS_MAIN(tst_WhatsAppImporter)
#include "tst_whatsappimporter.moc"
