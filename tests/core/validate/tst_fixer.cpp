// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every fix against a golden file written by hand from the contract (tests/data/validate/fixes/), and the
// properties a fix must keep: untouched lines byte for byte, unreadable lines kept, a fixed file passing the
// checks it was fixed for.

#include <core/validate/parseddatasetreader.h>
#include <core/validate/fixer.h>
#include <core/validate/validator.h>

#include <testutils.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Finetuner::Core;

namespace {

ParsedDataset load(const QString &fixture)
{
    Result<ParsedDataset> result = readParsedDataset(TestUtils::dataPath(u"validate/"_s + fixture));
    if (!result.ok())
        qFatal("cannot read %s", qPrintable(fixture));
    return std::move(*result.value);
}

int countWords(QStringView text)
{
    return int(text.split(u' ', Qt::SkipEmptyParts).size() + text.count(u'\n'));
}

Issues withId(const Issues &issues, const QString &checkId)
{
    Issues out;
    for (const Issue &issue : issues) {
        if (issue.checkId == checkId)
            out.append(issue);
    }
    return out;
}

} // namespace

class tst_Fixer : public QObject
{
    Q_OBJECT
private slots:
    void writesTheGoldenFile_data();
    void writesTheGoldenFile();
    void defaultFixesClearTheirIssues();
    void oneIssueFixesOnlyItsLines();
    void unreadableLinesAreKept();
    void nothingSelectedChangesNothing();
    void reportsWhatEachFixDid();
};

void tst_Fixer::writesTheGoldenFile_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("fixes");
    QTest::addColumn<QString>("golden");
    QTest::addColumn<bool>("wordCounter"); // drop-long with the word counter and small limits

    auto row = [](const char *fixture, QStringList fixes, const char *golden, bool words = false) {
        QTest::addRow("%s", golden) << QString::fromLatin1(fixture) << fixes << QString::fromLatin1(golden) << words;
    };
    row("pc-duplicates.jsonl", {u"drop-duplicates"_s}, "pc-duplicates.drop-duplicates.jsonl");
    row("chat-duplicates.jsonl", {u"drop-duplicates"_s}, "chat-duplicates.drop-duplicates.jsonl");
    row("pc-empty.jsonl", {u"drop-empty"_s}, "pc-empty.drop-empty.jsonl");
    row("pc-no-suffix.jsonl", {u"add-prompt-suffix"_s}, "pc-no-suffix.add-prompt-suffix.jsonl");
    row("pc-no-suffix.jsonl", {u"add-leading-space"_s}, "pc-no-suffix.add-leading-space.jsonl");
    row("pc-no-suffix.jsonl", {u"add-stop-sequence"_s}, "pc-no-suffix.add-stop-sequence.jsonl");
    row("pc-no-suffix.jsonl", defaultFixes().values(), "pc-no-suffix.default.jsonl");
    row("pc-key-case.jsonl", {u"lowercase-keys"_s}, "pc-key-case.lowercase-keys.jsonl");
    row("pc-additional-keys.jsonl", {u"strip-unknown-keys"_s}, "pc-additional-keys.strip-unknown-keys.jsonl");
    row("chat-format-errors.jsonl", {u"strip-unknown-keys"_s}, "chat-format-errors.strip-unknown-keys.jsonl");
    row("pc-long.jsonl", {u"drop-long"_s}, "pc-long.drop-long.jsonl", true);
    row("chat-long.jsonl", {u"drop-long"_s}, "chat-long.drop-long.jsonl", true);
    row("bom.jsonl", {u"strip-bom"_s}, "bom.strip-bom.jsonl");
    row("jsonl-malformed.jsonl", {u"drop-blank-lines"_s}, "jsonl-malformed.drop-blank-lines.jsonl");
    row("pc-prefix.jsonl", {u"remove-prompt-prefix"_s}, "pc-prefix.remove-prompt-prefix.jsonl");
    row("pc-prefix.jsonl", {u"remove-completion-prefix"_s}, "pc-prefix.remove-completion-prefix.jsonl");
    row("pc-uppercase.jsonl", {u"lowercase-text"_s}, "pc-uppercase.lowercase-text.jsonl");
    row("crlf.jsonl", {u"add-leading-space"_s}, "crlf.add-leading-space.jsonl");
}

