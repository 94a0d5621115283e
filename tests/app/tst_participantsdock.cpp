// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/document.h>
#include <app/models/participantsmodel.h>
#include <app/widgets/participantsdock.h>
#include <core/dataset/examplebuilder.h>
#include <core/import/importerregistry.h>

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <testutils.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Finetuner;
using App::ParticipantsModel;
using Core::ExportSettings;
using Core::ParticipantRole;

class tst_ParticipantsDock : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void listsParticipantsWithTheirCounts();
    void roleChosenInTheDelegateIsOneUndoableCommand();
    void typingALetterOnARoleCellPicksThatRole();
    void arrowKeysMoveThroughRolesWithoutChangingThem();
    void pseudonymEditChangesTheExportedAuthor();
    void seedPresetIsOneUndoStep();
    void typedSeparatorsBecomeRealStrings();
    void aChoiceIsItsOwnUndoStep();
    void widgetsFollowTheDocumentWithoutPushing();
    void warnsWhenSeparatorsCollide_data();
    void warnsWhenSeparatorsCollide();
    void warningsWaitWhileTheDockIsHidden();

private:
    /// Picks the item holding @p value from the combo's list, as a user does.
    static void choose(QComboBox *combo, const QString &value);
    template<typename T>
    T *child(const QString &objectName) const
    {
        auto *widget = m_dock->findChild<T *>(objectName);
        if (!widget)
            qFatal("no %s", qPrintable(objectName));
        return widget;
    }
    int rowOf(const QString &name) const;
    int firstRowBy(int participant) const;
    int includedRowsBy(int participant) const;
    QUndoStack *undoStack() const { return m_document->undoStack(); }
    const Core::Project &project() const { return m_document->project(); }

    std::unique_ptr<App::Document> m_document;
    std::unique_ptr<App::ParticipantsDock> m_dock;
    QTableView *m_table = nullptr;
    QAbstractItemModel *m_model = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ParticipantsDock::init()
{
    m_document = std::make_unique<App::Document>();
    m_dock = std::make_unique<App::ParticipantsDock>(m_document.get());
    m_table = child<QTableView>(u"participantsTable"_s);
    m_model = m_table->model();
    // Watches the model from before the project arrives (a reset) through every edit of every test.
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model,
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto result = Core::importFile(TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s));
    QVERIFY(result.ok());
    m_document->setProject(Core::Project(*result.value));
    m_dock->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
}

void tst_ParticipantsDock::cleanup()
{
    m_tester.reset();
    m_dock.reset();
    m_document.reset();
}

void tst_ParticipantsDock::choose(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    QVERIFY2(index >= 0, qPrintable(value));
    combo->showPopup();
    combo->view()->setCurrentIndex(combo->model()->index(index, 0));
    QTest::keyClick(combo->view(), Qt::Key_Return);
    QVERIFY(!combo->view()->isVisible());
}

int tst_ParticipantsDock::rowOf(const QString &name) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, ParticipantsModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

int tst_ParticipantsDock::firstRowBy(int participant) const
{
    for (int row = 0; row < project().rowCount(); ++row) {
        if (project().conversation().authorId(row) == participant)
            return row;
    }
    return -1;
}

int tst_ParticipantsDock::includedRowsBy(int participant) const
{
    int included = 0;
    for (int row = 0; row < project().rowCount(); ++row)
        included += project().conversation().authorId(row) == participant && project().isIncluded(row);
    return included;
}

void tst_ParticipantsDock::listsParticipantsWithTheirCounts()
{
    QCOMPARE(m_dock->objectName(), u"participantsDock"_s);
    QCOMPARE(m_dock->windowTitle(), u"Participants"_s);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->headerData(ParticipantsModel::MessagesColumn, Qt::Horizontal).toString(), u"Messages"_s);

    const int bruce = rowOf(u"Bruce Wayne"_s);
    const int selina = rowOf(u"Selina Kyle"_s);
    QVERIFY(bruce >= 0 && selina >= 0);
    QCOMPARE(m_model->index(bruce, ParticipantsModel::MessagesColumn).data().toInt(), 5);
    QCOMPARE(m_model->index(selina, ParticipantsModel::MessagesColumn).data().toInt(), 4);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QCOMPARE(m_model->index(row, ParticipantsModel::RoleColumn).data().toString(), u"Prompt author"_s);
        QCOMPARE(m_model->index(row, ParticipantsModel::PseudonymColumn).data().toString(),
                 u"Person %1"_s.arg(row + 1));
    }
}

