// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// finetuner-cli anonymize and convert --anonymize as a user runs them: the real binary on a chat written for it
// (tests/data/cli/anonymize-group.txt), goldens written by hand, stdout, stderr and exit codes.
//
// The chat: Person 1 Ana Sofía Ribeiro, 2 "+44 7700 900123", 3 "~ Björn", 4 王芳, 5 Kwame Mensah (the
// participants, in the order they first write), 6 Dev Patel (added by a system line, never writes), 7 Lucía Gómez
// (a shared contact). The British participant makes "07400 123456" a phone number; the Spanish "612 34 56 79" in
// national form is one only with --region ES.

#include <core/anonymize/identity.h>
#include <core/import/importerregistry.h>

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>
#include <testutils.h>

#include "clirun.h"

using namespace Qt::StringLiterals;

namespace {

using CliRun::Run;

Run runCli(const QStringList &arguments)
{
    // The system locale's region is one the phone detector reads national numbers for: none, for the goldens.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    return CliRun::runCli(arguments, {}, environment);
}

QString chat()
{
    return TestUtils::dataPath(u"cli/anonymize-group.txt"_s);
}

QByteArray golden(const QString &name)
{
    return TestUtils::readFile(TestUtils::dataPath(u"cli/"_s + name));
}

QString textOfLine(const QByteArray &out, int line)
{
    const QByteArrayList lines = TestUtils::jsonLines(out);
    if (line < 1 || line > lines.size())
        return u"(no line %1)"_s.arg(line);
    return QString::fromStdString(nlohmann::json::parse(lines.at(line - 1).toStdString())["text"].get<std::string>());
}

// What the default golden's summary says.
constexpr auto DefaultCounts = "finetuner-cli: anonymized 15 messages: 13 names, 2 phone numbers, 1 e-mail address, "
                               "1 link, 1 location, 1 IBAN, 1 card number, 1 IP address\n";

/// Every alias the identity map gives the chat's people: what must never be in an anonymized output.
QStringList everyAlias()
{
    const auto imported = Finetuner::Core::importFile(chat());
    if (!imported.ok())
        qFatal("the fixture does not import");
    const Finetuner::Core::IdentityMap identities = Finetuner::Core::IdentityMap::fromConversation(*imported.value);
    QStringList aliases;
    for (const Finetuner::Core::Identity &identity : identities.identities())
        aliases += identity.aliasTexts();
    return aliases;
}

/// The aliases found in @p output, in any case.
QStringList aliasesIn(const QByteArray &output)
{
    const QString text = QString::fromUtf8(output);
    QStringList found;
    for (const QString &alias : everyAlias()) {
        if (text.contains(alias, Qt::CaseInsensitive))
            found.append(alias);
    }
    return found;
}

} // namespace

class tst_CliAnonymize : public QObject
{
    Q_OBJECT
private slots:
    void theAliasesAreThoseOfEveryone();
    void anonymizePrintsTheGolden();
    void anonymizeOutputIsParseShapedJson();
    void anonymizeWithEveryOptionPrintsTheGolden();
    void convertAnonymizedPrintsTheGolden_data();
    void convertAnonymizedPrintsTheGolden();
    void convertAnonymizedWritesAFileAtomically();
    void convertAnonymizedStillRemovesNames();
    void keepSwitchesOneDetectorOff_data();
    void keepSwitchesOneDetectorOff();
    void keepPersonKeepsNamesAndPassesTheLeakCheck();
    void operatorsReplaceAsAsked_data();
    void operatorsReplaceAsAsked();
    void regionFindsNationalNumbers();
    void termsAndPatterns();
    void aLeakWritesNothingAndExitsWithOne();
    void badOptionsExitWithTwo_data();
    void badOptionsExitWithTwo();
    void help();
};

