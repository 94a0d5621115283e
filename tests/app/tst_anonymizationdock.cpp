// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Anonymization dock in the real window, on a book club chat with a phone-number author, a push name, a
// person only named in a system line, an e-mail address and a phone number: every edit is checked in the
// exported text, undone, redone, and read back from the project file.

#include <app/commands/anonymizationcommands.h>
#include <app/document.h>
#include <app/mainwindow.h>
#include <app/models/identitymodel.h>
#include <app/models/participantsmodel.h>
#include <app/widgets/anonymizationdock.h>
#include <chatgenerator.h>
#include <core/anonymize/anonymizer.h>
#include <core/dataset/examplebuilder.h>
#include <core/import/whatsappimporter.h>
#include <core/project/projectstore.h>
#include <testutils.h>
#include <windowfixture.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Finetuner;
using App::AnonymizationDock;
using App::IdentityModel;
using Core::PiiType;

class tst_AnonymizationDock : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensFromTheViewMenuWithItsOwnShortcut();
    void listsPeopleWithAliasesAndMessages();
    void editingAPseudonymChangesTheExportAndTheParticipants();
    void clearingAPseudonymGivesTheStylesBack();
    void styleComboGivesRealisticNames();
    void mergeAndSplitChangeWhoANameIs();
    void addAliasAnonymizesANewWord();
    void addAliasIsRefusedWhenSomebodyElseHasIt();
    void removeAliasLeavesTheWordAsWritten();
    void addPersonGivesANameAPseudonym();
    void switchingADetectorOffKeepsTheValueAsWritten();
    void maskOperatorMasksTheValue();
    void countsMatchTheExport();
    void typedTermsApplyAfterAPauseAsOneStep();
    void invalidPatternIsShownUnderThePatterns();
    void phoneRegionsAreParsed();
    void followsUndoWithoutPushing();
    void everyEditIsInTheProjectFile();
    void isGreyedForADataset();
    void countingAManyRowProjectKeepsTheWindowResponsive();

private:
    void open(const QString &path);
    App::Document *document() const { return m_window->document(); }
    const Core::Project &project() const { return document()->project(); }
    QUndoStack *undoStack() const { return document()->undoStack(); }
    template<typename T>
    T *child(const QString &objectName) const
    {
        auto *widget = m_window->findChild<T *>(objectName);
        if (!widget)
            qFatal("no %s", qPrintable(objectName));
        return widget;
    }
    QTableView *identities() const { return child<QTableView>(u"identitiesTable"_s); }
    QAbstractItemModel *model() const { return identities()->model(); }
    int rowOf(const QString &textStart) const;
    int identityRow(const QString &name) const;
    QString pseudonymOf(const QString &name) const;
    /// What the detail pane shows as exported for @p row, after making it current.
    QString detailText(int row);
    QString participantsPseudonym(const QString &participant) const;
    /// Selects the people's rows in this order, as clicks with Ctrl do.
    void selectPeople(const QList<int> &rows);
    /// Answers the next input dialog with @p text, as a user typing it and pressing OK.
    void answerNextDialog(const QString &text);
    static void choose(QComboBox *combo, int data);
    static bool triggerMenuAction(QMenu *menu, const QString &text);
    void waitForCounts();
    /// The dock is the tab shown of the dock area it shares with the participants.
    bool isFrontTab() const;
    Core::Project storedProject() const;

    QTemporaryDir m_dir;
    std::unique_ptr<App::MainWindow> m_window;
    AnonymizationDock *m_dock = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_AnonymizationDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_AnonymizationDock::init()
{
    static int count = 0;
    m_window = WindowFixture::make(m_dir.filePath(u"settings.ini"_s), m_dir.filePath(u"projects-%1"_s.arg(++count)));
    m_dock = child<AnonymizationDock>(u"anonymizationDock"_s);
    // Watches the model from before the project arrives (a reset) through every edit of every test.
    m_tester = std::make_unique<QAbstractItemModelTester>(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    open(TestUtils::dataPath(u"anonymize/book-club.txt"_s));
    child<QAction>(u"anonymizationAction"_s)->trigger();
    QTRY_VERIFY(m_dock->isVisible());
}

void tst_AnonymizationDock::cleanup()
{
    m_tester.reset();
    m_window.reset();
}

void tst_AnonymizationDock::open(const QString &path)
{
    QSignalSpy opened(m_window.get(), &App::MainWindow::chatOpened);
    m_window->openFile(path);
    QVERIFY(opened.count() > 0 || opened.wait(10000));
}

int tst_AnonymizationDock::rowOf(const QString &textStart) const
{
    const Core::Conversation &conversation = project().conversation();
    for (int row = 0; row < conversation.size(); ++row) {
        if (conversation.text(row).startsWith(textStart))
            return row;
    }
    qFatal("no row starts with %s", qPrintable(textStart));
}

int tst_AnonymizationDock::identityRow(const QString &name) const
{
    for (int row = 0; row < model()->rowCount(); ++row) {
        if (model()->index(row, IdentityModel::PersonColumn).data().toString() == name)
            return row;
    }
    return -1;
}

QString tst_AnonymizationDock::pseudonymOf(const QString &name) const
{
    return model()->index(identityRow(name), IdentityModel::PseudonymColumn).data().toString();
}

QString tst_AnonymizationDock::detailText(int row)
{
    m_window->setCurrentRow(row);
    return child<QPlainTextEdit>(u"exportedText"_s)->toPlainText();
}

QString tst_AnonymizationDock::participantsPseudonym(const QString &participant) const
{
    QAbstractItemModel *participants = child<QTableView>(u"participantsTable"_s)->model();
    for (int row = 0; row < participants->rowCount(); ++row) {
        if (participants->index(row, App::ParticipantsModel::NameColumn).data().toString() == participant)
            return participants->index(row, App::ParticipantsModel::PseudonymColumn).data().toString();
    }
    return {};
}

void tst_AnonymizationDock::selectPeople(const QList<int> &rows)
{
    QItemSelectionModel *selection = identities()->selectionModel();
    selection->setCurrentIndex(model()->index(rows.constFirst(), 0),
                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    for (qsizetype i = 1; i < rows.size(); ++i)
        selection->select(model()->index(rows.at(i), 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void tst_AnonymizationDock::answerNextDialog(const QString &text)
{
    // The dialog runs its own event loop: a timer finds it there, types and accepts.
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, text] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        auto *edit = dialog->findChild<QLineEdit *>();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    });
    timer->start();
}

void tst_AnonymizationDock::choose(QComboBox *combo, int data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->showPopup();
    combo->view()->setCurrentIndex(combo->model()->index(index, 0));
    QTest::keyClick(combo->view(), Qt::Key_Return);
    QVERIFY(!combo->view()->isVisible());
}

bool tst_AnonymizationDock::triggerMenuAction(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text && action->isEnabled()) {
            action->trigger();
            return true;
        }
    }
    return false;
}

