// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <core/dataset/dataset.h>

#include <QBuffer>
#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>
#include <testutils.h>

#include <string>

using namespace Qt::StringLiterals;
using namespace Finetuner::Core;

namespace {

using OrderedJson = nlohmann::ordered_json;

QString fixture(const QString &name)
{
    return TestUtils::dataPath(u"datasets/"_s + name);
}

Dataset open(const QString &name)
{
    Result<Dataset> result = Dataset::read(fixture(name));
    if (!result.ok())
        qFatal("cannot open fixture %s", qPrintable(name));
    return *result.value;
}

QByteArray written(const Dataset &dataset, const std::function<bool(int)> &keep = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!dataset.write(buffer, keep))
        qFatal("write to a buffer failed");
    return buffer.data();
}

QList<int> diagnosticLines(const Diagnostics &diagnostics)
{
    QList<int> lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.line);
    return lines;
}

OrderedJson parsed(const QByteArray &line)
{
    return OrderedJson::parse(line.begin(), line.end());
}

// Every key of @p before except @p edited is in @p after with the same value, in the same order.
void compareOtherKeys(const OrderedJson &before, const OrderedJson &after, const std::string &edited)
{
    std::vector<std::string> keysBefore;
    std::vector<std::string> keysAfter;
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (it.key() != edited)
            keysBefore.push_back(it.key());
    }
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (it.key() != edited)
            keysAfter.push_back(it.key());
    }
    QVERIFY(keysBefore == keysAfter);
    for (const std::string &key : keysBefore)
        QVERIFY2(before.at(key) == after.at(key), key.c_str());
}

} // namespace

class tst_Dataset : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_isByteIdenticalOrNormalised_data();
    void roundTrip_isByteIdenticalOrNormalised();
    void promptCompletion_showsDecodedTexts();
    void chat_showsTurnsAndLastAssistant();
    void blankLines_areNotRowsButCountAsLines();
    void brokenLines_areKeptAndReported();
    void mixedShapes_majorityDecides();
    void editedPromptCompletion_splicesOnlyTheValue();
    void editedChat_replacesLastAssistantOrAppendsOne();
    void editedLines_parseAndKeepOtherKeys();
    void mutatedRecords_editToParsableLines();
    void withCompletion_refusesBrokenRows();
    void setRecord_rechecksAndReverts();
    void editsRestore_onAFreshRead();
    void copies_haveTheirOwnEdits();
    void write_keepsChosenRowsAndReportsFailure();
    void missingFileOrFolder_areClearErrors();
    void onlyBlankLines_isAnEmptyDataset();
    void binaryOrJsonDocument_isNotADataset();
    void manyBrokenLines_reportACount();
    void hugeLines_doNotHurt();
};

void tst_Dataset::roundTrip_isByteIdenticalOrNormalised_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("golden");
    QTest::newRow("prompt/completion, odd numbers and escapes")
        << u"promptcompletion.jsonl"_s << u"promptcompletion.jsonl"_s;
    QTest::newRow("chat with tools, weights, parts") << u"chat.jsonl"_s << u"chat.jsonl"_s;
    QTest::newRow("mixed shapes") << u"mixed.jsonl"_s << u"mixed.jsonl"_s;
    QTest::newRow("CRLF becomes LF") << u"crlf.jsonl"_s << u"crlf.golden.jsonl"_s;
    QTest::newRow("BOM dropped") << u"bom.jsonl"_s << u"bom.golden.jsonl"_s;
    QTest::newRow("final newline added") << u"nofinalnewline.jsonl"_s << u"nofinalnewline.golden.jsonl"_s;
    QTest::newRow("blank lines dropped") << u"blanklines.jsonl"_s << u"blanklines.golden.jsonl"_s;
    QTest::newRow("broken lines verbatim") << u"broken.jsonl"_s << u"broken.golden.jsonl"_s;
}

void tst_Dataset::roundTrip_isByteIdenticalOrNormalised()
{
    QFETCH(QString, input);
    QFETCH(QString, golden);
    const Dataset dataset = open(input);
    QCOMPARE(dataset.sourceBytes(), TestUtils::readFile(fixture(input)));
    QCOMPARE(dataset.sourcePath(), fixture(input));
    QCOMPARE(written(dataset), TestUtils::readFile(fixture(golden)));
    for (int row = 0; row < dataset.size(); ++row)
        QVERIFY(!dataset.isEdited(row));
}

