// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every command: redo gives the new state, undo the old one, redo again the new one; merges where they should.

#include <app/commands/editcompletioncommand.h>
#include <app/commands/participantcommands.h>
#include <app/commands/rowfieldcommand.h>
#include <app/document.h>
#include <core/import/importerregistry.h>
#include <testutils.h>

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Finetuner;
using App::Document;
using App::RowFieldCommand;
using Core::ReviewStatus;

class tst_Commands : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void includeAndExcludeAreOneStepForManyRows();
    void anonymizeTogglesAndRestores();
    void statusCommandsKeepTheCounts();
    void completionEditsOfOneRowMerge();
    void roleCommandChangesInclusion();
    void pseudonymEditsMergeAndChangeExportedText();
    void exportSettingsCommandsMergeByKind();
    void newProjectClearsTheHistory();

private:
    Document m_document;
};

void tst_Commands::init()
{
    auto result = Core::importFile(TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s));
    QVERIFY(result.ok());
    m_document.setProject(Core::Project(*result.value));
    QCOMPARE(m_document.undoStack()->count(), 0);
}

void tst_Commands::includeAndExcludeAreOneStepForManyRows()
{
    const Core::Project &project = m_document.project();
    const QList<int> rows = {0, 1, 2};
    const QList<bool> before = {project.isIncluded(0), project.isIncluded(1), project.isIncluded(2)};
    QSignalSpy changed(&m_document, &Document::rowsChanged);

    m_document.push(RowFieldCommand::include(&m_document, rows, false));
    QCOMPARE(m_document.undoStack()->count(), 1);
    QCOMPARE(m_document.undoStack()->text(0), u"Exclude 3 message(s)"_s);
    for (int row : rows)
        QVERIFY(!project.isIncluded(row));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toInt(), 0);
    QCOMPARE(changed.first().at(1).toInt(), 2);

    m_document.undoStack()->undo();
    for (int row : rows) {
        QCOMPARE(project.isIncluded(row), before.at(row));
        QCOMPARE(project.includeOverride(row), Core::IncludeOverride::Auto);
    }
    m_document.undoStack()->redo();
    for (int row : rows)
        QVERIFY(!project.isIncluded(row));
}

void tst_Commands::anonymizeTogglesAndRestores()
{
    const Core::Project &project = m_document.project();
    m_document.push(RowFieldCommand::anonymize(&m_document, {1, 3}, false));
    QVERIFY(!project.isAnonymized(1));
    QVERIFY(!project.isAnonymized(3));
    QVERIFY(project.isAnonymized(2));
    m_document.undoStack()->undo();
    QVERIFY(project.isAnonymized(1));
    QVERIFY(project.isAnonymized(3));
}

void tst_Commands::statusCommandsKeepTheCounts()
{
    const Core::Project &project = m_document.project();
    const int rows = project.rowCount();
    QSignalSpy counts(&m_document, &Document::statusCountsChanged);
    m_document.push(RowFieldCommand::status(&m_document, {0}, ReviewStatus::Done));
    m_document.push(RowFieldCommand::status(&m_document, {1, 2}, ReviewStatus::Skipped));
    QCOMPARE(project.statusCount(ReviewStatus::Done), 1);
    QCOMPARE(project.statusCount(ReviewStatus::Skipped), 2);
    QCOMPARE(project.statusCount(ReviewStatus::Todo), rows - 3);
    QCOMPARE(counts.size(), 2);
    m_document.undoStack()->undo();
    m_document.undoStack()->undo();
    QCOMPARE(project.statusCount(ReviewStatus::Todo), rows);
    QCOMPARE(m_document.undoStack()->undoText(), QString());
}

void tst_Commands::completionEditsOfOneRowMerge()
{
    const Core::Project &project = m_document.project();
    m_document.push(new App::EditCompletionCommand(&m_document, 1, u"n"_s));
    m_document.push(new App::EditCompletionCommand(&m_document, 1, u"na"_s));
    m_document.push(new App::EditCompletionCommand(&m_document, 1, u"named"_s));
    QCOMPARE(m_document.undoStack()->count(), 1);
    m_document.push(new App::EditCompletionCommand(&m_document, 2, u"other"_s));
    QCOMPARE(m_document.undoStack()->count(), 2);
    QCOMPARE(project.completion(1), u"named"_s);
    m_document.undoStack()->undo();
    QVERIFY(project.completion(2).isEmpty());
    m_document.undoStack()->undo();
    QVERIFY(project.completion(1).isEmpty());
    m_document.undoStack()->redo();
    QCOMPARE(project.completion(1), u"named"_s);
}