void tst_AnonymizationDock::waitForCounts()
{
    QSignalSpy updated(m_dock, &AnonymizationDock::countsUpdated);
    QVERIFY(updated.wait(10000));
}

bool tst_AnonymizationDock::isFrontTab() const
{
    for (const QTabBar *bar : m_window->findChildren<QTabBar *>()) {
        if (bar->isVisible() && bar->currentIndex() >= 0 && bar->tabText(bar->currentIndex()) == u"Anonymization"_s)
            return true;
    }
    return false;
}

Core::Project tst_AnonymizationDock::storedProject() const
{
    auto opened = Core::ProjectStore::open(document()->projectPath(), Core::ProjectStore::Mode::ReadOnly);
    if (!opened.ok())
        qFatal("the project file does not open");
    return std::move(opened.value->project);
}

void tst_AnonymizationDock::opensFromTheViewMenuWithItsOwnShortcut()
{
    QAction *action = child<QAction>(u"anonymizationAction"_s);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    QCOMPARE(m_dock->windowTitle(), u"Anonymization"_s);
    // No other action of the window has the key.
    for (QAction *other : m_window->findChildren<QAction *>()) {
        if (other != action)
            QVERIFY2(!other->shortcuts().contains(action->shortcut()), qPrintable(other->text()));
    }
    // Opened, it is in front of the participants it shares the dock area with, not a tab behind them.
    QTRY_VERIFY(isFrontTab());
    QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!m_dock->isVisible());
    QTRY_VERIFY(!isFrontTab()); // the dock area updates its tabs a moment later
    QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(m_dock->isVisible());
    QTRY_VERIFY(isFrontTab());
}

