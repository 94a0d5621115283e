// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <core/import/whatsappbody.h>
#include <core/import/whatsappheader.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Finetuner::Core;

class tst_WhatsAppHeader : public QObject
{
    Q_OBJECT
private slots:
    void readsHeadersOfEveryStyle_data();
    void readsHeadersOfEveryStyle();
    void rejectsLinesThatAreNotHeaders_data();
    void rejectsLinesThatAreNotHeaders();
    void strictParseNeedsTheSameStyle();
    void classifiesBodies_data();
    void classifiesBodies();
    void trimsOnlyDirectionalMarksAroundNames();
};

void tst_WhatsAppHeader::readsHeadersOfEveryStyle_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QList<int>>("fields"); // first, second, third, hour, minute, second
    QTest::addColumn<bool>("bracketed");
    QTest::addColumn<bool>("twelveHour");
    QTest::addColumn<QByteArray>("body");

    using L = QList<int>;
    QTest::newRow("android 24h") << "31/12/2021, 23:59 - Ana: hi"_ba << L{31, 12, 2021, 23, 59, 0} << false << false
                                 << "Ana: hi"_ba;
    QTest::newRow("android US") << "12/31/21, 11:59 PM - Ana: hi"_ba << L{12, 31, 2021, 23, 59, 0} << false << true
                                << "Ana: hi"_ba;
    QTest::newRow("12:05 AM is 00:05") << "1/2/22, 12:05 AM - A: b"_ba << L{1, 2, 2022, 0, 5, 0} << false << true
                                       << "A: b"_ba;
    QTest::newRow("12:30 PM is 12:30") << "1/2/22, 12:30 PM - A: b"_ba << L{1, 2, 2022, 12, 30, 0} << false << true
                                       << "A: b"_ba;
    QTest::newRow("U+202F before PM") << "1/2/22, 9:05\u202fPM - A: b"_ba << L{1, 2, 2022, 21, 5, 0} << false
                                      << true << "A: b"_ba;
    QTest::newRow("U+00A0 before pm") << "1/2/22, 9:05\u00a0pm - A: b"_ba << L{1, 2, 2022, 21, 5, 0} << false << true
                                      << "A: b"_ba;
    QTest::newRow("a.m.") << "01/02/2022, 9:05 a.m. - A: b"_ba << L{1, 2, 2022, 9, 5, 0} << false << true
                          << "A: b"_ba;
    QTest::newRow("p. m. with NBSP") << "01/02/2022, 9:05\u00a0p.\u00a0m. - A: b"_ba << L{1, 2, 2022, 21, 5, 0}
                                     << false << true << "A: b"_ba;
    QTest::newRow("no space before am") << "01/02/2022, 6:40am - A: b"_ba << L{1, 2, 2022, 6, 40, 0} << false
                                        << true << "A: b"_ba;
    QTest::newRow("german dots") << "31.12.21, 23:59 - A: b"_ba << L{31, 12, 2021, 23, 59, 0} << false << false
                                 << "A: b"_ba;
    QTest::newRow("swedish ymd, no comma") << "2021-12-31 23:59 - A: b"_ba << L{2021, 12, 31, 23, 59, 0} << false
                                           << false << "A: b"_ba;
    QTest::newRow("dotted time") << "31.12.2021 23.59 - A: b"_ba << L{31, 12, 2021, 23, 59, 0} << false << false
                                 << "A: b"_ba;
    QTest::newRow("ios") << "[31/12/2021, 23:59:58] A: b"_ba << L{31, 12, 2021, 23, 59, 58} << true << false
                         << "A: b"_ba;
    QTest::newRow("ios with LRM") << "\u200e[12/31/21, 11:59:58\u202fPM] A: \u200eimage omitted"_ba
                                  << L{12, 31, 2021, 23, 59, 58} << true << true << "A: \u200eimage omitted"_ba;
    QTest::newRow("empty body") << "31/12/2021, 23:59 - "_ba << L{31, 12, 2021, 23, 59, 0} << false << false
                                << QByteArray();
}

