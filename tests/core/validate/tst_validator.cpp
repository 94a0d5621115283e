// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every check against hand-written fixtures: a file it must flag (on exactly these lines) and a file it must
// leave alone; the reader against malformed files; the registry against docs/validation.md.

#include <core/validate/parseddatasetreader.h>
#include <core/validate/tokenestimate.h>
#include <core/validate/validator.h>

#include <testutils.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Finetuner::Core;

namespace {

using Severity = Issue::Severity;

ParsedDataset load(const QString &fixture, const DatasetReadOptions &options = {})
{
    Result<ParsedDataset> result = readParsedDataset(TestUtils::dataPath(u"validate/"_s + fixture), options);
    if (!result.ok())
        qFatal("cannot read %s: %s", qPrintable(fixture), qPrintable(result.diagnostics.value(0).toString()));
    return std::move(*result.value);
}

Issues issuesOf(const Issues &issues, const QString &checkId)
{
    Issues out;
    for (const Issue &issue : issues) {
        if (issue.checkId == checkId)
            out.append(issue);
    }
    return out;
}

// The lines a check flagged: a per-line issue's line, a whole-file issue's list, in report order.
QList<int> linesOf(const Issues &issues)
{
    QList<int> lines;
    for (const Issue &issue : issues)
        lines += issue.isWholeFile() ? issue.lines : QList<int>{issue.line};
    return lines;
}

// Counts whitespace-separated words: a token counter whose answers a test can work out by hand.
int countWords(QStringView text)
{
    return int(text.split(u' ', Qt::SkipEmptyParts).size() + text.count(u'\n'));
}

QByteArray promptCompletionLines(int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += "{\"prompt\": \"Meal " + QByteArray::number(i) + "\\n\\n###\\n\\n\", \"completion\": \" food number "
            + QByteArray::number(i) + " END\"}\n";
    return out;
}

// Checks that have their own test function below instead of a fixture row.
const QStringList CoveredElsewhere = {u"too-few-examples"_s, u"long-examples"_s, u"chat-too-many-tokens"_s,
                                      u"jsonl-line-too-large"_s};

} // namespace

class tst_Validator : public QObject
{
    Q_OBJECT
private slots:
    void checkReports_data();
    void checkReports();
    void checkStaysQuiet_data();
    void checkStaysQuiet();
    void everyCheckHasAFailingAndAPassingCase();

    void tooFewExamples();
    void longExamplesCountTokens();
    void chatTokensFollowTheCookbook();
    void tokenEstimate_data();
    void tokenEstimate();
    void suggestionsFollowPrepareData();
    void disabledCheckReportsNothing();
    void issuesPointAtExamples();

    void readerKeepsLineNumbersAndShapes();
    void unreadableFiles_data();
    void unreadableFiles();
    void hugeAndDeepLines();
    void bigFileReadsOnTwoThreadsLikeOne();

    void docsListEveryCheckAndFix();

private:
    QTemporaryDir m_dir;
};

