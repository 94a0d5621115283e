// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// finetuner-cli as a user runs it: the real binary, real files, stdout, stderr and exit codes.

#include <testutils.h>

#include "clirun.h"

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using CliRun::Run;
using CliRun::runCli;

QString fixture(const QString &name)
{
    return TestUtils::dataPath(u"import/whatsapp/"_s + name);
}

QString dataset(const QString &name)
{
    return TestUtils::dataPath(u"validate/"_s + name);
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT
private slots:
    void parsePrintsTheGoldenJsonl_data();
    void parsePrintsTheGoldenJsonl();
    void parseForcesTheDateOrder();
    void parseReportsWarningsWithFileAndLine();
    void convertReproducesTheSeedOutput();
    void convertIncludeUser();
    void convertRemovesNames();
    void convertWritesOutputFileAtomically();
    void convertNamesTheParticipantsWhenUserIsUnknown();
    void tokensCountsEachExample_data();
    void tokensCountsEachExample();
    void tokensCountsStrings_data();
    void tokensCountsStrings();
    void tokensExitsWithZeroOnACleanFile();
    void unusableInputExitsWithTwo_data();
    void unusableInputExitsWithTwo();
    void helpAndVersion();

    void validateCleanFileExitsZero();
    void validateReportsFileLineAndCheck();
    void validateJsonIsOneObjectPerIssue();
    void validateFixWritesNextToTheInput();
    void validateFixWritesOutputAndNeverTheInput();
    void validateFixAlsoAndDisable();
    void validateFixFixesWhatAFixMade();
    void validateCountsTokensAsTheTokensCommand();
    void validateUnusableInputExitsWithTwo_data();
    void validateUnusableInputExitsWithTwo();

private:
    QTemporaryDir m_dir;
};

void tst_Cli::parsePrintsTheGoldenJsonl_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"android-dmy-24h", "ios-media-marks", "android-media-system", "bom-crlf",
                             "authors-phone-pushname", "seed-selina"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_Cli::parsePrintsTheGoldenJsonl()
{
    QFETCH(QString, name);
    const Run run = runCli({u"parse"_s, fixture(name + u".txt"_s)});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, TestUtils::readFile(fixture(name + u".jsonl"_s)));
    QCOMPARE(run.err, QByteArray());
}

void tst_Cli::parseForcesTheDateOrder()
{
    const Run forced = runCli({u"parse"_s, u"--date-order"_s, u"mdy"_s, fixture(u"forced-mdy.txt"_s)});
    QCOMPARE(forced.exitCode, 0);
    QCOMPARE(forced.out, TestUtils::readFile(fixture(u"forced-mdy.jsonl"_s)));

    const Run automatic = runCli({u"parse"_s, fixture(u"forced-mdy.txt"_s)});
    QCOMPARE(automatic.exitCode, 0);
    QVERIFY(automatic.out != forced.out);
    QVERIFY2(automatic.err.contains("warning: The date order is ambiguous"), automatic.err.constData());

    const Run bad = runCli({u"parse"_s, u"--date-order"_s, u"dym"_s, fixture(u"forced-mdy.txt"_s)});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("dym"));
    QVERIFY(bad.out.isEmpty());
}

void tst_Cli::parseReportsWarningsWithFileAndLine()
{
    const QString path = fixture(u"impossible-date.txt"_s);
    const Run run = runCli({u"parse"_s, path});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, TestUtils::readFile(fixture(u"impossible-date.jsonl"_s)));
    const QByteArrayList lines = TestUtils::jsonLines(run.err);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(path.toUtf8() + ":4: warning: "), lines.at(0).constData());
    QVERIFY2(lines.at(1).startsWith(path.toUtf8() + ":8: warning: "), lines.at(1).constData());
}