void tst_AnonymizationDock::listsPeopleWithAliasesAndMessages()
{
    // Five participants and Dick, only named in "Bruce Wayne added Dick Grayson".
    QCOMPARE(model()->rowCount(), 6);
    QCOMPARE(model()->headerData(IdentityModel::PseudonymColumn, Qt::Horizontal).toString(), u"Pseudonym"_s);
    const int bruce = identityRow(u"Bruce Wayne"_s);
    QVERIFY(bruce >= 0);
    QCOMPARE(model()->index(bruce, IdentityModel::MessagesColumn).data().toInt(), 2);
    const QString aliases = model()->index(bruce, IdentityModel::AliasesColumn).data().toString();
    // The name is the first column; here the words first, then the @mentions.
    QCOMPARE(aliases, u"Bruce, Wayne, @Bruce Wayne"_s);
    const QStringList toolTip = model()->index(bruce, IdentityModel::AliasesColumn).data(Qt::ToolTipRole).toString().split(u'\n');
    QCOMPARE(toolTip, project().identities().at(bruce).aliasTexts()); // all of them, the isolated mention too
    QCOMPARE(toolTip.size(), 5);
    QCOMPARE(model()->index(identityRow(u"Selina Kyle"_s), IdentityModel::MessagesColumn).data().toInt(), 2);
    QCOMPARE(model()->index(identityRow(u"Harvey Dent"_s), IdentityModel::MessagesColumn).data().toInt(), 1);
    QCOMPARE(model()->index(identityRow(u"Dick Grayson"_s), IdentityModel::MessagesColumn).data().toInt(), 0);
    // The phone number's aliases hold its E.164 and national forms.
    const QString phone = model()->index(identityRow(u"+44 7700 900123"_s), IdentityModel::AliasesColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(phone.contains(u"+447700900123"_s) && phone.contains(u"07700 900123"_s), qPrintable(phone));
    for (int row = 0; row < model()->rowCount(); ++row)
        QCOMPARE(model()->index(row, IdentityModel::PseudonymColumn).data().toString(), u"Person %1"_s.arg(row + 1));
    // The column is narrow: the person selected has all their aliases under the table.
    selectPeople({bruce});
    QCOMPARE(child<QLabel>(u"selectedAliases"_s)->text(), u"Bruce Wayne is also written: Bruce, Wayne, @Bruce Wayne"_s);
    QVERIFY(model()->flags(model()->index(0, IdentityModel::PseudonymColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model()->flags(model()->index(0, IdentityModel::PersonColumn)) & Qt::ItemIsEditable));
}

void tst_AnonymizationDock::editingAPseudonymChangesTheExportAndTheParticipants()
{
    const int row = rowOf(u"Welcome Selina"_s);
    const QString before = document()->builder().text(row);
    QCOMPARE(before, u"Welcome Person 2! Person 6 joins us next week. First book is Dune."_s);
    QCOMPARE(participantsPseudonym(u"Selina Kyle"_s), u"Person 2"_s);

    // As a keyboard user does it: F2 on the cell, type, Return.
    const QModelIndex cell = model()->index(identityRow(u"Selina Kyle"_s), IdentityModel::PseudonymColumn);
    identities()->setFocus();
    identities()->setCurrentIndex(cell);
    QTest::keyClick(identities(), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(identities()->indexWidget(cell));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"Marta"_s);
    QCOMPARE(undoStack()->count(), 0);
    QTest::keyClick(editor, Qt::Key_Return);

    QTRY_COMPARE(undoStack()->count(), 1); // the delegate commits on the next turn of the event loop
    QCOMPARE(undoStack()->undoText(), u"Set Pseudonym of Selina Kyle"_s);
    const QString renamed = u"Welcome Marta! Person 6 joins us next week. First book is Dune."_s;
    QCOMPARE(document()->builder().text(row), renamed);
    QCOMPARE(detailText(row), renamed);
    QCOMPARE(participantsPseudonym(u"Selina Kyle"_s), u"Marta"_s);
    QCOMPARE(document()->builder().author(rowOf(u"Thanks Bruce"_s)), u"Marta"_s);
    QCOMPARE(cell.data().toString(), u"Marta"_s);
    QCOMPARE(identities()->currentIndex(), cell); // a rename keeps the place

    undoStack()->undo();
    QCOMPARE(document()->builder().text(row), before);
    QCOMPARE(detailText(row), before);
    QCOMPARE(participantsPseudonym(u"Selina Kyle"_s), u"Person 2"_s);
    undoStack()->redo();
    QCOMPARE(detailText(row), renamed);
    QCOMPARE(storedProject().identities(), project().identities());
}

void tst_AnonymizationDock::clearingAPseudonymGivesTheStylesBack()
{
    const QModelIndex cell = model()->index(identityRow(u"Harvey Dent"_s), IdentityModel::PseudonymColumn);
    QVERIFY(model()->setData(cell, u"Two-Face"_s));
    QCOMPARE(document()->builder().author(rowOf(u"Count me in"_s)), u"Two-Face"_s);
    QVERIFY(model()->setData(cell, QString()));
    QCOMPARE(cell.data().toString(), u"Person 5"_s);
    QCOMPARE(document()->builder().author(rowOf(u"Count me in"_s)), u"Person 5"_s);
    QCOMPARE(undoStack()->count(), 2);
    // Return on a cell left as it was is no step.
    QVERIFY(model()->setData(cell, u"Person 5"_s));
    QCOMPARE(undoStack()->count(), 2);
    undoStack()->undo();
    QCOMPARE(cell.data().toString(), u"Two-Face"_s);
}

void tst_AnonymizationDock::styleComboGivesRealisticNames()
{
    QVERIFY(model()->setData(model()->index(identityRow(u"Bruce Wayne"_s), IdentityModel::PseudonymColumn), u"Batman"_s));
    auto *style = child<QComboBox>(u"pseudonymStyleCombo"_s);
    QCOMPARE(style->currentText(), u"Person 1, Person 2…"_s);
    choose(style, int(Core::PseudonymStyle::Surrogate));
    QCOMPARE(undoStack()->undoText(), u"Use Realistic Pseudonyms"_s);
    QCOMPARE(project().identities().style(), Core::PseudonymStyle::Surrogate);
    const QString selina = pseudonymOf(u"Selina Kyle"_s);
    QVERIFY2(!selina.startsWith(u"Person "_s) && !selina.isEmpty(), qPrintable(selina));
    QCOMPARE(pseudonymOf(u"Bruce Wayne"_s), u"Batman"_s); // typed by the user: kept
    QCOMPARE(document()->builder().text(rowOf(u"Welcome Selina"_s)).left(8 + selina.size()), u"Welcome "_s + selina);
    QCOMPARE(participantsPseudonym(u"Selina Kyle"_s), selina);

    undoStack()->undo();
    QCOMPARE(style->currentText(), u"Person 1, Person 2…"_s);
    QCOMPARE(pseudonymOf(u"Selina Kyle"_s), u"Person 2"_s);
    QCOMPARE(undoStack()->count(), 2); // the refresh after undo pushed nothing
    undoStack()->redo();
    QCOMPARE(style->currentData().toInt(), int(Core::PseudonymStyle::Surrogate));
}

void tst_AnonymizationDock::mergeAndSplitChangeWhoANameIs()
{
    // "+44 7700 900123" writes "Alfred here": Alfred is the push name "~ Alfred", another identity so far.
    const int row = rowOf(u"Good evening"_s);
    const int other = rowOf(u"This is my other phone"_s);
    QCOMPARE(document()->builder().author(row), u"Person 3"_s);
    QCOMPARE(document()->builder().text(row), u"Good evening, Person 4 here. Ring me on <PHONE> if you get lost"_s);
    QCOMPARE(document()->builder().author(other), u"Person 4"_s);

    auto *merge = child<QToolButton>(u"mergePeopleButton"_s);
    selectPeople({identityRow(u"+44 7700 900123"_s)});
    QVERIFY(!merge->isEnabled());
    selectPeople({identityRow(u"+44 7700 900123"_s), identityRow(u"~ Alfred"_s)});
    QVERIFY(merge->isEnabled());
    QTest::mouseClick(merge, Qt::LeftButton);

    QCOMPARE(undoStack()->undoText(), u"Merge People"_s);
    QCOMPARE(model()->rowCount(), 5);
    QCOMPARE(document()->builder().author(row), u"Person 3"_s);
    QCOMPARE(document()->builder().author(other), u"Person 3"_s);
    QCOMPARE(document()->builder().text(row), u"Good evening, Person 3 here. Ring me on <PHONE> if you get lost"_s);
    QCOMPARE(participantsPseudonym(u"~ Alfred"_s), u"Person 3"_s);
    const int merged = identityRow(u"+44 7700 900123"_s);
    QCOMPARE(model()->index(merged, IdentityModel::MessagesColumn).data().toInt(), 2);
    QCOMPARE(identities()->currentIndex().row(), merged); // the merged person is selected

    // Split "~ Alfred" off again: the name is theirs once more, under a pseudonym of their own.
    auto *split = child<QToolButton>(u"splitPersonButton"_s);
    QVERIFY(split->isEnabled());
    QVERIFY(triggerMenuAction(split->menu(), u"~ Alfred"_s));
    QCOMPARE(undoStack()->undoText(), u"Split ~ Alfred Off"_s);
    QCOMPARE(model()->rowCount(), 6);
    const QString alfred = document()->builder().author(other);
    QVERIFY2(alfred != u"Person 3"_s && alfred.startsWith(u"Person "_s), qPrintable(alfred));
    QCOMPARE(document()->builder().text(row), u"Good evening, %1 here. Ring me on <PHONE> if you get lost"_s.arg(alfred));
    QCOMPARE(participantsPseudonym(u"~ Alfred"_s), alfred);
    QVERIFY(!split->isEnabled()); // a person of one participant has nobody to split off

    undoStack()->undo();
    QCOMPARE(model()->rowCount(), 5);
    QCOMPARE(document()->builder().author(other), u"Person 3"_s);
    undoStack()->undo();
    QCOMPARE(model()->rowCount(), 6);
    QCOMPARE(document()->builder().author(other), u"Person 4"_s);
    QCOMPARE(document()->builder().text(row), u"Good evening, Person 4 here. Ring me on <PHONE> if you get lost"_s);
    undoStack()->redo();
    QCOMPARE(document()->builder().author(other), u"Person 3"_s);
    QCOMPARE(storedProject().identities(), project().identities());
}

void tst_AnonymizationDock::addAliasAnonymizesANewWord()
{
    const int row = rowOf(u"Noted."_s);
    QCOMPARE(document()->builder().text(row), u"Noted. Thursday at 7 then, Catwoman"_s);
    selectPeople({identityRow(u"Selina Kyle"_s)});
    answerNextDialog(u"Catwoman"_s);
    QTest::mouseClick(child<QToolButton>(u"addAliasButton"_s), Qt::LeftButton);

    QCOMPARE(undoStack()->undoText(), u"Add Alias “Catwoman” to Selina Kyle"_s);
    QCOMPARE(document()->builder().text(row), u"Noted. Thursday at 7 then, Person 2"_s);
    QCOMPARE(detailText(row), u"Noted. Thursday at 7 then, Person 2"_s);
    QCOMPARE(document()->builder().text(rowOf(u"Catwoman is"_s)), u"Person 2 is what my friends call me"_s);
    QCOMPARE(model()->index(identityRow(u"Selina Kyle"_s), IdentityModel::AliasesColumn).data().toString(), u"Selina, Kyle, Catwoman, @Selina Kyle"_s);

    undoStack()->undo();
    QCOMPARE(document()->builder().text(row), u"Noted. Thursday at 7 then, Catwoman"_s);
    undoStack()->redo();
    QCOMPARE(document()->builder().text(row), u"Noted. Thursday at 7 then, Person 2"_s);
    QCOMPARE(storedProject().identities(), project().identities());
}

void tst_AnonymizationDock::addAliasIsRefusedWhenSomebodyElseHasIt()
{
    auto *message = child<QLabel>(u"peopleMessage"_s);
    QVERIFY(!message->isVisible());
    selectPeople({identityRow(u"Harvey Dent"_s)});
    answerNextDialog(u"bruce"_s); // Bruce Wayne's, in another case
    QTest::mouseClick(child<QToolButton>(u"addAliasButton"_s), Qt::LeftButton);
    QCOMPARE(undoStack()->count(), 0);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"Bruce Wayne"_s), qPrintable(message->text()));
    // The next change through the dock clears it.
    QVERIFY(!triggerMenuAction(child<QMenu>(u"removeAliasMenu"_s), u"nobody"_s));
    QVERIFY(triggerMenuAction(child<QMenu>(u"removeAliasMenu"_s), u"Dent"_s));
    QVERIFY(!message->isVisible());
}