void tst_Validator::checkReports_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("checkId");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QString>("fixId");

    const int E = int(Severity::Error);
    const int W = int(Severity::Warning);
    const int N = int(Severity::Note);
    auto row = [](const char *fixture, const char *check, int severity, QList<int> lines, const char *fix = "") {
        QTest::addRow("%s in %s", check, fixture) << QString::fromLatin1(fixture) << QString::fromLatin1(check)
                                                  << severity << lines << QString::fromLatin1(fix);
    };
    // JSONL
    row("jsonl-malformed.jsonl", "jsonl-invalid-json", E, {2, 7});
    row("invalid-utf8.jsonl", "jsonl-invalid-utf8", E, {2});
    row("truncated.jsonl", "jsonl-truncated", E, {3});
    row("jsonl-malformed.jsonl", "jsonl-blank-line", W, {3, 4}, "drop-blank-lines");
    row("bom.jsonl", "jsonl-bom", E, {1}, "strip-bom");
    row("jsonl-malformed.jsonl", "jsonl-not-object", E, {5, 6});
    row("mixed.jsonl", "jsonl-mixed-shapes", E, {2});
    row("alpaca.jsonl", "jsonl-unknown-shape", E, {1, 2});
    // both shapes
    row("pc-duplicates.jsonl", "duplicate-rows", W, {3, 5, 6}, "drop-duplicates");
    row("chat-duplicates.jsonl", "duplicate-rows", W, {3, 4}, "drop-duplicates");
    // prepare_data
    row("pc-missing-key.jsonl", "missing-key", E, {2, 3, 4});
    row("pc-key-case.jsonl", "key-case", E, {1, 3}, "lowercase-keys");
    row("chat-format-errors.jsonl", "key-case", E, {12}, "lowercase-keys");
    row("pc-field-type.jsonl", "field-type", E, {2, 3, 4});
    row("pc-additional-keys.jsonl", "additional-keys", W, {1, 3}, "strip-unknown-keys");
    row("pc-empty.jsonl", "empty-completion", E, {2, 3}, "drop-empty");
    row("pc-empty.jsonl", "empty-prompt", W, {4}, "drop-empty");
    row("pc-uppercase.jsonl", "mostly-uppercase", N, {1, 2, 3, 1, 2, 3}, "lowercase-text");
    row("pc-identical-prompts.jsonl", "all-prompts-identical", E, {1, 2, 3});
    row("pc-clean.jsonl", "prompt-suffix", N, {1, 2, 3, 4});
    row("pc-suffix-long.jsonl", "prompt-suffix-long", N, {1, 2, 3});
    row("pc-suffix-repeated.jsonl", "prompt-suffix-repeated", W, {1});
    row("pc-no-suffix.jsonl", "prompt-suffix-missing", W, {1, 2, 3}, "add-prompt-suffix");
    row("pc-empty.jsonl", "prompt-suffix", N, {1, 5}); // the empty prompt (flagged) is set aside
    row("pc-prefix.jsonl", "prompt-prefix", N, {1, 2, 3}, "remove-prompt-prefix");
    row("pc-prefix.jsonl", "completion-prefix", N, {1, 2, 3}, "remove-completion-prefix");
    row("pc-identical-completions.jsonl", "all-completions-identical", E, {1, 2, 3});
    row("pc-clean.jsonl", "completion-ending", N, {1, 2, 3, 4});
    row("pc-suffix-long.jsonl", "completion-ending-long", N, {1, 2, 3});
    row("pc-suffix-repeated.jsonl", "completion-ending-repeated", W, {1});
    row("pc-no-suffix.jsonl", "completion-ending-missing", W, {1, 2, 3}, "add-stop-sequence");
    row("pc-no-suffix.jsonl", "completion-leading-space", W, {1, 3}, "add-leading-space");
    row("crlf.jsonl", "completion-leading-space", W, {1, 3}, "add-leading-space");
    row("pc-classification.jsonl", "classification", N, {1, 2, 3, 4, 5, 6, 7, 8, 9});
    // the cookbook
    row("chat-format-errors.jsonl", "chat-missing-messages", E, {1, 2, 3});
    row("chat-format-errors.jsonl", "chat-message-missing-key", E, {4, 5, 10});
    row("chat-format-errors.jsonl", "chat-message-unrecognized-key", W, {6}, "strip-unknown-keys");
    row("chat-format-errors.jsonl", "chat-unrecognized-role", E, {7});
    row("chat-format-errors.jsonl", "chat-missing-content", E, {8, 8, 11, 13});
    row("chat-format-errors.jsonl", "chat-missing-assistant", E, {9});
    row("chat-warnings.jsonl", "chat-missing-user", W, {2});
    row("chat-warnings.jsonl", "chat-missing-system", N, {1});
}

