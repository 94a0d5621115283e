// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The tokenizers against the references, token id for token id: tiktoken (OpenAI's own code, compiled to
// WebAssembly) and gpt-tokenizer, both run with node on thousands of generated strings.

#include <core/tokenize/datasettokens.h>
#include <core/tokenize/tokenizer.h>

#include <testutils.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;
using Finetuner::Core::Encoding;
using Finetuner::Core::Tokenizer;

namespace {

const QString SetupHint = u"run scripts/setup-deps, which installs node's reference tokenizers into third_party/npm"_s;

QString npmModules()
{
    return QStringLiteral(FINETUNER_SOURCE_DIR) + u"/third_party/npm/node_modules"_s;
}

// JSON with every non-ASCII UTF-16 unit escaped, so lone surrogates reach JavaScript exactly as they are here.
QByteArray toJsonArray(const QStringList &texts)
{
    QByteArray out = "[";
    for (const QString &text : texts) {
        if (out.size() > 1)
            out += ",\n";
        out += '"';
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u == '"' || u == '\\') {
                out += '\\';
                out += char(u);
            } else if (u >= 0x20 && u < 0x7F) {
                out += char(u);
            } else {
                out += "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
            }
        }
        out += '"';
    }
    return out + "]";
}

// Pieces of text a chat or a dataset holds, with the corner cases of the patterns.
const QStringList &fragments()
{
    static const QStringList list = {
        // words, contractions in every case, title case and long s
        u"hello"_s, u"Hello"_s, u"HELLO"_s, u"world"_s, u"don't"_s, u"DON'T"_s, u"I'm"_s, u"I'M"_s, u"we'll"_s,
        u"WE'LL"_s, u"They'Re"_s, u"you've"_s, u"YOU'VE"_s, u"she'd"_s, u"It'S"_s, u"'s"_s, u"'T"_s, u"'ll"_s,
        u"McDonald's"_s, u"iPhone"_s, u"HelloWorld"_s, u"camelCaseName"_s, u"snake_case_name"_s, u"XMLHttpRequest"_s,
        u"ǅungla"_s, u"ǈudevit"_s, u"ΣΊΣΥΦΟΣ"_s, u"straße"_s, u"ſtar"_s, u"'ſ"_s, u"x'ſy"_s, u"Ærøskøbing"_s,
        u"naïve"_s, u"café"_s, u"cafe\u0301"_s, u"a\u0308\u0304"_s, u"\u0301\u0301A"_s, u"X\u0301Y"_s,
        u"Привет"_s, u"мир"_s, u"Ελληνικά"_s, u"Ουτοπία"_s,
        // scripts: CJK, Korean, Japanese, Thai, Devanagari, Arabic and Hebrew with their marks
        u"日本語のテキスト"_s, u"中文字符"_s, u"漢字かなカナ"_s, u"한국어 문장"_s, u"สวัสดีครับ"_s, u"नमस्ते"_s,
        u"मराठी"_s, u"مرحبا بالعالم"_s, u"السَّلَامُ"_s, u"שלום עולם"_s, u"עִבְרִית"_s, u"\u200Fمرحبا\u200F"_s,
        u"\u202Bשלום\u202C"_s, u"𠀀𠀁"_s, u"𝐇𝐞𝐥𝐥𝐨"_s, u"ｆｕｌｌｗｉｄｔｈ"_s,
        // emoji: ZWJ sequences, skin tones, flags, keycaps, variation selectors
        u"👩‍🍳"_s, u"👨‍👩‍👧‍👦"_s, u"👍🏽"_s, u"👋🏿"_s, u"🧑🏻‍💻"_s, u"🇩🇪"_s, u"🇯🇵🇺🇸"_s, u"1️⃣"_s, u"❤️"_s,
        u"☺︎"_s, u"🏳️‍🌈"_s, u"😀😃😄"_s, u"🙏"_s,
        // numbers
        u"1"_s, u"12"_s, u"123"_s, u"1234"_s, u"1234567"_s, u"3.14159"_s, u"1,000,000"_s, u"٠١٢٣٤"_s, u"１２３"_s,
        u"½"_s, u"Ⅻ"_s, u"2026-12-02"_s, u"21:01:54"_s, u"+49 170 1234567"_s,
        // punctuation, symbols, paths and URLs
        u"!"_s, u"?!"_s, u"..."_s, u"—"_s, u"«»"_s, u"¿Qué?"_s, u"€100"_s, u"$5.99"_s, u"(a)"_s, u"[x]"_s,
        u"https://example.com/path/to?q=1&r=two#frag"_s, u"/usr/local/bin/"_s, u"C:\\Windows\\System32"_s,
        u"user@example.org"_s, u"#hashtag"_s, u"@mention"_s, u"</div>"_s, u"a/b/c"_s, u"//"_s, u"/\n"_s,
        // code and JSON
        u"for (int i = 0; i < n; ++i) {"_s, u"def f(x):\n    return x ** 2\n"_s, u"const f = () => {};"_s,
        u"fn main() { println!(\"hi\"); }"_s, u"SELECT * FROM t WHERE id = 1;"_s, u"<div class=\"a\">"_s,
        u"{\"key\": [1, 2, {\"a\": null}], \"b\": true}"_s, u"if x != y:\n\tpass"_s, u"#include <QString>"_s,
        u"std::vector<int> v{1, 2, 3};"_s, u"$ ls -la | grep foo"_s, u"x = a['s'] + b[\"t\"]"_s,
        // special tokens are plain text
        u"<|endoftext|>"_s, u"<|im_start|>user"_s, u"<|fim_prefix|>"_s, u"<|endofprompt|>"_s,
        // whitespace of every kind
        u" "_s, u"  "_s, u"   "_s, u"\t"_s, u"\t\t"_s, u"\n"_s, u"\n\n"_s, u"\r\n"_s, u"\r\n\r\n"_s, u"\r"_s,
        u" \n "_s, u"\u00A0"_s, u"\u3000"_s, u"\u2028"_s, u"\u2029"_s, u"\u0085"_s, u"\uFEFF"_s, u"\u200B"_s,
        u"\u202F"_s, u"\u2003\u2003"_s, u"\v"_s, u"\f"_s, u"    \n"_s, u"\n    "_s,
        // controls and the replacement character
        u"\u0001"_s, u"\u001B[0m"_s, u"\uFFFD"_s, u"\u00AD"_s,
    };
    return list;
}

