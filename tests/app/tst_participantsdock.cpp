// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/document.h>
#include <app/models/participantsmodel.h>
#include <app/widgets/participantsdock.h>
#include <core/import/importerregistry.h>
#include <testutils.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Finetuner;
using App::ParticipantsModel;

class tst_ParticipantsDock : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listsParticipantsWithTheirCounts();
    void roleChangeIsOneUndoableCommand();
    void pseudonymEditChangesTheExportedAuthor();
    void presetsAndTypedStopSequence();
    void warnsWhenSeparatorsCollide();

private:
    int rowOf(const QString &name) const;

    std::unique_ptr<App::Document> m_document;
    std::unique_ptr<App::ParticipantsDock> m_dock;
    QAbstractItemModel *m_model = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ParticipantsDock::init()
{
    m_document = std::make_unique<App::Document>();
    m_dock = std::make_unique<App::ParticipantsDock>(m_document.get());
    m_model = m_dock->findChild<QTableView *>(u"participantsTable"_s)->model();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto result = Core::importFile(TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s));
    QVERIFY(result.ok());
    m_document->setProject(Core::Project(*result.value));
    m_dock->show();
}

void tst_ParticipantsDock::cleanup()
{
    m_tester.reset();
    m_dock.reset();
    m_document.reset();
}

int tst_ParticipantsDock::rowOf(const QString &name) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, ParticipantsModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

void tst_ParticipantsDock::listsParticipantsWithTheirCounts()
{
    QCOMPARE(m_model->rowCount(), 2);
    const std::vector<int> counts = m_document->project().conversation().messageCountsByParticipant();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QCOMPARE(m_model->index(row, ParticipantsModel::MessagesColumn).data().toInt(), counts[size_t(row)]);
        QCOMPARE(m_model->index(row, ParticipantsModel::RoleColumn).data().toString(), u"Prompt author"_s);
    }
    QCOMPARE(m_model->index(rowOf(u"Selina Kyle"_s), ParticipantsModel::MessagesColumn).data().toInt(), 4);
}

void tst_ParticipantsDock::roleChangeIsOneUndoableCommand()
{
    const int bruce = rowOf(u"Bruce Wayne"_s);
    const Core::Project &project = m_document->project();
    auto bruceIncluded = [&] {
        int included = 0;
        for (int row = 0; row < project.rowCount(); ++row)
            included += project.conversation().authorId(row) == bruce && project.isIncluded(row);
        return included;
    };
    QVERIFY(bruceIncluded() > 0);

    // Through the role delegate's combo box, as a user picks "Excluded".
    auto *table = m_dock->findChild<QTableView *>(u"participantsTable"_s);
    const QModelIndex role = m_model->index(bruce, ParticipantsModel::RoleColumn);
    table->setCurrentIndex(role);
    table->edit(role);
    auto *combo = table->findChild<QComboBox *>();
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(int(Core::ParticipantRole::Excluded)));
    emit combo->activated(combo->currentIndex());

    QCOMPARE(project.participant(bruce).role, Core::ParticipantRole::Excluded);
    QCOMPARE(bruceIncluded(), 0);
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(role.data().toString(), u"Excluded"_s);
    m_document->undoStack()->undo();
    QCOMPARE(project.participant(bruce).role, Core::ParticipantRole::PromptAuthor);
    QVERIFY(bruceIncluded() > 0);
}

void tst_ParticipantsDock::pseudonymEditChangesTheExportedAuthor()
{
    const int selina = rowOf(u"Selina Kyle"_s);
    int row = 0;
    while (m_document->project().conversation().authorId(row) != selina)
        ++row;
    QVERIFY(m_model->setData(m_model->index(selina, ParticipantsModel::PseudonymColumn), u"  Cat "_s));
    QCOMPARE(m_document->builder().author(row), u"Cat"_s);
    // An empty pseudonym would erase names instead of replacing them: refused.
    QVERIFY(!m_model->setData(m_model->index(selina, ParticipantsModel::PseudonymColumn), u" "_s));
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->builder().author(row), u"Person %1"_s.arg(selina + 1));
}

void tst_ParticipantsDock::presetsAndTypedStopSequence()
{
    auto *seed = m_dock->findChild<QPushButton *>(u"seedPresetButton"_s);
    auto *recommended = m_dock->findChild<QPushButton *>(u"recommendedPresetButton"_s);
    auto *stop = m_dock->findChild<QComboBox *>(u"stopSequenceCombo"_s);
    auto *space = m_dock->findChild<QCheckBox *>(u"leadingSpaceCheck"_s);
    QVERIFY(seed && recommended && stop && space);

    seed->click();
    QCOMPARE(m_document->project().exportSettings(), Core::ExportSettings::seed());
    QCOMPARE(m_document->undoStack()->count(), 1);
    QVERIFY(!space->isChecked()); // the widgets follow the document
    recommended->click();
    QCOMPARE(m_document->project().exportSettings(), Core::ExportSettings());
    QVERIFY(space->isChecked());

    // A custom stop sequence, typed with \n for a line break, is one undo step however many keys.
    stop->setFocus();
    stop->lineEdit()->selectAll();
    QTest::keyClicks(stop->lineEdit(), u"\\nSTOP"_s);
    QCOMPARE(m_document->project().exportSettings().stopSequence, u"\nSTOP"_s);
    QCOMPARE(m_document->undoStack()->count(), 3);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->project().exportSettings().stopSequence, u"END"_s);
    QCOMPARE(stop->currentText(), u"END"_s);

    auto *includeAuthor = m_dock->findChild<QCheckBox *>(u"includeAuthorCheck"_s);
    includeAuthor->click();
    QVERIFY(m_document->project().exportSettings().includeAuthor);
    QCOMPARE(m_document->undoStack()->undoText(), u"Include author in prompts"_s);
}

void tst_ParticipantsDock::warnsWhenSeparatorsCollide()
{
    auto *warnings = m_dock->findChild<QLabel *>(u"separatorWarnings"_s);
    auto *stop = m_dock->findChild<QComboBox *>(u"stopSequenceCombo"_s);
    QVERIFY(warnings && stop);
    QTRY_VERIFY(!warnings->isVisible());
    stop->setCurrentIndex(stop->findData(u"###"_s)); // "###" is inside the prompt suffix "\n\n###\n\n"
    QTRY_VERIFY(warnings->isVisible());
    QVERIFY(warnings->text().contains(u"overlap"_s));
    m_document->undoStack()->undo();
    QTRY_VERIFY(!warnings->isVisible());
}

QTEST_MAIN(tst_ParticipantsDock)
#include "tst_participantsdock.moc"
