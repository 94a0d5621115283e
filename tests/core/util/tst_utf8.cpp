// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <core/util/utf8.h>

#include <QRandomGenerator>
#include <QString>
#include <QTest>

#include <algorithm>
#include <iterator>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Finetuner::Core;

using Offsets = std::vector<qsizetype>;
Q_DECLARE_METATYPE(Offsets)

namespace {

constexpr int RandomInputs = 25000;
const QByteArray Replacement = "\xEF\xBF\xBD"_ba;

// An independent decoder for the property test, written from Unicode's Table 3-7 ("Well-Formed UTF-8 Byte
// Sequences"): the allowed range of each byte after a lead byte. The maximal subpart of an ill-formed sequence
// is the lead plus every following byte that still fits the table (Unicode §3.9).
struct Table37Row
{
    uchar leadLow;
    uchar leadHigh;
    int continuationCount;
    uchar low[3];
    uchar high[3];
};

constexpr Table37Row Table37[] = {
    {0xC2, 0xDF, 1, {0x80, 0, 0}, {0xBF, 0, 0}},
    {0xE0, 0xE0, 2, {0xA0, 0x80, 0}, {0xBF, 0xBF, 0}},
    {0xE1, 0xEC, 2, {0x80, 0x80, 0}, {0xBF, 0xBF, 0}},
    {0xED, 0xED, 2, {0x80, 0x80, 0}, {0x9F, 0xBF, 0}},
    {0xEE, 0xEF, 2, {0x80, 0x80, 0}, {0xBF, 0xBF, 0}},
    {0xF0, 0xF0, 3, {0x90, 0x80, 0x80}, {0xBF, 0xBF, 0xBF}},
    {0xF1, 0xF3, 3, {0x80, 0x80, 0x80}, {0xBF, 0xBF, 0xBF}},
    {0xF4, 0xF4, 3, {0x80, 0x80, 0x80}, {0x8F, 0xBF, 0xBF}},
};

struct Decoded
{
    QByteArray sanitized;
    Offsets replacedAt;
    Offsets replacedLengths;
};

Decoded referenceDecode(const QByteArray &bytes)
{
    Decoded result;
    qsizetype i = 0;
    while (i < bytes.size()) {
        const auto lead = uchar(bytes.at(i));
        if (lead < 0x80) {
            result.sanitized.append(char(lead));
            ++i;
            continue;
        }
        const Table37Row *row = nullptr;
        for (const Table37Row &candidate : Table37) {
            if (lead >= candidate.leadLow && lead <= candidate.leadHigh)
                row = &candidate;
        }
        int fitting = 0;
        if (row) {
            while (fitting < row->continuationCount && i + 1 + fitting < bytes.size()) {
                const auto next = uchar(bytes.at(i + 1 + fitting));
                if (next < row->low[fitting] || next > row->high[fitting])
                    break;
                ++fitting;
            }
        }
        if (row && fitting == row->continuationCount) {
            result.sanitized.append(bytes.mid(i, 1 + fitting));
        } else {
            result.sanitized.append(Replacement);
            result.replacedAt.push_back(i);
            result.replacedLengths.push_back(1 + fitting);
        }
        i += 1 + fitting;
    }
    return result;
}

// QString::fromUtf8() drops a byte order mark at the very start; an ASCII byte in front keeps it as text
// without changing how anything after it decodes.
QByteArray viaQt(const QByteArray &bytes)
{
    return QString::fromUtf8('x' + bytes).toUtf8().sliced(1);
}

qsizetype qtCodePointCount(const QByteArray &bytes)
{
    return QString::fromUtf8('x' + bytes).toUcs4().size() - 1;
}

// Not QString::fromUcs4(), which drops U+FEFF as a byte order mark.
QByteArray encode(char32_t c)
{
    QByteArray bytes;
    if (c < 0x80) {
        bytes.append(char(c));
    } else if (c < 0x800) {
        bytes.append(char(0xC0 | c >> 6));
    } else if (c < 0x10000) {
        bytes.append(char(0xE0 | c >> 12));
        bytes.append(char(0x80 | (c >> 6 & 0x3F)));
    } else {
        bytes.append(char(0xF0 | c >> 18));
        bytes.append(char(0x80 | (c >> 12 & 0x3F)));
        bytes.append(char(0x80 | (c >> 6 & 0x3F)));
    }
    if (c >= 0x80)
        bytes.append(char(0x80 | (c & 0x3F)));
    return bytes;
}

char continuation(QRandomGenerator &random)
{
    return char(0x80 + random.bounded(0x40));
}

char32_t randomCodePoint(QRandomGenerator &random)
{
    static constexpr char32_t Edges[] = {0x80,   0x7FF,  0x800,   0xD7FF,   0xE000, 0xFEFF,
                                         0xFFFD, 0xFFFF, 0x10000, 0x10FFFF, 0x2028, 0x1F469};
    switch (random.bounded(5)) {
    case 0:
        return Edges[random.bounded(int(std::size(Edges)))];
    case 1:
        return char32_t(0x80 + random.bounded(0x800 - 0x80));
    case 2: {
        char32_t c;
        do {
            c = char32_t(0x800 + random.bounded(0x10000 - 0x800));
        } while (c >= 0xD800 && c <= 0xDFFF);
        return c;
    }
    default:
        return char32_t(0x10000 + random.bounded(0x110000 - 0x10000));
    }
}

QByteArray randomIllFormed(QRandomGenerator &random)
{
    QByteArray bytes;
    switch (random.bounded(8)) {
    case 0: { // a well-formed multi-byte sequence cut short
        const QByteArray whole = encode(randomCodePoint(random));
        return whole.left(1 + random.bounded(int(whole.size()) - 1));
    }
    case 1: // overlong two-byte form
        bytes.append(char(0xC0 + random.bounded(2)));
        bytes.append(continuation(random));
        return bytes;
    case 2: // overlong three-byte form
        bytes.append('\xE0');
        bytes.append(char(0x80 + random.bounded(0x20)));
        bytes.append(continuation(random));
        return bytes;
    case 3: // overlong four-byte form
        bytes.append('\xF0');
        bytes.append(char(0x80 + random.bounded(0x10)));
        bytes.append(continuation(random));
        bytes.append(continuation(random));
        return bytes;
    case 4: // surrogate
        bytes.append('\xED');
        bytes.append(char(0xA0 + random.bounded(0x20)));
        bytes.append(continuation(random));
        return bytes;
    case 5: // above U+10FFFF
        bytes.append('\xF4');
        bytes.append(char(0x90 + random.bounded(0x30)));
        bytes.append(continuation(random));
        bytes.append(continuation(random));
        return bytes;
    case 6: // bytes that never lead, with what would have followed
        bytes.append(char(0xF5 + random.bounded(0x0B)));
        for (int n = random.bounded(4); n > 0; --n)
            bytes.append(continuation(random));
        return bytes;
    default: // lone continuation bytes
        for (int n = 1 + random.bounded(3); n > 0; --n)
            bytes.append(continuation(random));
        return bytes;
    }
}

// ASCII runs of every length move what follows across the eight-byte fast path at every alignment.
QByteArray randomBytes(QRandomGenerator &random, bool illFormedAllowed)
{
    QByteArray bytes;
    for (int pieces = random.bounded(16); pieces > 0; --pieces) {
        const int kind = random.bounded(illFormedAllowed ? 10 : 6);
        if (kind < 2) {
            for (int n = random.bounded(20); n > 0; --n)
                bytes.append(char(random.bounded(0x80)));
        } else if (kind < 6) {
            bytes.append(encode(randomCodePoint(random)));
        } else if (kind < 8) {
            bytes.append(randomIllFormed(random));
        } else {
            bytes.append(char(random.bounded(0x100)));
        }
    }
    return bytes;
}

QByteArray describe(const QByteArray &bytes)
{
    return "input " + bytes.toHex(' ');
}

} // namespace