void tst_Validator::checkReports()
{
    QFETCH(QString, fixture);
    QFETCH(QString, checkId);
    QFETCH(int, severity);
    QFETCH(QList<int>, lines);
    QFETCH(QString, fixId);

    const Issues found = issuesOf(Validator().validate(load(fixture)), checkId);
    QCOMPARE(linesOf(found), lines);
    for (const Issue &issue : found) {
        QCOMPARE(int(issue.severity), severity);
        QCOMPARE(issue.fixId, fixId);
        QVERIFY(!issue.text.isEmpty());
        QVERIFY2(Validator::isKnownCheck(issue.checkId), qPrintable(issue.checkId));
    }
}

void tst_Validator::checkStaysQuiet_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("checkId");
    auto row = [](const char *fixture, const char *check) {
        QTest::addRow("%s in %s", check, fixture) << QString::fromLatin1(fixture) << QString::fromLatin1(check);
    };
    for (const char *check : {"jsonl-invalid-json", "jsonl-invalid-utf8", "jsonl-truncated", "jsonl-line-too-large",
                              "jsonl-blank-line", "jsonl-bom", "jsonl-not-object", "jsonl-mixed-shapes",
                              "jsonl-unknown-shape", "duplicate-rows", "missing-key", "key-case", "field-type",
                              "additional-keys", "empty-completion", "empty-prompt", "mostly-uppercase",
                              "all-prompts-identical", "prompt-suffix-long", "prompt-suffix-repeated",
                              "prompt-suffix-missing", "prompt-prefix", "completion-prefix",
                              "all-completions-identical", "completion-ending-long", "completion-ending-repeated",
                              "completion-ending-missing", "completion-leading-space", "classification",
                              "long-examples"})
        row("pc-clean.jsonl", check);
    row("no-final-newline.jsonl", "jsonl-truncated"); // a last line without a line break is fine when complete
    row("crlf.jsonl", "jsonl-invalid-json");          // CRLF line breaks are allowed
    row("pc-no-suffix.jsonl", "prompt-suffix");
    row("pc-no-suffix.jsonl", "completion-ending");
    row("pc-open-ended.jsonl", "empty-prompt");       // all prompts empty is open-ended generation
    row("pc-open-ended.jsonl", "prompt-suffix-missing");
    row("pc-empty.jsonl", "prompt-suffix-missing");
    row("pc-classification.jsonl", "completion-ending-missing"); // class labels need no stop sequence
    row("pc-missing-key.jsonl", "all-prompts-identical");         // a single usable example says nothing
    row("pc-duplicates.jsonl", "missing-key");
    for (const char *check : {"jsonl-mixed-shapes", "duplicate-rows", "key-case", "chat-missing-messages",
                              "chat-message-missing-key", "chat-message-unrecognized-key", "chat-unrecognized-role",
                              "chat-missing-content", "chat-missing-assistant", "chat-missing-user",
                              "chat-missing-system", "chat-too-many-tokens", "missing-key"})
        row("chat-clean.jsonl", check);
    // Tool calls: content null or empty beside a call, the tool and function roles, tool_call_id.
    for (const char *check : {"chat-message-missing-key", "chat-message-unrecognized-key", "chat-unrecognized-role",
                              "chat-missing-content", "chat-missing-assistant"})
        row("chat-tools.jsonl", check);
}

void tst_Validator::checkStaysQuiet()
{
    QFETCH(QString, fixture);
    QFETCH(QString, checkId);
    const Issues found = issuesOf(Validator().validate(load(fixture)), checkId);
    QVERIFY2(found.isEmpty(), qPrintable(found.value(0).text));
}

