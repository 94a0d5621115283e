// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <core/util/jsonwriter.h>

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>
#include <memory>
#include <string>

using namespace Qt::StringLiterals;
using namespace Finetuner::Core;

namespace {

constexpr int RandomStrings = 6000;
constexpr qsizetype Mebibyte = 1 << 20; // the writer hands its buffer to the device once it holds this much

QByteArray escaped(const QByteArray &utf8)
{
    OutputBuffer out;
    Json::appendString(out, QByteArrayView(utf8));
    return out.view().toByteArray();
}

// Python's json.dumps(s, ensure_ascii=False), written the obvious way, byte by byte.
QByteArray pythonDumps(const QByteArray &utf8)
{
    QByteArray out = "\"";
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (uchar(c) < 0x20)
                out += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    return out + '"';
}

std::string toStd(const QByteArray &bytes)
{
    return std::string(bytes.constData(), size_t(bytes.size()));
}

QByteArray fromStd(const std::string &bytes)
{
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

QByteArray randomValidUtf8(QRandomGenerator &random)
{
    // Pieces chosen to meet every branch: each control character, the two escaped printables, printables next
    // to them in value, and multi-byte characters whose later bytes are '"', '\\' or ' ' with the high bit set
    // (U+00A2 is C2 A2, U+00DC is C3 9C, U+201C is E2 80 9C, U+00A0 is C2 A0), which a word-at-a-time test
    // could confuse with them.
    static const QByteArrayList specials = {
        "\""_ba, "\\"_ba, "/"_ba, "\x7F"_ba, " "_ba, "!"_ba, "#"_ba, "["_ba, "]"_ba,
        "\xC2\xA2"_ba, "\xC3\x9C"_ba, "\xE2\x80\x9C"_ba, "\xC2\xA0"_ba, "\xC3\xA9"_ba,
        "\xE2\x80\xA8"_ba, "\xE2\x80\xA9"_ba, "\xEF\xBB\xBF"_ba, "\xF0\x9F\x98\x80"_ba, "\xF0\xA0\x80\x80"_ba,
    };
    QByteArray bytes;
    for (int pieces = random.bounded(12); pieces > 0; --pieces) {
        switch (random.bounded(5)) {
        case 0: // a run of plain ASCII of any length, so what follows lands at every alignment
            for (int n = random.bounded(40); n > 0; --n)
                bytes.append(char(0x20 + random.bounded(0x5F)));
            break;
        case 1:
            bytes.append(char(random.bounded(0x20)));
            break;
        case 2:
            bytes.append(specials.at(random.bounded(int(specials.size()))));
            break;
        case 3: {
            char32_t c;
            do {
                c = char32_t(random.bounded(0x110000));
            } while (c >= 0xD800 && c <= 0xDFFF);
            // Written out, not QString::fromUcs4(), which drops U+FEFF as a byte order mark.
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
            break;
        }
        default:
            bytes.append(QByteArray(random.bounded(20), 'x'));
            break;
        }
    }
    return bytes;
}

// A device that takes at most a few bytes per write, and refuses once it holds refuseAfter bytes (-1: never).
class TestDevice : public QIODevice
{
public:
    explicit TestDevice(qint64 maxChunk, qint64 refuseAfter_ = -1, qint64 refusal = -1)
        : refuseAfter(refuseAfter_)
        , m_maxChunk(maxChunk)
        , m_refusal(refusal)
    {
        open(QIODevice::WriteOnly);
    }

    QByteArray written;
    int writeCalls = 0;
    qint64 refuseAfter;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        ++writeCalls;
        if (refuseAfter >= 0 && written.size() >= refuseAfter) {
            setErrorString(u"refused on purpose"_s);
            return m_refusal;
        }
        const qint64 taken = std::min(length, m_maxChunk);
        written.append(data, taken);
        return taken;
    }

private:
    qint64 m_maxChunk;
    qint64 m_refusal;
};

} // namespace