const QStringList &separators()
{
    static const QStringList list = {u""_s, u" "_s, u" "_s, u" "_s, u"  "_s, u"\n"_s, u"\r\n"_s, u"\t"_s,
                                     u"\n\n"_s, u"   "_s, u". "_s, u", "_s, u"\u00A0"_s, u" \n"_s};
    return list;
}

// Code points from the ranges where the patterns' classes change often.
char32_t randomCodePoint(QRandomGenerator &random)
{
    static const std::pair<char32_t, char32_t> ranges[] = {
        {0x09, 0x0D},       {0x20, 0x7E},       {0x20, 0x7E},       {0x20, 0x7E},       {0x80, 0xFF},
        {0x100, 0x24F},     {0x1C4, 0x1CC},     {0x300, 0x36F},     {0x370, 0x3FF},     {0x400, 0x4FF},
        {0x590, 0x5FF},     {0x600, 0x6FF},     {0x900, 0x97F},     {0xE00, 0xE7F},     {0x1680, 0x1680},
        {0x1E00, 0x1FFF},   {0x2000, 0x206F},   {0x2070, 0x218F},   {0x3000, 0x30FF},   {0x4E00, 0x4E80},
        {0xAC00, 0xAC80},   {0xFE00, 0xFE0F},   {0xFEFF, 0xFEFF},   {0xFF00, 0xFFEF},   {0x1D400, 0x1D4FF},
        {0x1F300, 0x1F64F}, {0x1F3FB, 0x1F3FF}, {0x20000, 0x20010}, {0xE0000, 0xE007F}, {0x10FFF0, 0x10FFFF},
    };
    const auto &[first, last] = ranges[random.bounded(int(std::size(ranges)))];
    return first + char32_t(random.bounded(int(last - first + 1)));
}