void tst_AnonymizationDock::removeAliasLeavesTheWordAsWritten()
{
    // "Dick" stands for Dick Grayson; say it is not a name here.
    const int row = rowOf(u"Welcome Selina"_s);
    selectPeople({identityRow(u"Dick Grayson"_s)});
    auto *remove = child<QToolButton>(u"removeAliasButton"_s);
    QVERIFY(remove->isEnabled());
    QVERIFY(triggerMenuAction(remove->menu(), u"Dick"_s));
    QCOMPARE(undoStack()->undoText(), u"Remove Alias “Dick”"_s);
    QCOMPARE(document()->builder().text(row), u"Welcome Person 2! Dick joins us next week. First book is Dune."_s);
    // The menu follows: the alias is gone from it.
    QVERIFY(!triggerMenuAction(remove->menu(), u"Dick"_s));
    undoStack()->undo();
    QCOMPARE(document()->builder().text(row), u"Welcome Person 2! Person 6 joins us next week. First book is Dune."_s);
    undoStack()->redo();
    QCOMPARE(storedProject().identities(), project().identities());
}

void tst_AnonymizationDock::addPersonGivesANameAPseudonym()
{
    const int row = rowOf(u"Count me in"_s);
    QCOMPARE(document()->builder().text(row), u"Count me in, Person 1."_s);
    const int welcome = rowOf(u"Welcome Selina"_s);
    answerNextDialog(u"Frank Herbert Dune"_s);
    QTest::mouseClick(child<QToolButton>(u"addPersonButton"_s), Qt::LeftButton);
    QCOMPARE(undoStack()->undoText(), u"Add Person Frank Herbert Dune"_s);
    QCOMPARE(model()->rowCount(), 7);
    QCOMPARE(identities()->currentIndex().row(), 6);
    QCOMPARE(model()->index(6, IdentityModel::PseudonymColumn).data().toString(), u"Person 7"_s);
    QCOMPARE(document()->builder().text(welcome), u"Welcome Person 2! Person 6 joins us next week. First book is Person 7."_s);

    // A name that is all somebody's aliases already is refused, with a word why.
    answerNextDialog(u"Bruce"_s);
    QTest::mouseClick(child<QToolButton>(u"addPersonButton"_s), Qt::LeftButton);
    QCOMPARE(undoStack()->count(), 1);
    QVERIFY(child<QLabel>(u"peopleMessage"_s)->isVisible());

    undoStack()->undo();
    QCOMPARE(model()->rowCount(), 6);
    QCOMPARE(document()->builder().text(welcome), u"Welcome Person 2! Person 6 joins us next week. First book is Dune."_s);
    undoStack()->redo();
    QCOMPARE(storedProject().identities(), project().identities());
}