class tst_JsonWriter : public QObject
{
    Q_OBJECT
private slots:
    void appendString_escapesAsPythonDoes_data();
    void appendString_escapesAsPythonDoes();
    void appendString_escapesEveryControlCharacter();
    void appendString_findsEscapesAtEveryAlignment();
    void appendString_roundTripsRandomTextThroughNlohmann();
    void appendString_takesQStringAsUtf8();
    void appendString_appendsAfterWhatIsBuffered();
    void lineWriter_writesLinesToADevice();
    void lineWriter_flushesAcrossItsBuffer();
    void lineWriter_flushesWhenDestroyed();
    void lineWriter_continuesShortWrites();
    void lineWriter_reportsARefusedWrite_data();
    void lineWriter_reportsARefusedWrite();
    void lineWriter_writesNothingMoreAfterARefusal();
};

void tst_JsonWriter::appendString_escapesAsPythonDoes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << QByteArray() << R"("")"_ba;
    QTest::newRow("plain") << "hello"_ba << R"("hello")"_ba;
    QTest::newRow("quote") << R"(say "hi")"_ba << R"("say \"hi\"")"_ba;
    QTest::newRow("backslash") << R"(C:\dir)"_ba << R"("C:\\dir")"_ba;
    QTest::newRow("newline") << "a\nb"_ba << R"("a\nb")"_ba;
    QTest::newRow("carriage return") << "a\rb"_ba << R"("a\rb")"_ba;
    QTest::newRow("tab") << "a\tb"_ba << R"("a\tb")"_ba;
    QTest::newRow("backspace") << "a\bb"_ba << R"("a\bb")"_ba;
    QTest::newRow("form feed") << "a\fb"_ba << R"("a\fb")"_ba;
    QTest::newRow("U+0000") << QByteArray(1, '\0') << R"("\u0000")"_ba;
    QTest::newRow("U+0001") << "\x01"_ba << R"("\u0001")"_ba;
    QTest::newRow("U+000B vertical tab") << "\x0B"_ba << R"("\u000b")"_ba;
    QTest::newRow("U+001B escape") << "\x1B"_ba << R"("\u001b")"_ba;
    QTest::newRow("U+001F, lower-case hex") << "\x1F"_ba << R"("\u001f")"_ba;
    QTest::newRow("DEL stays") << "\x7F"_ba << "\"\x7F\""_ba;
    QTest::newRow("slash stays") << "a/b"_ba << R"("a/b")"_ba;
    QTest::newRow("non-ASCII stays UTF-8") << "Zo\xC3\xAB \xE7\x8E\x8B \xF0\x9F\x98\x80"_ba
                                           << "\"Zo\xC3\xAB \xE7\x8E\x8B \xF0\x9F\x98\x80\""_ba;
    QTest::newRow("U+2028 stays") << "\xE2\x80\xA8"_ba << "\"\xE2\x80\xA8\""_ba;
    QTest::newRow("U+2029 stays") << "\xE2\x80\xA9"_ba << "\"\xE2\x80\xA9\""_ba;
    QTest::newRow("bytes like quote and backslash with the high bit")
        << "\xC2\xA2\xC3\x9C\xE2\x80\x9C\xC2\xA0"_ba << "\"\xC2\xA2\xC3\x9C\xE2\x80\x9C\xC2\xA0\""_ba;
    QTest::newRow("quote after eight plain bytes") << R"(12345678")"_ba << R"("12345678\"")"_ba;
    QTest::newRow("newline at the end of two words") << "123456789012345\n"_ba << R"("123456789012345\n")"_ba;
    QTest::newRow("everything") << "\"\\/\b\f\n\r\t\x01\x7F"_ba << "\"\\\"\\\\/\\b\\f\\n\\r\\t\\u0001\x7F\""_ba;
}

void tst_JsonWriter::appendString_escapesAsPythonDoes()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(escaped(input), expected);
    QCOMPARE(fromStd(nlohmann::json::parse(toStd(escaped(input))).get<std::string>()), input);
}