class tst_Utf8 : public QObject
{
    Q_OBJECT
private slots:
    void firstInvalid_findsFirstIllFormedSequence_data();
    void firstInvalid_findsFirstIllFormedSequence();
    void firstInvalid_findsBadByteAtEveryAlignment();
    void invalidLength_isTheMaximalSubpart_data();
    void invalidLength_isTheMaximalSubpart();
    void sanitized_replacesEachMaximalSubpartOnce_data();
    void sanitized_replacesEachMaximalSubpartOnce();
    void sanitized_appendsToExistingOffsets();
    void sanitized_agreesWithQtAndUnicodeOnRandomBytes();
    void codePointCount_countsAsPythonDoes_data();
    void codePointCount_countsAsPythonDoes();
};

void tst_Utf8::firstInvalid_findsFirstIllFormedSequence_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("firstInvalid");

    QTest::newRow("empty") << QByteArray() << -1;
    QTest::newRow("ascii") << "hello"_ba << -1;
    QTest::newRow("ascii with NUL and DEL") << "a\0b\x7F"_ba << -1;
    QTest::newRow("two-byte") << "Zo\xC3\xAB"_ba << -1;
    QTest::newRow("three-byte") << "\xE2\x82\xAC"_ba << -1;
    QTest::newRow("four-byte") << "\xF0\x9F\x98\x80"_ba << -1;
    QTest::newRow("emoji ZWJ sequence") << "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x8D\xB3"_ba << -1;
    QTest::newRow("U+0080 and U+07FF") << "\xC2\x80\xDF\xBF"_ba << -1;
    QTest::newRow("U+0800 and U+D7FF") << "\xE0\xA0\x80\xED\x9F\xBF"_ba << -1;
    QTest::newRow("U+E000 and U+FFFF") << "\xEE\x80\x80\xEF\xBF\xBF"_ba << -1;
    QTest::newRow("U+10000 and U+10FFFF") << "\xF0\x90\x80\x80\xF4\x8F\xBF\xBF"_ba << -1;
    QTest::newRow("byte order mark") << "\xEF\xBB\xBFhi"_ba << -1;

    QTest::newRow("overlong C0 80") << "a\xC0\x80"_ba << 1;
    QTest::newRow("overlong C1 BF") << "\xC1\xBF"_ba << 0;
    QTest::newRow("overlong E0 80 80") << "\xE0\x80\x80"_ba << 0;
    QTest::newRow("overlong E0 9F BF") << "ok\xE0\x9F\xBF"_ba << 2;
    QTest::newRow("overlong F0 8F BF BF") << "\xF0\x8F\xBF\xBF"_ba << 0;
    QTest::newRow("surrogate ED A0 80") << "ab\xED\xA0\x80"_ba << 2;
    QTest::newRow("surrogate ED BF BF") << "\xED\xBF\xBF"_ba << 0;
    QTest::newRow("above U+10FFFF: F4 90 80 80") << "\xF4\x90\x80\x80"_ba << 0;
    QTest::newRow("lone continuation 80") << "abc\x80"_ba << 3;
    QTest::newRow("lone continuation BF") << "\xBF"_ba << 0;
    QTest::newRow("continuation after a complete sequence") << "\xC3\xA9\xA9"_ba << 2;
    QTest::newRow("truncated two-byte at end") << "caf\xC3"_ba << 3;
    QTest::newRow("truncated three-byte at end") << "x\xE2\x82"_ba << 1;
    QTest::newRow("truncated four-byte at end") << "\xF0\x9F\x98"_ba << 0;
    QTest::newRow("truncated three-byte before ASCII") << "\xE2\x82x"_ba << 0;
    QTest::newRow("truncated four-byte before a lead") << "\xF0\x9F\x98\xF0\x9F\x98\x80"_ba << 0;
    QTest::newRow("second error not reported first") << "\xC3\xA9 \xFF \xFE"_ba << 3;
    for (int lead = 0xF5; lead <= 0xFF; ++lead) {
        QTest::addRow("lead %02X", lead) << 'x' + QByteArray(1, char(lead)) + "\x80\x80\x80"_ba << 1;
        QTest::addRow("lead %02X alone at end", lead) << QByteArray(1, char(lead)) << 0;
    }
}