void tst_Cli::convertReproducesTheSeedOutput()
{
    const Run run = runCli({u"convert"_s, fixture(u"seed-selina.txt"_s), u"--user"_s, u"Selina Kyle"_s,
                            u"--remove"_s, u"Bruce Wayne"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, TestUtils::readFile(TestUtils::dataPath(u"golden/seed-selina.convert.jsonl"_s)));
    // The seed README's four lines, byte for byte.
    QCOMPARE(TestUtils::jsonLines(run.out).first(),
             R"({"prompt": "2012-07-27T21:01:54 - You were supposed to be a shut-in.", "completion": ""})"_ba);
    QCOMPARE(TestUtils::jsonLines(run.out).last(),
             R"({"prompt": "2012-07-27T21:02:56 - His wife's in Ibiza. She left her diamonds behind, though. Worried they'd get stolen.", "completion": ""})"_ba);
}

void tst_Cli::convertIncludeUser()
{
    const Run run = runCli({u"convert"_s, fixture(u"seed-selina.txt"_s), u"--user"_s, u"Selina Kyle"_s,
                            u"--include-user"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
             TestUtils::readFile(TestUtils::dataPath(u"golden/seed-selina.convert-include-user.jsonl"_s)));
}

void tst_Cli::convertRemovesNames()
{
    QVERIFY(m_dir.isValid());
    const QString path = TestUtils::writeFile(m_dir.filePath(u"remove.txt"_s),
                                              "[27/07/2012, 21:01:54] Selina Kyle: Bruce Wayne, Mr. Bruce Wayne! and bruce wayne\n"
                                              "[27/07/2012, 21:01:55] Bruce Wayne: Selina?\n"
                                              "[27/07/2012, 21:01:56] Selina Kyle: Alfred and Bruce Wayne\n");
    const Run run = runCli({u"convert"_s, path, u"--user"_s, u"Selina Kyle"_s, u"--remove"_s, u"Bruce Wayne"_s,
                            u"--remove"_s, u"Alfred"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, R"({"prompt": "2012-07-27T21:01:54 - , Mr. ! and bruce wayne", "completion": ""}
{"prompt": "2012-07-27T21:01:56 -  and ", "completion": ""}
)"_ba);
}

void tst_Cli::convertWritesOutputFileAtomically()
{
    QVERIFY(m_dir.isValid());
    const QString out = m_dir.filePath(u"prepared/result.jsonl"_s);
    QVERIFY(QDir().mkpath(m_dir.filePath(u"prepared"_s)));
    const Run run = runCli({u"convert"_s, fixture(u"seed-selina.txt"_s), u"--user"_s, u"Selina Kyle"_s,
                            u"-o"_s, out});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(TestUtils::readFile(out), TestUtils::readFile(TestUtils::dataPath(u"golden/seed-selina.convert.jsonl"_s)));
    // Only the result is left in the folder: no temporary file.
    QCOMPARE(QDir(m_dir.filePath(u"prepared"_s)).entryList(QDir::Files), QStringList{u"result.jsonl"_s});

    // An output that cannot be written is an error, and an existing file there is left as it was.
    const Run bad = runCli({u"convert"_s, fixture(u"seed-selina.txt"_s), u"--user"_s, u"Selina Kyle"_s, u"-o"_s,
                            m_dir.filePath(u"missing-folder/result.jsonl"_s)});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("cannot write"));
}

void tst_Cli::convertNamesTheParticipantsWhenUserIsUnknown()
{
    const Run run = runCli({u"convert"_s, fixture(u"seed-selina.txt"_s), u"--user"_s, u"Catwoman"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("Catwoman") && run.err.contains("Selina Kyle") && run.err.contains("Bruce Wayne"),
             run.err.constData());
}

// Golden output from the JavaScript reference (tests/cli/expected-tokens.mjs), chats by the cookbook's rule.
void tst_Cli::tokensCountsEachExample_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("golden");
    QTest::newRow("default is o200k_base") << QStringList() << u"dataset.o200k_base.jsonl"_s;
    QTest::newRow("o200k_base") << QStringList{u"--encoding"_s, u"o200k_base"_s} << u"dataset.o200k_base.jsonl"_s;
    QTest::newRow("cl100k_base") << QStringList{u"--encoding"_s, u"cl100k_base"_s} << u"dataset.cl100k_base.jsonl"_s;
}

void tst_Cli::tokensCountsEachExample()
{
    QFETCH(QStringList, options);
    QFETCH(QString, golden);
    const QString path = TestUtils::dataPath(u"tokens/dataset.jsonl"_s);
    const Run run = runCli(QStringList{u"tokens"_s} + options + QStringList{path});
    QByteArray report;
    QVERIFY2(TestUtils::compareLines(TestUtils::jsonLines(run.out),
                                     TestUtils::jsonLines(TestUtils::readFile(TestUtils::dataPath(u"tokens/"_s + golden))),
                                     &report),
             report.constData());
    // Broken lines are named with their line numbers and counted; the rest is still counted.
    QCOMPARE(run.exitCode, 1);
    const QByteArrayList errors = TestUtils::jsonLines(run.err);
    QCOMPARE(errors.size(), 6);
    const QByteArray prefix = path.toUtf8();
    QVERIFY2(errors.at(0).startsWith(prefix + ":5: error: not valid JSON"), errors.at(0).constData());
    QVERIFY2(errors.at(1).startsWith(prefix + ":7: error: "), errors.at(1).constData());
    QVERIFY2(errors.at(2).startsWith(prefix + ":8: error: "), errors.at(2).constData());
    QVERIFY2(errors.at(3).startsWith(prefix + ":9: error: "), errors.at(3).constData());
    QVERIFY2(errors.at(4).startsWith(prefix + ":11: error: "), errors.at(4).constData());
    QVERIFY2(errors.at(5).contains("lines that could not be counted: 5"), errors.at(5).constData());
}

void tst_Cli::tokensCountsStrings_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::newRow("o200k_base") << u"o200k_base"_s;
    QTest::newRow("cl100k_base") << u"cl100k_base"_s;
}

void tst_Cli::tokensCountsStrings()
{
    QFETCH(QString, encoding);
    const QString path = TestUtils::dataPath(u"tokens/strings.jsonl"_s);
    const Run run = runCli({u"tokens"_s, u"--strings"_s, u"--encoding"_s, encoding, path});
    QCOMPARE(run.out, TestUtils::readFile(TestUtils::dataPath(u"tokens/strings.%1.txt"_s.arg(encoding))));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(path.toUtf8() + ":4: error: not a JSON string"), run.err.constData());
}