void tst_Dataset::promptCompletion_showsDecodedTexts()
{
    const Dataset dataset = open(u"promptcompletion.jsonl"_s);
    QCOMPARE(dataset.shape(), DatasetShape::PromptCompletion);
    QCOMPARE(dataset.recordShape(), DatasetShape::PromptCompletion);
    QCOMPARE(dataset.size(), 5);
    QCOMPARE(dataset.brokenCount(), 0);
    QCOMPARE(dataset.line(4), 5);
    QCOMPARE(dataset.prompt(0), u"Café order\n\n###\n\n"_s);
    QCOMPARE(dataset.completion(0), u" latte END"_s);
    QCOMPARE(dataset.prompt(1), u"Crème brûlée?"_s);
    QCOMPARE(dataset.completion(1), u" é END"_s);
    QCOMPARE(dataset.prompt(2), u"tab\there \"quoted\" \\ back"_s);
    QCOMPARE(dataset.completion(2), u" 👩‍🍳 END"_s);
    QCOMPARE(dataset.completion(3), QString()); // no "completion" key yet: not broken, to be written
    QCOMPARE(dataset.prompt(4), QString());
    QCOMPARE(dataset.roles(0), QString());
    QCOMPARE(dataset.record(1),
             QByteArray("{\"completion\":\" \xc3\xa9 END\",\"prompt\":\"Cr\xc3\xa8me br\xc3\xbbl\xc3\xa9"
                        "e?\","
                        "\"neg\":-0.0,\"e\":2.5E-3}"));
    for (int row = 0; row < dataset.size(); ++row) {
        QVERIFY(!dataset.isBroken(row));
        QCOMPARE(dataset.rowShape(row), DatasetShape::PromptCompletion);
        QCOMPARE(dataset.problem(row), QString());
    }
}

void tst_Dataset::chat_showsTurnsAndLastAssistant()
{
    const Dataset dataset = open(u"chat.jsonl"_s);
    QCOMPARE(dataset.shape(), DatasetShape::Chat);
    QCOMPARE(dataset.size(), 4);
    QCOMPARE(dataset.brokenCount(), 0);
    QCOMPARE(dataset.prompt(0),
             u"system: You are terse.\nuser: Hi\nassistant: Hello.\nuser: Weather in Oslo?\n"
             u"assistant: [tool calls]\ntool: -3 °C"_s);
    QCOMPARE(dataset.completion(0), u"It is -3 °C."_s);
    QCOMPARE(dataset.roles(0), u"system, user, assistant, user, assistant, tool, assistant"_s);
    QCOMPARE(dataset.prompt(1), u"user: What is in this picture?\n[image_url]"_s);
    QCOMPARE(dataset.completion(1), u"A cat.\nIt sleeps."_s);
    QCOMPARE(dataset.roles(1), u"user, assistant"_s);
    QCOMPARE(dataset.prompt(2), u"system: No answer yet.\nuser: Name a colour."_s);
    QCOMPARE(dataset.completion(2), QString());
    QCOMPARE(dataset.prompt(3), u"user: Call it."_s);
    QCOMPARE(dataset.completion(3), u"[tool calls]"_s);
}

void tst_Dataset::blankLines_areNotRowsButCountAsLines()
{
    const Dataset dataset = open(u"blanklines.jsonl"_s);
    QCOMPARE(dataset.size(), 2);
    QCOMPARE(dataset.line(0), 3);
    QCOMPARE(dataset.line(1), 6);
    QCOMPARE(dataset.record(1), QByteArray("{\"prompt\": \"line 6\", \"completion\": \"y\"}  "));
    QCOMPARE(dataset.prompt(1), u"line 6"_s);

    // BOM, CRLF, a blank line and a broken one together: line numbers count every line, the BOM none.
    const Result<Dataset> all = Dataset::fromBytes(
        "\xEF\xBB\xBF{\"prompt\": \"1\"}\r\n\r\nbad\r\n{\"prompt\": \"4\"}"_ba, u"all.jsonl"_s);
    QVERIFY(all.ok());
    QCOMPARE(all.value->size(), 3);
    QCOMPARE(all.value->line(2), 4);
    QCOMPARE(diagnosticLines(all.diagnostics), QList<int>{3});
    QCOMPARE(all.diagnostics.at(0).column, 1);
    QCOMPARE(written(*all.value), "{\"prompt\": \"1\"}\nbad\n{\"prompt\": \"4\"}\n"_ba);

    const Dataset crlf = open(u"crlf.jsonl"_s);
    QCOMPARE(crlf.record(0), QByteArray("{\"prompt\": \"a\", \"completion\": \"b\"}")); // no CR
    QCOMPARE(crlf.prompt(1), u"c\r\n"_s);
}