void tst_Utf8::firstInvalid_findsFirstIllFormedSequence()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, firstInvalid);
    QCOMPARE(Utf8::firstInvalid(bytes), qsizetype(firstInvalid));
}

void tst_Utf8::firstInvalid_findsBadByteAtEveryAlignment()
{
    const QByteArrayList badPieces = {"\xFF"_ba, "\x80"_ba, "\xC3"_ba, "\xE2\x82"_ba, "\xED\xA0\x80"_ba};
    for (int prefix = 0; prefix <= 40; ++prefix) {
        for (const QByteArray &bad : badPieces) {
            for (int suffix = 0; suffix <= 9; ++suffix) {
                const QByteArray ascii = QByteArray(prefix, 'a') + bad + QByteArray(suffix, 'b');
                QCOMPARE(Utf8::firstInvalid(ascii), qsizetype(prefix));
                // The same after a valid four-byte sequence, which leaves the fast path mid-word.
                const QByteArray mixed = "\xF0\x9F\x98\x80"_ba + QByteArray(prefix, 'a') + bad + QByteArray(suffix, 'b');
                QCOMPARE(Utf8::firstInvalid(mixed), qsizetype(4 + prefix));
            }
        }
        QCOMPARE(Utf8::firstInvalid(QByteArray(prefix, 'a')), qsizetype(-1));
        QCOMPARE(Utf8::firstInvalid(QByteArray(prefix, 'a') + "\xC3\xA9"_ba + QByteArray(prefix, 'a')), qsizetype(-1));
    }
}