void tst_CliAnonymize::theAliasesAreThoseOfEveryone()
{
    // The alias check below is only as good as this list: everyone, in every form, and all of it in the chat.
    const QStringList aliases = everyAlias();
    for (const QString &expected : {u"Ana Sofía Ribeiro"_s,
                                    u"Sofía"_s,
                                    u"Ribeiro"_s,
                                    u"+44 7700 900123"_s,
                                    u"+447700900123"_s,
                                    u"07700 900123"_s,
                                    u"~ Björn"_s,
                                    u"Björn"_s,
                                    u"王芳"_s,
                                    u"Kwame Mensah"_s,
                                    u"Mensah"_s,
                                    u"Dev Patel"_s,
                                    u"Lucía Gómez"_s,
                                    u"Lucía"_s})
        QVERIFY2(aliases.contains(expected), qPrintable(expected));
    const Run parse = runCli({u"parse"_s, chat()});
    QCOMPARE(parse.exitCode, 0);
    for (const QString &name : {u"Ana Sofía Ribeiro"_s,
                                u"+44 7700 900123"_s,
                                u"Björn"_s,
                                u"王芳"_s,
                                u"Kwame"_s,
                                u"Dev Patel"_s,
                                u"Lucía Gómez"_s})
        QVERIFY2(aliasesIn(parse.out).contains(name), qPrintable(name));
}

void tst_CliAnonymize::anonymizePrintsTheGolden()
{
    const Run run = runCli({u"anonymize"_s, chat()});
    QCOMPARE(run.exitCode, 0);
    QByteArray report;
    QVERIFY2(TestUtils::compareLines(TestUtils::jsonLines(run.out),
                                     TestUtils::jsonLines(golden(u"anonymize-group.anonymized.jsonl"_s)),
                                     &report),
             report.constData());
    QCOMPARE(run.out, golden(u"anonymize-group.anonymized.jsonl"_s));
    QCOMPARE(run.err, QByteArray(DefaultCounts));
    QCOMPARE(aliasesIn(run.out), QStringList());
}

void tst_CliAnonymize::anonymizeOutputIsParseShapedJson()
{
    // Line for line what parse prints, in its shape: the same timestamps, kinds and attachments present, an author
    // null exactly where parse's is; only the author and the texts differ.
    const Run parse = runCli({u"parse"_s, chat()});
    const Run run = runCli({u"anonymize"_s, chat()});
    QCOMPARE(run.exitCode, 0);
    const QByteArrayList plain = TestUtils::jsonLines(parse.out);
    const QByteArrayList anonymized = TestUtils::jsonLines(run.out);
    QCOMPARE(anonymized.size(), plain.size());
    QCOMPARE(anonymized.size(), 15);
    for (qsizetype i = 0; i < plain.size(); ++i) {
        const nlohmann::ordered_json before = nlohmann::ordered_json::parse(plain.at(i).toStdString());
        const nlohmann::ordered_json after = nlohmann::ordered_json::parse(anonymized.at(i).toStdString());
        std::vector<std::string> keysBefore;
        std::vector<std::string> keysAfter;
        for (const auto &item : before.items())
            keysBefore.push_back(item.key());
        for (const auto &item : after.items())
            keysAfter.push_back(item.key());
        QVERIFY(keysAfter == keysBefore);
        QVERIFY(after["timestamp"] == before["timestamp"]);
        QVERIFY(after["kind"] == before["kind"]);
        QCOMPARE(after["author"].is_null(), before["author"].is_null());
        if (!after["author"].is_null()) {
            const std::string author = after["author"].get<std::string>();
            QVERIFY2(author.rfind("Person ", 0) == 0, author.c_str());
        }
    }
}

void tst_CliAnonymize::anonymizeWithEveryOptionPrintsTheGolden()
{
    const Run run = runCli({u"anonymize"_s,
                            chat(),
                            u"--pseudonyms"_s,
                            u"surrogate"_s,
                            u"--region"_s,
                            u"ES"_s,
                            u"--operator"_s,
                            u"phone=mask"_s,
                            u"--operator"_s,
                            u"email=redact"_s,
                            u"--term"_s,
                            u"car park"_s,
                            u"--pattern"_s,
                            u"#[0-9]+"_s,
                            u"--keep"_s,
                            u"url"_s});
    QCOMPARE(run.exitCode, 0);
    QByteArray report;
    QVERIFY2(TestUtils::compareLines(TestUtils::jsonLines(run.out),
                                     TestUtils::jsonLines(golden(u"anonymize-group.options.jsonl"_s)),
                                     &report),
             report.constData());
    QCOMPARE(run.out, golden(u"anonymize-group.options.jsonl"_s));
    QCOMPARE(run.err,
             "finetuner-cli: anonymized 15 messages: 13 names, 3 phone numbers, 1 e-mail address, "
             "1 location, 1 IBAN, 1 card number, 1 IP address, 1 custom term, 1 pattern match\n"_ba);
    QCOMPARE(aliasesIn(run.out), QStringList());
}