void tst_Dataset::brokenLines_areKeptAndReported()
{
    const Result<Dataset> result = Dataset::read(fixture(u"broken.jsonl"_s));
    QVERIFY(result.ok());
    const Dataset &dataset = *result.value;
    QCOMPARE(dataset.size(), 14);
    QCOMPARE(dataset.shape(), DatasetShape::PromptCompletion);
    QCOMPARE(dataset.brokenCount(), 12);

    // Written by hand from the fixture's comments: line, problem.
    const QList<std::pair<int, QString>> expected = {
        {2,
         u"not valid JSON at column 29: syntax error while parsing object - invalid literal; "
         u"last read: '\"missing quote, \"c'; expected '}'"_s},
        {3, u"not a JSON object but a list"_s},
        {4, u"not a JSON object but a string"_s},
        {5, u"\"prompt\" is not a string but a number"_s},
        {6, u"neither a prompt/completion nor a chat record: no \"prompt\", \"completion\" or \"messages\" key"_s},
        {7, u"\"messages\" is not a list but a string"_s},
        {8, u"message 2 is not an object but a string"_s},
        {9, u"message 1 has no \"role\""_s},
        {10, u"\"content\" of message 1 is not a string or a list of parts but a number"_s},
        {11, u"not valid UTF-8 at column 16"_s},
        {13,
         u"not valid JSON at column 38: syntax error while parsing value - invalid literal; last read: "
         u"'\"y\"} tra'; expected end of input"_s}, // nlohmann gives up at the 'a' of "trailing"
        {14,
         u"not valid JSON at column 34: syntax error while parsing object key - invalid string: missing "
         u"closing quote; last read: '\"compl'; expected string literal"_s}, // column 34: past the end
    };
    QList<int> brokenLines;
    for (int row = 0; row < dataset.size(); ++row) {
        if (dataset.isBroken(row))
            brokenLines.append(dataset.line(row));
    }
    QList<int> expectedLines;
    for (const auto &[line, problem] : expected)
        expectedLines.append(line);
    QCOMPARE(brokenLines, expectedLines);

    QCOMPARE(result.diagnostics.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Diagnostic &d = result.diagnostics.at(i);
        QCOMPARE(d.severity, Diagnostic::Severity::Error);
        QCOMPARE(d.source, fixture(u"broken.jsonl"_s));
        QCOMPARE(d.line, expected.at(i).first);
        QCOMPARE(d.message, expected.at(i).second);
        const int row = int(i < 10 ? i + 1 : i + 2);
        QCOMPARE(dataset.line(row), d.line);
        QCOMPARE(dataset.problem(row), d.message);
    }
    QCOMPARE(result.diagnostics.at(0).column, 29);
    QCOMPARE(result.diagnostics.at(9).column, 16);
    QCOMPARE(result.diagnostics.at(0).toString(),
             fixture(u"broken.jsonl"_s) + u":2:29: error: "_s + expected.at(0).second);
    QCOMPARE(result.diagnostics.at(1).column, -1);

    QCOMPARE(dataset.rowShape(4), DatasetShape::PromptCompletion); // "prompt" a number: its kind is known
    QCOMPARE(dataset.rowShape(6), DatasetShape::Chat);
    QCOMPARE(dataset.rowShape(1), DatasetShape::Empty);
    QCOMPARE(dataset.completion(4), u"x"_s); // what can be shown is shown
    QVERIFY(!dataset.isBroken(11));
    QCOMPARE(dataset.line(13), 14);
    QCOMPARE(dataset.record(13), QByteArray("{\"prompt\": \"cut off here\", \"compl"));

    // An escaped lone surrogate: Python reads it, but it is no text (docs/datasets.md).
    const Result<Dataset> surrogate = Dataset::
        fromBytes("{\"prompt\": \"a\", \"completion\": \"b\"}\n{\"prompt\": \"\\ud800\", \"completion\": \"b\"}\n",
                  u"s"_s);
    QVERIFY(surrogate.ok());
    QVERIFY(surrogate.value->isBroken(1));
    QVERIFY(surrogate.value->problem(1).contains(u"surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF"_s));
}