void tst_WhatsAppHeader::readsHeadersOfEveryStyle()
{
    QFETCH(QByteArray, line);
    QFETCH(QList<int>, fields);
    QFETCH(bool, bracketed);
    QFETCH(bool, twelveHour);
    QFETCH(QByteArray, body);

    WhatsApp::HeaderStyle style;
    const std::optional<WhatsApp::Header> header = WhatsApp::parseAnyHeader(line, style);
    QVERIFY(header);
    QCOMPARE((QList<int>{header->first, header->second, header->third, header->hour, header->minute,
                         header->secondOfMinute}),
             fields);
    QCOMPARE(style.bracketed, bracketed);
    QCOMPARE(style.twelveHour, twelveHour);
    QCOMPARE(line.mid(header->bodyStart), body);
    // The strict reader accepts the line in the style it was found in.
    QVERIFY(WhatsApp::parseHeader(line, style));
}

void tst_WhatsAppHeader::rejectsLinesThatAreNotHeaders_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("plain text") << "Hello there"_ba;
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("date only") << "31/12/2021"_ba;
    QTest::newRow("no separator after time") << "31/12/2021, 23:59 Ana: hi"_ba;
    QTest::newRow("hour 24") << "31/12/2021, 24:00 - Ana: hi"_ba;
    QTest::newRow("minute 60") << "31/12/2021, 23:60 - Ana: hi"_ba;
    QTest::newRow("13 PM") << "12/31/21, 13:00 PM - Ana: hi"_ba;
    QTest::newRow("0 AM") << "12/31/21, 0:30 AM - Ana: hi"_ba;
    QTest::newRow("five-digit field") << "12345/12/2021, 23:59 - Ana: hi"_ba;
    QTest::newRow("three-digit year") << "31/12/202, 23:59 - Ana: hi"_ba;
    QTest::newRow("mixed separators") << "31/12.2021, 23:59 - Ana: hi"_ba;
    QTest::newRow("ios without closing bracket") << "[31/12/2021, 23:59:59 Ana: hi"_ba;
    QTest::newRow("a price") << "12.50, 3:00 - not a date"_ba;
    QTest::newRow("version number") << "1.2.3, 4:56 - release"_ba;
    QTest::newRow("one-digit minutes") << "31/12/2021, 23:5 - Ana: hi"_ba;
}

void tst_WhatsAppHeader::rejectsLinesThatAreNotHeaders()
{
    QFETCH(QByteArray, line);
    WhatsApp::HeaderStyle style;
    QVERIFY(!WhatsApp::parseAnyHeader(line, style));
}

void tst_WhatsAppHeader::strictParseNeedsTheSameStyle()
{
    WhatsApp::HeaderStyle android;
    QVERIFY(WhatsApp::parseAnyHeader("31/12/2021, 23:59 - Ana: hi"_ba, android));
    QVERIFY(WhatsApp::parseHeader("01/01/2022, 00:00 - Ben: yo"_ba, android));
    QVERIFY(!WhatsApp::parseHeader("[01/01/2022, 00:00:00] Ben: yo"_ba, android));
    QVERIFY(!WhatsApp::parseHeader("01.01.2022, 00:00 - Ben: yo"_ba, android));
    QVERIFY(!WhatsApp::parseHeader("01/01/2022 00:00 - Ben: yo"_ba, android));
    QVERIFY(!WhatsApp::parseHeader("01/01/22, 00:00 - Ben: yo"_ba, android));
    QVERIFY(!WhatsApp::parseHeader("01/01/2022, 12:00 AM - Ben: yo"_ba, android));
    QVERIFY(!WhatsApp::parseHeader("01/01/2022, 00:00:00 - Ben: yo"_ba, android));
    QCOMPARE(android.example(), u"31/12/2021, 23:59 - "_s);
}