void tst_Validator::everyCheckHasAFailingAndAPassingCase()
{
    // The failing and passing tables are code; read them back from this file so a new check cannot slip by
    // without a row in each.
    const QString source = QString::fromUtf8(
        TestUtils::readFile(QStringLiteral(FINETUNER_SOURCE_DIR) + u"/tests/core/validate/tst_validator.cpp"_s));
    const qsizetype quietStart = source.indexOf(u"void tst_Validator::checkStaysQuiet_data()"_s);
    const qsizetype quietEnd = source.indexOf(u"void tst_Validator::checkStaysQuiet()"_s);
    const qsizetype reportsStart = source.indexOf(u"void tst_Validator::checkReports_data()"_s);
    const QString reports = source.mid(reportsStart, quietStart - reportsStart);
    const QString quiet = source.mid(quietStart, quietEnd - quietStart);
    for (const CheckDescription &check : Validator::checks()) {
        if (CoveredElsewhere.contains(check.id))
            continue;
        const QString quoted = u'"' + check.id + u'"';
        QVERIFY2(reports.contains(quoted), qPrintable(u"no failing case for "_s + check.id));
        QVERIFY2(quiet.contains(quoted), qPrintable(u"no passing case for "_s + check.id));
    }
}

void tst_Validator::tooFewExamples()
{
    QVERIFY(m_dir.isValid());
    Result<ParsedDataset> few = parseDatasetBytes(promptCompletionLines(99), u"few"_s);
    QVERIFY(few.ok());
    const Issues issues = issuesOf(Validator().validate(*few.value), u"too-few-examples"_s);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, Severity::Warning);
    QVERIFY2(issues.first().text.startsWith(u"Your file contains 99 prompt-completion pairs."_s),
             qPrintable(issues.first().text));
    QCOMPARE(issues.first().line, -1);

    Result<ParsedDataset> enough = parseDatasetBytes(promptCompletionLines(100), u"enough"_s);
    QVERIFY(enough.ok());
    QVERIFY(issuesOf(Validator().validate(*enough.value), u"too-few-examples"_s).isEmpty());

    const Issues chat = issuesOf(Validator().validate(load(u"chat-clean.jsonl"_s)), u"too-few-examples"_s);
    QCOMPARE(chat.size(), 1);
    QVERIFY(chat.first().text.startsWith(u"Your file contains 3 chat examples."_s));
}

void tst_Validator::longExamplesCountTokens()
{
    // With a counter of words (and line breaks), by hand: line 2's prompt "one two three four five six
    // seven\n\n###\n\n" is 7 pieces + 4 line breaks = 11, its completion " eight END" 2: 13 in all.
    // Line 1 is 3 + 4 + 2 = 9, line 3 is 1 + 4 + 2 = 7.
    ValidatorOptions options;
    options.tokenCount = countWords;
    options.maxPromptCompletionTokens = 10;
    const Issues issues = issuesOf(Validator(options).validate(load(u"pc-long.jsonl"_s)), u"long-examples"_s);
    QCOMPARE(linesOf(issues), QList<int>{2});
    QVERIFY2(issues.first().text.contains(u"13 tokens"_s), qPrintable(issues.first().text));
    QCOMPARE(issues.first().fixId, u"drop-long"_s);
    options.maxPromptCompletionTokens = 13;
    QVERIFY(issuesOf(Validator(options).validate(load(u"pc-long.jsonl"_s)), u"long-examples"_s).isEmpty());

    // The default limit (prepare_data's 2048) with the default estimate: 3,000 words is too long, 300 is not.
    QByteArray words;
    for (int i = 0; i < 3000; ++i)
        words += " word";
    const QByteArray file = "{\"prompt\": \"" + words + "\\n\\n###\\n\\n\", \"completion\": \" a END\"}\n"
                            "{\"prompt\": \"" + words.left(1500) + "\\n\\n###\\n\\n\", \"completion\": \" b END\"}\n";
    Result<ParsedDataset> dataset = parseDatasetBytes(file, u"long"_s);
    QVERIFY(dataset.ok());
    QCOMPARE(linesOf(issuesOf(Validator().validate(*dataset.value), u"long-examples"_s)), QList<int>{1});

    // Open-ended generation (every prompt empty) is never too long for prepare_data.
    Result<ParsedDataset> openEnded = parseDatasetBytes("{\"prompt\": \"\", \"completion\": \"" + words + "\"}\n"
                                             "{\"prompt\": \"\", \"completion\": \" b\"}\n",
                                             u"open"_s);
    QVERIFY(openEnded.ok());
    QVERIFY(issuesOf(Validator().validate(*openEnded.value), u"long-examples"_s).isEmpty());
}