QStringList generatedStrings()
{
    QRandomGenerator random(20261202); // fixed seed: the same strings on every run
    QStringList texts;
    const QStringList &pool = fragments();
    const QStringList &between = separators();
    // Fragments joined by separators: text as chats and datasets hold it.
    for (int i = 0; i < 1600; ++i) {
        QString text;
        const int count = 1 + random.bounded(8);
        for (int j = 0; j < count; ++j) {
            if (j > 0 || random.bounded(4) == 0)
                text += between.at(random.bounded(int(between.size())));
            text += pool.at(random.bounded(int(pool.size())));
        }
        if (random.bounded(5) == 0)
            text += between.at(random.bounded(int(between.size()))); // trailing whitespace
        texts << text;
    }
    // Random code points: what nobody writes, where a misread class or alternative shows.
    for (int i = 0; i < 1200; ++i) {
        QString text;
        const int length = 1 + random.bounded(24);
        for (int j = 0; j < length; ++j) {
            const char32_t c = randomCodePoint(random);
            text += QString::fromUcs4(&c, 1);
        }
        texts << text;
    }
    // Runs of ASCII letters, digits, apostrophes, slashes and whitespace of every kind.
    static const char alphabet[] = "aAsStTlLvVeErRmMdD'' /\\\r\n\n\t  09!?.,_-\"{}";
    for (int i = 0; i < 600; ++i) {
        QString text;
        const int length = 1 + random.bounded(30);
        for (int j = 0; j < length; ++j)
            text += QLatin1Char(alphabet[random.bounded(int(sizeof alphabet - 1))]);
        texts << text;
    }
    // Lone surrogates, which become U+FFFD on the way to UTF-8 on both sides.
    texts << QString(QChar(0xD83D)) << u"a"_s + QChar(0xDC00) + u"b"_s << QString(QChar(0xDBFF)) + u" x"_s
          << u"\U0001F600"_s.left(1) + u"\U0001F600"_s;
    // Very long words and runs (the merge of long pieces), and a long mixed text.
    texts << QString(3000, u'a') << u"ab"_s.repeated(1500) << QString(700, u'!') << QString(2000, u' ') + u"x"_s
          << u"supercalifragilisticexpialidocious"_s.repeated(40) << u"日本"_s.repeated(600)
          << QString(5000, u'\n') << u"1234567890"_s.repeated(100);
    QString mixed;
    for (int i = 0; i < 400; ++i)
        mixed += pool.at(random.bounded(int(pool.size()))) + between.at(random.bounded(int(between.size())));
    texts << mixed << QString() << u" "_s;
    return texts;
}

// tiktoken follows Unicode's White_Space for \s; JavaScript's \s (gpt-tokenizer) adds U+FEFF and lacks U+0085.
bool gptTokenizerDiffers(const QString &text)
{
    return text.contains(QChar(0x85)) || text.contains(QChar(0xFEFF));
}

QList<int> toIds(const QJsonArray &array)
{
    QList<int> ids;
    ids.reserve(array.size());
    for (const QJsonValue &value : array)
        ids.append(value.toInt());
    return ids;
}

QByteArray describe(const QString &text)
{
    QByteArray out;
    for (const QChar c : text.left(80)) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7F)
            out += char(c.unicode());
        else
            out += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
    }
    return out;
}

} // namespace

class tst_Tokenizer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void matchesTheReferences_data();
    void matchesTheReferences();
    void knownTokens();
    void countsUtf8AsItsDecodedText();
    void roundTripsBytes();
    void countsFromManyThreadsAtOnce();
    void reportsAMissingOrBrokenRankFile();
    void decodesJsonStrings();

private:
    QStringList m_texts;
    QJsonObject m_reference;
};