void tst_WhatsAppHeader::classifiesBodies_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("edited");
    QTest::addColumn<QByteArray>("finalText");
    QTest::addColumn<QByteArray>("attachment");

    const int text = int(MessageKind::Text);
    const int media = int(MessageKind::Media);
    const int deleted = int(MessageKind::Deleted);
    QTest::newRow("text") << "hello"_ba << text << false << "hello"_ba << QByteArray();
    QTest::newRow("android media") << "<Media omitted>"_ba << media << false << "<Media omitted>"_ba << QByteArray();
    QTest::newRow("ios image") << "\u200eimage omitted"_ba << media << false << "image omitted"_ba << QByteArray();
    QTest::newRow("file attached with caption")
        << "IMG-1.jpg (file attached)\nlook"_ba << media << false << "IMG-1.jpg (file attached)\nlook"_ba
        << "IMG-1.jpg"_ba;
    QTest::newRow("attached") << "\u200e<attached: 0001-PHOTO.jpg>"_ba << media << false
                              << "<attached: 0001-PHOTO.jpg>"_ba << "0001-PHOTO.jpg"_ba;
    QTest::newRow("document with pages")
        << "\u200ereport.pdf \u2022 \u200e3 pages \u200edocument omitted"_ba << media << false
        << "report.pdf \u2022 3 pages document omitted"_ba << "report.pdf"_ba;
    QTest::newRow("deleted") << "This message was deleted"_ba << deleted << false << "This message was deleted"_ba
                             << QByteArray();
    QTest::newRow("ios deleted") << "\u200eYou deleted this message."_ba << deleted << false
                                 << "You deleted this message."_ba << QByteArray();
    QTest::newRow("android edited") << "typo fixed <This message was edited>"_ba << text << true << "typo fixed"_ba
                                    << QByteArray();
    QTest::newRow("ios edited") << "typo fixed \u200e<This message was edited>"_ba << text << true
                                << "typo fixed"_ba << QByteArray();
    QTest::newRow("placeholder words inside text stay text")
        << "my image omitted from the album"_ba << text << false << "my image omitted from the album"_ba
        << QByteArray();
    QTest::newRow("placeholder with more lines is text")
        << "<Media omitted>\nreally"_ba << text << false << "<Media omitted>\nreally"_ba << QByteArray();
}

void tst_WhatsAppHeader::classifiesBodies()
{
    QFETCH(QByteArray, text);
    QFETCH(int, kind);
    QFETCH(bool, edited);
    QFETCH(QByteArray, finalText);
    QFETCH(QByteArray, attachment);

    const WhatsApp::Body body = WhatsApp::classifyBody(text);
    QCOMPARE(int(body.kind), kind);
    QCOMPARE(body.edited, edited);
    const QByteArray result =
        body.rewritten.isNull() ? text.mid(body.textStart, body.textEnd - body.textStart) : body.rewritten;
    QCOMPARE(result, finalText);
    QCOMPARE(result.mid(body.attachmentStart, body.attachmentLength), attachment);
}

void tst_WhatsAppHeader::trimsOnlyDirectionalMarksAroundNames()
{
    QCOMPARE(WhatsApp::trimDirectionalMarks("\u202a+44 7700 900123\u202c"_ba), "+44 7700 900123"_ba);
    QCOMPARE(WhatsApp::trimDirectionalMarks("\u2068Ana\u2069"_ba), "Ana"_ba);
    QCOMPARE(WhatsApp::trimDirectionalMarks("\u200e~\u202fMar\u00eda"_ba), "~\u202fMar\u00eda"_ba);
    QCOMPARE(WhatsApp::trimDirectionalMarks("Ana \u200e Bel"_ba), "Ana \u200e Bel"_ba);
}

QTEST_GUILESS_MAIN(tst_WhatsAppHeader)
#include "tst_whatsappheader.moc"