void tst_ParticipantsDock::roleChosenInTheDelegateIsOneUndoableCommand()
{
    const int bruce = rowOf(u"Bruce Wayne"_s);
    const int selina = rowOf(u"Selina Kyle"_s);
    const int selinaIncluded = includedRowsBy(selina);
    QCOMPARE(includedRowsBy(bruce), 5);

    // As a keyboard user does it: F2 opens the list, two steps down, Return. Only the choice is a command.
    const QModelIndex role = m_model->index(bruce, ParticipantsModel::RoleColumn);
    m_table->setFocus();
    m_table->setCurrentIndex(role);
    QTest::keyClick(m_table, Qt::Key_F2);
    auto *combo = qobject_cast<QComboBox *>(m_table->indexWidget(role));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toInt(), int(ParticipantRole::PromptAuthor));
    QTRY_VERIFY(combo->view()->isVisible()); // the list opens by itself
    QTest::keyClick(combo->view(), Qt::Key_Down);
    QTest::keyClick(combo->view(), Qt::Key_Down);
    QCOMPARE(undoStack()->count(), 0);
    QTest::keyClick(combo->view(), Qt::Key_Return);

    QCOMPARE(undoStack()->count(), 1);
    QVERIFY(!m_table->indexWidget(role)); // committed and closed
    QCOMPARE(project().participant(bruce).role, ParticipantRole::Excluded);
    QCOMPARE(role.data().toString(), u"Excluded"_s);
    QCOMPARE(includedRowsBy(bruce), 0);
    QCOMPARE(includedRowsBy(selina), selinaIncluded);

    undoStack()->undo();
    QCOMPARE(project().participant(bruce).role, ParticipantRole::PromptAuthor);
    QCOMPARE(role.data().toString(), u"Prompt author"_s);
    QCOMPARE(includedRowsBy(bruce), 5);
    undoStack()->redo();
    QCOMPARE(project().participant(bruce).role, ParticipantRole::Excluded);
}

void tst_ParticipantsDock::typingALetterOnARoleCellPicksThatRole()
{
    const int selina = rowOf(u"Selina Kyle"_s);
    const QModelIndex role = m_model->index(selina, ParticipantsModel::RoleColumn);
    m_table->setFocus();
    m_table->setCurrentIndex(role);
    QTest::keyClick(m_table, Qt::Key_C);
    QCOMPARE(project().participant(selina).role, ParticipantRole::Context);
    QCOMPARE(undoStack()->count(), 1);
    QCOMPARE(includedRowsBy(selina), 0);
    QVERIFY(!m_table->indexWidget(role));
    undoStack()->undo();
    QCOMPARE(project().participant(selina).role, ParticipantRole::PromptAuthor);
}

void tst_ParticipantsDock::arrowKeysMoveThroughRolesWithoutChangingThem()
{
    m_table->setFocus();
    m_table->setCurrentIndex(m_model->index(0, ParticipantsModel::RoleColumn));
    QVERIFY(!m_table->indexWidget(m_table->currentIndex())); // no editor just for being current
    QTest::keyClick(m_table, Qt::Key_Down);
    QCOMPARE(m_table->currentIndex(), m_model->index(1, ParticipantsModel::RoleColumn));
    QVERIFY(!m_table->indexWidget(m_table->currentIndex()));
    QTest::keyClick(m_table, Qt::Key_Up);
    QCOMPARE(m_table->currentIndex().row(), 0);
    QCOMPARE(undoStack()->count(), 0);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(project().participant(row).role, ParticipantRole::PromptAuthor);
}

void tst_ParticipantsDock::pseudonymEditChangesTheExportedAuthor()
{
    const int selina = rowOf(u"Selina Kyle"_s);
    const int row = firstRowBy(selina);
    QVERIFY(row >= 0);
    QVERIFY(project().isAnonymized(row)); // new projects anonymize every row
    QCOMPARE(m_document->builder().author(row), u"Person %1"_s.arg(selina + 1));

    // Through the view's editor, as typed.
    const QModelIndex pseudonym = m_model->index(selina, ParticipantsModel::PseudonymColumn);
    m_table->setFocus();
    m_table->setCurrentIndex(pseudonym);
    QTest::keyClick(m_table, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(m_table->indexWidget(pseudonym));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"  Cat "_s);
    QTest::keyClick(editor, Qt::Key_Return);

    QTRY_COMPARE(undoStack()->count(), 1); // QStyledItemDelegate commits on Return through a queued call
    QCOMPARE(pseudonym.data().toString(), u"Cat"_s);
    QCOMPARE(m_document->builder().author(row), u"Cat"_s);
    // An empty pseudonym would erase names instead of replacing them: refused, no command.
    QVERIFY(!m_model->setData(pseudonym, u" "_s));
    QCOMPARE(undoStack()->count(), 1);

    undoStack()->undo();
    QCOMPARE(m_document->builder().author(row), u"Person %1"_s.arg(selina + 1));
    QCOMPARE(pseudonym.data().toString(), u"Person %1"_s.arg(selina + 1));
}