void tst_JsonWriter::appendString_escapesEveryControlCharacter()
{
    static const char *const Named[] = {"\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005",
                                        "\\u0006", "\\u0007", "\\b",     "\\t",     "\\n",     "\\u000b",
                                        "\\f",     "\\r",     "\\u000e", "\\u000f", "\\u0010", "\\u0011",
                                        "\\u0012", "\\u0013", "\\u0014", "\\u0015", "\\u0016", "\\u0017",
                                        "\\u0018", "\\u0019", "\\u001a", "\\u001b", "\\u001c", "\\u001d",
                                        "\\u001e", "\\u001f"};
    for (int c = 0; c < 0x20; ++c) {
        const QByteArray input = "a" + QByteArray(1, char(c)) + "b";
        QCOMPARE(escaped(input), "\"a" + QByteArray(Named[c]) + "b\"");
        // nlohmann's dump writes the same as Python: an independent writer agrees byte for byte.
        QCOMPARE(escaped(input), fromStd(nlohmann::json(toStd(input)).dump()));
    }
    for (int c = 0x20; c < 0x80; ++c) {
        const QByteArray input(1, char(c));
        const QByteArray expected = c == '"' ? "\"\\\"\""_ba : c == '\\' ? "\"\\\\\""_ba : '"' + input + '"';
        QCOMPARE(escaped(input), expected);
    }
}

void tst_JsonWriter::appendString_findsEscapesAtEveryAlignment()
{
    QByteArrayList pieces;
    for (int c = 0; c < 0x20; ++c)
        pieces.append(QByteArray(1, char(c)));
    pieces << "\""_ba << "\\"_ba << "\x7F"_ba << " "_ba << "!"_ba << "#"_ba << "["_ba << "]"_ba << "\xC2\xA2"_ba
           << "\xC3\x9C"_ba << "\xC2\xA0"_ba << "\xE2\x80\x9C"_ba << "\xF0\x9F\x98\x80"_ba;
    for (int prefix = 0; prefix <= 24; ++prefix) {
        for (const QByteArray &piece : pieces) {
            for (int suffix = 0; suffix <= 17; ++suffix) {
                const QByteArray input = QByteArray(prefix, 'p') + piece + QByteArray(suffix, 's');
                QCOMPARE(escaped(input), pythonDumps(input));
                // Two in a row, and one in each of two words.
                const QByteArray twice = QByteArray(prefix, 'p') + piece + piece + QByteArray(suffix, 's') + piece;
                QCOMPARE(escaped(twice), pythonDumps(twice));
            }
        }
    }
}

void tst_JsonWriter::appendString_roundTripsRandomTextThroughNlohmann()
{
    QRandomGenerator random(5000);
    for (int i = 0; i < RandomStrings; ++i) {
        const QByteArray input = randomValidUtf8(random);
        const QByteArray json = escaped(input);
        std::string parsed;
        try {
            parsed = nlohmann::json::parse(toStd(json)).get<std::string>();
        } catch (const nlohmann::json::exception &e) {
            QFAIL(qPrintable(QString::fromUtf8(e.what()) + u" for "_s + QString::fromLatin1(input.toHex(' '))));
        }
        QVERIFY2(fromStd(parsed) == input, input.toHex(' ').constData());
        QVERIFY2(json == fromStd(nlohmann::json(toStd(input)).dump()), input.toHex(' ').constData());
        QVERIFY2(json == pythonDumps(input), input.toHex(' ').constData());
    }
}

void tst_JsonWriter::appendString_takesQStringAsUtf8()
{
    const QString text = u"Zoë said \"hi\"\n👩‍🍳\u0001"_s;
    OutputBuffer out;
    Json::appendString(out, text);
    QCOMPARE(out.view().toByteArray(), escaped(text.toUtf8()));
    QCOMPARE(QString::fromStdString(nlohmann::json::parse(out.view().toByteArray().toStdString()).get<std::string>()),
             text);
}