void tst_AnonymizationDock::switchingADetectorOffKeepsTheValueAsWritten()
{
    const int row = rowOf(u"Thanks Bruce"_s);
    QCOMPARE(document()->builder().text(row), u"Thanks Person 1. Send the schedule to <EMAIL> please"_s);
    child<QTabWidget>(u"anonymizationTabs"_s)->setCurrentIndex(1);
    auto *email = child<QCheckBox>(u"detectorCheck_email"_s);
    QCOMPARE(email->text(), u"E-mail"_s);
    QVERIFY(email->isChecked());
    email->setFocus();
    QTest::keyClick(email, Qt::Key_Space);

    QCOMPARE(undoStack()->undoText(), u"Keep E-mail as Written"_s);
    QVERIFY(!project().anonymization().isEnabled(PiiType::Email));
    const QString kept = u"Thanks Person 1. Send the schedule to reading.group@example.org please"_s;
    QCOMPARE(document()->builder().text(row), kept);
    QCOMPARE(detailText(row), kept);
    QVERIFY(!child<QComboBox>(u"operatorCombo_email"_s)->isEnabled());

    // People too: the names stay, the authors still get their pseudonyms.
    child<QCheckBox>(u"detectorCheck_person"_s)->setFocus();
    QTest::keyClick(child<QCheckBox>(u"detectorCheck_person"_s), Qt::Key_Space);
    QCOMPARE(document()->builder().text(row), u"Thanks Bruce. Send the schedule to reading.group@example.org please"_s);
    QCOMPARE(document()->builder().author(row), u"Person 2"_s);

    undoStack()->undo();
    undoStack()->undo();
    QCOMPARE(document()->builder().text(row), u"Thanks Person 1. Send the schedule to <EMAIL> please"_s);
    QCOMPARE(detailText(row), u"Thanks Person 1. Send the schedule to <EMAIL> please"_s);
    QVERIFY(email->isChecked());
    undoStack()->redo();
    QCOMPARE(document()->builder().text(row), kept);
    QVERIFY(!email->isChecked());
    QCOMPARE(storedProject().anonymization(), project().anonymization());
}