void tst_Tokenizer::initTestCase()
{
    for (Encoding encoding : {Encoding::Cl100kBase, Encoding::O200kBase}) {
        QString error;
        QVERIFY2(Tokenizer::get(encoding, &error), qPrintable(error));
    }

    const QString node = QStandardPaths::findExecutable(u"node"_s);
    if (node.isEmpty())
        QFAIL(qPrintable(u"node is not installed; "_s + SetupHint));
    for (const char *package : {"tiktoken", "gpt-tokenizer"}) {
        if (!QFileInfo::exists(npmModules() + u'/' + QLatin1StringView(package) + u"/package.json"_s))
            QFAIL(qPrintable(u"the npm package %1 is missing from %2; "_s.arg(QLatin1StringView(package), npmModules())
                             + SetupHint));
    }

    m_texts = generatedStrings();
    QVERIFY(m_texts.size() >= 3000);
    static QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString input = TestUtils::writeFile(dir.filePath(u"strings.json"_s), toJsonArray(m_texts));
    // From the source tree by absolute path: QFINDTESTDATA goes by __FILE__, which ccache may make relative, and
    // node given no script would wait on its standard input until the timeout.
    const QString script = QStringLiteral(FINETUNER_SOURCE_DIR) + u"/tests/core/tokenize/reference-tokens.mjs"_s;
    QVERIFY2(QFileInfo::exists(script), qPrintable(script));
    QProcess process;
    process.start(node, {script, npmModules(), input});
    process.closeWriteChannel();
    QVERIFY2(process.waitForFinished(300000), qPrintable(process.errorString()));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAllStandardError().constData());
    QJsonParseError parseError;
    m_reference = QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
}

void tst_Tokenizer::matchesTheReferences_data()
{
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("reference");
    for (const char *reference : {"tiktoken", "gptTokenizer"}) {
        QTest::addRow("cl100k_base vs %s", reference) << int(Encoding::Cl100kBase) << QString::fromLatin1(reference);
        QTest::addRow("o200k_base vs %s", reference) << int(Encoding::O200kBase) << QString::fromLatin1(reference);
    }
}

void tst_Tokenizer::matchesTheReferences()
{
    QFETCH(int, encoding);
    QFETCH(QString, reference);
    const Tokenizer *tokenizer = Tokenizer::get(Encoding(encoding));
    QVERIFY(tokenizer);
    const QJsonArray expected =
        m_reference.value(reference).toObject().value(encodingName(Encoding(encoding))).toArray();
    QCOMPARE(expected.size(), m_texts.size());
    int compared = 0;
    for (qsizetype i = 0; i < m_texts.size(); ++i) {
        const QString &text = m_texts.at(i);
        if (reference == u"gptTokenizer"_s && gptTokenizerDiffers(text))
            continue;
        const QList<int> ids = tokenizer->encode(text);
        const QList<int> want = toIds(expected.at(i).toArray());
        if (ids != want) {
            QByteArray report = "string " + QByteArray::number(i) + " \"" + describe(text) + "\"\n  ours: ";
            for (int id : ids.first(std::min<qsizetype>(ids.size(), 30)))
                report += QByteArray::number(id) + ' ';
            report += "\n  theirs: ";
            for (int id : want.first(std::min<qsizetype>(want.size(), 30)))
                report += QByteArray::number(id) + ' ';
            QFAIL(report.constData());
        }
        QCOMPARE(tokenizer->count(text), want.size());
        ++compared;
    }
    QVERIFY(compared >= 3000);
}

void tst_Tokenizer::knownTokens()
{
    // Ids anyone can check in OpenAI's tokenizer page or tiktoken's own tests.
    const Tokenizer *cl100k = Tokenizer::get(Encoding::Cl100kBase);
    const Tokenizer *o200k = Tokenizer::get(Encoding::O200kBase);
    QVERIFY(cl100k && o200k);
    QCOMPARE(cl100k->encode(u"hello world"_s), (QList<int>{15339, 1917}));
    QCOMPARE(o200k->encode(u"hello world"_s), (QList<int>{24912, 2375}));
    QCOMPARE(cl100k->count(u"<|endoftext|>"_s), 7); // plain text, not the special token 100257
    QCOMPARE(cl100k->vocabularySize(), 100256);
    QCOMPARE(o200k->vocabularySize(), 199998);
    QCOMPARE(cl100k->count(QString()), 0);
}

void tst_Tokenizer::countsUtf8AsItsDecodedText()
{
    const Tokenizer *tokenizer = Tokenizer::get(Encoding::O200kBase);
    QVERIFY(tokenizer);
    // Ill-formed UTF-8 counts as the text a decoder makes of it, one U+FFFD per maximal ill-formed subpart.
    const QByteArray bad = "caf\xC3 ok \xE2\x82 \xF0\x9F\x98 end \xFF\xFE";
    const QString decoded = u"caf\uFFFD ok \uFFFD \uFFFD end \uFFFD\uFFFD"_s;
    QCOMPARE(tokenizer->encode(QByteArrayView(bad)), tokenizer->encode(decoded));
    for (const QString &text : fragments())
        QCOMPARE(tokenizer->count(QByteArrayView(text.toUtf8())), tokenizer->count(text));
}