void tst_JsonWriter::appendString_appendsAfterWhatIsBuffered()
{
    // Many strings into one buffer: each lands after the last, across every growth of the buffer.
    QRandomGenerator random(3);
    OutputBuffer out;
    QByteArray expected;
    for (int i = 0; i < 3000; ++i) {
        const QByteArray input = randomValidUtf8(random) + QByteArray(random.bounded(3000), '\n');
        Json::appendString(out, QByteArrayView(input));
        out.append(',');
        expected += pythonDumps(input) + ',';
        QCOMPARE(qsizetype(out.size()), expected.size());
    }
    QVERIFY(out.view() == expected);
}

void tst_JsonWriter::lineWriter_writesLinesToADevice()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    Json::LineWriter writer(buffer);
    writer.line().append("{\"a\": ");
    Json::appendString(writer.line(), u"x\"y"_s);
    writer.line().append('}');
    writer.endLine();
    writer.endLine(); // an empty line is a line too
    Json::appendString(writer.line(), QByteArrayView("last"));
    writer.endLine();
    QVERIFY(writer.flush());
    QVERIFY(!writer.hasFailed());
    QCOMPARE(buffer.data(), "{\"a\": \"x\\\"y\"}\n\n\"last\"\n"_ba);
    // Flushing again writes nothing twice.
    QVERIFY(writer.flush());
    QCOMPARE(buffer.data(), "{\"a\": \"x\\\"y\"}\n\n\"last\"\n"_ba);
}

void tst_JsonWriter::lineWriter_flushesAcrossItsBuffer()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    TestDevice counting(std::numeric_limits<qint64>::max());
    QByteArray expected;
    QRandomGenerator random(1);
    {
        Json::LineWriter writer(buffer);
        Json::LineWriter countingWriter(counting);
        qsizetype longestLine = 0;
        qsizetype flushedSize = 0;
        int flushes = 0;
        int line = 0;
        while (expected.size() < 3 * Mebibyte) {
            QByteArray text = "line " + QByteArray::number(line) + ": " + QByteArray(random.bounded(200), 'x');
            if (longestLine < Mebibyte && expected.size() > Mebibyte * 5 / 4)
                text += QByteArray(Mebibyte + Mebibyte / 2, 'y'); // one line longer than the buffer
            const QByteArray json = pythonDumps(text) + '\n';
            longestLine = std::max(longestLine, json.size());
            for (Json::LineWriter *w : {&writer, &countingWriter}) {
                Json::appendString(w->line(), QByteArrayView(text));
                w->endLine();
            }
            expected += json;
            ++line;
            // Whole lines reach the device as the buffer fills, never more than a mebibyte behind.
            if (buffer.data().size() != flushedSize) {
                flushedSize = buffer.data().size();
                ++flushes;
                QVERIFY(expected.startsWith(buffer.data()));
                QVERIFY(buffer.data().endsWith('\n'));
            }
            QVERIFY2(expected.size() - flushedSize < Mebibyte, QByteArray::number(line).constData());
        }
        QVERIFY(writer.flush());
        QVERIFY(countingWriter.flush());
        QVERIFY(longestLine > Mebibyte);
        QVERIFY2(flushes >= 2, QByteArray::number(flushes).constData()); // before the explicit flush
    }
    QCOMPARE(buffer.data().size(), expected.size());
    QVERIFY(buffer.data() == expected);
    QVERIFY(counting.written == expected);
    // A few large writes, not one per line.
    QVERIFY2(counting.writeCalls >= 3 && counting.writeCalls <= 5, QByteArray::number(counting.writeCalls).constData());
}

void tst_JsonWriter::lineWriter_flushesWhenDestroyed()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    {
        Json::LineWriter writer(buffer);
        Json::appendString(writer.line(), QByteArrayView("unflushed"));
        writer.endLine();
    }
    QCOMPARE(buffer.data(), "\"unflushed\"\n"_ba);
}

void tst_JsonWriter::lineWriter_continuesShortWrites()
{
    TestDevice device(7);
    QByteArray expected;
    {
        Json::LineWriter writer(device);
        for (int i = 0; i < 500; ++i) {
            const QByteArray text = "short writes " + QByteArray::number(i);
            Json::appendString(writer.line(), QByteArrayView(text));
            writer.endLine();
            expected += pythonDumps(text) + '\n';
        }
        QVERIFY(writer.flush());
        QVERIFY(!writer.hasFailed());
    }
    QCOMPARE(device.written, expected);
    QVERIFY(device.writeCalls >= expected.size() / 7);
}