void tst_Validator::chatTokensFollowTheCookbook()
{
    // num_tokens_from_messages(): 3 per message + every string value + 1 per name, + 3.
    // Line 1: (3 + 1 "user" + 2 "one two") + (3 + 1 "assistant" + 1 "three") + 3 = 14.
    // Line 2: (3 + 1 + 8) + (3 + 1 + 2) + 3 = 21.
    ValidatorOptions options;
    options.tokenCount = countWords;
    options.maxChatTokens = 20;
    Issues issues = issuesOf(Validator(options).validate(load(u"chat-long.jsonl"_s)), u"chat-too-many-tokens"_s);
    QCOMPARE(linesOf(issues), QList<int>{2});
    QVERIFY2(issues.first().text.contains(u"21 tokens"_s), qPrintable(issues.first().text));
    QCOMPARE(issues.first().fixId, u"drop-long"_s);
    options.maxChatTokens = 13;
    issues = issuesOf(Validator(options).validate(load(u"chat-long.jsonl"_s)), u"chat-too-many-tokens"_s);
    QCOMPARE(linesOf(issues), (QList<int>{1, 2}));
    QVERIFY(issues.first().text.contains(u"14 tokens"_s));
    options.maxChatTokens = 21;
    QVERIFY(issuesOf(Validator(options).validate(load(u"chat-long.jsonl"_s)), u"chat-too-many-tokens"_s).isEmpty());

    // A name costs its tokens and one more: chat-clean line 3 has "name": "ana".
    options.maxChatTokens = 0;
    issues = issuesOf(Validator(options).validate(load(u"chat-clean.jsonl"_s)), u"chat-too-many-tokens"_s);
    QCOMPARE(issues.size(), 3);
    // (3 + 1 "system" + 5) + (3 + 1 "user" + 1 "Café?" + 1 "ana" + 1) + (3 + 1 + 2 "Sans sucre.") + 3 = 25
    QVERIFY2(issues.at(2).text.contains(u"25 tokens"_s), qPrintable(issues.at(2).text));

    // The default limit is the cookbook's 16,385: a 20,000-word answer is over it.
    QByteArray words;
    for (int i = 0; i < 20000; ++i)
        words += " word";
    Result<ParsedDataset> dataset =
        parseDatasetBytes("{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}, {\"role\": "
                          "\"assistant\", \"content\": \""
                              + words + "\"}]}\n",
                          u"long chat"_s);
    QVERIFY(dataset.ok());
    QCOMPARE(issuesOf(Validator().validate(*dataset.value), u"chat-too-many-tokens"_s).size(), 1);
}

void tst_Validator::tokenEstimate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("tokens");
    // The rules of tokenestimate.h, worked out by hand.
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("two short words") << u"hello world"_s << 2;        // "hello", " world"
    QTest::newRow("long word") << u"internationalization"_s << 3;      // 20 letters: 1 + 19 / 8
    QTest::newRow("digits in threes") << u"1234567"_s << 3;
    QTest::newRow("punctuation run") << u"?!"_s << 1;
    QTest::newRow("line breaks") << u"a\n\nb"_s << 3;                  // "a", "\n\n", "b"
    QTest::newRow("CJK per character") << u"寿司です"_s << 4;
    QTest::newRow("emoji") << u"🥗"_s << 2;
    QTest::newRow("separator") << u"\n\n###\n\n"_s << 4;                // "\n\n", "###" (2), "\n\n"
}

void tst_Validator::tokenEstimate()
{
    QFETCH(QString, text);
    QFETCH(int, tokens);
    QCOMPARE(estimateTokens(text), tokens);
}