void tst_Utf8::invalidLength_isTheMaximalSubpart_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("length");

    QTest::newRow("lone continuation") << "\x80"_ba << 0 << 1;
    QTest::newRow("C0 80: C0 never leads") << "\xC0\x80"_ba << 0 << 1;
    QTest::newRow("E0 80 80: 80 cannot follow E0") << "\xE0\x80\x80"_ba << 0 << 1;
    QTest::newRow("ED A0 80: surrogate") << "\xED\xA0\x80"_ba << 0 << 1;
    QTest::newRow("F4 90 80 80: above U+10FFFF") << "\xF4\x90\x80\x80"_ba << 0 << 1;
    QTest::newRow("F5") << "\xF5\x80\x80\x80"_ba << 0 << 1;
    QTest::newRow("FF") << "\xFF"_ba << 0 << 1;
    QTest::newRow("C3 at end") << "\xC3"_ba << 0 << 1;
    QTest::newRow("C3 before ASCII") << "\xC3z"_ba << 0 << 1;
    QTest::newRow("E2 82 at end") << "\xE2\x82"_ba << 0 << 2;
    QTest::newRow("E2 82 before ASCII") << "\xE2\x82z"_ba << 0 << 2;
    QTest::newRow("E0 A0 at end") << "\xE0\xA0"_ba << 0 << 2;
    QTest::newRow("F0 9F 98 at end") << "\xF0\x9F\x98"_ba << 0 << 3;
    QTest::newRow("F0 9F 98 before a lead") << "\xF0\x9F\x98\xF0"_ba << 0 << 3;
    QTest::newRow("F1 80 80 before E1") << "\xF1\x80\x80\xE1"_ba << 0 << 3;
    QTest::newRow("E1 80 before C2") << "\xE1\x80\xC2"_ba << 0 << 2;
    QTest::newRow("F4 8F before ASCII") << "\xF4\x8Fz"_ba << 0 << 2;
    QTest::newRow("offset inside the text") << "ab\xE2\x82"_ba << 2 << 2;
}

void tst_Utf8::invalidLength_isTheMaximalSubpart()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, offset);
    QFETCH(int, length);
    QCOMPARE(Utf8::invalidLength(bytes, offset), qsizetype(length));
}

