// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <core/dataset/examplebuilder.h>
#include <core/import/importerregistry.h>
#include <core/import/whatsappimporter.h>
#include <core/project/project.h>
#include <testutils.h>

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Finetuner::Core;

namespace {
Project seedProject()
{
    auto result = importFile(TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s));
    if (!result.ok())
        qFatal("seed fixture did not parse");
    Project project(*result.value);
    const int bruce = project.conversation().participantId(u"Bruce Wayne"_s);
    project.setParticipantRole(bruce, ParticipantRole::Excluded);
    return project;
}

QByteArray exportJsonl(const Project &project)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writeProjectJsonl(project, buffer))
        qFatal("writing to a buffer failed");
    return buffer.data();
}

int rowWithText(const Project &project, const QString &text)
{
    for (int row = 0; row < project.rowCount(); ++row) {
        if (project.conversation().text(row).startsWith(text))
            return row;
    }
    return -1;
}
} // namespace

class tst_ExampleBuilder : public QObject
{
    Q_OBJECT
private slots:
    void seedSettingsGiveTheSeedOutputByteForByte();
    void defaultSeparatorsFollowTheSeedTables();
    void separatorsAreNotAddedTwice_data();
    void separatorsAreNotAddedTwice();
    void includeAuthorUsesThePseudonymWhenAnonymized();
    void anonymizerReplacesWholeNamesOnly_data();
    void anonymizerReplacesWholeNamesOnly();
    void excludedNamesAreRemovedLikeTheSeedsRemove();
    void skippedAndExcludedRowsAreNotWritten();
    void separatorCollisionsAreReported();
};

void tst_ExampleBuilder::seedSettingsGiveTheSeedOutputByteForByte()
{
    Project project = seedProject();
    project.setExportSettings(ExportSettings::seed());
    QCOMPARE(exportJsonl(project), TestUtils::readFile(TestUtils::dataPath(u"golden/seed-selina.convert.jsonl"_s)));

    ExportSettings withAuthor = ExportSettings::seed();
    withAuthor.includeAuthor = true;
    project.setExportSettings(withAuthor);
    for (int row = 0; row < project.rowCount(); ++row)
        project.setAnonymized(row, false); // the seed wrote real names
    QCOMPARE(exportJsonl(project),
             TestUtils::readFile(TestUtils::dataPath(u"golden/seed-selina.convert-include-user.jsonl"_s)));
}

void tst_ExampleBuilder::defaultSeparatorsFollowTheSeedTables()
{
    Project project = seedProject();
    const int row = rowWithText(project, u"His wife's in Ibiza"_s);
    QVERIFY(row >= 0);
    project.setCompletion(row, u"named_entities=Ibiza\ntime=2012-07-27T21:02:56\n"_s);
    const ExampleBuilder builder(project);
    const PromptCompletion example = builder.example(row);
    QCOMPARE(example.prompt, u"2012-07-27T21:02:56 - His wife's in Ibiza. She left her diamonds behind, though. "
                             u"Worried they'd get stolen.\n\n###\n\n"_s);
    QCOMPARE(example.completion, u" named_entities=Ibiza\ntime=2012-07-27T21:02:56\nEND"_s);
    QCOMPARE(jsonLine(example),
             R"({"prompt": "2012-07-27T21:02:56 - His wife's in Ibiza. She left her diamonds behind, though. Worried they'd get stolen.\n\n###\n\n", "completion": " named_entities=Ibiza\ntime=2012-07-27T21:02:56\nEND"})"_ba);
    // Nothing typed stays empty: there is nothing to delimit.
    QCOMPARE(builder.completion(rowWithText(project, u"You were supposed"_s)), QString());
}

void tst_ExampleBuilder::separatorsAreNotAddedTwice_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"yes"_s << u" yesEND"_s;
    QTest::newRow("already spaced") << u" yes"_s << u" yesEND"_s;
    QTest::newRow("starts with a line break") << u"\nyes"_s << u"\nyesEND"_s;
    QTest::newRow("already stopped") << u" named_entities=police\nEND"_s << u" named_entities=police\nEND"_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_ExampleBuilder::separatorsAreNotAddedTwice()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    const ExportSettings settings;
    const QString once = ExampleBuilder::withSeparators(typed, settings);
    QCOMPARE(once, expected);
    QCOMPARE(ExampleBuilder::withSeparators(once, settings), once);
    QCOMPARE(ExampleBuilder::withSeparators(typed, ExportSettings::seed()), typed);
}

void tst_ExampleBuilder::includeAuthorUsesThePseudonymWhenAnonymized()
{
    Project project = seedProject();
    ExportSettings settings = ExportSettings::seed();
    settings.includeAuthor = true;
    project.setExportSettings(settings);
    const int selina = project.conversation().participantId(u"Selina Kyle"_s);
    project.setPseudonym(selina, u"Cat"_s);
    const int row = rowWithText(project, u"You were supposed"_s);
    QCOMPARE(ExampleBuilder(project).prompt(row), u"2012-07-27T21:01:54 - Cat: You were supposed to be a shut-in."_s);
    project.setAnonymized(row, false);
    QCOMPARE(ExampleBuilder(project).prompt(row),
             u"2012-07-27T21:01:54 - Selina Kyle: You were supposed to be a shut-in."_s);
}