void tst_Commands::roleCommandChangesInclusion()
{
    const Core::Project &project = m_document.project();
    const int bruce = project.conversation().participantId(u"Bruce Wayne"_s);
    int bruceRow = -1;
    for (int row = 0; row < project.rowCount() && bruceRow < 0; ++row) {
        if (project.conversation().authorId(row) == bruce && project.conversation().kind(row) == Core::MessageKind::Text)
            bruceRow = row;
    }
    QVERIFY(bruceRow >= 0);
    QVERIFY(project.isIncluded(bruceRow));
    QSignalSpy participants(&m_document, &Document::participantsChanged);
    m_document.push(new App::SetParticipantRoleCommand(&m_document, bruce, Core::ParticipantRole::Excluded));
    QVERIFY(!project.isIncluded(bruceRow));
    QCOMPARE(participants.size(), 1);
    QCOMPARE(m_document.undoStack()->text(0), u"Make Bruce Wayne excluded"_s);
    m_document.undoStack()->undo();
    QVERIFY(project.isIncluded(bruceRow));
}

void tst_Commands::pseudonymEditsMergeAndChangeExportedText()
{
    const int selina = m_document.project().conversation().participantId(u"Selina Kyle"_s);
    int selinaRow = 0;
    while (m_document.project().conversation().authorId(selinaRow) != selina)
        ++selinaRow;
    QCOMPARE(m_document.builder().author(selinaRow), m_document.project().pseudonym(selina));
    // A pseudonym is the identity map's: one anonymizationChanged, and no participantsChanged re-reading every row.
    QSignalSpy anonymization(&m_document, &Document::anonymizationChanged);
    QSignalSpy participants(&m_document, &Document::participantsChanged);
    m_document.push(new App::SetPseudonymCommand(&m_document, selina, u"C"_s));
    QCOMPARE(anonymization.size(), 1);
    QCOMPARE(participants.size(), 0);
    m_document.push(new App::SetPseudonymCommand(&m_document, selina, u"Cat"_s));
    QCOMPARE(m_document.undoStack()->count(), 1);
    QCOMPARE(m_document.builder().author(selinaRow), u"Cat"_s);
    m_document.undoStack()->undo();
    QCOMPARE(m_document.project().pseudonym(selina), u"Person %1"_s.arg(selina + 1));
    QCOMPARE(m_document.builder().author(selinaRow), u"Person %1"_s.arg(selina + 1));
}

void tst_Commands::exportSettingsCommandsMergeByKind()
{
    Core::ExportSettings settings = m_document.project().exportSettings();
    settings.stopSequence = u"#"_s;
    m_document.push(new App::SetExportSettingsCommand(&m_document, settings, u"Change stop sequence"_s, true));
    settings.stopSequence = u"##"_s;
    m_document.push(new App::SetExportSettingsCommand(&m_document, settings, u"Change stop sequence"_s, true));
    QCOMPARE(m_document.undoStack()->count(), 1); // typing is one step
    settings.stopSequence = u"###"_s;
    m_document.push(new App::SetExportSettingsCommand(&m_document, settings, u"Change stop sequence"_s));
    QCOMPARE(m_document.undoStack()->count(), 2); // a pick from the list is a step of its own
    settings.completionLeadingSpace = false;
    m_document.push(new App::SetExportSettingsCommand(&m_document, settings, u"Change leading space"_s));
    QCOMPARE(m_document.undoStack()->count(), 3);
    QCOMPARE(m_document.project().exportSettings(), settings);
    m_document.undoStack()->undo();
    m_document.undoStack()->undo();
    QCOMPARE(m_document.project().exportSettings().stopSequence, u"##"_s);
    m_document.undoStack()->undo();
    QCOMPARE(m_document.project().exportSettings(), Core::ExportSettings());

    // Typed and typed back: nothing changed, so nothing is left to undo.
    m_document.undoStack()->clear();
    settings = Core::ExportSettings();
    settings.stopSequence = u"ENDX"_s;
    m_document.push(new App::SetExportSettingsCommand(&m_document, settings, u"Change stop sequence"_s, true));
    settings.stopSequence = u"END"_s;
    m_document.push(new App::SetExportSettingsCommand(&m_document, settings, u"Change stop sequence"_s, true));
    QCOMPARE(m_document.undoStack()->count(), 0);
    QCOMPARE(m_document.project().exportSettings(), Core::ExportSettings());
}

void tst_Commands::newProjectClearsTheHistory()
{
    m_document.push(RowFieldCommand::status(&m_document, {0}, ReviewStatus::Done));
    QCOMPARE(m_document.undoStack()->count(), 1);
    QSignalSpy reset(&m_document, &Document::projectReset);
    m_document.setProject(Core::Project());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_document.undoStack()->count(), 0);
    QCOMPARE(m_document.project().rowCount(), 0);
}

QTEST_MAIN(tst_Commands)
#include "tst_commands.moc"