void tst_Dataset::mixedShapes_majorityDecides()
{
    const Result<Dataset> result = Dataset::read(fixture(u"mixed.jsonl"_s));
    QVERIFY(result.ok());
    const Dataset &dataset = *result.value;
    QCOMPARE(dataset.shape(), DatasetShape::Mixed);
    QCOMPARE(dataset.recordShape(), DatasetShape::PromptCompletion);
    QCOMPARE(dataset.brokenCount(), 1);
    QVERIFY(dataset.isBroken(1));
    QCOMPARE(dataset.rowShape(1), DatasetShape::Chat);
    QCOMPARE(dataset.problem(1), u"a chat record in a file of prompt/completion records"_s);
    QCOMPARE(diagnosticLines(result.diagnostics), QList<int>{2});
    QCOMPARE(dataset.prompt(1), u"user: u"_s);
    QCOMPARE(dataset.completion(1), u"a"_s);

    // A tie goes to the first well-formed line's kind.
    const Result<Dataset> tie = Dataset::fromBytes("{\"messages\": []}\n{\"prompt\": \"p\", \"completion\": \"c\"}\n",
                                                   u"tie"_s);
    QVERIFY(tie.ok());
    QCOMPARE(tie.value->recordShape(), DatasetShape::Chat);
    QCOMPARE(tie.value->problem(1), u"a prompt/completion record in a file of chat records"_s);
}

void tst_Dataset::editedPromptCompletion_splicesOnlyTheValue()
{
    Dataset dataset = open(u"promptcompletion.jsonl"_s);
    const auto apply = [&dataset](int row, const Result<QByteArray> &edit) {
        QVERIFY(edit.ok());
        QVERIFY(edit.diagnostics.isEmpty());
        QVERIFY(dataset.setRecord(row, *edit.value));
    };
    apply(0, dataset.withCompletion(0, u" cappuccino \"large\"\n\tEND\u0001"_s));
    apply(1, dataset.withPrompt(1, u"Crème brûlée, please"_s));
    apply(3, dataset.withCompletion(3, u" yes"_s));
    apply(4, dataset.withPrompt(4, u"P"_s));
    QCOMPARE(written(dataset), TestUtils::readFile(fixture(u"promptcompletion.edited.jsonl"_s)));
    QCOMPARE(dataset.completion(0), u" cappuccino \"large\"\n\tEND\u0001"_s);
    QCOMPARE(dataset.prompt(1), u"Crème brûlée, please"_s);
    QVERIFY(dataset.isEdited(0));
    QVERIFY(!dataset.isEdited(2));
    QCOMPARE(dataset.brokenCount(), 0);
}

void tst_Dataset::editedChat_replacesLastAssistantOrAppendsOne()
{
    Dataset dataset = open(u"chat.jsonl"_s);
    const QStringList texts = {u"It is cold: -3 °C."_s, u"A sleeping cat."_s, u"Blue."_s, u"Done."_s};
    for (int row = 0; row < dataset.size(); ++row) {
        const Result<QByteArray> edit = dataset.withCompletion(row, texts.at(row));
        QVERIFY(edit.ok());
        QVERIFY(dataset.setRecord(row, *edit.value));
        QCOMPARE(dataset.completion(row), texts.at(row));
        QVERIFY(!dataset.isBroken(row));
    }
    QCOMPARE(written(dataset), TestUtils::readFile(fixture(u"chat.edited.jsonl"_s)));
    QCOMPARE(dataset.roles(2), u"system, user, assistant"_s);

    const Result<QByteArray> prompt = dataset.withPrompt(0, u"x"_s);
    QVERIFY(!prompt.ok());
    QCOMPARE(prompt.diagnostics.size(), 1);
    QCOMPARE(prompt.diagnostics.at(0).line, 1);
}