void tst_Utf8::sanitized_replacesEachMaximalSubpartOnce_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<Offsets>("replacedAt");

    const QByteArray r = Replacement;
    QTest::newRow("valid text untouched") << "Zo\xC3\xAB \xF0\x9F\x98\x80"_ba << "Zo\xC3\xAB \xF0\x9F\x98\x80"_ba
                                          << Offsets{};
    QTest::newRow("existing U+FFFD is not a replacement") << r << r << Offsets{};
    QTest::newRow("overlong C0 80") << "\xC0\x80"_ba << r + r << Offsets{0, 1};
    QTest::newRow("overlong E0 80 80") << "\xE0\x80\x80"_ba << r + r + r << Offsets{0, 1, 2};
    QTest::newRow("surrogate ED A0 80") << "a\xED\xA0\x80"_ba << 'a' + r + r + r << Offsets{1, 2, 3};
    QTest::newRow("above U+10FFFF") << "\xF4\x90\x80\x80"_ba << r + r + r + r << Offsets{0, 1, 2, 3};
    QTest::newRow("F5 and FF") << "\xF5\xFF"_ba << r + r << Offsets{0, 1};
    QTest::newRow("lone continuations") << "\x80x\xBF"_ba << r + 'x' + r << Offsets{0, 2};
    QTest::newRow("truncated two-byte at end") << "caf\xC3"_ba << "caf"_ba + r << Offsets{3};
    QTest::newRow("truncated three-byte at end") << "a\xE2\x82"_ba << 'a' + r << Offsets{1};
    QTest::newRow("truncated four-byte at end") << "a\xF0\x9F\x98"_ba << 'a' + r << Offsets{1};
    QTest::newRow("truncated before ASCII") << "\xE2\x82x"_ba << r + 'x' << Offsets{0};
    QTest::newRow("truncated before a sequence") << "\xF0\x9F\xF0\x9F\x98\x80"_ba << r + "\xF0\x9F\x98\x80"_ba
                                                 << Offsets{0};
    // The example of Unicode §3.9 ("U+FFFD Substitution of Maximal Subparts"), as Python decodes it.
    QTest::newRow("Unicode 3.9 example") << QByteArray::fromHex("61F18080E180C262806380BF64")
                                         << 'a' + r + r + r + 'b' + r + 'c' + r + r + 'd'
                                         << Offsets{1, 4, 6, 8, 10, 11};
    // Where QString::fromUtf8() differs: it writes one U+FFFD per byte of the truncated E5 80.
    QTest::newRow("truncated sequences between others") << "\xC3\xE5\x80\xC3"_ba << r + r + r << Offsets{0, 1, 3};
}

void tst_Utf8::sanitized_replacesEachMaximalSubpartOnce()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, expected);
    QFETCH(Offsets, replacedAt);
    Offsets replaced;
    QCOMPARE(Utf8::sanitized(bytes, replaced).toHex(' '), expected.toHex(' '));
    QCOMPARE(replaced, replacedAt);
}

void tst_Utf8::sanitized_appendsToExistingOffsets()
{
    Offsets replaced{7};
    QCOMPARE(Utf8::sanitized("a\xFF"_ba, replaced), 'a' + Replacement);
    QCOMPARE(replaced, (Offsets{7, 1}));
}