void tst_AnonymizationDock::maskOperatorMasksTheValue()
{
    const int row = rowOf(u"Good evening"_s);
    child<QTabWidget>(u"anonymizationTabs"_s)->setCurrentIndex(1);
    auto *phone = child<QComboBox>(u"operatorCombo_phone"_s);
    QCOMPARE(phone->findData(int(Core::PiiOperator::Pseudonym)), -1); // only people have pseudonyms
    choose(phone, int(Core::PiiOperator::Mask));
    QCOMPARE(undoStack()->undoText(), u"Replace Phone numbers by Mask"_s);
    QCOMPARE(document()->builder().text(row), u"Good evening, Person 4 here. Ring me on +•• •••• •••••• if you get lost"_s);
    QCOMPARE(detailText(row), u"Good evening, Person 4 here. Ring me on +•• •••• •••••• if you get lost"_s);

    auto *person = child<QComboBox>(u"operatorCombo_person"_s);
    choose(person, int(Core::PiiOperator::Redact));
    QCOMPARE(document()->builder().text(rowOf(u"Count me in"_s)), u"Count me in, ."_s);
    choose(person, int(Core::PiiOperator::Placeholder));
    QCOMPARE(document()->builder().text(rowOf(u"Count me in"_s)), u"Count me in, <PERSON>."_s);

    undoStack()->undo();
    undoStack()->undo();
    QCOMPARE(person->currentData().toInt(), int(Core::PiiOperator::Pseudonym));
    QCOMPARE(document()->builder().text(rowOf(u"Count me in"_s)), u"Count me in, Person 1."_s);
    undoStack()->undo();
    QCOMPARE(phone->currentData().toInt(), int(Core::PiiOperator::Placeholder));
    QCOMPARE(document()->builder().text(row), u"Good evening, Person 4 here. Ring me on <PHONE> if you get lost"_s);
    undoStack()->redo();
    QCOMPARE(storedProject().anonymization(), project().anonymization());
}

void tst_AnonymizationDock::countsMatchTheExport()
{
    waitForCounts();
    // By hand, in the seven exported messages: Selina, Dick, Bruce, Alfred, Selina, Bruce; one address; one number.
    QCOMPARE(m_dock->counts()[size_t(PiiType::Person)], 6);
    QCOMPARE(m_dock->counts()[size_t(PiiType::Email)], 1);
    QCOMPARE(m_dock->counts()[size_t(PiiType::Phone)], 1);
    QCOMPARE(m_dock->counts()[size_t(PiiType::Url)], 0);
    QCOMPARE(child<QLabel>(u"countLabel_person"_s)->text(), u"6"_s);
    QCOMPARE(child<QLabel>(u"countLabel_email"_s)->text(), u"1"_s);
    QVERIFY2(child<QLabel>(u"countSummary"_s)->text().contains(u"7 exported"_s), qPrintable(child<QLabel>(u"countSummary"_s)->text()));

    // And what the exported texts say: every placeholder and pseudonym once per count.
    int pseudonyms = 0;
    int emails = 0;
    for (int row = 0; row < project().rowCount(); ++row) {
        if (!project().isExported(row))
            continue;
        const QString text = document()->builder().text(row);
        pseudonyms += int(text.count(u"Person "_s));
        emails += int(text.count(u"<EMAIL>"_s));
    }
    QCOMPARE(pseudonyms, 6);
    QCOMPARE(emails, 1);

    // A row excluded from the export no longer counts; a term added counts at once after the pause.
    const int thanks = rowOf(u"Thanks Bruce"_s);
    document()->push(new App::SetAnonymizationCommand(document(), [this] {
        Core::AnonymizationSettings settings = project().anonymization();
        settings.customTerms = {u"Dune"_s, u"Thursday"_s};
        return settings;
    }(), u"terms"_s));
    waitForCounts();
    QCOMPARE(m_dock->counts()[size_t(PiiType::CustomTerm)], 3);
    QCOMPARE(child<QLabel>(u"countLabel_term"_s)->text(), u"3"_s);
    m_window->setCurrentRow(thanks);
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier); // exclude selected
    QVERIFY(!project().isExported(thanks));
    waitForCounts();
    QCOMPARE(m_dock->counts()[size_t(PiiType::Email)], 0);
    QCOMPARE(m_dock->counts()[size_t(PiiType::Person)], 5);
}

void tst_AnonymizationDock::typedTermsApplyAfterAPauseAsOneStep()
{
    const int row = rowOf(u"Welcome Selina"_s);
    child<QTabWidget>(u"anonymizationTabs"_s)->setCurrentIndex(2);
    auto *terms = child<QPlainTextEdit>(u"customTermsEdit"_s);
    terms->setFocus();
    QTest::keyClicks(terms, u"Du"_s);
    QCOMPARE(undoStack()->count(), 0); // not on every key
    QTRY_COMPARE(undoStack()->count(), 1);
    QCOMPARE(project().anonymization().customTerms, QStringList{u"Du"_s});
    QTest::keyClicks(terms, u"ne"_s);
    QTRY_COMPARE(project().anonymization().customTerms, QStringList{u"Dune"_s});
    QCOMPARE(undoStack()->count(), 1); // typing on merged into the step before
    QCOMPARE(undoStack()->undoText(), u"Edit Custom Terms"_s);
    QCOMPARE(document()->builder().text(row), u"Welcome Person 2! Person 6 joins us next week. First book is <PII>."_s);
    QCOMPARE(detailText(row), u"Welcome Person 2! Person 6 joins us next week. First book is <PII>."_s);

    // Typing, then a click elsewhere before the pause: the typing is committed first, not lost.
    terms->setFocus();
    QTest::keyClick(terms, Qt::Key_Return);
    QTest::keyClicks(terms, u"Thursday"_s);
    child<QTabWidget>(u"anonymizationTabs"_s)->setCurrentIndex(1);
    child<QCheckBox>(u"detectorCheck_url"_s)->setFocus();
    QTest::keyClick(child<QCheckBox>(u"detectorCheck_url"_s), Qt::Key_Space);
    QCOMPARE(project().anonymization().customTerms, (QStringList{u"Dune"_s, u"Thursday"_s}));
    QVERIFY(!project().anonymization().isEnabled(PiiType::Url));
    QCOMPARE(undoStack()->count(), 2);
    QCOMPARE(terms->toPlainText(), u"Dune\nThursday"_s);

    undoStack()->undo();
    undoStack()->undo();
    QCOMPARE(terms->toPlainText(), QString());
    QCOMPARE(document()->builder().text(row), u"Welcome Person 2! Person 6 joins us next week. First book is Dune."_s);
    undoStack()->redo();
    QCOMPARE(terms->toPlainText(), u"Dune\nThursday"_s);
    QCOMPARE(storedProject().anonymization(), project().anonymization());
}