void tst_Tokenizer::roundTripsBytes()
{
    for (Encoding encoding : {Encoding::Cl100kBase, Encoding::O200kBase}) {
        const Tokenizer *tokenizer = Tokenizer::get(encoding);
        QVERIFY(tokenizer);
        for (const QString &text : generatedStrings()) {
            const QString valid = QString::fromUtf8(text.toUtf8()); // lone surrogates out
            if (valid != text)
                continue;
            QCOMPARE(tokenizer->decode(tokenizer->encode(text)), text.toUtf8());
        }
    }
}

void tst_Tokenizer::countsFromManyThreadsAtOnce()
{
    // One shared tokenizer, per-thread scratch buffers: threads counting at once get what one thread gets.
    const Tokenizer *tokenizer = Tokenizer::get(Encoding::O200kBase);
    QVERIFY(tokenizer);
    QList<int> expected;
    for (const QString &text : std::as_const(m_texts))
        expected.append(tokenizer->count(text));
    std::vector<QList<int>> results(4);
    std::vector<std::thread> threads;
    for (size_t t = 0; t < results.size(); ++t) {
        threads.emplace_back([&, t] {
            for (qsizetype i = 0; i < m_texts.size(); ++i) {
                const QString &text = m_texts.at((i + qsizetype(t) * 997) % m_texts.size());
                results[t].append(tokenizer->count(QByteArrayView(text.toUtf8())));
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (size_t t = 0; t < results.size(); ++t) {
        for (qsizetype i = 0; i < m_texts.size(); ++i) {
            const qsizetype index = (i + qsizetype(t) * 997) % m_texts.size();
            if (QString::fromUtf8(m_texts.at(index).toUtf8()) == m_texts.at(index)) // lone surrogates differ as UTF-8
                QCOMPARE(results[t].at(i), expected.at(index));
        }
    }
}

void tst_Tokenizer::reportsAMissingOrBrokenRankFile()
{
    QString error;
    QVERIFY(!Tokenizer::fromFile(Encoding::Cl100kBase, u"/nonexistent/cl100k_base.tiktoken"_s, &error));
    QVERIFY2(error.contains(u"/nonexistent/cl100k_base.tiktoken"_s), qPrintable(error));

    QTemporaryDir dir;
    const QString broken = TestUtils::writeFile(dir.filePath(u"broken.tiktoken"_s), "IQ== 0\nnot base64!! 1\n");
    QVERIFY(!Tokenizer::fromFile(Encoding::Cl100kBase, broken, &error));
    QVERIFY2(error.contains(u"line 2"_s), qPrintable(error));
    const QString truncated = TestUtils::writeFile(dir.filePath(u"truncated.tiktoken"_s), "IQ== 0\nIg== 1\n");
    QVERIFY(!Tokenizer::fromFile(Encoding::Cl100kBase, truncated, &error));
    QVERIFY(!error.isEmpty());
}

void tst_Tokenizer::decodesJsonStrings()
{
    QByteArray out;
    QString error;
    QVERIFY(Finetuner::Core::decodeJsonString(R"("a\"b\\c\/\n\t\u00e9\ud83d\ude00")", out, &error));
    QCOMPARE(out, "a\"b\\c/\n\t\xC3\xA9\xF0\x9F\x98\x80"_ba);
    QVERIFY(Finetuner::Core::decodeJsonString(R"(  "\ud83d x"  )", out, &error));
    QCOMPARE(out, "\xEF\xBF\xBD x"_ba);
    for (const char *bad : {"", "\"", "abc", "\"a\" \"b\"", "\"\\x\"", "\"\\u12\"", "\"a\\\""}) {
        error.clear();
        QVERIFY2(!Finetuner::Core::decodeJsonString(bad, out, &error), bad);
        QVERIFY(!error.isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_Tokenizer)
#include "tst_tokenizer.moc"