// nlohmann as the independent reference: every edited line parses, holds the new text, and every other key
// with its value and order.
void tst_Dataset::editedLines_parseAndKeepOtherKeys()
{
    const QStringList texts = {u""_s,
                               u"\"quotes\" and \\ backslash"_s,
                               u"line\nbreak\r\n"_s,
                               u"\u0000\u001f\u007f"_s,
                               u"émoji 👩‍🍳 and 中文"_s,
                               u"</script>\u2028"_s};
    const QString loneSurrogate = u"a"_s + QChar(0xD800) + u"b"_s; // what a QString may hold; UTF-8 cannot
    for (const QString &name : {u"promptcompletion.jsonl"_s, u"chat.jsonl"_s}) {
        const Dataset dataset = open(name);
        const Result<QByteArray> edit = dataset.withCompletion(0, loneSurrogate);
        QVERIFY(edit.ok());
        Dataset copy = dataset;
        QVERIFY(copy.setRecord(0, *edit.value));
        QVERIFY(!copy.isBroken(0));
        QCOMPARE(copy.completion(0), u"a\uFFFDb"_s);
    }
    for (const QString &name : {u"promptcompletion.jsonl"_s, u"chat.jsonl"_s}) {
        const Dataset dataset = open(name);
        for (int row = 0; row < dataset.size(); ++row) {
            for (const QString &text : texts) {
                const OrderedJson before = parsed(dataset.record(row));
                const Result<QByteArray> edit = dataset.withCompletion(row, text);
                QVERIFY(edit.ok());
                const OrderedJson after = parsed(*edit.value);
                const std::string utf8 = text.toStdString();
                if (before.contains("messages")) {
                    compareOtherKeys(before, after, "messages");
                    const OrderedJson &messages = after.at("messages");
                    const OrderedJson &old = before.at("messages");
                    // The last assistant message: the same, or appended when there was none.
                    qsizetype last = -1;
                    for (qsizetype i = 0; i < qsizetype(old.size()); ++i) {
                        if (old[size_t(i)].value("role", "") == "assistant")
                            last = i;
                    }
                    if (last < 0) {
                        QCOMPARE(messages.size(), old.size() + 1);
                        last = qsizetype(old.size());
                    } else {
                        QCOMPARE(messages.size(), old.size());
                        compareOtherKeys(old[size_t(last)], messages[size_t(last)], "content");
                    }
                    QCOMPARE(messages[size_t(last)].at("content").get<std::string>(), utf8);
                    for (qsizetype i = 0; i < qsizetype(old.size()); ++i) {
                        if (i != last)
                            QVERIFY(old[size_t(i)] == messages[size_t(i)]);
                    }
                } else {
                    compareOtherKeys(before, after, "completion");
                    QCOMPARE(after.at("completion").get<std::string>(), utf8);
                    const Result<QByteArray> prompt = dataset.withPrompt(row, text);
                    QVERIFY(prompt.ok());
                    const OrderedJson promptAfter = parsed(*prompt.value);
                    compareOtherKeys(before, promptAfter, "prompt");
                    QCOMPARE(promptAfter.at("prompt").get<std::string>(), utf8);
                }
                Dataset copy = dataset;
                QVERIFY(copy.setRecord(row, *edit.value));
                QVERIFY(!copy.isBroken(row));
                QCOMPARE(copy.completion(row), text);
            }
        }
    }
}

