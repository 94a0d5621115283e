// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <core/import/whatsappimporter.h>
#include <core/project/project.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Finetuner::Core;

namespace {
Project makeProject()
{
    const QByteArray chat = "[27/07/2012, 21:01:50] Bruce Wayne: Hello\n"
                            "[27/07/2012, 21:01:54] Selina Kyle: one\n"
                            "\xE2\x80\x8E[27/07/2012, 21:01:55] Selina Kyle: \xE2\x80\x8Eimage omitted\n"
                            "[27/07/2012, 21:01:56] Gotham: \xE2\x80\x8E" "Bruce Wayne added Alfred\n"
                            "[27/07/2012, 21:02:03] Selina Kyle: two\n"
                            "[27/07/2012, 21:02:04] Bruce Wayne: three\n";
    auto result = WhatsAppImporter().parse(chat, u"chat.txt"_s);
    if (!result.ok())
        qFatal("fixture did not parse");
    return Project(*result.value);
}
} // namespace

class tst_Project : public QObject
{
    Q_OBJECT
private slots:
    void startsWithEveryTextMessageOfPromptAuthorsIncluded();
    void rolesDecideInclusionUnlessARowSaysOtherwise();
    void anonymizeStartsOnForEveryRow();
    void countsStatusesAsTheyChange();
    void completionsAreStoredOnlyWhereWritten();
    void nextUnfinishedSkipsDoneExcludedAndWraps();
    void pseudonymsDefaultToNumberedPersons();
};

void tst_Project::startsWithEveryTextMessageOfPromptAuthorsIncluded()
{
    const Project project = makeProject();
    QCOMPARE(project.rowCount(), 6);
    const QList<bool> expected = {true, true, false, false, true, true}; // media and system rows are not prompts
    for (int row = 0; row < project.rowCount(); ++row) {
        QCOMPARE(project.isIncluded(row), expected.at(row));
        QCOMPARE(project.includeOverride(row), IncludeOverride::Auto);
        QCOMPARE(project.status(row), ReviewStatus::Todo);
    }
}

void tst_Project::rolesDecideInclusionUnlessARowSaysOtherwise()
{
    Project project = makeProject();
    const int bruce = project.conversation().participantId(u"Bruce Wayne"_s);
    project.setParticipantRole(bruce, ParticipantRole::Excluded);
    QVERIFY(!project.isIncluded(0));
    QVERIFY(!project.isIncluded(5));
    QVERIFY(project.isIncluded(1));

    project.setIncludeOverride(5, IncludeOverride::Included);
    QVERIFY(project.isIncluded(5));
    project.setIncludeOverride(1, IncludeOverride::Excluded);
    QVERIFY(!project.isIncluded(1));
    QVERIFY(!project.isExported(1));
    // An included media row can be forced in too: the annotator decides.
    project.setIncludeOverride(2, IncludeOverride::Included);
    QVERIFY(project.isIncluded(2));

    project.setParticipantRole(bruce, ParticipantRole::Context);
    QVERIFY(!project.isIncluded(0));
    QVERIFY(project.isIncluded(5)); // the override still holds
}

void tst_Project::anonymizeStartsOnForEveryRow()
{
    Project project = makeProject();
    for (int row = 0; row < project.rowCount(); ++row)
        QVERIFY(project.isAnonymized(row));
    project.setAnonymized(3, false);
    QVERIFY(!project.isAnonymized(3));
    QVERIFY(project.isAnonymized(2));
    // The bits do not disturb each other.
    project.setStatus(3, ReviewStatus::NeedsReview);
    project.setIncludeOverride(3, IncludeOverride::Included);
    QVERIFY(!project.isAnonymized(3));
    QCOMPARE(project.status(3), ReviewStatus::NeedsReview);
    QCOMPARE(project.includeOverride(3), IncludeOverride::Included);
}

void tst_Project::countsStatusesAsTheyChange()
{
    Project project = makeProject();
    QCOMPARE(project.statusCount(ReviewStatus::Todo), 6);
    project.setStatus(0, ReviewStatus::Done);
    project.setStatus(1, ReviewStatus::Skipped);
    project.setStatus(1, ReviewStatus::Done);
    QCOMPARE(project.statusCount(ReviewStatus::Done), 2);
    QCOMPARE(project.statusCount(ReviewStatus::Skipped), 0);
    QCOMPARE(project.statusCount(ReviewStatus::Todo), 4);
    QVERIFY(!project.isExported(2));
    project.setStatus(4, ReviewStatus::Skipped);
    QVERIFY(!project.isExported(4)); // skipped rows are not exported
}

void tst_Project::completionsAreStoredOnlyWhereWritten()
{
    Project project = makeProject();
    QVERIFY(project.completion(1).isEmpty());
    project.setCompletion(1, u"named_entities=police"_s);
    QCOMPARE(project.completion(1), u"named_entities=police"_s);
    project.setCompletion(1, QString());
    QVERIFY(project.completion(1).isEmpty());
}

void tst_Project::nextUnfinishedSkipsDoneExcludedAndWraps()
{
    Project project = makeProject();
    QCOMPARE(project.nextUnfinished(-1, 1), 0);
    project.setStatus(0, ReviewStatus::Done);
    QCOMPARE(project.nextUnfinished(0, 1), 1);
    QCOMPARE(project.nextUnfinished(1, 1), 4); // rows 2 and 3 are not included
    QCOMPARE(project.nextUnfinished(5, 1), 1); // wraps
    QCOMPARE(project.nextUnfinished(1, -1), 5);
    for (int row : {1, 4, 5})
        project.setStatus(row, ReviewStatus::Done);
    QCOMPARE(project.nextUnfinished(0, 1), -1);
    QCOMPARE(Project().nextUnfinished(-1, 1), -1);
}

void tst_Project::pseudonymsDefaultToNumberedPersons()
{
    Project project = makeProject();
    QCOMPARE(project.participantCount(), 2);
    QCOMPARE(project.pseudonym(0), u"Person 1"_s);
    QCOMPARE(project.pseudonym(1), u"Person 2"_s);
    QCOMPARE(project.participant(0).role, ParticipantRole::PromptAuthor);
    project.setPseudonym(1, u"Cat"_s);
    QCOMPARE(project.pseudonym(1), u"Cat"_s);
}

QTEST_GUILESS_MAIN(tst_Project)
#include "tst_project.moc"