void tst_Validator::suggestionsFollowPrepareData()
{
    // No prompt has a line break, so prepare_data's first choice " ->" is suggested.
    Result<ParsedDataset> plain = parseDatasetBytes("{\"prompt\": \"eggs\", \"completion\": \" a.\"}\n"
                                         "{\"prompt\": \"salad\", \"completion\": \" b\\nc\"}\n"
                                         "{\"prompt\": \"rice\", \"completion\": \" c END\"}\n",
                                         u"plain"_s);
    QVERIFY(plain.ok());
    const Issues issues = Validator().validate(*plain.value);
    QCOMPARE(issuesOf(issues, u"prompt-suffix-missing"_s).value(0).fixValue, u" ->"_s);
    // "\n", "." and " END" all occur in some completion: the next option is "***".
    QCOMPARE(issuesOf(issues, u"completion-ending-missing"_s).value(0).fixValue, u"***"_s);

    // pc-no-suffix has a prompt with a line break: " ->" is skipped for "\n\n###\n\n"; no completion has "\n".
    const Issues other = Validator().validate(load(u"pc-no-suffix.jsonl"_s));
    QCOMPARE(issuesOf(other, u"prompt-suffix-missing"_s).value(0).fixValue, u"\n\n###\n\n"_s);
    QCOMPARE(issuesOf(other, u"completion-ending-missing"_s).value(0).fixValue, u"\n"_s);
    QVERIFY(issuesOf(other, u"prompt-suffix-missing"_s).value(0).text.contains(u"`\\n\\n###\\n\\n`"_s));
}

void tst_Validator::disabledCheckReportsNothing()
{
    const ParsedDataset dataset = load(u"pc-duplicates.jsonl"_s);
    Validator validator;
    QCOMPARE(issuesOf(validator.validate(dataset), u"duplicate-rows"_s).size(), 3);
    validator.setCheckEnabled(u"duplicate-rows"_s, false);
    QVERIFY(!validator.isCheckEnabled(u"duplicate-rows"_s));
    const Issues issues = validator.validate(dataset);
    QVERIFY(issuesOf(issues, u"duplicate-rows"_s).isEmpty());
    QVERIFY(!issuesOf(issues, u"prompt-suffix"_s).isEmpty()); // the others still run
    validator.setCheckEnabled(u"duplicate-rows"_s, true);
    QCOMPARE(issuesOf(validator.validate(dataset), u"duplicate-rows"_s).size(), 3);
}

void tst_Validator::issuesPointAtExamples()
{
    const ParsedDataset dataset = load(u"jsonl-malformed.jsonl"_s);
    const Issues issues = Validator().validate(dataset);
    // Whole-file findings first, then by line.
    int last = 0;
    bool seenLine = false;
    for (const Issue &issue : issues) {
        if (issue.isWholeFile()) {
            QVERIFY2(!seenLine, qPrintable(issue.checkId));
            continue;
        }
        seenLine = true;
        QVERIFY(issue.line >= last);
        last = issue.line;
        if (issue.example >= 0)
            QCOMPARE(dataset.records.at(issue.example).line, issue.line);
    }
    // Line 5 is the third record (lines 2-4 are no records): the dock maps the issue to its row.
    const Issues notObject = issuesOf(issues, u"jsonl-not-object"_s);
    QCOMPARE(notObject.first().example, 1);
    QCOMPARE(issuesOf(issues, u"jsonl-invalid-json"_s).first().example, -1);
    QVERIFY(issuesOf(issues, u"jsonl-invalid-json"_s).first().text.contains(u"column 48"_s));
}