void tst_AnonymizationDock::invalidPatternIsShownUnderThePatterns()
{
    child<QTabWidget>(u"anonymizationTabs"_s)->setCurrentIndex(2);
    auto *patterns = child<QPlainTextEdit>(u"customPatternsEdit"_s);
    auto *problems = child<QLabel>(u"patternProblems"_s);
    QVERIFY(!problems->isVisible());
    patterns->setFocus();
    QTest::keyClicks(patterns, u"(unclosed"_s);
    QTRY_VERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(u"(unclosed"_s), qPrintable(problems->text()));
    // A valid one next to it runs, the broken one is left out.
    QTest::keyClick(patterns, Qt::Key_Return);
    QTest::keyClicks(patterns, u"Th\\w+day"_s);
    QTRY_COMPARE(project().anonymization().customPatterns, (QStringList{u"(unclosed"_s, u"Th\\w+day"_s}));
    QCOMPARE(document()->builder().text(rowOf(u"Noted."_s)), u"Noted. <PII> at 7 then, Catwoman"_s);
    QVERIFY(problems->isVisible());
    undoStack()->undo();
    QVERIFY(project().anonymization().customPatterns.isEmpty());
    QVERIFY(!problems->isVisible());
    QCOMPARE(patterns->toPlainText(), QString());
}

void tst_AnonymizationDock::phoneRegionsAreParsed()
{
    child<QTabWidget>(u"anonymizationTabs"_s)->setCurrentIndex(2);
    auto *regions = child<QLineEdit>(u"phoneRegionsEdit"_s);
    regions->setFocus();
    QTest::keyClicks(regions, u"es, mx;xyz"_s);
    QTRY_COMPARE(project().anonymization().phoneRegions, (QStringList{u"ES"_s, u"MX"_s, u"XYZ"_s}));
    QCOMPARE(undoStack()->undoText(), u"Edit Phone Regions"_s);
    QCOMPARE(undoStack()->count(), 1);
    QVERIFY(child<QLabel>(u"regionProblems"_s)->isVisible());
    QVERIFY(child<QLabel>(u"regionProblems"_s)->text().contains(u"XYZ"_s));
    QCOMPARE(regions->text(), u"es, mx;xyz"_s); // what was typed stays as typed
    QCOMPARE(storedProject().anonymization().phoneRegions, project().anonymization().phoneRegions);
}

void tst_AnonymizationDock::followsUndoWithoutPushing()
{
    // Commands from anywhere (here: pushed directly) show in the dock, and showing them pushes nothing.
    Core::AnonymizationSettings settings = project().anonymization();
    settings.setEnabled(PiiType::Phone, false);
    settings.operators.set(PiiType::Email, Core::PiiOperator::Redact);
    settings.customTerms = {u"Dune"_s};
    settings.customPatterns = {u"\\d+"_s};
    settings.phoneRegions = {u"ES"_s};
    document()->push(new App::SetAnonymizationCommand(document(), settings, u"all at once"_s));
    QCOMPARE(undoStack()->count(), 1);
    QVERIFY(!child<QCheckBox>(u"detectorCheck_phone"_s)->isChecked());
    QCOMPARE(child<QComboBox>(u"operatorCombo_email"_s)->currentData().toInt(), int(Core::PiiOperator::Redact));
    QCOMPARE(child<QPlainTextEdit>(u"customTermsEdit"_s)->toPlainText(), u"Dune"_s);
    QCOMPARE(child<QPlainTextEdit>(u"customPatternsEdit"_s)->toPlainText(), u"\\d+"_s);
    QCOMPARE(child<QLineEdit>(u"phoneRegionsEdit"_s)->text(), u"ES"_s);
    QTest::qWait(900); // longer than any pause the dock waits for
    QCOMPARE(undoStack()->count(), 1);
    undoStack()->undo();
    QVERIFY(child<QCheckBox>(u"detectorCheck_phone"_s)->isChecked());
    QCOMPARE(child<QPlainTextEdit>(u"customTermsEdit"_s)->toPlainText(), QString());
    QTest::qWait(900);
    QCOMPARE(undoStack()->count(), 1);
    QCOMPARE(undoStack()->index(), 0);
}