// The splicing scanner against nlohmann on many odd records: random mutations of the fixtures' lines. Whatever
// the check calls well-formed must edit into a line nlohmann parses, with the new text where it belongs.
void tst_Dataset::mutatedRecords_editToParsableLines()
{
    QByteArrayList lines = TestUtils::jsonLines(TestUtils::readFile(fixture(u"promptcompletion.jsonl"_s)))
                         + TestUtils::jsonLines(TestUtils::readFile(fixture(u"chat.jsonl"_s)));
    const QByteArray alphabet = "{}[]\",: \\a1e.-\t";
    QRandomGenerator random(20260);
    int edited = 0;
    for (int i = 0; i < 4000; ++i) {
        QByteArray line = lines.at(random.bounded(int(lines.size())));
        for (int m = random.bounded(1, 4); m > 0; --m) {
            const int at = random.bounded(int(line.size()));
            if (random.bounded(2))
                line.remove(at, 1);
            else
                line.insert(at, alphabet.at(random.bounded(int(alphabet.size()))));
        }
        const Result<Dataset> result = Dataset::fromBytes(line, u"mutated"_s);
        if (!result.ok() || result.value->isBroken(0))
            continue;
        const Dataset &dataset = *result.value;
        const Result<QByteArray> edit = dataset.withCompletion(0, u"new \"text\""_s);
        QVERIFY2(edit.ok(), line.constData());
        const OrderedJson after = OrderedJson::parse(edit.value->begin(), edit.value->end(), nullptr, false);
        QVERIFY2(after.is_object(), edit.value->constData());
        Dataset copy = dataset;
        QVERIFY(copy.setRecord(0, *edit.value));
        QVERIFY2(!copy.isBroken(0), edit.value->constData());
        QCOMPARE(copy.completion(0), u"new \"text\""_s);
        if (dataset.rowShape(0) == DatasetShape::PromptCompletion) {
            compareOtherKeys(parsed(line), after, "completion");
        }
        ++edited;
    }
    QVERIFY(edited > 500); // the mutations must leave enough records well-formed to mean something
}

void tst_Dataset::withCompletion_refusesBrokenRows()
{
    const Dataset dataset = open(u"broken.jsonl"_s);
    const Result<QByteArray> edit = dataset.withCompletion(1, u"x"_s);
    QVERIFY(!edit.ok());
    QCOMPARE(edit.diagnostics.size(), 1);
    QCOMPARE(edit.diagnostics.at(0).line, 2);
    QVERIFY(edit.diagnostics.at(0).message.contains(u"not valid JSON"_s));
    QVERIFY(!dataset.withPrompt(4, u"x"_s).ok()); // "prompt" is a number
    QVERIFY(!dataset.withCompletion(14, u"x"_s).ok());
    QVERIFY(!dataset.withCompletion(-1, u"x"_s).ok());
    QCOMPARE(dataset.record(14), QByteArray());
    QVERIFY(dataset.isBroken(14));
    QVERIFY(dataset.withCompletion(0, u"x"_s).ok());
}

void tst_Dataset::setRecord_rechecksAndReverts()
{
    Dataset dataset = open(u"broken.jsonl"_s);
    const QByteArray original = dataset.record(1);
    QVERIFY(dataset.setRecord(1, "{\"prompt\": \"repaired\", \"completion\": \"x\"}"));
    QVERIFY(dataset.isEdited(1));
    QVERIFY(!dataset.isBroken(1));
    QCOMPARE(dataset.brokenCount(), 11);
    QCOMPARE(dataset.problem(1), QString());
    QCOMPARE(dataset.prompt(1), u"repaired"_s);

    QVERIFY(dataset.setRecord(0, "{\"prompt\": 1}"));
    QVERIFY(dataset.isBroken(0));
    QCOMPARE(dataset.brokenCount(), 12);
    QCOMPARE(dataset.problem(0), u"\"prompt\" is not a string but a number"_s);

    QVERIFY(!dataset.setRecord(0, "{\"prompt\": \"a\"}\n{\"prompt\": \"b\"}")); // would be two lines
    QVERIFY(!dataset.setRecord(0, "{\"prompt\":\r\"a\"}"));
    QVERIFY(!dataset.setRecord(14, "{}"));
    QCOMPARE(dataset.record(0), QByteArray("{\"prompt\": 1}"));

    dataset.revertRecord(0);
    QVERIFY(!dataset.isEdited(0));
    QVERIFY(!dataset.isBroken(0));
    QCOMPARE(dataset.brokenCount(), 11);

    QVERIFY(dataset.setRecord(1, original)); // the original bytes: a revert
    QVERIFY(!dataset.isEdited(1));
    QCOMPARE(dataset.brokenCount(), 12);
    QCOMPARE(written(dataset), TestUtils::readFile(fixture(u"broken.golden.jsonl"_s)));
    QVERIFY(dataset.edits().empty());
}