void tst_JsonWriter::lineWriter_reportsARefusedWrite_data()
{
    QTest::addColumn<QString>("device");
    QTest::addColumn<qsizetype>("bytes");

    QTest::newRow("read-only QBuffer") << u"readonly"_s << qsizetype(10);
    QTest::newRow("/dev/full, unbuffered") << u"full-unbuffered"_s << qsizetype(10);
    QTest::newRow("/dev/full, buffered, beyond QFile's buffer") << u"full-buffered"_s << 3 * Mebibyte;
    // Held in QFile's own buffer until flushed: the writer must flush it to know.
    QTest::newRow("/dev/full, buffered, a few bytes") << u"full-buffered-small"_s << qsizetype(10);
    QTest::newRow("device failing with -1 after some bytes") << u"refuse-minus-one"_s << 3 * Mebibyte;
    QTest::newRow("device taking 0 bytes") << u"refuse-zero"_s << qsizetype(10);
}

void tst_JsonWriter::lineWriter_reportsARefusedWrite()
{
    QFETCH(QString, device);
    QFETCH(qsizetype, bytes);

    std::unique_ptr<QIODevice> target;
    if (device == u"readonly"_s) {
        auto buffer = std::make_unique<QBuffer>();
        QVERIFY(buffer->open(QIODevice::ReadOnly));
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        target = std::move(buffer);
    } else if (device.startsWith(u"full"_s)) {
        if (!QFile::exists(u"/dev/full"_s))
            QSKIP("this system has no /dev/full");
        auto file = std::make_unique<QFile>(u"/dev/full"_s);
        const QIODevice::OpenMode mode = device == u"full-unbuffered"_s
            ? QIODevice::WriteOnly | QIODevice::Unbuffered
            : QIODevice::OpenMode(QIODevice::WriteOnly);
        QVERIFY2(file->open(mode), qPrintable(file->errorString()));
        target = std::move(file);
    } else if (device == u"refuse-minus-one"_s) {
        target = std::make_unique<TestDevice>(std::numeric_limits<qint64>::max(), Mebibyte / 2, -1);
    } else {
        target = std::make_unique<TestDevice>(std::numeric_limits<qint64>::max(), 0, 0);
    }

    Json::LineWriter writer(*target);
    qsizetype written = 0;
    while (written < bytes) {
        const QByteArray text = "a line of text " + QByteArray::number(written);
        Json::appendString(writer.line(), QByteArrayView(text));
        writer.endLine();
        written += text.size() + 3;
    }
    QVERIFY(!writer.flush());
    QVERIFY(writer.hasFailed());
    QVERIFY(!writer.errorString().isEmpty());
    // A failure stays a failure.
    QVERIFY(!writer.flush());
    if (device.startsWith(u"refuse"_s))
        QCOMPARE(writer.errorString(), u"refused on purpose"_s);
}

// After a refused write part of the buffer may have reached the device: writing again, even to a device that
// takes bytes again, would repeat or skip lines, so a failed writer writes nothing more.
void tst_JsonWriter::lineWriter_writesNothingMoreAfterARefusal()
{
    TestDevice device(1000, 1500);
    Json::LineWriter writer(device);
    for (int i = 0; i < 100; ++i) {
        Json::appendString(writer.line(), QByteArrayView(QByteArray(40, 'a')));
        writer.endLine();
    }
    QVERIFY(!writer.flush());
    QCOMPARE(device.written.size(), 2000);
    const QByteArray before = device.written;

    device.refuseAfter = -1;
    Json::appendString(writer.line(), QByteArrayView("more"));
    writer.endLine();
    QVERIFY(!writer.flush());
    QVERIFY(writer.hasFailed());
    QCOMPARE(device.written, before);
}

QTEST_GUILESS_MAIN(tst_JsonWriter)
#include "tst_jsonwriter.moc"