void tst_ParticipantsDock::seedPresetIsOneUndoStep()
{
    auto *suffix = child<QComboBox>(u"promptSuffixCombo"_s);
    auto *stop = child<QComboBox>(u"stopSequenceCombo"_s);
    auto *space = child<QCheckBox>(u"leadingSpaceCheck"_s);
    auto *seed = child<QPushButton>(u"seedPresetButton"_s);
    QVERIFY(seed->toolTip().contains(u"parse_convo"_s));
    QCOMPARE(suffix->currentText(), u"⏎⏎###⏎⏎"_s);
    QCOMPARE(suffix->currentData().toString(), u"\n\n###\n\n"_s);

    seed->click();
    QCOMPARE(project().exportSettings(), ExportSettings::seed());
    QCOMPARE(undoStack()->count(), 1);
    QCOMPARE(undoStack()->undoText(), u"Use the seed's separators"_s);
    // The widgets follow the document, and following it pushes nothing.
    QCOMPARE(suffix->currentText(), u"(none)"_s);
    QCOMPARE(stop->currentText(), u"(none)"_s);
    QVERIFY(!space->isChecked());
    QCOMPARE(undoStack()->count(), 1);

    undoStack()->undo();
    QCOMPARE(project().exportSettings(), ExportSettings());
    QCOMPARE(suffix->currentText(), u"⏎⏎###⏎⏎"_s);
    QCOMPARE(stop->currentText(), u"END"_s);
    QVERIFY(space->isChecked());
    QCOMPARE(undoStack()->count(), 1);
    QCOMPARE(undoStack()->index(), 0);

    // A preset sets separators only: including the author stays as the user set it.
    child<QCheckBox>(u"includeAuthorCheck"_s)->click();
    QVERIFY(project().exportSettings().includeAuthor);
    QCOMPARE(undoStack()->undoText(), u"Include author in prompts"_s);
    seed->click();
    QVERIFY(project().exportSettings().includeAuthor);
    QCOMPARE(project().exportSettings().stopSequence, QString());
    child<QPushButton>(u"recommendedPresetButton"_s)->click();
    ExportSettings expected;
    expected.includeAuthor = true;
    QCOMPARE(project().exportSettings(), expected);
    QCOMPARE(undoStack()->count(), 3);
}

void tst_ParticipantsDock::typedSeparatorsBecomeRealStrings()
{
    auto *stop = child<QComboBox>(u"stopSequenceCombo"_s);
    auto *suffix = child<QComboBox>(u"promptSuffixCombo"_s);

    // Typed with \n for a line break; one undo step however many keys.
    stop->setFocus();
    stop->lineEdit()->selectAll();
    QTest::keyClicks(stop->lineEdit(), u"\\nSTOP"_s);
    QCOMPARE(project().exportSettings().stopSequence, u"\nSTOP"_s);
    QCOMPARE(stop->currentText(), u"\\nSTOP"_s); // what the user is typing is left alone
    QCOMPARE(undoStack()->count(), 1);
    QCOMPARE(undoStack()->undoText(), u"Change stop sequence"_s);
    undoStack()->undo();
    QCOMPARE(project().exportSettings().stopSequence, u"END"_s);
    QCOMPARE(stop->currentText(), u"END"_s);

    // No inline completion: "#" stays "#", not the "###" item.
    stop->lineEdit()->selectAll();
    QTest::keyClicks(stop->lineEdit(), u"#"_s);
    QCOMPARE(stop->currentText(), u"#"_s);
    QCOMPARE(project().exportSettings().stopSequence, u"#"_s);

    suffix->setFocus();
    suffix->lineEdit()->selectAll();
    QTest::keyClicks(suffix->lineEdit(), u"\\n---\\n"_s);
    QCOMPARE(project().exportSettings().promptSuffix, u"\n---\n"_s);
    QCOMPARE(undoStack()->undoText(), u"Change prompt suffix"_s);
    undoStack()->undo();
    QCOMPARE(project().exportSettings().promptSuffix, u"\n\n###\n\n"_s);
    QCOMPARE(suffix->currentText(), u"⏎⏎###⏎⏎"_s);
    // Redo shows the custom value with visible whitespace, and it still reads back as the same value.
    undoStack()->redo();
    QCOMPARE(suffix->currentText(), u"⏎---⏎"_s);
    QCOMPARE(undoStack()->index(), undoStack()->count());
}