void tst_Validator::readerKeepsLineNumbersAndShapes()
{
    const ParsedDataset crlf = load(u"crlf.jsonl"_s);
    QCOMPARE(crlf.records.size(), 3);
    QCOMPARE(crlf.records.at(0).completion, u"eggs END"_s); // no \r in the value
    QCOMPARE(crlf.lineBytes(crlf.records.at(1)).back(), '}');
    QCOMPARE(crlf.shape, ParsedShape::PromptCompletion);

    const ParsedDataset bom = load(u"bom.jsonl"_s);
    QVERIFY(bom.hasBom);
    QCOMPARE(bom.records.size(), 2);
    QCOMPARE(bom.records.at(0).prompt, u"Breakfast\n\n###\n\n"_s);

    const ParsedDataset noNewline = load(u"no-final-newline.jsonl"_s);
    QVERIFY(!noNewline.endsWithNewline);
    QCOMPARE(noNewline.records.size(), 2);
    QVERIFY(noNewline.problems.isEmpty());

    const ParsedDataset utf8 = load(u"invalid-utf8.jsonl"_s);
    QCOMPARE(utf8.records.size(), 2);
    QCOMPARE(utf8.records.at(1).line, 3);
    QCOMPARE(utf8.problems.size(), 1);
    QCOMPARE(utf8.problems.first().column, 16);

    const ParsedDataset mixed = load(u"mixed.jsonl"_s);
    QCOMPARE(mixed.shape, ParsedShape::PromptCompletion);
    QCOMPARE(mixed.minorityLines, QList<int>{2});

    const ParsedDataset chat = load(u"chat-clean.jsonl"_s);
    QCOMPARE(chat.shape, ParsedShape::Chat);
    QCOMPARE(chat.records.at(1).messages.size(), 5);
    QCOMPARE(chat.records.at(1).messages.at(4).content, u"Rice and beans."_s);
    QVERIFY(chat.records.at(1).messages.at(4).hasWeight);
    QCOMPARE(chat.records.at(2).messages.at(1).name, u"ana"_s);
    QCOMPARE(chat.records.at(0).messages.at(1).content, u"I had eggs."_s);
}

void tst_Validator::unreadableFiles_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("message");
    QTest::newRow("binary") << u"binary.jsonl"_s << u"binary file"_s;
    QTest::newRow("UTF-16") << u"utf16.jsonl"_s << u"UTF-16"_s;
    QTest::newRow("empty") << u"empty.jsonl"_s << u"empty"_s;
    QTest::newRow("blank lines only") << u"blank-only.jsonl"_s << u"only blank lines"_s;
    QTest::newRow("not JSON at all") << u"not-json.jsonl"_s << u"No line of this file is JSON"_s;
    QTest::newRow("missing") << u"no-such-file.jsonl"_s << u"Cannot read the file"_s;
}

void tst_Validator::unreadableFiles()
{
    QFETCH(QString, fixture);
    QFETCH(QString, message);
    const QString path = TestUtils::dataPath(u"validate/"_s + fixture);
    const Result<ParsedDataset> result = readParsedDataset(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.first().severity, Diagnostic::Severity::Error);
    QCOMPARE(result.diagnostics.first().source, path);
    QVERIFY2(result.diagnostics.first().message.contains(message), qPrintable(result.diagnostics.first().message));
}