void tst_CliAnonymize::convertAnonymizedPrintsTheGolden_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("golden");
    QTest::addColumn<QByteArray>("counts");
    QTest::newRow("Ana, with her pseudonym")
        << QStringList{u"--user"_s, u"Ana Sofía Ribeiro"_s, u"--include-user"_s}
        << u"anonymize-group.convert-ana.jsonl"_s
        << "finetuner-cli: anonymized 2 messages: 1 name, 1 e-mail address, 1 IBAN\n"_ba;
    // Kwame's vCard is media: not a text message, not a line, as convert without --anonymize.
    QTest::newRow("Kwame") << QStringList{u"--user"_s, u"Kwame Mensah"_s} << u"anonymize-group.convert-kwame.jsonl"_s
                           << "finetuner-cli: anonymized 2 messages: 1 name, 1 link\n"_ba;
}

void tst_CliAnonymize::convertAnonymizedPrintsTheGolden()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, golden);
    QFETCH(QByteArray, counts);
    const Run run = runCli(QStringList{u"convert"_s, chat(), u"--anonymize"_s} + arguments);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, ::golden(golden));
    QCOMPARE(run.err, counts);
    QCOMPARE(aliasesIn(run.out), QStringList());

    // Without --anonymize, the same lines as the seed wrote them: names and all.
    const Run plain = runCli(QStringList{u"convert"_s, chat()} + arguments);
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(TestUtils::jsonLines(plain.out).size(), TestUtils::jsonLines(run.out).size());
    QVERIFY(!aliasesIn(plain.out).isEmpty());
    QCOMPARE(plain.err, QByteArray());
}

void tst_CliAnonymize::convertAnonymizedWritesAFileAtomically()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(u"ana.jsonl"_s);
    Run run = runCli({u"convert"_s,
                      chat(),
                      u"--anonymize"_s,
                      u"--user"_s,
                      u"Ana Sofía Ribeiro"_s,
                      u"--include-user"_s,
                      u"-o"_s,
                      out});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(TestUtils::readFile(out), golden(u"anonymize-group.convert-ana.jsonl"_s));
    QVERIFY(run.err.startsWith("finetuner-cli: anonymized 2 messages: "));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"ana.jsonl"_s});

    // A leak (a pattern that takes half a name, leaving "Ribeiro"): exit 1, and the file there is left as it was.
    run = runCli({u"convert"_s,
                  chat(),
                  u"--anonymize"_s,
                  u"--user"_s,
                  u"~ Björn"_s,
                  u"--pattern"_s,
                  u"ask @\\S+ Sofía"_s,
                  u"-o"_s,
                  out});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(chat().toUtf8()
                              + ":6: error: output line 1 still holds a name from the anonymized "
                                "message on line 6\n"),
             run.err.constData());
    QVERIFY(run.err.contains("nothing was written"));
    QVERIFY(!run.err.contains("finetuner-cli: anonymized"));
    QCOMPARE(TestUtils::readFile(out), golden(u"anonymize-group.convert-ana.jsonl"_s));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"ana.jsonl"_s});

    // To a new file: none is made.
    const QString fresh = dir.filePath(u"bjorn.jsonl"_s);
    run = runCli({u"convert"_s,
                  chat(),
                  u"--anonymize"_s,
                  u"--user"_s,
                  u"~ Björn"_s,
                  u"--pattern"_s,
                  u"ask @\\S+ Sofía"_s,
                  u"-o"_s,
                  fresh});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!QFile::exists(fresh));
}

