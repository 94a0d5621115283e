// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <core/util/jsonwriter.h>

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using namespace Finetuner::Core;

namespace {
QByteArray escaped(const QByteArray &utf8)
{
    OutputBuffer out;
    Json::appendString(out, QByteArrayView(utf8));
    return out.view().toByteArray();
}
} // namespace

class tst_JsonWriter : public QObject
{
    Q_OBJECT
private slots:
    void escapesAsPythonDoes_data();
    void escapesAsPythonDoes();
    void roundTripsThroughAJsonParser();
    void lineWriterFlushesAcrossItsBuffer();
    void lineWriterReportsARefusedWrite();
};

void tst_JsonWriter::escapesAsPythonDoes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << "hello"_ba << R"("hello")"_ba;
    QTest::newRow("quote and backslash") << R"(a"b\c)"_ba << R"("a\"b\\c")"_ba;
    QTest::newRow("named controls") << "\n\r\t\b\f"_ba << R"("\n\r\t\b\f")"_ba;
    QTest::newRow("other controls") << "\x01\x1f"_ba << R"("\u0001\u001f")"_ba;
    QTest::newRow("DEL and slash stay") << "\x7f/"_ba << "\"\x7f/\""_ba;
    QTest::newRow("UTF-8 stays") << "Zo\xC3\xAB \xE2\x80\xA8"_ba << "\"Zo\xC3\xAB \xE2\x80\xA8\""_ba;
    QTest::newRow("empty") << QByteArray() << R"("")"_ba;
}

void tst_JsonWriter::escapesAsPythonDoes()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(escaped(input), expected);
}

void tst_JsonWriter::roundTripsThroughAJsonParser()
{
    QRandomGenerator random(11);
    const QStringList pieces = {u"a"_s, u"\""_s, u"\\"_s, u"\n"_s, u"\t"_s, u"\u0001"_s, u"\u001f"_s, u"é"_s,
                                u"😀"_s, u"王"_s, u"abcdefghijklmnop"_s};
    for (int i = 0; i < 5000; ++i) {
        QString text;
        // Long runs of plain text at every alignment cross the eight-byte fast path.
        text += QString(int(random.bounded(17)), u'x');
        const int parts = int(random.bounded(10));
        for (int p = 0; p < parts; ++p)
            text += pieces.at(int(random.bounded(qsizetype(pieces.size()))));
        const QByteArray json = escaped(text.toUtf8());
        const nlohmann::json parsed = nlohmann::json::parse(json.toStdString());
        QCOMPARE(QString::fromStdString(parsed.get<std::string>()), text);
    }
}

void tst_JsonWriter::lineWriterFlushesAcrossItsBuffer()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QByteArray expected;
    {
        Json::LineWriter writer(buffer);
        for (int i = 0; i < 60000; ++i) {
            const QByteArray text = "line " + QByteArray::number(i) + " with some padding to reach megabytes";
            Json::appendString(writer.line(), QByteArrayView(text));
            writer.endLine();
            expected += "\"" + text + "\"\n";
        }
        QVERIFY(writer.flush());
    }
    QVERIFY(expected.size() > 3 * 1024 * 1024 / 2);
    QCOMPARE(buffer.data(), expected);
}

void tst_JsonWriter::lineWriterReportsARefusedWrite()
{
    QFile full(u"/dev/full"_s);
    QVERIFY(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    Json::LineWriter writer(full);
    Json::appendString(writer.line(), QByteArrayView("x"));
    writer.endLine();
    QVERIFY(!writer.flush());
    QVERIFY(writer.hasFailed());
    QVERIFY(!writer.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_JsonWriter)
#include "tst_jsonwriter.moc"
