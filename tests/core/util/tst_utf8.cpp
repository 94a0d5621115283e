// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <core/util/utf8.h>

#include <QRandomGenerator>
#include <QString>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Finetuner::Core;

class tst_Utf8 : public QObject
{
    Q_OBJECT
private slots:
    void rejectsIllFormedSequences_data();
    void rejectsIllFormedSequences();
    void agreesWithQtOnRandomBytes();
    void replacesMaximalSubpartsAsUnicodeSays();
    void countsCodePointsAsPythonDoes_data();
    void countsCodePointsAsPythonDoes();
};

void tst_Utf8::rejectsIllFormedSequences_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("firstInvalid");
    QTest::newRow("ascii") << "hello"_ba << -1;
    QTest::newRow("emoji ZWJ") << "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x8D\xB3"_ba << -1;
    QTest::newRow("overlong NUL") << "a\xC0\x80"_ba << 1;
    QTest::newRow("overlong 3-byte") << "\xE0\x80\x80"_ba << 0;
    QTest::newRow("surrogate") << "ab\xED\xA0\x80"_ba << 2;
    QTest::newRow("above U+10FFFF") << "\xF4\x90\x80\x80"_ba << 0;
    QTest::newRow("F5 lead") << "x\xF5\x80\x80\x80"_ba << 1;
    QTest::newRow("lone continuation") << "abc\x80"_ba << 3;
    QTest::newRow("truncated at end") << "caf\xC3"_ba << 3;
    QTest::newRow("truncated 4-byte") << "\xF0\x9F\x91"_ba << 0;
    QTest::newRow("after a long ASCII run") << QByteArray(37, 'a') + "\xFF"_ba << 37;
}

void tst_Utf8::rejectsIllFormedSequences()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, firstInvalid);
    QCOMPARE(int(Utf8::firstInvalid(bytes)), firstInvalid);
}

// Qt's decoder is the independent reference for what is valid and which characters survive. It writes one
// U+FFFD per byte of a truncated sequence where Unicode (and Python) write one per maximal subpart, so the
// replacement characters themselves are compared by count, and exactly in the hand cases below.
void tst_Utf8::agreesWithQtOnRandomBytes()
{
    QRandomGenerator random(42);
    const QByteArrayList pieces = {"a"_ba,  "Zo\xC3\xAB"_ba, "\xE2\x80\x8E"_ba, "\xF0\x9F\x98\x80"_ba, "\xE7\x8E\x8B"_ba,
                                   "\n"_ba, "\xC3"_ba,       "\x80"_ba,         "\xED\xA0\x80"_ba,     "\xF4\x90"_ba};
    for (int i = 0; i < 20000; ++i) {
        QByteArray bytes;
        const int parts = int(random.bounded(12));
        for (int p = 0; p < parts; ++p) {
            if (random.bounded(4) == 0)
                bytes.append(char(random.bounded(256)));
            else
                bytes.append(pieces.at(int(random.bounded(qsizetype(pieces.size())))));
        }
        const QString viaQt = QString::fromUtf8(bytes);
        std::vector<qsizetype> replaced;
        const QByteArray ours = Utf8::sanitized(bytes, replaced);
        const QString oursDecoded = QString::fromUtf8(ours);
        QCOMPARE(Utf8::firstInvalid(bytes) < 0, viaQt.toUtf8() == bytes);
        QCOMPARE(replaced.empty(), viaQt.toUtf8() == bytes);
        QString oursKept = oursDecoded;
        QString qtKept = viaQt;
        QVERIFY2(oursKept.remove(QChar(0xFFFD)) == qtKept.remove(QChar(0xFFFD)), bytes.toHex().constData());
        // Every replacement is reported, and nothing else became U+FFFD.
        QCOMPARE(ours.count("\xEF\xBF\xBD"), qsizetype(replaced.size()) + bytes.count("\xEF\xBF\xBD"));
        QVERIFY(oursDecoded.count(QChar(0xFFFD)) <= viaQt.count(QChar(0xFFFD)));
        for (const qsizetype at : replaced)
            QCOMPARE(Utf8::firstInvalid(QByteArrayView(bytes).sliced(at)), 0);
        QCOMPARE(Utf8::firstInvalid(ours), -1);
    }
}

void tst_Utf8::replacesMaximalSubpartsAsUnicodeSays()
{
    // The example of Unicode §3.9 ("U+FFFD Substitution of Maximal Subparts"), as Python decodes it.
    std::vector<qsizetype> replaced;
    QCOMPARE(Utf8::sanitized(QByteArray::fromHex("61F18080E180C262806380BF64"), replaced),
             QByteArray::fromHex("61efbfbdefbfbdefbfbd62efbfbd63efbfbdefbfbd64"));
    QCOMPARE(replaced, (std::vector<qsizetype>{1, 4, 6, 8, 10, 11}));
    replaced.clear();
    // The case Qt decodes differently: a truncated sequence followed by another lead byte.
    QCOMPARE(Utf8::sanitized(QByteArray::fromHex("c3e580c3"), replaced),
             QByteArray::fromHex("efbfbdefbfbdefbfbd"));
}

void tst_Utf8::countsCodePointsAsPythonDoes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("codePoints");
    QTest::newRow("cook emoji (ZWJ)") << u"👩‍🍳"_s << 3;
    QTest::newRow("e + combining acute") << u"e\u0301"_s << 2;
    QTest::newRow("non-BMP CJK") << u"𠀀"_s << 1;
    QTest::newRow("mixed") << u"Zoë 王"_s << 5;
}

void tst_Utf8::countsCodePointsAsPythonDoes()
{
    QFETCH(QString, text);
    QFETCH(int, codePoints);
    QCOMPARE(int(Utf8::codePointCount(text.toUtf8())), codePoints);
}

QTEST_GUILESS_MAIN(tst_Utf8)
#include "tst_utf8.moc"