void tst_CliAnonymize::convertAnonymizedStillRemovesNames()
{
    // --remove deletes what is left after anonymization: with names kept, the name; with pseudonyms, nothing.
    const QStringList arguments =
        {u"convert"_s, chat(), u"--anonymize"_s, u"--user"_s, u"Ana Sofía Ribeiro"_s, u"--remove"_s, u"Kwame"_s};
    Run run = runCli(arguments + QStringList{u"--keep"_s, u"person"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(
        TestUtils::jsonLines(run.out).at(1),
        R"({"prompt": "2024-03-23T09:07:00 - 's plan is great. Mail me at <EMAIL>, the fee goes to <IBAN>", "completion": ""})"_ba);
    QCOMPARE(run.err, "finetuner-cli: anonymized 2 messages: 1 e-mail address, 1 IBAN\n"_ba);
    run = runCli(arguments);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(
        TestUtils::jsonLines(run.out).at(1),
        R"({"prompt": "2024-03-23T09:07:00 - Person 5's plan is great. Mail me at <EMAIL>, the fee goes to <IBAN>", "completion": ""})"_ba);
}

void tst_CliAnonymize::keepSwitchesOneDetectorOff_data()
{
    // Each --keep leaves exactly one line of the default golden as written.
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("counts");
    QTest::newRow("phone")
        << u"phone"_s << 5
        << u"Hi all! If this one is off, try 07400 123456 or my wife on +34 612 34 56 78 or in Spain 612 34 56 79"_s
        << "13 names, 1 e-mail address, 1 link, 1 location, 1 IBAN, 1 card number, 1 IP address"_ba;
    // With addresses kept, the names in one are still names.
    QTest::newRow("email")
        << u"email"_s << 10
        << u"Person 5's plan is great. Mail me at Person 1.Person 1@example.com, the fee goes to <IBAN>"_s
        << "15 names, 2 phone numbers, 1 link, 1 location, 1 IBAN, 1 card number, 1 IP address"_ba;
    QTest::newRow("url") << u"url"_s << 9 << u"That's Person 7, she knows the route: https://example.org/route?id=42"_s
                         << "13 names, 2 phone numbers, 1 e-mail address, 1 location, 1 IBAN, 1 card number, "
                            "1 IP address"_ba;
    QTest::newRow("location") << u"location"_s << 14 << u"location: https://maps.google.com/?q=51.5074,-0.1278"_s
                              << "13 names, 2 phone numbers, 1 e-mail address, 1 link, 1 IBAN, 1 card number, "
                                 "1 IP address"_ba;
    QTest::newRow("iban")
        << u"iban"_s << 10
        << u"Person 5's plan is great. Mail me at <EMAIL>, the fee goes to DE89 3704 0044 0532 0130 00"_s
        << "13 names, 2 phone numbers, 1 e-mail address, 1 link, 1 location, 1 card number, "
           "1 IP address"_ba;
    QTest::newRow("card") << u"card"_s << 13 << u"Club card 4111 1111 1111 1111, camera on <IP>"_s
                          << "13 names, 2 phone numbers, 1 e-mail address, 1 link, 1 location, 1 IBAN, 1 IP address"_ba;
    QTest::newRow("ip") << u"ip"_s << 13 << u"Club card <CARD>, camera on 192.168.1.20"_s
                        << "13 names, 2 phone numbers, 1 e-mail address, 1 link, 1 location, 1 IBAN, 1 card number"_ba;
}

void tst_CliAnonymize::keepSwitchesOneDetectorOff()
{
    QFETCH(QString, type);
    QFETCH(int, line);
    QFETCH(QString, text);
    QFETCH(QByteArray, counts);
    const Run run = runCli({u"anonymize"_s, chat(), u"--keep"_s, type});
    QCOMPARE(run.exitCode, 0);
    const QByteArrayList lines = TestUtils::jsonLines(run.out);
    const QByteArrayList expected = TestUtils::jsonLines(golden(u"anonymize-group.anonymized.jsonl"_s));
    QCOMPARE(lines.size(), expected.size());
    for (int i = 1; i <= lines.size(); ++i) {
        if (i == line)
            QCOMPARE(textOfLine(run.out, i), text);
        else
            QCOMPARE(lines.at(i - 1), expected.at(i - 1));
    }
    QCOMPARE(run.err, "finetuner-cli: anonymized 15 messages: " + counts + '\n');
}

void tst_CliAnonymize::keepPersonKeepsNamesAndPassesTheLeakCheck()
{
    // Names kept on purpose are not a leak; authors still get their pseudonyms.
    const Run run = runCli({u"anonymize"_s, chat(), u"--keep"_s, u"person"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(textOfLine(run.out, 2), u"Ana Sofía Ribeiro added Dev Patel"_s);
    QCOMPARE(textOfLine(run.out, 6), u"Hej! Björn's van has room for four, ask @\u2068Ana Sofía Ribeiro\u2069"_s);
    QCOMPARE(textOfLine(run.out, 8), u"Lucía Gómez.vcf (file attached)"_s);
    QCOMPARE(textOfLine(run.out, 12), u"王芳 brings water"_s);
    QCOMPARE(textOfLine(run.out, 10), u"Kwame's plan is great. Mail me at <EMAIL>, the fee goes to <IBAN>"_s);
    QVERIFY(run.out.contains("\"author\": \"Person 4\""));
    QCOMPARE(run.err,
             "finetuner-cli: anonymized 15 messages: 2 phone numbers, 1 e-mail address, 1 link, "
             "1 location, 1 IBAN, 1 card number, 1 IP address\n"_ba);
    // Several at once, as a list.
    const Run two = runCli({u"anonymize"_s, chat(), u"--keep"_s, u"card,ip"_s});
    QCOMPARE(two.exitCode, 0);
    QCOMPARE(textOfLine(two.out, 13), u"Club card 4111 1111 1111 1111, camera on 192.168.1.20"_s);
}

void tst_CliAnonymize::operatorsReplaceAsAsked_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("text");
    QTest::newRow("person=placeholder, a mention")
        << u"person=placeholder"_s << 6 << u"Hej! <PERSON>'s van has room for four, ask <PERSON>"_s;
    QTest::newRow("person=placeholder, a system line") << u"person=placeholder"_s << 2 << u"<PERSON> added <PERSON>"_s;
    QTest::newRow("person=mask") << u"person=mask"_s << 2 << u"••• ••••• ••••••• added ••• •••••"_s;
    QTest::newRow("person=mask, non-Latin") << u"person=mask"_s << 12 << u"•• brings water"_s;
    QTest::newRow("person=redact") << u"person=redact"_s << 9 << u"That's , she knows the route: <URL>"_s;
    QTest::newRow("person=pseudonym") << u"person=pseudonym"_s << 12 << u"Person 4 brings water"_s;
    QTest::newRow("phone=mask") << u"phone=mask"_s << 5
                                << u"Hi all! If this one is off, try ••••• •••••• or my wife on +•• ••• •• •• •• or in "
                                   u"Spain ••• •• •• ••"_s;
    // Redaction takes one of the two spaces around a number, and leaves the space before it at the end.
    QTest::newRow("phone=redact") << u"phone=redact"_s << 5
                                  << u"Hi all! If this one is off, try or my wife on or in Spain "_s;
    // Only people have pseudonyms: a number asked for one gets its placeholder.
    QTest::newRow("phone=pseudonym")
        << u"phone=pseudonym"_s << 5
        << u"Hi all! If this one is off, try <PHONE> or my wife on <PHONE> or in Spain <PHONE>"_s;
    QTest::newRow("iban=mask")
        << u"iban=mask"_s << 10
        << u"Person 5's plan is great. Mail me at <EMAIL>, the fee goes to •••• •••• •••• •••• •••• ••"_s;
    QTest::newRow("two in a list")
        << u"url=redact,email=mask"_s << 10
        << u"Person 5's plan is great. Mail me at •••.•••••••@•••••••.•••, the fee goes to <IBAN>"_s;
    QTest::newRow("url=redact") << u"url=redact"_s << 9 << u"That's Person 7, she knows the route: "_s;
}

void tst_CliAnonymize::operatorsReplaceAsAsked()
{
    QFETCH(QString, op);
    QFETCH(int, line);
    QFETCH(QString, text);
    const Run run = runCli({u"anonymize"_s, chat(), u"--region"_s, u"ES"_s, u"--operator"_s, op});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(textOfLine(run.out, line), text);
    QCOMPARE(aliasesIn(run.out), QStringList());
    // The counts are of what was found, whatever replaces it.
    QVERIFY2(run.err.startsWith("finetuner-cli: anonymized 15 messages: 13 names, 3 phone numbers, "),
             run.err.constData());
}

void tst_CliAnonymize::regionFindsNationalNumbers()
{
    const Run without = runCli({u"anonymize"_s, chat()});
    // The participant's +44 number gives GB; Spain's national form needs its region.
    QCOMPARE(textOfLine(without.out, 5),
             u"Hi all! If this one is off, try <PHONE> or my wife on <PHONE> or in Spain 612 34 56 79"_s);
    for (const QString &region : {u"ES"_s, u"es"_s, u"FR,ES"_s}) {
        const Run run = runCli({u"anonymize"_s, chat(), u"--region"_s, region});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(textOfLine(run.out, 5),
                 u"Hi all! If this one is off, try <PHONE> or my wife on <PHONE> or in Spain <PHONE>"_s);
        QVERIFY(run.err.contains(" 3 phone numbers, "));
    }
    const Run convert = runCli(
        {u"convert"_s, chat(), u"--anonymize"_s, u"--user"_s, u"+44 7700 900123"_s, u"--region"_s, u"ES"_s});
    QCOMPARE(convert.exitCode, 0);
    QCOMPARE(
        convert.out,
        R"({"prompt": "2024-03-23T09:03:00 - Hi all! If this one is off, try <PHONE> or my wife on <PHONE> or in Spain <PHONE>", "completion": ""}
)"_ba);
    QCOMPARE(convert.err, "finetuner-cli: anonymized 1 message: 3 phone numbers\n"_ba);
}

void tst_CliAnonymize::termsAndPatterns()
{
    // A term in any case, as a word; a pattern as RE2 reads it; both become <PII>.
    const Run run = runCli(
        {u"anonymize"_s, chat(), u"--term"_s, u"TRAIL CREW"_s, u"--term"_s, u"van"_s, u"--pattern"_s, u"order \\d+"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(textOfLine(run.out, 1), u"Person 1 created group \"<PII> 🏃\""_s);
    QCOMPARE(textOfLine(run.out, 6), u"Hej! Person 3's <PII> has room for four, ask @Person 1"_s);
    QCOMPARE(textOfLine(run.out, 11), u"Paid 12.50 € for <PII>, ticket #55123, at 2024-03-23 09:08"_s);
    QVERIFY2(run.err.endsWith(", 2 custom terms, 1 pattern match\n"), run.err.constData());
}

void tst_CliAnonymize::aLeakWritesNothingAndExitsWithOne()
{
    // A pattern that takes the end of a name wins over it, and leaves "Ana Sofía" before it: the leak check stops
    // the output before any line is printed.
    const Run run = runCli({u"anonymize"_s, chat(), u"--pattern"_s, u"Ribeiro created"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err,
             chat().toUtf8()
                 + ":1: error: output line 1 still holds a name from the anonymized message on "
                   "line 1\nfinetuner-cli: the leak check found 1 leak; nothing was written\n");
    // The error never says what leaked.
    QVERIFY(!run.err.contains("Ana") && !run.err.contains("Sofía"));
}

void tst_CliAnonymize::badOptionsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expectedError");
    const QString file = chat();
    QTest::newRow("unknown type to keep") << QStringList{u"anonymize"_s, file, u"--keep"_s, u"names"_s}
                                          << "--keep: unknown type “names”; use person, phone, email, url, location, "
                                             "iban, card, ip"_ba;
    QTest::newRow("a custom type is not a detector")
        << QStringList{u"anonymize"_s, file, u"--keep"_s, u"term"_s} << "unknown type “term”"_ba;
    QTest::newRow("operator without =") << QStringList{u"anonymize"_s, file, u"--operator"_s, u"phone"_s}
                                        << "--operator takes TYPE=OPERATOR"_ba;
    QTest::newRow("unknown operator") << QStringList{u"anonymize"_s, file, u"--operator"_s, u"phone=blur"_s}
                                      << "--operator: unknown operator “blur”; use placeholder, redact, mask or "
                                         "pseudonym"_ba;
    QTest::newRow("operator of an unknown type")
        << QStringList{u"anonymize"_s, file, u"--operator"_s, u"fax=mask"_s} << "--operator: unknown type “fax”"_ba;
    QTest::newRow("invalid pattern") << QStringList{u"anonymize"_s, file, u"--pattern"_s, u"order (\\d+"_s}
                                     << "--pattern: The pattern order (\\d+ is not a valid regular expression: "_ba;
    QTest::newRow("empty pattern") << QStringList{u"anonymize"_s, file, u"--pattern"_s, QString()} << "--pattern"_ba;
    QTest::newRow("empty term") << QStringList{u"anonymize"_s, file, u"--term"_s, u" "_s} << "--term"_ba;
    QTest::newRow("unknown region") << QStringList{u"anonymize"_s, file, u"--region"_s, u"XX"_s}
                                    << "--region: “XX” is not a region code"_ba;
    QTest::newRow("three-letter region") << QStringList{u"anonymize"_s, file, u"--region"_s, u"GBR"_s}
                                         << "“GBR” is not a region code"_ba;
    QTest::newRow("unknown style") << QStringList{u"anonymize"_s, file, u"--pseudonyms"_s, u"fancy"_s}
                                   << "unknown pseudonym style “fancy”; use numbered or surrogate"_ba;
    QTest::newRow("no file") << QStringList{u"anonymize"_s} << "anonymize takes exactly one FILE"_ba;
    QTest::newRow("missing file") << QStringList{u"anonymize"_s, u"/nonexistent/chat.txt"_s}
                                  << "/nonexistent/chat.txt: error:"_ba;
    QTest::newRow("not a chat") << QStringList{u"anonymize"_s, TestUtils::dataPath(u"import/whatsapp/cases.tsv"_s)}
                                << "not a WhatsApp chat export"_ba;
    QTest::newRow("bad date order") << QStringList{u"anonymize"_s, file, u"--date-order"_s, u"dym"_s} << "dym"_ba;
    QTest::newRow("convert: options without --anonymize") << QStringList{u"convert"_s,
                                                                         file,
                                                                         u"--user"_s,
                                                                         u"Kwame Mensah"_s,
                                                                         u"--keep"_s,
                                                                         u"phone"_s,
                                                                         u"--region"_s,
                                                                         u"GB"_s}
                                                          << "--keep, --region only applies with --anonymize"_ba;
    QTest::newRow("convert: bad operator") << QStringList{u"convert"_s,
                                                          file,
                                                          u"--anonymize"_s,
                                                          u"--user"_s,
                                                          u"Kwame Mensah"_s,
                                                          u"--operator"_s,
                                                          u"person=blur"_s}
                                           << "unknown operator “blur”"_ba;
    QTest::newRow("convert: unknown user") << QStringList{u"convert"_s, file, u"--anonymize"_s, u"--user"_s, u"Tom"_s}
                                           << "nobody named “Tom” wrote in this chat"_ba;
}

void tst_CliAnonymize::badOptionsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expectedError);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(expectedError), run.err.constData());
}

void tst_CliAnonymize::help()
{
    Run run = runCli({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("  anonymize "));
    run = runCli({u"anonymize"_s, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    for (const char *option : {"--pseudonyms",
                               "--keep",
                               "--operator",
                               "--term",
                               "--pattern",
                               "--region",
                               "--date-order",
                               "placeholder",
                               "redact",
                               "mask",
                               "pseudonym",
                               "surrogate"})
        QVERIFY2(run.out.contains(option), option);
    run = runCli({u"convert"_s, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    for (const char *option :
         {"--anonymize", "--pseudonyms", "--keep", "--operator", "--term", "--pattern", "--region", "--include-user"})
        QVERIFY2(run.out.contains(option), option);
}

QTEST_GUILESS_MAIN(tst_CliAnonymize)
#include "tst_cli_anonymize.moc"