void tst_AnonymizationDock::everyEditIsInTheProjectFile()
{
    // A series of edits through the dock, then the file opened anew holds what the window holds.
    QVERIFY(model()->setData(model()->index(identityRow(u"Bruce Wayne"_s), IdentityModel::PseudonymColumn), u"Batman"_s));
    selectPeople({identityRow(u"~ Alfred"_s), identityRow(u"+44 7700 900123"_s)});
    QTest::mouseClick(child<QToolButton>(u"mergePeopleButton"_s), Qt::LeftButton);
    child<QTabWidget>(u"anonymizationTabs"_s)->setCurrentIndex(1);
    choose(child<QComboBox>(u"operatorCombo_email"_s), int(Core::PiiOperator::Mask));
    QCOMPARE(undoStack()->count(), 3);

    const QString path = document()->projectPath();
    const Core::IdentityMap identities = project().identities();
    const Core::AnonymizationSettings settings = project().anonymization();
    QStringList texts;
    for (int row = 0; row < project().rowCount(); ++row)
        texts.append(document()->builder().text(row));
    // The merged person is named by the first selected.
    QCOMPARE(identities.at(identities.identityOfParticipant(2)).name(), u"~ Alfred"_s);

    m_tester.reset();
    m_window.reset();
    m_window = WindowFixture::make(m_dir.filePath(u"settings.ini"_s), m_dir.filePath(u"reopened"_s));
    m_window->openFile(path);
    QCOMPARE(document()->projectPath(), path);
    QCOMPARE(project().identities(), identities);
    QCOMPARE(project().anonymization(), settings);
    for (int row = 0; row < project().rowCount(); ++row)
        QCOMPARE(document()->builder().text(row), texts.at(row));
    QCOMPARE(document()->builder().text(rowOf(u"Thanks Bruce"_s)),
             u"Thanks Batman. Send the schedule to •••••••.•••••@•••••••.••• please"_s);
    m_dock = child<AnonymizationDock>(u"anonymizationDock"_s);
    QCOMPARE(model()->rowCount(), 5);
    QCOMPARE(child<QComboBox>(u"operatorCombo_email"_s)->currentData().toInt(), int(Core::PiiOperator::Mask));
}

void tst_AnonymizationDock::isGreyedForADataset()
{
    auto *note = child<QLabel>(u"anonymizationDatasetNote"_s);
    auto *tabs = child<QTabWidget>(u"anonymizationTabs"_s);
    QVERIFY(!note->isVisible());
    QVERIFY(tabs->isEnabled());
    open(TestUtils::dataPath(u"datasets/promptcompletion.jsonl"_s));
    QVERIFY(project().isDataset());
    QVERIFY(m_dock->isVisible());
    QVERIFY(note->isVisible());
    QVERIFY(!tabs->isEnabled());
    QCOMPARE(model()->rowCount(), 0);
    open(TestUtils::dataPath(u"anonymize/book-club.txt"_s));
    QTRY_VERIFY(tabs->isEnabled());
    QVERIFY(!note->isVisible());
    QCOMPARE(model()->rowCount(), 6);
}

void tst_AnonymizationDock::countingAManyRowProjectKeepsTheWindowResponsive()
{
    // A generated chat of 200,000 messages (names, numbers, push names): the count runs on another thread, so
    // the GUI thread keeps turning while it does. Measured at a million in the report, not here: CI has 2 cores.
    const Bench::ExportStyle style = Bench::styleNamed(u"android-dmy-24h"_s);
    Bench::ChatGenerator generator(11);
    QByteArray chat = Bench::ChatGenerator::preamble(style);
    constexpr int Messages = 200000;
    for (int i = 0; i < Messages; ++i)
        chat += Bench::ChatGenerator::render(generator.next(style), style);
    auto result = Core::WhatsAppImporter().parse(chat, u"generated.txt"_s);
    QVERIFY(result.ok());
    document()->setProject(Core::Project(*result.value));

    QSignalSpy updated(m_dock, &AnonymizationDock::countsUpdated);
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] {
        longestGap = std::max(longestGap, clock.elapsed() - last);
        last = clock.elapsed();
    });
    ticker.start();
    QVERIFY(updated.wait(60000));
    const qint64 total = clock.elapsed();
    qInfo("counted %d rows in %lld ms; the GUI thread's longest pause %lld ms", Messages, total, longestGap);
    // Its own part is copying the project and showing ten numbers; the scan of every row is the worker's.
    QVERIFY2(longestGap < 250, qPrintable(u"GUI thread blocked %1 ms"_s.arg(longestGap)));

    // The counts are those of the export.
    const Core::Anonymizer anonymizer(project());
    std::array<int, Core::PiiTypeCount> expected{};
    for (int row = 0; row < project().rowCount(); ++row) {
        if (!project().isExported(row) || !project().isAnonymized(row))
            continue;
        const auto counts = Core::countByType(anonymizer.spans(row));
        for (size_t type = 0; type < counts.size(); ++type)
            expected[type] += counts[type];
    }
    QCOMPARE(m_dock->counts(), expected);
    QStringList found;
    for (const PiiType type : Core::allPiiTypes())
        found.append(u"%1=%2"_s.arg(Core::piiTypeName(type)).arg(expected[size_t(type)]));
    qInfo("%s", qPrintable(found.join(u' ')));
    QVERIFY(expected[size_t(PiiType::Url)] > 0); // the generator writes links, not names in text
}

QTEST_MAIN(tst_AnonymizationDock)
#include "tst_anonymizationdock.moc"