void tst_ExampleBuilder::anonymizerReplacesWholeNamesOnly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    // Participants in order: Bruce Wayne (Person 1), Zoë Martín (2), 王芳 (3), +44 7700 900123 (4), ~ María (5).
    QTest::newRow("full name") << u"Ask Bruce Wayne."_s << u"Ask Person 1."_s;
    QTest::newRow("case-insensitive") << u"ask bruce wayne"_s << u"ask Person 1"_s;
    QTest::newRow("possessive") << u"Bruce Wayne's car"_s << u"Person 1's car"_s;
    QTest::newRow("first name, possessive") << u"Bruce’s car"_s << u"Person 1’s car"_s;
    QTest::newRow("last name") << u"Mr Wayne?"_s << u"Mr Person 1?"_s;
    QTest::newRow("inside a word stays") << u"Brucey and XWayne"_s << u"Brucey and XWayne"_s;
    QTest::newRow("diacritics") << u"Zoë Martín dijo"_s << u"Person 2 dijo"_s;
    QTest::newRow("decomposed diacritics") << u"zoe\u0308 dijo"_s << u"Person 2 dijo"_s;
    QTest::newRow("a longer word is not the name") << u"Martínez"_s << u"Martínez"_s;
    QTest::newRow("non-Latin, no spaces") << u"你好王芳！"_s << u"你好Person 3！"_s;
    QTest::newRow("non-Latin spaced") << u"問 王芳 吧"_s << u"問 Person 3 吧"_s;
    QTest::newRow("phone number as written") << u"call +44 7700 900123 now"_s << u"call Person 4 now"_s;
    QTest::newRow("phone number in national form") << u"call 07700 900123 now"_s << u"call Person 4 now"_s;
    QTest::newRow("phone number mention") << u"@447700900123 look"_s << u"@Person 4 look"_s;
    QTest::newRow("mention with isolates") << u"@\u2068Bruce Wayne\u2069 look"_s << u"@Person 1 look"_s;
    QTest::newRow("push name without tilde") << u"thanks María!"_s << u"thanks Person 5!"_s;
    QTest::newRow("longest first") << u"Bruce Wayne and Bruce"_s << u"Person 1 and Person 1"_s;
}

void tst_ExampleBuilder::anonymizerReplacesWholeNamesOnly()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString chat = u"[27/07/2012, 21:01:50] Bruce Wayne: hi\n"
                         "[27/07/2012, 21:01:51] Zoë Martín: hola\n"
                         "[27/07/2012, 21:01:52] 王芳: 你好\n"
                         "[27/07/2012, 21:01:53] +44 7700 900123: hello\n"
                         "[27/07/2012, 21:01:54] ~\u202FMaría: hola\n"
                         "[27/07/2012, 21:01:55] Bruce Wayne: "_s
        + text + u"\n"_s;
    auto result = WhatsAppImporter().parse(chat.toUtf8(), u"chat.txt"_s);
    QVERIFY(result.ok());
    const Project project(*result.value);
    QCOMPARE(project.conversation().participants().size(), 5);
    QCOMPARE(ExampleBuilder(project).text(5), expected);
}

void tst_ExampleBuilder::excludedNamesAreRemovedLikeTheSeedsRemove()
{
    const QByteArray chat = "[27/07/2012, 21:01:54] Selina Kyle: Bruce Wayne, hi. bruce wayne?\n"
                            "[27/07/2012, 21:01:55] Bruce Wayne: hi Selina Kyle\n";
    auto result = WhatsAppImporter().parse(chat, u"chat.txt"_s);
    QVERIFY(result.ok());
    Project project(*result.value);
    project.setParticipantRole(project.conversation().participantId(u"Bruce Wayne"_s), ParticipantRole::Excluded);
    project.setAnonymized(0, false);
    // Literal and case-sensitive, as the seed's str.replace: the lower-case mention stays.
    QCOMPARE(ExampleBuilder(project).text(0), u", hi. bruce wayne?"_s);
    project.setAnonymized(0, true);
    // Anonymized, the excluded participant's name is replaced like everyone's, in any case: its pseudonym.
    QCOMPARE(ExampleBuilder(project).text(0), u"Person 2, hi. Person 2?"_s);
    QVERIFY(!project.isIncluded(1));
    QCOMPARE(ExampleBuilder(project).text(1), u"hi Person 1"_s);
}

void tst_ExampleBuilder::skippedAndExcludedRowsAreNotWritten()
{
    Project project = seedProject();
    project.setExportSettings(ExportSettings::seed());
    const int first = rowWithText(project, u"You were supposed"_s);
    const int second = rowWithText(project, u"Why didn't you"_s);
    project.setStatus(first, ReviewStatus::Skipped);
    project.setIncludeOverride(second, IncludeOverride::Excluded);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int written = 0;
    QVERIFY(writeProjectJsonl(project, buffer, &written));
    QCOMPARE(written, 2);
    const QByteArrayList lines = TestUtils::jsonLines(buffer.data());
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).contains("Yeah? Who are you pretending to be?"));
}

void tst_ExampleBuilder::separatorCollisionsAreReported()
{
    Project project = seedProject();
    QVERIFY(checkSeparators(project).isEmpty());

    ExportSettings settings;
    settings.stopSequence = u"###"_s;
    project.setExportSettings(settings);
    Diagnostics problems = checkSeparators(project);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().message.contains(u"overlap"_s));

    project.setExportSettings(ExportSettings());
    const int row = rowWithText(project, u"Why didn't you"_s);
    project.setCompletion(row, u"a END b"_s);
    problems = checkSeparators(project);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().line, project.conversation().line(row));
    project.setCompletion(row, u"fine\nEND"_s); // ending with the stop sequence is what it is for
    QVERIFY(checkSeparators(project).isEmpty());
}

QTEST_GUILESS_MAIN(tst_ExampleBuilder)
#include "tst_examplebuilder.moc"