void tst_Fixer::writesTheGoldenFile()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, fixes);
    QFETCH(QString, golden);
    QFETCH(bool, wordCounter);

    ValidatorOptions options;
    if (wordCounter) {
        options.tokenCount = countWords;
        options.maxPromptCompletionTokens = 10;
        options.maxChatTokens = 20;
    }
    const ParsedDataset dataset = load(fixture);
    const Issues issues = Validator(options).validate(dataset);
    const FixResult result = applyFixes(dataset, issues, QSet<QString>(fixes.cbegin(), fixes.cend()));
    const QByteArray expected = TestUtils::readFile(TestUtils::dataPath(u"validate/fixes/"_s + golden));
    QByteArray report;
    QVERIFY2(TestUtils::compareLines(TestUtils::jsonLines(result.jsonl), TestUtils::jsonLines(expected), &report),
             report.constData());
    QCOMPARE(result.jsonl, expected); // line breaks and BOM too
}

void tst_Fixer::defaultFixesClearTheirIssues()
{
    for (const QString &fixture : {u"pc-no-suffix.jsonl"_s, u"pc-empty.jsonl"_s, u"pc-duplicates.jsonl"_s,
                                   u"pc-key-case.jsonl"_s, u"bom.jsonl"_s, u"jsonl-malformed.jsonl"_s,
                                   u"crlf.jsonl"_s, u"chat-duplicates.jsonl"_s}) {
        const ParsedDataset dataset = load(fixture);
        const Issues before = Validator().validate(dataset);
        const FixResult fixed = applyFixes(dataset, before, defaultFixes());
        Result<ParsedDataset> again = parseDatasetBytes(fixed.jsonl, fixture);
        QVERIFY(again.ok());
        const Issues after = Validator().validate(*again.value);
        for (const Issue &issue : after) {
            QVERIFY2(issue.fixId.isEmpty() || !defaultFixes().contains(issue.fixId),
                     qPrintable(fixture + u": "_s + issue.checkId + u" remains: "_s + issue.text));
        }
    }
}

void tst_Fixer::oneIssueFixesOnlyItsLines()
{
    // The dock's one-click fix: one duplicate-rows issue (line 3) removes line 3 and nothing else.
    const ParsedDataset dataset = load(u"pc-duplicates.jsonl"_s);
    const Issues duplicates = withId(Validator().validate(dataset), u"duplicate-rows"_s);
    QCOMPARE(duplicates.size(), 3);
    const FixResult result = applyFixes(dataset, {duplicates.first()}, {u"drop-duplicates"_s});
    QByteArrayList expected =
        TestUtils::jsonLines(TestUtils::readFile(TestUtils::dataPath(u"validate/pc-duplicates.jsonl"_s)));
    expected.removeAt(2);
    QCOMPARE(TestUtils::jsonLines(result.jsonl), expected);
    QCOMPARE(result.droppedLines, 1);
}

void tst_Fixer::unreadableLinesAreKept()
{
    for (const QString &fixture : {u"invalid-utf8.jsonl"_s, u"truncated.jsonl"_s, u"jsonl-malformed.jsonl"_s}) {
        const ParsedDataset dataset = load(fixture);
        const FixResult result = applyFixes(dataset, Validator().validate(dataset), defaultFixes());
        QVERIFY(!result.unreadableKept.isEmpty());
        for (const int line : result.unreadableKept) {
            const auto problem = std::find_if(dataset.problems.cbegin(), dataset.problems.cend(),
                                              [line](const LineProblem &p) { return p.line == line; });
            QVERIFY(problem != dataset.problems.cend());
            QVERIFY2(result.jsonl.contains(dataset.lineBytes(problem->offset, problem->length).toByteArray()),
                     qPrintable(fixture));
        }
    }
    // A cut-off last line gets the line break it lacked; its bytes stay.
    const ParsedDataset truncated = load(u"truncated.jsonl"_s);
    const FixResult result = applyFixes(truncated, Validator().validate(truncated), defaultFixes());
    QVERIFY(result.jsonl.endsWith("\"compl\n"));
}