void tst_Validator::hugeAndDeepLines()
{
    // A line over the 16 MiB limit is reported, not parsed; the lines around it are read.
    QByteArray huge = "{\"prompt\": \"x\\n\\n###\\n\\n\", \"completion\": \" ";
    huge += QByteArray(17 * 1024 * 1024, 'a');
    huge += " END\"}";
    const QByteArray ok1 = "{\"prompt\": \"a\\n\\n###\\n\\n\", \"completion\": \" b END\"}";
    const QByteArray ok2 = "{\"prompt\": \"c\\n\\n###\\n\\n\", \"completion\": \" d END\"}";
    Result<ParsedDataset> big = parseDatasetBytes(ok1 + '\n' + huge + '\n' + ok2 + '\n', u"huge"_s);
    QVERIFY(big.ok());
    QCOMPARE(big.value->records.size(), 2);
    const Issues tooLarge = issuesOf(Validator().validate(*big.value), u"jsonl-line-too-large"_s);
    QCOMPARE(linesOf(tooLarge), QList<int>{2});
    QVERIFY2(tooLarge.first().text.contains(u"MiB"_s), qPrintable(tooLarge.first().text));

    // Under the limit a 10 MB example is read, and is far too long.
    QByteArray long10 = "{\"prompt\": \"x\\n\\n###\\n\\n\", \"completion\": \" ";
    for (int i = 0; i < 2 * 1024 * 1024; ++i)
        long10 += "word ";
    long10 += "END\"}";
    Result<ParsedDataset> longer = parseDatasetBytes(ok1 + '\n' + long10 + '\n' + ok2 + '\n', u"long"_s);
    QVERIFY(longer.ok());
    QCOMPARE(longer.value->records.size(), 3);
    const Issues issues = Validator().validate(*longer.value);
    QCOMPARE(linesOf(issuesOf(issues, u"long-examples"_s)), QList<int>{2});
    QVERIFY(issuesOf(issues, u"jsonl-line-too-large"_s).isEmpty());

    // Deep nesting is refused politely (no stack is spent on it).
    const QByteArray deep = "{\"prompt\": " + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
    Result<ParsedDataset> nested = parseDatasetBytes(ok1 + '\n' + deep + '\n' + ok2 + '\n', u"deep"_s);
    QVERIFY(nested.ok());
    const Issues deepIssues = issuesOf(Validator().validate(*nested.value), u"jsonl-invalid-json"_s);
    QCOMPARE(linesOf(deepIssues), QList<int>{2});
    QVERIFY2(deepIssues.first().text.contains(u"nested"_s), qPrintable(deepIssues.first().text));

    // An unterminated 5 MB string quotes only the start of what the parser read.
    const QByteArray unterminated = "{\"prompt\": \"" + QByteArray(5 * 1024 * 1024, 'z') + "\n";
    Result<ParsedDataset> cut = parseDatasetBytes(ok1 + '\n' + unterminated + ok2 + '\n', u"cut"_s);
    QVERIFY(cut.ok());
    const Issues cutIssues = issuesOf(Validator().validate(*cut.value), u"jsonl-invalid-json"_s);
    QCOMPARE(linesOf(cutIssues), QList<int>{2});
    QVERIFY(cutIssues.first().text.size() < 400);
}

void tst_Validator::bigFileReadsOnTwoThreadsLikeOne()
{
    // Over 4 MiB the reader splits the file in two; line numbers and problems must come out as from one pass.
    QByteArray bytes;
    int line = 0;
    QList<int> broken;
    while (bytes.size() < 6 * 1024 * 1024) {
        ++line;
        if (line % 10007 == 0) {
            bytes += "{broken\n";
            broken.append(line);
        } else {
            bytes += "{\"prompt\": \"Meal " + QByteArray::number(line) + "\\n\\n###\\n\\n\", \"completion\": \" f"
                + QByteArray::number(line) + " END\"}\n";
        }
    }
    Result<ParsedDataset> dataset = parseDatasetBytes(bytes, u"big"_s);
    QVERIFY(dataset.ok());
    QCOMPARE(dataset.value->lineCount, line);
    QCOMPARE(dataset.value->records.size(), line - broken.size());
    for (const ParsedRecord &record : dataset.value->records)
        QCOMPARE(record.prompt, u"Meal "_s + QString::number(record.line) + u"\n\n###\n\n"_s);
    QList<int> problemLines;
    for (const LineProblem &problem : dataset.value->problems)
        problemLines.append(problem.line);
    QCOMPARE(problemLines, broken);
}

void tst_Validator::docsListEveryCheckAndFix()
{
    const QString docs =
        QString::fromUtf8(TestUtils::readFile(QStringLiteral(FINETUNER_SOURCE_DIR) + u"/docs/validation.md"_s));
    for (const CheckDescription &check : Validator::checks())
        QVERIFY2(docs.contains(u'`' + check.id + u'`'), qPrintable(check.id));
    for (const FixDescription &fix : Validator::fixes())
        QVERIFY2(docs.contains(u'`' + fix.id + u'`'), qPrintable(fix.id));
}

QTEST_GUILESS_MAIN(tst_Validator)
#include "tst_validator.moc"