void tst_ParticipantsDock::aChoiceIsItsOwnUndoStep()
{
    auto *suffix = child<QComboBox>(u"promptSuffixCombo"_s);
    auto *space = child<QCheckBox>(u"leadingSpaceCheck"_s);

    suffix->setFocus();
    suffix->lineEdit()->selectAll();
    QTest::keyClicks(suffix->lineEdit(), u"\\n---\\n"_s);
    choose(suffix, u"\n"_s);
    QCOMPARE(suffix->currentText(), u"⏎"_s);
    QCOMPARE(project().exportSettings().promptSuffix, u"\n"_s);
    choose(suffix, QString()); // "(none)"
    QCOMPARE(project().exportSettings().promptSuffix, QString());
    QCOMPARE(undoStack()->count(), 3); // typed, chosen, chosen: nothing merged across them
    QCOMPARE(undoStack()->undoText(), u"Change prompt suffix"_s);

    undoStack()->undo();
    QCOMPARE(project().exportSettings().promptSuffix, u"\n"_s);
    undoStack()->undo();
    QCOMPARE(project().exportSettings().promptSuffix, u"\n---\n"_s);
    QCOMPARE(suffix->currentText(), u"⏎---⏎"_s);
    undoStack()->undo();
    QCOMPARE(project().exportSettings(), ExportSettings());

    // Two clicks on a check box are two steps, not one that changes nothing.
    space->click();
    space->click();
    QVERIFY(project().exportSettings().completionLeadingSpace);
    QCOMPARE(undoStack()->count(), 2);
    undoStack()->undo();
    QVERIFY(!project().exportSettings().completionLeadingSpace);
    QVERIFY(!space->isChecked());
}

void tst_ParticipantsDock::widgetsFollowTheDocumentWithoutPushing()
{
    auto result = Core::importFile(TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s));
    QVERIFY(result.ok());
    Core::Project seeded(*result.value);
    ExportSettings settings = ExportSettings::seed();
    settings.includeAuthor = true;
    settings.stopSequence = u"\n###"_s;
    seeded.setExportSettings(settings);
    m_document->setProject(std::move(seeded));

    QVERIFY(child<QCheckBox>(u"includeAuthorCheck"_s)->isChecked());
    QVERIFY(!child<QCheckBox>(u"leadingSpaceCheck"_s)->isChecked());
    QCOMPARE(child<QComboBox>(u"promptSuffixCombo"_s)->currentText(), u"(none)"_s);
    QCOMPARE(child<QComboBox>(u"stopSequenceCombo"_s)->currentText(), u"⏎###"_s);
    QCOMPARE(project().exportSettings(), settings); // showing it did not change it
    QCOMPARE(undoStack()->count(), 0);
}

void tst_ParticipantsDock::warnsWhenSeparatorsCollide_data()
{
    QTest::addColumn<QString>("promptSuffix");
    QTest::addColumn<QString>("stopSequence");
    QTest::addColumn<int>("commands");

    QTest::newRow("equal") << u"\n"_s << u"\n"_s << 2;
    QTest::newRow("stop inside the suffix") << u"\n\n###\n\n"_s << u"###"_s << 1;
}

void tst_ParticipantsDock::warnsWhenSeparatorsCollide()
{
    QFETCH(QString, promptSuffix);
    QFETCH(QString, stopSequence);
    QFETCH(int, commands);
    auto *warnings = child<QLabel>(u"separatorWarnings"_s);
    auto *suffix = child<QComboBox>(u"promptSuffixCombo"_s);
    auto *stop = child<QComboBox>(u"stopSequenceCombo"_s);
    QVERIFY(warnings->wordWrap());
    QVERIFY(!warnings->isVisible());

    choose(suffix, promptSuffix);
    choose(stop, stopSequence);
    QCOMPARE(project().exportSettings().promptSuffix, promptSuffix);
    QCOMPARE(project().exportSettings().stopSequence, stopSequence);
    QCOMPARE(undoStack()->count(), commands);
    // Debounced: the check scans every row, so it runs once the edits pause, not inside them.
    QVERIFY(!warnings->isVisible());
    QTRY_VERIFY(warnings->isVisible());
    QVERIFY2(warnings->text().contains(u"overlap"_s), qPrintable(warnings->text()));
    QCOMPARE(warnings->palette().color(QPalette::WindowText), m_dock->palette().color(QPalette::Link));

    undoStack()->undo(); // the stop sequence back to END
    QTRY_VERIFY(!warnings->isVisible());
}

void tst_ParticipantsDock::warningsWaitWhileTheDockIsHidden()
{
    auto *warnings = child<QLabel>(u"separatorWarnings"_s);
    auto *stop = child<QComboBox>(u"stopSequenceCombo"_s);
    choose(stop, u"###"_s);
    QCOMPARE(project().exportSettings().stopSequence, u"###"_s);
    m_dock->hide();    // closed before the debounce ran out
    QTest::qWait(500); // longer than the debounce: a hidden dock does not scan
    QVERIFY(warnings->text().isEmpty());
    m_dock->show();
    QVERIFY(warnings->isVisible()); // checked as it is shown, not a debounce later
    QVERIFY(warnings->text().contains(u"overlap"_s));
}

QTEST_MAIN(tst_ParticipantsDock)
#include "tst_participantsdock.moc"