void tst_Fixer::nothingSelectedChangesNothing()
{
    for (const QString &fixture : {u"pc-no-suffix.jsonl"_s, u"bom.jsonl"_s, u"crlf.jsonl"_s, u"truncated.jsonl"_s,
                                   u"chat-format-errors.jsonl"_s}) {
        const ParsedDataset dataset = load(fixture);
        const FixResult result = applyFixes(dataset, Validator().validate(dataset), {});
        const QByteArray original = TestUtils::readFile(TestUtils::dataPath(u"validate/"_s + fixture));
        // Byte for byte, except the final line break a file without one gets.
        QCOMPARE(result.jsonl, original.endsWith('\n') ? original : original + '\n');
        QVERIFY(result.applied.isEmpty());
        QCOMPARE(result.rewrittenLines, 0);
        QCOMPARE(result.droppedLines, 0);
    }
}

void tst_Fixer::reportsWhatEachFixDid()
{
    const ParsedDataset empty = load(u"pc-empty.jsonl"_s);
    FixResult result = applyFixes(empty, Validator().validate(empty), defaultFixes());
    // drop-empty removes lines 2, 3 (empty completions) and 4 (empty prompt); the separator is common then.
    QCOMPARE(result.droppedLines, 3);
    QCOMPARE(result.rewrittenLines, 0);
    QCOMPARE(result.applied.size(), 1);
    QCOMPARE(result.applied.at(0).fixId, u"drop-empty"_s);
    QCOMPARE(result.applied.at(0).lines, 3);

    const ParsedDataset noSuffix = load(u"pc-no-suffix.jsonl"_s);
    result = applyFixes(noSuffix, Validator().validate(noSuffix), defaultFixes());
    QCOMPARE(result.droppedLines, 0);
    QCOMPARE(result.rewrittenLines, 3);
    QCOMPARE(result.applied.size(), 3);
    QCOMPARE(result.applied.at(0).fixId, u"add-prompt-suffix"_s);
    QCOMPARE(result.applied.at(0).lines, 3);
    QCOMPARE(result.applied.at(1).fixId, u"add-leading-space"_s);
    QCOMPARE(result.applied.at(1).lines, 2);
    QCOMPARE(result.applied.at(2).fixId, u"add-stop-sequence"_s);
    QCOMPARE(result.applied.at(2).lines, 3);

    // A line two fixes would drop counts once, for the first fix in Validator::fixes() order.
    const ParsedDataset duplicates = load(u"pc-duplicates.jsonl"_s);
    Issues issues = Validator().validate(duplicates);
    Issue empty3 = issues.constLast();
    empty3.checkId = u"empty-completion"_s;
    empty3.fixId = u"drop-empty"_s;
    issues.append(empty3); // line 6 also "empty"
    result = applyFixes(duplicates, issues, defaultFixes());
    QCOMPARE(result.droppedLines, 3);
    QCOMPARE(result.applied.size(), 2);
    QCOMPARE(result.applied.at(0).fixId, u"drop-empty"_s);
    QCOMPARE(result.applied.at(0).lines, 1);
    QCOMPARE(result.applied.at(1).fixId, u"drop-duplicates"_s);
    QCOMPARE(result.applied.at(1).lines, 2);
}

QTEST_GUILESS_MAIN(tst_Fixer)
#include "tst_fixer.moc"