void tst_Cli::tokensExitsWithZeroOnACleanFile()
{
    QVERIFY(m_dir.isValid());
    const QString path = TestUtils::writeFile(m_dir.filePath(u"clean.jsonl"_s),
                                              "{\"prompt\": \"hello world\", \"completion\": \" hi\"}\n"
                                              "{\"messages\": [{\"role\": \"assistant\", \"content\": \"hello world\"}]}\n");
    const Run run = runCli({u"tokens"_s, path});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    // hello world = 2, " hi" = 1; the chat: 3 + "assistant" (1) + 2 + 3.
    QCOMPARE(TestUtils::jsonLines(run.out),
             (QByteArrayList{R"({"line": 1, "prompt": 2, "completion": 1, "total": 3})",
                             R"({"line": 2, "messages": 1, "assistant": 2, "total": 9})",
                             R"({"examples": 2, "errors": 0, "prompt": 2, "completion": 1, "assistant": 2, "total": 12})"}));
}

void tst_Cli::unusableInputExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expectedError");
    QTest::newRow("no command") << QStringList() << "no command"_ba;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << "unknown command"_ba;
    QTest::newRow("parse without file") << QStringList{u"parse"_s} << "exactly one FILE"_ba;
    QTest::newRow("unknown option") << QStringList{u"parse"_s, u"--bogus"_s, u"x.txt"_s} << "bogus"_ba;
    QTest::newRow("missing file") << QStringList{u"parse"_s, u"/nonexistent/chat.txt"_s}
                                  << "/nonexistent/chat.txt: error:"_ba;
    QTest::newRow("not a chat") << QStringList{u"parse"_s, TestUtils::dataPath(u"import/whatsapp/cases.tsv"_s)}
                                << "not a WhatsApp chat export"_ba;
    QTest::newRow("tokens: unknown encoding")
        << QStringList{u"tokens"_s, u"--encoding"_s, u"p50k"_s, fixture(u"seed-selina.txt"_s)} << "p50k"_ba;
    QTest::newRow("tokens: missing file") << QStringList{u"tokens"_s, u"/nonexistent/data.jsonl"_s}
                                          << "/nonexistent/data.jsonl: error:"_ba;
    QTest::newRow("convert without user") << QStringList{u"convert"_s, fixture(u"seed-selina.txt"_s)}
                                          << "--user"_ba;
}