void tst_Dataset::editsRestore_onAFreshRead()
{
    Dataset dataset = open(u"chat.jsonl"_s);
    QVERIFY(dataset.setRecord(2, *dataset.withCompletion(2, u"Red."_s).value));
    QVERIFY(dataset.setRecord(0, "not json any more"));
    const std::vector<std::pair<int, QByteArray>> edits = dataset.edits();
    QCOMPARE(edits.size(), size_t(2));
    QCOMPARE(edits[0].first, 0);
    QCOMPARE(edits[0].second, QByteArray("not json any more"));
    QCOMPARE(edits[1].first, 2);

    // What the project store does: keep the source bytes and the edits, rebuild from them.
    Result<Dataset> reopened = Dataset::fromBytes(dataset.sourceBytes(), dataset.sourcePath());
    QVERIFY(reopened.ok());
    QVERIFY(reopened.value->setEdits(edits));
    QCOMPARE(written(*reopened.value), written(dataset));
    QVERIFY(reopened.value->isBroken(0));
    QCOMPARE(reopened.value->brokenCount(), 1);
    QCOMPARE(reopened.value->completion(2), u"Red."_s);

    // setEdits replaces: an empty list is the original file again.
    QVERIFY(reopened.value->setEdits({}));
    QCOMPARE(written(*reopened.value), TestUtils::readFile(fixture(u"chat.jsonl"_s)));
    QCOMPARE(reopened.value->brokenCount(), 0);

    // A row that does not exist is reported; the others are applied.
    QVERIFY(!reopened.value->setEdits({{7, "{}"}, {1, "{\"messages\": []}"}}));
    QVERIFY(reopened.value->isEdited(1));
}

void tst_Dataset::copies_haveTheirOwnEdits()
{
    const Dataset original = open(u"promptcompletion.jsonl"_s);
    Dataset copy = original;
    QVERIFY(copy.setRecord(0, *copy.withCompletion(0, u"changed"_s).value));
    QCOMPARE(copy.completion(0), u"changed"_s);
    QCOMPARE(original.completion(0), u" latte END"_s);
    QVERIFY(!original.isEdited(0));
    QCOMPARE(copy.sourceBytes().constData(), original.sourceBytes().constData()); // shared, not copied
}

void tst_Dataset::write_keepsChosenRowsAndReportsFailure()
{
    const Dataset dataset = open(u"broken.jsonl"_s);
    const QByteArray sound = written(dataset, [&dataset](int row) {
        return !dataset.isBroken(row);
    });
    QCOMPARE(sound,
             QByteArray("{\"prompt\": \"fine\", \"completion\": \"ok\"}\n"
                        "{\"prompt\": \"also fine\", \"completion\": \"ok\", \"n\": 1}\n"));
    QCOMPARE(written(
                 dataset,
                 [](int) {
        return false;
                 }),
             QByteArray());

    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QVERIFY(!dataset.write(readOnly));
}

void tst_Dataset::missingFileOrFolder_areClearErrors()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"missing.jsonl"_s);
    const Result<Dataset> none = Dataset::read(missing);
    QVERIFY(!none.ok());
    QCOMPARE(none.diagnostics.size(), 1);
    QCOMPARE(none.diagnostics.at(0).source, missing);
    QVERIFY(none.diagnostics.at(0).message.startsWith(u"Cannot open the file: "_s));

    const Result<Dataset> folder = Dataset::read(dir.path());
    QVERIFY(!folder.ok());
    QCOMPARE(folder.diagnostics.at(0).source, dir.path());
    QCOMPARE(folder.diagnostics.at(0).message, u"This is a folder, not a dataset file."_s);
}

void tst_Dataset::onlyBlankLines_isAnEmptyDataset()
{
    for (const QByteArray &bytes : {QByteArray(), QByteArray("\n\n  \r\n\t\n"), QByteArray("\xEF\xBB\xBF")}) {
        const Result<Dataset> result = Dataset::fromBytes(bytes, u"blank.jsonl"_s);
        QVERIFY(result.ok());
        QCOMPARE(result.value->size(), 0);
        QCOMPARE(result.value->shape(), DatasetShape::Empty);
        QCOMPARE(result.diagnostics.size(), 1);
        QCOMPARE(result.diagnostics.at(0).severity, Diagnostic::Severity::Warning);
        QCOMPARE(written(*result.value), QByteArray());
    }
}

