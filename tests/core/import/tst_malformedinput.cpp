// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Bad input gets a clear error naming the file (and the line where there is one), never a crash,
// and never a silent loss: whatever can be read is read.

#include <core/import/importerregistry.h>
#include <core/import/whatsappimporter.h>
#include <testutils.h>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Finetuner::Core;

class tst_MalformedInput : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void unusableFilesGiveOneClearError_data();
    void unusableFilesGiveOneClearError();
    void missingFileAndFolderAreErrors();
    void invalidUtf8IsReplacedAndReportedByLine();
    void truncatedFileKeepsWhatItHas();
    void twentyMegabyteMessageIsReadWhole();
    void twentyMegabyteLineThatIsNoChatFailsFast();
    void utf16ExportReadsLikeUtf8();
    void linesBeforeTheFirstMessageAreReportedNotDropped();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString tst_MalformedInput::write(const QString &name, const QByteArray &bytes)
{
    return TestUtils::writeFile(m_dir.filePath(name), bytes);
}

void tst_MalformedInput::init()
{
    QVERIFY(m_dir.isValid());
}

void tst_MalformedInput::unusableFilesGiveOneClearError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedMessage");
    QTest::addColumn<int>("expectedLine");

    QTest::newRow("empty") << QByteArray() << u"empty"_s << -1;
    QTest::newRow("only a BOM and blank lines") << "\xEF\xBB\xBF\n  \r\n\n"_ba << u"no text"_s << -1;
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("binary (PNG)") << png << u"binary"_s << 3;
    QTest::newRow("CSV") << "date,author,text\n2021-12-31,Ana,hi\n"_ba << u"not a WhatsApp chat export"_s << -1;
    QTest::newRow("JSON") << R"({"messages": [{"from": "Ana", "text": "hi"}]})"_ba
                          << u"not a WhatsApp chat export"_s << -1;
    QTest::newRow("Latin-1 prose") << "Caf\xe9 cr\xe8me br\xfbl\xe9\n"_ba << u"not a WhatsApp chat export"_s << -1;
}

void tst_MalformedInput::unusableFilesGiveOneClearError()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedMessage);
    QFETCH(int, expectedLine);

    const QString path = write(u"input.txt"_s, bytes);
    const Result<Conversation> result = importFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(countOf(result.diagnostics, Diagnostic::Severity::Error), 1);
    const Diagnostic error = *std::find_if(result.diagnostics.cbegin(), result.diagnostics.cend(),
                                           [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
    QVERIFY2(error.message.contains(expectedMessage), qPrintable(error.message));
    QCOMPARE(error.source, path);
    QCOMPARE(error.line, expectedLine);
    QVERIFY(error.toString().startsWith(path));
}

void tst_MalformedInput::missingFileAndFolderAreErrors()
{
    Result<Conversation> result = importFile(m_dir.filePath(u"missing.txt"_s));
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.first().source, m_dir.filePath(u"missing.txt"_s));

    result = importFile(m_dir.path());
    QVERIFY(!result.ok());
    QVERIFY(result.diagnostics.first().message.contains(u"folder"_s));
}

void tst_MalformedInput::invalidUtf8IsReplacedAndReportedByLine()
{
    const QString path = write(u"chat.txt"_s,
                               "31/12/2021, 23:50 - Ana: fine\n"
                               "31/12/2021, 23:51 - Ben: broken \xff byte\n"
                               "and \xc3 here\n"
                               "31/12/2021, 23:52 - Ana: fine again\n"_ba);
    const Result<Conversation> result = importFile(path);
    QVERIFY(result.ok());
    QCOMPARE(result.value->size(), 3);
    QCOMPARE(result.value->text(1), u"broken \ufffd byte\nand \ufffd here"_s);
    QCOMPARE(countOf(result.diagnostics, Diagnostic::Severity::Warning), 2);
    QCOMPARE(result.diagnostics.at(0).line, 2);
    QCOMPARE(result.diagnostics.at(0).column, 33);
    QCOMPARE(result.diagnostics.at(1).line, 3);
    QCOMPARE(result.diagnostics.at(1).column, 5);
    QVERIFY(result.diagnostics.at(0).message.contains(u"0xff"_s));
}

void tst_MalformedInput::truncatedFileKeepsWhatItHas()
{
    // Cut inside a multi-byte character, and cut inside a header: nothing before the cut is lost.
    Result<Conversation> result = importFile(write(u"cut1.txt"_s, "31/12/2021, 23:50 - Ana: caf\xc3"_ba));
    QVERIFY(result.ok());
    QCOMPARE(result.value->text(0), u"caf\ufffd"_s);
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.first().line, 1);

    result = importFile(write(u"cut2.txt"_s, "31/12/2021, 23:50 - Ana: one\n31/12/2021, 23:"_ba));
    QVERIFY(result.ok());
    QCOMPARE(result.value->size(), 1);
    QCOMPARE(result.value->text(0), u"one\n31/12/2021, 23:"_s);
}

void tst_MalformedInput::twentyMegabyteMessageIsReadWhole()
{
    QByteArray huge(20 * 1024 * 1024, 'x');
    const QString path = write(u"huge.txt"_s, "31/12/2021, 23:50 - Ana: " + huge + "\n31/12/2021, 23:51 - Ben: ok\n");
    const Result<Conversation> result = importFile(path);
    QVERIFY(result.ok());
    QCOMPARE(result.value->size(), 2);
    QCOMPARE(result.value->textUtf8(0).size(), huge.size());
    QCOMPARE(result.value->text(1), u"ok"_s);
    QVERIFY(result.diagnostics.isEmpty());
}

void tst_MalformedInput::twentyMegabyteLineThatIsNoChatFailsFast()
{
    const QString path = write(u"line.txt"_s, QByteArray(20 * 1024 * 1024, 'y') + '\n');
    QElapsedTimer timer;
    timer.start();
    const Result<Conversation> result = importFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics.size(), 1);
    QVERIFY(result.diagnostics.first().message.contains(u"not a WhatsApp chat export"_s));
}

void tst_MalformedInput::utf16ExportReadsLikeUtf8()
{
    const QString text = u"[27/07/2012, 21:01:54] Selina Kyle: Zoë 👩‍🍳\r\n[27/07/2012, 21:02:03] Bruce: ok\r\n"_s;
    QByteArray utf16le("\xFF\xFE");
    for (const QChar c : text) {
        utf16le.append(char(c.unicode() & 0xFF));
        utf16le.append(char(c.unicode() >> 8));
    }
    const Result<Conversation> result = importFile(write(u"utf16.txt"_s, utf16le));
    QVERIFY(result.ok());
    QCOMPARE(result.value->size(), 2);
    QCOMPARE(result.value->text(0), u"Zoë 👩‍🍳"_s);
    QCOMPARE(result.value->author(1), u"Bruce"_s);
}

void tst_MalformedInput::linesBeforeTheFirstMessageAreReportedNotDropped()
{
    const Result<Conversation> result =
        importFile(write(u"pre.txt"_s, "Chat with Ana\n\n31/12/2021, 23:50 - Ana: hi\n"_ba));
    QVERIFY(result.ok());
    QCOMPARE(result.value->size(), 1);
    QCOMPARE(result.diagnostics.size(), 2);
    QCOMPARE(result.diagnostics.at(0).line, 1);
    QVERIFY(result.diagnostics.at(0).message.contains(u"Chat with Ana"_s));
    QCOMPARE(result.diagnostics.at(1).line, 2);
}

QTEST_GUILESS_MAIN(tst_MalformedInput)
#include "tst_malformedinput.moc"