// Qt's decoder is the reference for validity, the Table 3-7 decoder above for where U+FFFD goes. Qt writes one
// U+FFFD per byte of an ill-formed sequence, Unicode and Python one per maximal subpart, so Qt's bytes are
// compared with one U+FFFD per byte of each replaced subpart, and with sanitized() directly where every subpart
// is one byte long.
void tst_Utf8::sanitized_agreesWithQtAndUnicodeOnRandomBytes()
{
    QRandomGenerator random(20260725);
    int validInputs = 0;
    int invalidInputs = 0;
    int agreeingWithQt = 0;
    for (int i = 0; i < RandomInputs; ++i) {
        const QByteArray bytes = randomBytes(random, i % 3 != 0);
        const Decoded expected = referenceDecode(bytes);
        const QByteArray qt = viaQt(bytes);
        const bool valid = qt == bytes;
        (valid ? validInputs : invalidInputs)++;

        // Qt's form, rebuilt from the original bytes: one U+FFFD per byte of every replaced subpart.
        QByteArray qtShaped;
        qsizetype done = 0;
        for (size_t k = 0; k < expected.replacedAt.size(); ++k) {
            qtShaped.append(bytes.mid(done, expected.replacedAt[k] - done));
            for (qsizetype n = 0; n < expected.replacedLengths[k]; ++n)
                qtShaped.append(Replacement);
            done = expected.replacedAt[k] + expected.replacedLengths[k];
        }
        qtShaped.append(bytes.mid(done));
        QVERIFY2(qtShaped == qt, describe(bytes).constData()); // the reference decoder agrees with Qt

        Offsets replaced;
        const QByteArray ours = Utf8::sanitized(bytes, replaced);
        QVERIFY2(ours == expected.sanitized, describe(bytes).constData());
        QVERIFY2(replaced == expected.replacedAt, describe(bytes).constData());
        const bool oneBytePerSubpart = std::all_of(expected.replacedLengths.cbegin(), expected.replacedLengths.cend(),
                                                   [](qsizetype length) { return length == 1; });
        if (oneBytePerSubpart) {
            QVERIFY2(ours == qt, describe(bytes).constData());
            ++agreeingWithQt;
        }

        const qsizetype first = Utf8::firstInvalid(bytes);
        QVERIFY2((first == -1) == valid, describe(bytes).constData());
        QVERIFY2(valid == replaced.empty(), describe(bytes).constData());
        if (!valid)
            QVERIFY2(first == replaced.front(), describe(bytes).constData());
        for (size_t k = 0; k < replaced.size(); ++k) {
            const qsizetype at = replaced[k];
            QVERIFY2(Utf8::firstInvalid(QByteArrayView(bytes).sliced(at)) == 0, describe(bytes).constData());
            QVERIFY2(Utf8::invalidLength(bytes, at) == expected.replacedLengths[k], describe(bytes).constData());
        }

        QVERIFY2(Utf8::firstInvalid(ours) == -1, describe(bytes).constData());
        QVERIFY2(Utf8::codePointCount(ours) == qtCodePointCount(ours), describe(bytes).constData());
        if (valid)
            QVERIFY2(Utf8::codePointCount(bytes) == qtCodePointCount(bytes), describe(bytes).constData());
    }
    // The generator reaches every case often.
    QVERIFY2(validInputs > RandomInputs / 4, QByteArray::number(validInputs).constData());
    QVERIFY2(invalidInputs > RandomInputs / 4, QByteArray::number(invalidInputs).constData());
    QVERIFY2(agreeingWithQt - validInputs > RandomInputs / 20, QByteArray::number(agreeingWithQt).constData());
}

void tst_Utf8::codePointCount_countsAsPythonDoes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("codePoints");

    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("ascii") << "hello"_ba << 5;
    QTest::newRow("cook emoji (woman, ZWJ, cooking)") << u"👩‍🍳"_s.toUtf8() << 3;
    QTest::newRow("cook emoji as bytes") << "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x8D\xB3"_ba << 3;
    QTest::newRow("e + combining acute") << u"e\u0301"_s.toUtf8() << 2;
    QTest::newRow("precomposed e acute") << u"\u00E9"_s.toUtf8() << 1;
    QTest::newRow("non-BMP CJK U+20000") << u"𠀀"_s.toUtf8() << 1;
    QTest::newRow("non-BMP CJK as bytes") << "\xF0\xA0\x80\x80"_ba << 1;
    QTest::newRow("mixed") << u"Zoë 王"_s.toUtf8() << 5;
    QTest::newRow("byte order mark counts") << "\xEF\xBB\xBF"_ba << 1;
}

void tst_Utf8::codePointCount_countsAsPythonDoes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, codePoints);
    QCOMPARE(Utf8::codePointCount(bytes), qsizetype(codePoints));
}

QTEST_GUILESS_MAIN(tst_Utf8)
#include "tst_utf8.moc"