void tst_Cli::unusableInputExitsWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expectedError);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(expectedError), run.err.constData());
}

void tst_Cli::helpAndVersion()
{
    Run run = runCli({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("parse") && run.out.contains("convert"));
    run = runCli({u"convert"_s, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("--include-user"));
    run = runCli({u"validate"_s, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("--fix") && run.out.contains("--json"));
    QVERIFY(runCli({u"--help"_s}).out.contains("validate"));
    run = runCli({u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("finetuner-cli "));
}

void tst_Cli::validateCleanFileExitsZero()
{
    // Warnings and notes only: exit 0, one line each, then the summary.
    const QString path = dataset(u"chat-clean.jsonl"_s);
    const Run run = runCli({u"validate"_s, path});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    const QByteArrayList lines = TestUtils::jsonLines(run.out);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(path.toUtf8() + ": warning: Your file contains 3 chat examples."),
             lines.at(0).constData());
    QVERIFY(lines.at(0).endsWith(" [too-few-examples]"));
    QCOMPARE(lines.at(1), path.toUtf8() + ": chat, examples: 3, lines: 3; errors: 0, warnings: 1, notes: 0");
}

void tst_Cli::validateReportsFileLineAndCheck()
{
    const QString path = dataset(u"pc-empty.jsonl"_s);
    const Run run = runCli({u"validate"_s, path});
    QCOMPARE(run.exitCode, 1);
    const QByteArray p = path.toUtf8();
    QVERIFY2(run.out.contains(p + ":2: error: The completion is empty. [empty-completion]\n"), run.out.constData());
    QVERIFY(run.out.contains(p + ":3: error: The completion is only whitespace. [empty-completion]\n"));
    QVERIFY(run.out.contains(p + ":4: warning: The prompt is empty, while other prompts are not. [empty-prompt]\n"));
    QVERIFY(run.out.contains("(lines 1, 5) [prompt-suffix]\n"));
    QVERIFY(TestUtils::jsonLines(run.out).last().endsWith(
        ": prompt/completion, examples: 5, lines: 5; errors: 2, warnings: 2, notes: 3; --fix would apply: drop-empty; "
        "optional (--fix-also ID): lowercase-text"));

    // --max-per-check keeps a screenful: 3 duplicates, 1 shown.
    const Run capped = runCli({u"validate"_s, dataset(u"pc-duplicates.jsonl"_s), u"--max-per-check"_s, u"1"_s});
    QCOMPARE(capped.exitCode, 0);
    QCOMPARE(capped.out.count("[duplicate-rows]"), 2);
    QVERIFY(capped.out.contains(": note: more of this check, not shown: 2 "));
}

void tst_Cli::validateJsonIsOneObjectPerIssue()
{
    const Run run = runCli({u"validate"_s, u"--json"_s, dataset(u"chat-format-errors.jsonl"_s)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("lines: 13; "));
    const QByteArrayList lines = TestUtils::jsonLines(run.out);
    QVERIFY(lines.size() > 10);
    QStringList checks;
    for (const QByteArray &line : lines) {
        const nlohmann::json object = nlohmann::json::parse(line.toStdString());
        QVERIFY(object.is_object());
        // The documented keys, in the documented order.
        std::vector<std::string> keys;
        for (const auto &item : object.items())
            keys.push_back(item.key());
        std::sort(keys.begin(), keys.end());
        QVERIFY(keys == (std::vector<std::string>{"check", "count", "example", "fix", "line", "lines", "message",
                                                  "severity"}));
        QVERIFY(line.startsWith("{\"check\": "));
        QVERIFY(object["lines"].is_array());
        const std::string severity = object["severity"];
        QVERIFY(severity == "error" || severity == "warning" || severity == "note");
        checks.append(QString::fromStdString(object["check"].get<std::string>()));
        if (object["check"] == "chat-unrecognized-role") {
            QCOMPARE(object["line"].get<int>(), 7);
            QCOMPARE(object["example"].get<int>(), 6);
            QVERIFY(object["fix"].is_null());
            QVERIFY(object["lines"] == nlohmann::json::array({7}));
        }
        if (object["check"] == "chat-missing-user") {
            QVERIFY(object["line"].is_null());
            QCOMPARE(object["count"].get<int>(), 3);
            QVERIFY(object["lines"] == nlohmann::json::array({4, 7, 10}));
        }
    }
    QVERIFY(checks.contains(u"chat-unrecognized-role"_s) && checks.contains(u"chat-missing-user"_s));
}

void tst_Cli::validateFixWritesNextToTheInput()
{
    QVERIFY(m_dir.isValid());
    const QString input = m_dir.filePath(u"no-suffix.jsonl"_s);
    QVERIFY(QFile::copy(dataset(u"pc-no-suffix.jsonl"_s), input));
    const Run run = runCli({u"validate"_s, input, u"--fix"_s});
    QCOMPARE(run.exitCode, 0); // what remains in the fixed file is advice
    const QString fixed = m_dir.filePath(u"no-suffix.fixed.jsonl"_s);
    QCOMPARE(TestUtils::readFile(fixed), TestUtils::readFile(dataset(u"fixes/pc-no-suffix.default.jsonl"_s)));
    QCOMPARE(TestUtils::readFile(input), TestUtils::readFile(dataset(u"pc-no-suffix.jsonl"_s))); // untouched
    QVERIFY2(run.err.contains("wrote " + fixed.toUtf8() + ": lines per fix: add-prompt-suffix: 3, add-leading-space: 2, "
                                                           "add-stop-sequence: 3; lines removed: 0, rewritten: 3\n"),
             run.err.constData());
    QVERIFY(run.err.contains(fixed.toUtf8() + ": prompt/completion, examples: 3, lines: 3; errors: 0"));
    // The issues printed are those of the input.
    QVERIFY(run.out.contains("[prompt-suffix-missing]"));
    // Only the input and the fixed file: no temporary file left behind.
    QCOMPARE(QDir(m_dir.path()).entryList({u"no-suffix*"_s}, QDir::Files),
             (QStringList{u"no-suffix.fixed.jsonl"_s, u"no-suffix.jsonl"_s}));
}

void tst_Cli::validateFixWritesOutputAndNeverTheInput()
{
    QVERIFY(m_dir.isValid());
    const QString out = m_dir.filePath(u"empty-fixed.jsonl"_s);
    Run run = runCli({u"validate"_s, dataset(u"pc-empty.jsonl"_s), u"--fix"_s, u"-o"_s, out});
    QCOMPARE(run.exitCode, 0); // the errors were in the rows fixed away
    QCOMPARE(TestUtils::readFile(out), TestUtils::readFile(dataset(u"fixes/pc-empty.drop-empty.jsonl"_s)));

    // Errors no fix removes (invalid JSON): still 1, and the bad line is kept in the output.
    const QString malformed = m_dir.filePath(u"malformed-fixed.jsonl"_s);
    run = runCli({u"validate"_s, dataset(u"jsonl-malformed.jsonl"_s), u"--fix"_s, u"-o"_s, malformed});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("lines removed: 2"));
    QVERIFY(run.err.contains("lines that are not records, kept as they were: 2")); // lines 2 and 7
    QVERIFY(TestUtils::readFile(malformed).contains("\"completion\": \" salad END\",}"));

    // Never over the input, however it is spelled.
    QVERIFY(QFile::copy(dataset(u"pc-no-suffix.jsonl"_s), m_dir.filePath(u"same.jsonl"_s)));
    run = runCli({u"validate"_s, u"same.jsonl"_s, u"--fix"_s, u"-o"_s, u"./same.jsonl"_s}, m_dir.path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("does not overwrite its input"));
    QCOMPARE(TestUtils::readFile(m_dir.filePath(u"same.jsonl"_s)), TestUtils::readFile(dataset(u"pc-no-suffix.jsonl"_s)));

    // Nothing to fix: nothing written.
    const QString clean = m_dir.filePath(u"clean-fixed.jsonl"_s);
    run = runCli({u"validate"_s, dataset(u"chat-clean.jsonl"_s), u"--fix"_s, u"-o"_s, clean});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.contains("nothing to fix"));
    QVERIFY(!QFile::exists(clean));

    // An output that cannot be written is an error.
    run = runCli({u"validate"_s, dataset(u"pc-no-suffix.jsonl"_s), u"--fix"_s, u"-o"_s,
                  m_dir.filePath(u"missing-folder/x.jsonl"_s)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("cannot write"));
}

void tst_Cli::validateFixAlsoAndDisable()
{
    QVERIFY(m_dir.isValid());
    const QString out = m_dir.filePath(u"keys-fixed.jsonl"_s);
    Run run = runCli({u"validate"_s, dataset(u"pc-additional-keys.jsonl"_s), u"--fix-also"_s, u"strip-unknown-keys"_s,
                      u"-o"_s, out});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(TestUtils::readFile(out),
             TestUtils::readFile(dataset(u"fixes/pc-additional-keys.strip-unknown-keys.jsonl"_s)));

    run = runCli({u"validate"_s, dataset(u"pc-empty.jsonl"_s), u"--disable"_s, u"empty-completion,empty-prompt"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.contains("[empty-completion]") && !run.out.contains("[empty-prompt]"));

    run = runCli({u"validate"_s, u"--list-checks"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("chat-missing-assistant\terror\tcookbook\t-\t"));
    QVERIFY(run.out.contains("fix\tstrip-unknown-keys\toptional\t"));
}

void tst_Cli::validateFixFixesWhatAFixMade()
{
    // Lines 1 and 2 differ only by the leading space add-leading-space puts in: a second pass drops the copy
    // (the report lists the fixes in the order the passes applied them).
    QVERIFY(m_dir.isValid());
    const QString input = TestUtils::writeFile(m_dir.filePath(u"twice.jsonl"_s),
                                               "{\"prompt\": \"Breakfast\\n\\n###\\n\\n\", \"completion\": \" eggs END\"}\n"
                                               "{\"prompt\": \"Breakfast\\n\\n###\\n\\n\", \"completion\": \"eggs END\"}\n"
                                               "{\"prompt\": \"Lunch\\n\\n###\\n\\n\", \"completion\": \" salad END\"}\n");
    const Run run = runCli({u"validate"_s, input, u"--fix"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(TestUtils::readFile(m_dir.filePath(u"twice.fixed.jsonl"_s)),
             "{\"prompt\": \"Breakfast\\n\\n###\\n\\n\", \"completion\": \" eggs END\"}\n"
             "{\"prompt\": \"Lunch\\n\\n###\\n\\n\", \"completion\": \" salad END\"}\n"_ba);
    QVERIFY2(run.err.contains("lines per fix: add-leading-space: 1, drop-duplicates: 1; lines removed: 1, rewritten: 1"),
             run.err.constData());
    QVERIFY(run.err.contains("twice.fixed.jsonl: prompt/completion, examples: 2, lines: 2; errors: 0"));
}

void tst_Cli::validateCountsTokensAsTheTokensCommand()
{
    // One chat example far over the cookbook's 16,385 tokens: validate's count must be the tokens command's
    // (the same exact tokenizer, the same cookbook formula), in each encoding; the estimate differs.
    QVERIFY(m_dir.isValid());
    QByteArray text;
    for (int i = 0; i < 1500; ++i)
        text += "Caf\\u00e9 au lait \\ud83e\\udd50 und Br\\u00f6tchen, 12345 \\u2014 na\\u00efve fa\\u00e7ade! ";
    const QString path = TestUtils::writeFile(
        m_dir.filePath(u"long-chat.jsonl"_s),
        "{\"messages\": [{\"role\": \"system\", \"content\": \"Be brief.\"}, {\"role\": \"user\", \"content\": \""
            + text + "\", \"name\": \"ana\"}, {\"role\": \"assistant\", \"content\": \"Noted.\"}]}\n"
                     "{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}, {\"role\": \"assistant\", "
                     "\"content\": \"hello\"}]}\n");
    const QRegularExpression count(u"has (\\d+) tokens"_s);
    for (const QString &encoding : {u"cl100k_base"_s, u"o200k_base"_s}) {
        const Run tokens = runCli({u"tokens"_s, path, u"--encoding"_s, encoding});
        QCOMPARE(tokens.exitCode, 0);
        const nlohmann::json first = nlohmann::json::parse(TestUtils::jsonLines(tokens.out).first().toStdString());
        const int expected = first["total"].get<int>();
        QVERIFY(expected > 16385);

        const Run validate = runCli({u"validate"_s, path, u"--json"_s, u"--encoding"_s, encoding});
        QCOMPARE(validate.exitCode, 0);
        const QByteArrayList lines = TestUtils::jsonLines(validate.out);
        const auto issue = std::find_if(lines.cbegin(), lines.cend(),
                                        [](const QByteArray &l) { return l.contains("chat-too-many-tokens"); });
        QVERIFY2(issue != lines.cend(), validate.out.constData());
        const QString message =
            QString::fromStdString(nlohmann::json::parse(issue->toStdString())["message"].get<std::string>());
        const QRegularExpressionMatch match = count.match(message);
        QVERIFY2(match.hasMatch(), qPrintable(message));
        QCOMPARE(match.captured(1).toInt(), expected);
    }
    const Run estimate = runCli({u"validate"_s, path, u"--encoding"_s, u"estimate"_s});
    QCOMPARE(estimate.exitCode, 0);
    QVERIFY(estimate.out.contains("[chat-too-many-tokens]"));
    const Run unknown = runCli({u"validate"_s, path, u"--encoding"_s, u"p50k_base"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("unknown encoding"));
}

void tst_Cli::validateUnusableInputExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expectedError");
    QTest::newRow("missing file") << QStringList{u"validate"_s, u"/nonexistent/data.jsonl"_s}
                                  << "/nonexistent/data.jsonl: error: Cannot read the file"_ba;
    QTest::newRow("binary") << QStringList{u"validate"_s, dataset(u"binary.jsonl"_s)} << "binary file"_ba;
    QTest::newRow("UTF-16") << QStringList{u"validate"_s, dataset(u"utf16.jsonl"_s)} << "UTF-16"_ba;
    QTest::newRow("empty") << QStringList{u"validate"_s, dataset(u"empty.jsonl"_s)} << "is empty"_ba;
    QTest::newRow("not JSON") << QStringList{u"validate"_s, dataset(u"not-json.jsonl"_s)} << "not a JSON Lines"_ba;
    QTest::newRow("a chat export") << QStringList{u"validate"_s, fixture(u"android-dmy-24h.txt"_s)} << "not a JSON Lines"_ba;
    QTest::newRow("no file") << QStringList{u"validate"_s} << "exactly one FILE"_ba;
    QTest::newRow("unknown check") << QStringList{u"validate"_s, u"--disable"_s, u"bogus"_s, dataset(u"pc-clean.jsonl"_s)}
                                   << "unknown check"_ba;
    QTest::newRow("unknown fix") << QStringList{u"validate"_s, u"--fix-also"_s, u"bogus"_s, dataset(u"pc-clean.jsonl"_s)}
                                 << "unknown fix"_ba;
    QTest::newRow("-o without --fix") << QStringList{u"validate"_s, u"-o"_s, u"x.jsonl"_s, dataset(u"pc-clean.jsonl"_s)}
                                      << "add --fix"_ba;
    QTest::newRow("bad --max-per-check") << QStringList{u"validate"_s, u"--max-per-check"_s, u"many"_s,
                                                        dataset(u"pc-clean.jsonl"_s)}
                                         << "--max-per-check"_ba;
}

void tst_Cli::validateUnusableInputExitsWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expectedError);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(expectedError), run.err.constData());
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