void tst_Dataset::binaryOrJsonDocument_isNotADataset()
{
    QByteArray binary(64 * 1024, Qt::Uninitialized);
    QRandomGenerator random(7);
    for (char &c : binary)
        c = char(random.bounded(256));
    const Result<Dataset> garbage = Dataset::fromBytes(binary, u"photo.png"_s);
    QVERIFY(!garbage.ok());
    QCOMPARE(garbage.diagnostics.at(0).message,
             u"Not a JSON Lines dataset: no line is a prompt/completion or chat record."_s);
    QVERIFY(garbage.diagnostics.size() > 1); // the lines, with their numbers
    QVERIFY(garbage.diagnostics.at(1).line > 0);

    for (const QByteArray &bytes : {"{\n  \"prompt\": \"a\",\n  \"completion\": \"b\"\n}\n"_ba,
                                    "[{\"prompt\": \"a\",\n  \"completion\": \"b\"}]"_ba}) {
        const Result<Dataset> document = Dataset::fromBytes(bytes, u"pretty.json"_s);
        QVERIFY(!document.ok());
        QVERIFY(document.diagnostics.at(0).message.contains(u"one JSON document over several lines"_s));
    }

    const Result<Dataset> csv = Dataset::fromBytes("prompt,completion\na,b\n", u"data.csv"_s);
    QVERIFY(!csv.ok());
    QCOMPARE(diagnosticLines(csv.diagnostics), (QList<int>{-1, 1, 2}));
}

void tst_Dataset::manyBrokenLines_reportACount()
{
    QByteArray bytes = "{\"prompt\": \"the one good line\", \"completion\": \"\"}\n";
    for (int i = 0; i < 1000; ++i)
        bytes += "\x00\xff garbage \x01\n"_ba;
    const Result<Dataset> result = Dataset::fromBytes(bytes, u"mostly.bin"_s);
    QVERIFY(result.ok());
    QCOMPARE(result.value->size(), 1001);
    QCOMPARE(result.value->brokenCount(), 1000);
    QCOMPARE(result.diagnostics.size(), 201);
    QCOMPARE(result.diagnostics.at(0).line, 2);
    QCOMPARE(result.diagnostics.at(199).line, 201);
    QCOMPARE(result.diagnostics.at(200).message, u"800 more broken line(s) not listed"_s);
    QCOMPARE(written(*result.value), bytes);
}

void tst_Dataset::hugeLines_doNotHurt()
{
    const QByteArray big(20 * 1024 * 1024, 'x');
    const QByteArray sound = "{\"prompt\": \"big\", \"completion\": \"" + big + "\"}\n";
    const QByteArray unterminated = "{\"prompt\": \"" + big + "\n";
    const QByteArray deep = "{\"prompt\": \"deep\", \"x\": " + QByteArray(100000, '[') + QByteArray(100000, ']')
                          + "}\n";
    const QByteArray invalidUtf8 = "{\"prompt\": \"" + big.first(1024 * 1024) + "\xC3(\"}\n";
    const Result<Dataset> result = Dataset::fromBytes(sound + unterminated + deep + invalidUtf8, u"huge.jsonl"_s);
    QVERIFY(result.ok());
    const Dataset &dataset = *result.value;
    QCOMPARE(dataset.size(), 4);
    QCOMPARE(dataset.completion(0).size(), big.size());
    QVERIFY(dataset.isBroken(1));
    QVERIFY(dataset.problem(1).startsWith(u"not valid JSON at column 20971533: "_s));
    QVERIFY(dataset.problem(1).size() < 300); // the 20 MB token is cut short
    QCOMPARE(dataset.problem(2), u"nested deeper than 512 levels"_s);
    QCOMPARE(dataset.problem(3), u"not valid UTF-8 at column 1048589"_s);
    QCOMPARE(dataset.rowShape(2), DatasetShape::Empty);
    QCOMPARE(dataset.prompt(2), QString()); // never parsed into a DOM
    QVERIFY(!dataset.withCompletion(2, u"x"_s).ok());

    const Result<QByteArray> edit = dataset.withCompletion(0, u"small"_s);
    QVERIFY(edit.ok());
    QCOMPARE(*edit.value, QByteArray("{\"prompt\": \"big\", \"completion\": \"small\"}"));
    QCOMPARE(written(dataset), sound + unterminated + deep + invalidUtf8);
}

QTEST_GUILESS_MAIN(tst_Dataset)
#include "tst_dataset.moc"
