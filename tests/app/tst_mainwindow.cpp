// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The real MainWindow, offscreen, driven as an annotator drives it: drop a file, keys, clicks.

#include <app/commands/editcompletioncommand.h>
#include <app/commands/participantcommands.h>
#include <app/commands/rowfieldcommand.h>
#include <app/widgets/validationdock.h>
#include <app/document.h>
#include <app/importcontroller.h>
#include <app/mainwindow.h>
#include <app/models/messagetablemodel.h>
#include <app/models/participantsmodel.h>
#include <app/settings/appsettings.h>
#include <core/dataset/exportformat.h>
#include <core/tokenize/datasettokens.h>
#include <core/tokenize/tokenizer.h>
#include <core/project/projectstore.h>
#include <testutils.h>
#include <windowfixture.h>

#include <QAbstractItemModelTester>
#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QSet>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Finetuner;
using App::MainWindow;
using App::MessageTableModel;
using Core::ReviewStatus;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void reopensTheLastProjectWhereTheAnnotatorLeftOff();
    void importingTheSameExportAgainOffersTheProject();
    void fullDiskKeepsTheWorkAndSaveAsSavesIt();
    void saveAsIntoAReadOnlyPlaceSaysWhy();
    void opensAProjectByDrop();
    void refusesANewerProjectWithAMessage();
    void reviewsADatasetAndWritesItBackInItsShape();
    void brokenLinesAreKeptAndRefuseTheExport();
    void reviewsAChatDatasetByItsLastAssistantTurn();
    void exportDialogWritesChatWithAValidationSplit();
    void validationDockJumpsAndFixes();
    void exportWithALeakIsRefused();
    void droppingAFileOpensIt();
    void opensTheSampleChat();
    void annotatesByKeyboardAndSavesTheGoldenJsonl();
    void spaceTogglesIncludeAndUndoRestoresIt();
    void bulkExcludeIsOneUndoStep();
    void altArrowsMoveAndSkipMovesOn();
    void filterNarrowsTheTable();
    void savedSeedSettingsGiveTheSeedOutput();
    void remembersRecentFilesAndGeometry();

private:
    std::unique_ptr<MainWindow> makeWindow();
    void open(MainWindow &window, const QString &path);
    QTableView *table(MainWindow &window) { return window.findChild<QTableView *>(u"messageTable"_s); }
    void excludeBruce(MainWindow &window);
    int rowOf(MainWindow &window, const QString &textStart);
    Core::Project storedProject(MainWindow &window);
    QString m_projects;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_MainWindow::init()
{
    // Each test imports into a projects folder of its own, so names do not depend on the tests before.
    static int count = 0;
    m_projects = m_dir.filePath(u"projects-%1"_s.arg(++count));
    m_window = makeWindow();
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
}

Core::Project tst_MainWindow::storedProject(MainWindow &window)
{
    auto opened = Core::ProjectStore::open(window.document()->projectPath(), Core::ProjectStore::Mode::ReadOnly);
    if (!opened.ok())
        qFatal("project file does not open");
    return std::move(opened.value->project);
}

std::unique_ptr<MainWindow> tst_MainWindow::makeWindow()
{
    return WindowFixture::make(m_dir.filePath(u"settings.ini"_s), m_projects);
}

void tst_MainWindow::open(MainWindow &window, const QString &path)
{
    QSignalSpy opened(&window, &MainWindow::chatOpened);
    window.openFile(path);
    // Chat exports import on a worker thread; projects and datasets open at once.
    QVERIFY(opened.count() > 0 || opened.wait(10000));
}

void tst_MainWindow::excludeBruce(MainWindow &window)
{
    // As the participants dock's role editor does it.
    auto *participants = window.findChild<QTableView *>(u"participantsTable"_s);
    QVERIFY(participants);
    QAbstractItemModel *model = participants->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, App::ParticipantsModel::NameColumn).data().toString() == u"Bruce Wayne"_s) {
            QVERIFY(model->setData(model->index(row, App::ParticipantsModel::RoleColumn),
                                   int(Core::ParticipantRole::Excluded)));
        }
    }
}

int tst_MainWindow::rowOf(MainWindow &window, const QString &textStart)
{
    const Core::Conversation &conversation = window.document()->project().conversation();
    for (int row = 0; row < conversation.size(); ++row) {
        if (conversation.text(row).startsWith(textStart))
            return row;
    }
    return -1;
}

void tst_MainWindow::droppingAFileOpensIt()
{
    MainWindow &window = *m_window;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s))});
    const QPoint where = window.rect().center();
    QSignalSpy opened(&window, &MainWindow::chatOpened);
    QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(where), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(opened.wait(10000));

    QCOMPARE(table(window)->model()->rowCount(), window.document()->project().rowCount());
    QVERIFY(table(window)->model()->rowCount() > 4);
    // The import is a project file at once, in the projects folder, named after the export.
    QCOMPARE(window.document()->projectPath(), m_projects + u"/seed-selina.finetuner"_s);
    QCOMPARE(window.windowTitle(), u"seed-selina.finetuner[*] – Finetuner"_s);
    QVERIFY(!window.isWindowModified());
}

void tst_MainWindow::opensTheSampleChat()
{
    MainWindow &window = *m_window;
    open(window, QStringLiteral(FINETUNER_SOURCE_DIR "/resources/samples/nutrition-beta.txt"));
    QCOMPARE(table(window)->model()->rowCount(), 354);
    QCOMPARE(window.statusBar()->currentMessage(), u"Messages: 354 · participants: 6"_s);
    // The first row is WhatsApp's encryption notice: a system line, no author, not included.
    const QAbstractItemModel *model = table(window)->model();
    QVERIFY(model->index(0, MessageTableModel::AuthorColumn).data().toString().isEmpty());
    QCOMPARE(model->index(0, MessageTableModel::IncludeColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    // The window starts on the first message to annotate.
    QCOMPARE(window.currentRow(), window.document()->project().nextUnfinished(-1, 1));
    QAbstractItemModelTester tester(table(window)->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_MainWindow::annotatesByKeyboardAndSavesTheGoldenJsonl()
{
    MainWindow &window = *m_window;
    open(window, TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s));
    excludeBruce(window);
    window.setCurrentRow(rowOf(window, u"You were supposed"_s));

    auto *editor = window.findChild<QPlainTextEdit *>(u"completionEditor"_s);
    QVERIFY(editor);
    const QStringList entities = {QString(), u"police"_s, QString(), u"Ibiza"_s};
    const QStringList texts = {u"You were supposed"_s, u"Why didn't you"_s, u"Yeah? Who"_s, u"His wife's"_s};
    for (int i = 0; i < 4; ++i) {
        const int row = rowOf(window, texts.at(i));
        QCOMPARE(window.currentRow(), row);
        editor->setFocus();
        QTest::keyClicks(editor, u"named_entities="_s + entities.at(i));
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, u"time="_s + window.document()->project().conversation().timestamp(row).toString());
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(!window.isWindowModified()); // already in the project file
        // Ctrl+Return: done, and on to the next message to annotate, even from inside the editor.
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(window.document()->project().status(row), ReviewStatus::Done);
        QCOMPARE(window.document()->project().completion(row),
                 u"named_entities="_s + entities.at(i) + u"\ntime="_s
                     + window.document()->project().conversation().timestamp(row).toString() + u'\n');
        if (i < 3)
            QVERIFY(window.currentRow() != row);
    }

    // Undo walks back through the annotations: the last done, then the last completion.
    const int last = rowOf(window, u"His wife's"_s);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.document()->project().status(last), ReviewStatus::Todo);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(window.document()->project().completion(last).isEmpty());
    window.document()->undoStack()->redo();
    window.document()->undoStack()->redo();
    QCOMPARE(window.document()->project().status(last), ReviewStatus::Done);

    const QString out = m_dir.filePath(u"annotated.jsonl"_s);
    QVERIFY(window.saveJsonl(out));
    QByteArray report;
    QVERIFY2(TestUtils::compareLines(
                 TestUtils::jsonLines(TestUtils::readFile(out)),
                 TestUtils::jsonLines(TestUtils::readFile(TestUtils::dataPath(u"golden/seed-selina.annotated.jsonl"_s))),
                 &report),
             report.constData());
}

void tst_MainWindow::spaceTogglesIncludeAndUndoRestoresIt()
{
    MainWindow &window = *m_window;
    open(window, TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s));
    QTableView *view = table(window);
    const int row = rowOf(window, u"Why didn't you"_s);
    QVERIFY(window.document()->project().isIncluded(row));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, MessageTableModel::IncludeColumn));
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY(!window.document()->project().isIncluded(row));
    QCOMPARE(window.document()->undoStack()->undoText(), u"Exclude 1 message(s)"_s);
    QVERIFY(!window.isWindowModified());
    QCOMPARE(storedProject(window).includeOverride(row), Core::IncludeOverride::Excluded);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(window.document()->project().isIncluded(row));
    QCOMPARE(storedProject(window).includeOverride(row), Core::IncludeOverride::Auto); // undo is committed too
}

void tst_MainWindow::bulkExcludeIsOneUndoStep()
{
    MainWindow &window = *m_window;
    open(window, TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s));
    QTableView *view = table(window);
    view->setFocus();
    view->selectAll();
    auto *exclude = window.findChild<QAction *>(u"excludeAction"_s);
    QVERIFY(exclude);
    exclude->trigger();
    const Core::Project &project = window.document()->project();
    for (int row = 0; row < project.rowCount(); ++row)
        QVERIFY(!project.isIncluded(row));
    QCOMPARE(window.document()->undoStack()->count(), 1);
    window.document()->undoStack()->undo();
    QVERIFY(project.isIncluded(rowOf(window, u"Why didn't you"_s)));
}

void tst_MainWindow::altArrowsMoveAndSkipMovesOn()
{
    MainWindow &window = *m_window;
    open(window, TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s));
    window.setCurrentRow(2);
    QTest::keyClick(&window, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(window.currentRow(), 3);
    QTest::keyClick(&window, Qt::Key_Up, Qt::AltModifier);
    QTest::keyClick(&window, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(window.currentRow(), 1);

    const int row = window.currentRow();
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.document()->project().status(row), ReviewStatus::Skipped);
    QCOMPARE(window.currentRow(), window.document()->project().nextUnfinished(row, 1));
}

void tst_MainWindow::filterNarrowsTheTable()
{
    MainWindow &window = *m_window;
    open(window, TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s));
    auto *filter = window.findChild<QLineEdit *>(u"filterText"_s);
    QVERIFY(filter);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(filter->hasFocus());
    QTest::keyClicks(filter, u"ibiza"_s);
    QCOMPARE(table(window)->model()->rowCount(), 1);
    filter->clear();
    QCOMPARE(table(window)->model()->rowCount(), window.document()->project().rowCount());
}

void tst_MainWindow::savedSeedSettingsGiveTheSeedOutput()
{
    MainWindow &window = *m_window;
    open(window, TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s));
    excludeBruce(window);
    auto *seedPreset = window.findChild<QAbstractButton *>(u"seedPresetButton"_s);
    QVERIFY(seedPreset);
    seedPreset->click();
    QCOMPARE(window.document()->project().exportSettings(), Core::ExportSettings::seed());
    const QString out = m_dir.filePath(u"seed.jsonl"_s);
    QVERIFY(window.saveJsonl(out));
    QCOMPARE(TestUtils::readFile(out), TestUtils::readFile(TestUtils::dataPath(u"golden/seed-selina.convert.jsonl"_s)));
}

void tst_MainWindow::remembersRecentFilesAndGeometry()
{
    const QString path = TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s);
    open(*m_window, path);
    m_window->resize(1000, 640);
    m_window->close();
    m_window.reset(); // its settings are written before the next window reads them
    m_window = makeWindow();
    QCOMPARE(m_window->size(), QSize(1000, 640));
    auto *recent = m_window->findChild<QMenu *>(u"recentMenu"_s);
    QVERIFY(recent);
    QVERIFY(!recent->actions().isEmpty());
    // What reopens is the project made from the export, not the export (which would start over).
    QCOMPARE(recent->actions().first()->toolTip(), m_projects + u"/seed-selina.finetuner"_s);
}

void tst_MainWindow::reopensTheLastProjectWhereTheAnnotatorLeftOff()
{
    open(*m_window, TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s));
    const QString project = m_window->document()->projectPath();
    const int row = rowOf(*m_window, u"Why didn't you"_s);
    m_window->setCurrentRow(row);
    auto *editor = m_window->findChild<QPlainTextEdit *>(u"completionEditor"_s);
    editor->setFocus();
    QTest::keyClicks(editor, u"named_entities=police"_s);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    m_window->setCurrentRow(row);
    m_window->findChild<QLineEdit *>(u"filterText"_s)->setText(u"you"_s);
    m_window->close();
    m_window.reset();

    // The next start, as main() does it without a file: the same project, row, filter and completion.
    m_window = makeWindow();
    QSignalSpy opened(m_window.get(), &MainWindow::chatOpened);
    QVERIFY(m_window->reopenLastProject());
    QCOMPARE(opened.count(), 1);
    QCOMPARE(m_window->document()->projectPath(), project);
    QCOMPARE(m_window->currentRow(), row);
    QCOMPARE(m_window->findChild<QLineEdit *>(u"filterText"_s)->text(), u"you"_s);
    QCOMPARE(m_window->document()->project().completion(row), u"named_entities=police"_s);
    QCOMPARE(m_window->document()->project().status(row), ReviewStatus::Done);
    // The undo history is not kept across sessions (DESIGN.md §9).
    QVERIFY(!m_window->document()->undoStack()->canUndo());
}

void tst_MainWindow::importingTheSameExportAgainOffersTheProject()
{
    const QString chat = TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s);
    open(*m_window, chat);
    const QString first = m_window->document()->projectPath();
    QCOMPARE(m_window->existingProjectFor(chat), first);
    QVERIFY(m_window->existingProjectFor(TestUtils::dataPath(u"import/whatsapp/multiline.txt"_s)).isEmpty());
    // Non-interactive (as tests run), importing again makes a second project beside the first.
    open(*m_window, chat);
    QCOMPARE(m_window->document()->projectPath(), m_projects + u"/seed-selina 2.finetuner"_s);
}

void tst_MainWindow::fullDiskKeepsTheWorkAndSaveAsSavesIt()
{
    MainWindow &window = *m_window;
    open(window, TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s));
    const QString original = window.document()->projectPath();
    Core::ProjectStore *store = window.document()->store();
    store->setMaxPageCount(store->pageCount());
    QSignalSpy failed(window.document(), &App::Document::storageFailed);

    const int row = rowOf(window, u"Why didn't you"_s);
    window.setCurrentRow(row);
    auto *editor = window.findChild<QPlainTextEdit *>(u"completionEditor"_s);
    editor->setFocus();
    const QString big = QString(20000, u'x');
    editor->setPlainText(big); // one edit that needs new pages
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.constFirst().constFirst().toString().contains(u"the disk is full"_s),
             qPrintable(failed.constFirst().constFirst().toString()));
    auto *box = window.findChild<QMessageBox *>(u"storageFailedBox"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"Save Project As"_s));
    box->close();
    QVERIFY(window.isWindowModified());
    QCOMPARE(window.document()->project().completion(row), big); // the work is in memory
    QVERIFY(window.document()->hasUnsavedWork());

    // Later edits go on in memory without another error for each.
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(failed.count(), 1);

    const QString elsewhere = m_dir.filePath(u"rescued.finetuner"_s);
    QVERIFY(window.saveProjectAs(elsewhere));
    QVERIFY(!window.isWindowModified());
    QCOMPARE(window.windowTitle(), u"rescued.finetuner[*] – Finetuner"_s);
    const Core::Project rescued = storedProject(window);
    QCOMPARE(rescued.completion(row), big);
    QCOMPARE(rescued.status(row), ReviewStatus::Done);
    // The full file still holds what it held before the failure.
    auto old = Core::ProjectStore::open(original, Core::ProjectStore::Mode::ReadOnly);
    QVERIFY(old.ok());
    QVERIFY(old.value->project.completion(row).isEmpty());
}

void tst_MainWindow::saveAsIntoAReadOnlyPlaceSaysWhy()
{
    open(*m_window, TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s));
    const QString before = m_window->document()->projectPath();
    QVERIFY(!m_window->saveProjectAs(u"/proc/nope.finetuner"_s));
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(u"Could not save the project /proc/nope.finetuner"_s));
    // Edits still go to the file they went to.
    QCOMPARE(m_window->document()->projectPath(), before);
    QVERIFY(!m_window->isWindowModified());
}

void tst_MainWindow::opensAProjectByDrop()
{
    open(*m_window, TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s));
    const QString project = m_window->document()->projectPath();
    m_window.reset();
    m_window = makeWindow();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(project)});
    QSignalSpy opened(m_window.get(), &MainWindow::chatOpened);
    QDragEnterEvent enter(m_window->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(m_window->rect().center()), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY2(opened.count() == 1, qPrintable(m_window->statusBar()->currentMessage())); // at once, no worker thread
    QCOMPARE(m_window->document()->projectPath(), project);
    QCOMPARE(table(*m_window)->model()->rowCount(), m_window->document()->project().rowCount());
}

void tst_MainWindow::refusesANewerProjectWithAMessage()
{
    const QString path = m_dir.filePath(u"newer.finetuner"_s);
    {
        auto created = Core::ProjectStore::create(path, Core::Project());
        QVERIFY(created.ok());
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bump"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bump"_s);
    QSignalSpy failed(m_window.get(), &MainWindow::importFailed);
    m_window->openFile(path);
    QCOMPARE(failed.count(), 1);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"newer Finetuner"_s));
    QVERIFY(m_window->document()->projectPath().isEmpty());
}

void tst_MainWindow::reviewsADatasetAndWritesItBackInItsShape()
{
    MainWindow &window = *m_window;
    const QString source = TestUtils::dataPath(u"datasets/promptcompletion.jsonl"_s);
    const QByteArray original = TestUtils::readFile(source);
    open(window, source);
    QVERIFY(window.document()->project().isDataset());
    QCOMPARE(window.document()->projectPath(), m_projects + u"/promptcompletion.finetuner"_s);
    QAbstractItemModel *model = table(window)->model();
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->headerData(MessageTableModel::TextColumn, Qt::Horizontal).toString(), u"Prompt"_s);
    QCOMPARE(model->index(1, MessageTableModel::TextColumn).data().toString(), u"Crème brûlée?"_s);
    QCOMPARE(model->index(1, MessageTableModel::CompletionColumn).data().toString(), u" é END"_s);
    QCOMPARE(model->index(4, MessageTableModel::TimeColumn).data().toInt(), 5);
    // No participants or names to anonymize in a dataset: their dock and column are put away.
    QVERIFY(!window.findChild<QWidget *>(u"participantsDock"_s)->isVisible());
    QVERIFY(table(window)->isColumnHidden(MessageTableModel::AnonymizeColumn));

    // Unedited, the export is the file byte for byte: unknown keys, 1e5, \u00e9, \/ and odd spacing included.
    const QString out = m_dir.filePath(u"reviewed.jsonl"_s);
    QVERIFY(window.saveJsonl(out));
    QCOMPARE(TestUtils::readFile(out), original);

    // Typing a completion where the record has none appends the key and leaves the rest of the line alone.
    window.setCurrentRow(3);
    auto *editor = window.findChild<QPlainTextEdit *>(u"completionEditor"_s);
    editor->setFocus();
    QTest::keyClicks(editor, u" yes"_s);
    QCOMPARE(window.document()->undoStack()->count(), 1); // one step for the typing
    QByteArrayList expected = TestUtils::jsonLines(original);
    expected[3] = TestUtils::jsonLines(TestUtils::readFile(TestUtils::dataPath(u"datasets/promptcompletion.edited.jsonl"_s))).at(3);
    QVERIFY(window.saveJsonl(out));
    QCOMPARE(TestUtils::jsonLines(TestUtils::readFile(out)), expected);
    // Committed as it happened, and the record editor shows the new line.
    QCOMPARE(storedProject(window).dataset()->record(3), expected.at(3));
    QCOMPARE(window.findChild<QPlainTextEdit *>(u"exportedText"_s)->toPlainText().toUtf8(), expected.at(3));

    // Undo puts the record's exact bytes back.
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!window.document()->project().dataset()->isEdited(3));
    QVERIFY(window.saveJsonl(out));
    QCOMPARE(TestUtils::readFile(out), original);
    QVERIFY(!storedProject(window).dataset()->isEdited(3));

    // A chat opened next brings them back.
    open(window, TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s));
    QVERIFY(window.findChild<QWidget *>(u"participantsDock"_s)->isVisible());
    QVERIFY(!table(window)->isColumnHidden(MessageTableModel::AnonymizeColumn));
    open(window, source);

    // Skipped and excluded examples are left out; the others keep their order.
    window.document()->push(App::RowFieldCommand::status(window.document(), {0}, ReviewStatus::Skipped));
    window.document()->push(App::RowFieldCommand::include(window.document(), {2}, false));
    QVERIFY(window.saveJsonl(out));
    const QByteArrayList all = TestUtils::jsonLines(original);
    QCOMPARE(TestUtils::jsonLines(TestUtils::readFile(out)), (QByteArrayList{all.at(1), all.at(3), all.at(4)}));
}

void tst_MainWindow::brokenLinesAreKeptAndRefuseTheExport()
{
    MainWindow &window = *m_window;
    const QString source = TestUtils::dataPath(u"datasets/broken.jsonl"_s);
    open(window, source);
    QAbstractItemModel *model = table(window)->model();
    QCOMPARE(model->rowCount(), 14); // every line a row, the broken twelve too
    QVERIFY(window.statusBar()->currentMessage().contains(u"broken lines, kept and marked: 12"_s));
    QCOMPARE(model->index(1, MessageTableModel::StatusColumn).data().toString(), u"broken"_s);
    QVERIFY(model->index(1, MessageTableModel::TextColumn).data(Qt::ToolTipRole).toString().startsWith(u"Line 2: not valid JSON at column 29"_s));
    QCOMPARE(model->index(0, MessageTableModel::StatusColumn).data().toString(), u"to do"_s);

    const QString out = m_dir.filePath(u"fixed.jsonl"_s);
    QVERIFY(!window.saveJsonl(out));
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY2(window.lastExportError().contains(source + u":2:29: error: not valid JSON"_s), qPrintable(window.lastExportError()));

    // Fix line 2 in the record editor, exclude the rest of the broken ones, and the export goes through.
    window.setCurrentRow(1);
    auto *record = window.findChild<QPlainTextEdit *>(u"exportedText"_s);
    QVERIFY(!record->isReadOnly());
    record->setPlainText(u"{\"prompt\": \"missing quote\", \"completion\": \"x\"}"_s);
    QVERIFY(!window.document()->project().dataset()->isBroken(1));
    QCOMPARE(model->index(1, MessageTableModel::StatusColumn).data().toString(), u"to do"_s);
    QList<int> broken;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (window.document()->project().dataset()->isBroken(row))
            broken.append(row);
    }
    QCOMPARE(broken.size(), 11);
    window.document()->push(App::RowFieldCommand::include(window.document(), broken, false));
    QVERIFY2(window.saveJsonl(out), qPrintable(window.lastExportError()));
    QCOMPARE(TestUtils::readFile(out), QByteArray("{\"prompt\": \"fine\", \"completion\": \"ok\"}\n"
                                                  "{\"prompt\": \"missing quote\", \"completion\": \"x\"}\n"
                                                  "{\"prompt\": \"also fine\", \"completion\": \"ok\", \"n\": 1}\n"));
    // The broken lines are still in the project, not dropped: a reopened project has all fourteen.
    QCOMPARE(storedProject(window).rowCount(), 14);
    QCOMPARE(storedProject(window).dataset()->brokenCount(), 11);
}

void tst_MainWindow::reviewsAChatDatasetByItsLastAssistantTurn()
{
    MainWindow &window = *m_window;
    const QString source = TestUtils::dataPath(u"datasets/chat.jsonl"_s);
    open(window, source);
    QAbstractItemModel *model = table(window)->model();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->headerData(MessageTableModel::AuthorColumn, Qt::Horizontal).toString(), u"Roles"_s);
    QCOMPARE(model->index(2, MessageTableModel::AuthorColumn).data().toString(), u"system, user"_s);
    QCOMPARE(model->index(2, MessageTableModel::TextColumn).data().toString(),
             u"system: No answer yet. ⏎ user: Name a colour."_s); // the turns before, one line in the table
    QVERIFY(model->index(2, MessageTableModel::CompletionColumn).data().toString().isEmpty());

    // Answering the turn that has no assistant message appends one, and nothing else in the line moves.
    window.setCurrentRow(2);
    auto *editor = window.findChild<QPlainTextEdit *>(u"completionEditor"_s);
    editor->setFocus();
    QTest::keyClicks(editor, u"Blue."_s);
    QCOMPARE(model->index(2, MessageTableModel::CompletionColumn).data().toString(), u"Blue."_s);
    QCOMPARE(model->index(2, MessageTableModel::AuthorColumn).data().toString(), u"system, user, assistant"_s);
    const QString out = m_dir.filePath(u"chat-reviewed.jsonl"_s);
    QVERIFY(window.saveJsonl(out));
    QByteArrayList expected = TestUtils::jsonLines(TestUtils::readFile(source));
    expected[2] = TestUtils::jsonLines(TestUtils::readFile(TestUtils::dataPath(u"datasets/chat.edited.jsonl"_s))).at(2);
    QCOMPARE(TestUtils::jsonLines(TestUtils::readFile(out)), expected);
}

void tst_MainWindow::exportDialogWritesChatWithAValidationSplit()
{
    MainWindow &window = *m_window;
    open(window, TestUtils::dataPath(u"export/breakfast.txt"_s));
    auto *participants = window.findChild<QTableView *>(u"participantsTable"_s)->model();
    for (int row = 0; row < participants->rowCount(); ++row) {
        if (participants->index(row, App::ParticipantsModel::NameColumn).data().toString() == u"Ben"_s)
            participants->setData(participants->index(row, App::ParticipantsModel::RoleColumn),
                                  int(Core::ParticipantRole::Context));
    }
    const QString out = m_dir.filePath(u"breakfast-train.jsonl"_s);
    QString suggested;
    window.setSavePathChooser([&](const QString &suggestion) {
        suggested = suggestion;
        return out;
    });
    QString preview;
    QString tokens;
    connect(&window, &MainWindow::exportDialogOpened, this, [&](QDialog *dialog) {
        QTimer::singleShot(0, dialog, [&, dialog] {
            auto *format = dialog->findChild<QComboBox *>(u"exportFormat"_s);
            format->setCurrentIndex(format->findData(int(Core::ExportFormat::Chat)));
            auto *mode = dialog->findChild<QComboBox *>(u"exportMode"_s);
            mode->setCurrentIndex(mode->findData(int(Core::ExampleMode::ReplyPairs)));
            dialog->findChild<QDoubleSpinBox *>(u"exportValidation"_s)->setValue(50);
            // The preview follows after a pause, worked out on another thread.
            QTRY_VERIFY(dialog->findChild<QLabel *>(u"exportCounts"_s)->text().startsWith(u"2 examples: 1 to train, 1 to validate"_s));
            preview = dialog->findChild<QPlainTextEdit *>(u"exportPreview"_s)->toPlainText();
            tokens = dialog->findChild<QLabel *>(u"exportTokens"_s)->text();
            dialog->findChild<QPushButton *>(u"exportButton"_s)->click();
        });
    }, Qt::SingleShotConnection);
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    // Offscreen there is no window manager to hand activation back after the dialog; window-wide keys need it.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    QCOMPARE(suggested, TestUtils::dataPath(u"export/breakfast.jsonl"_s));
    QVERIFY(preview.startsWith(u"{\"messages\": [{\"role\": \"user\""_s));
    // The example it trains on, counted as the cookbook counts a chat (tests/core/tokenize checks the counts
    // against tiktoken), times the default 3 epochs.
    QString error;
    const Core::Tokenizer *tokenizer = Core::Tokenizer::get(Core::Encoding::O200kBase, &error);
    QVERIFY2(tokenizer, qPrintable(error));
    const int perEpoch = Core::countExampleTokens(*tokenizer, TestUtils::readFile(out).trimmed(), &error)->total;
    QCOMPARE(tokens, u"Training tokens (o200k_base): %1 per epoch × 3 epochs = %2"_s.arg(perEpoch).arg(perEpoch * 3));
    const QByteArrayList golden = TestUtils::jsonLines(
        TestUtils::readFile(TestUtils::dataPath(u"export/golden/reply-pairs.chat.jsonl"_s)));
    const QByteArrayList train = TestUtils::jsonLines(TestUtils::readFile(out));
    const QByteArrayList validation = TestUtils::jsonLines(TestUtils::readFile(m_dir.filePath(u"breakfast-train.validation.jsonl"_s)));
    QCOMPARE(train.size(), 1);
    QCOMPARE(validation.size(), 1);
    QCOMPARE(QSet<QByteArray>({train.at(0), validation.at(0)}), QSet<QByteArray>(golden.cbegin(), golden.cend()));
    // The options are the project's now, kept in its file, and one undo step.
    QCOMPARE(window.document()->project().exportSettings().format, Core::ExportFormat::Chat);
    QCOMPARE(storedProject(window).exportSettings().examples.mode, Core::ExampleMode::ReplyPairs);
    QCOMPARE(window.document()->undoStack()->undoText(), u"Change export options"_s);
    // Ctrl+E again writes the same files without asking.
    suggested.clear();
    QFile::remove(out);
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    QVERIFY(suggested.isEmpty());
    QCOMPARE(TestUtils::jsonLines(TestUtils::readFile(out)), train);
}

void tst_MainWindow::validationDockJumpsAndFixes()
{
    MainWindow &window = *m_window;
    const QString path = TestUtils::writeFile(m_dir.filePath(u"tofix.jsonl"_s),
                                              "{\"prompt\": \"Is tea a drink? ->\", \"completion\": \" yes END\"}\n"
                                              "{\"prompt\": \"Is soup a drink? ->\", \"completion\": \"no END\"}\n"
                                              "{\"prompt\": \"Is juice a drink? ->\", \"completion\": \"\"}\n"
                                              "{\"prompt\": \"Is milk a drink? ->\", \"completion\": \" yes END\"}\n");
    open(window, path);
    auto *dock = window.findChild<App::ValidationDock *>(u"validationDock"_s);
    QVERIFY(dock);
    QSignalSpy updated(dock, &App::ValidationDock::updated);
    QTest::keyClick(&window, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(dock->isVisible());
    QVERIFY(updated.wait(10000));
    auto indexOf = [dock](const QString &fix) {
        const Core::Issues &issues = dock->validation().issues;
        for (int i = 0; i < issues.size(); ++i) {
            if (issues.at(i).fixId == fix)
                return i;
        }
        return -1;
    };
    QStringList found;
    for (const Core::Issue &issue : dock->validation().issues)
        found.append(issue.checkId + u'/' + issue.fixId);
    const int space = indexOf(u"add-leading-space"_s);
    const int empty = indexOf(u"drop-empty"_s);
    QVERIFY2(space >= 0 && empty >= 0, qPrintable(found.join(u", "_s)));

    // Activating a problem jumps to its row.
    auto *list = window.findChild<QTreeWidget *>(u"validationList"_s);
    list->setCurrentItem(list->topLevelItem(empty));
    emit list->itemActivated(list->currentItem(), 0);
    QCOMPARE(window.currentRow(), 2);

    // Fix: the empty example is excluded; the completion gets its space, in the record, one undo step each.
    QVERIFY(window.findChild<QPushButton *>(u"validationFixButton"_s)->isEnabled());
    window.findChild<QPushButton *>(u"validationFixButton"_s)->click();
    QVERIFY(!window.document()->project().isIncluded(2));
    QVERIFY(dock->fix(space));
    QCOMPARE(window.document()->project().dataset()->record(1),
             QByteArray("{\"prompt\": \"Is soup a drink? ->\", \"completion\": \" no END\"}"));
    QVERIFY(updated.wait(10000)); // and the dock validates the result again
    QCOMPARE(indexOf(u"add-leading-space"_s), -1);
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->project().dataset()->record(1),
             QByteArray("{\"prompt\": \"Is soup a drink? ->\", \"completion\": \"no END\"}"));

    // In a chat project the separators are export settings: the fix goes there.
    open(window, TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s));
    window.document()->push(new App::SetExportSettingsCommand(
        window.document(), window.document()->project().exportSettings().withSeedSeparators(), u"seed"_s));
    for (int row = 0; row < window.document()->project().rowCount(); ++row) {
        if (window.document()->project().isExported(row))
            window.document()->push(new App::EditCompletionCommand(window.document(), row, u"named_entities="_s));
    }
    QVERIFY(updated.wait(10000));
    const int leading = indexOf(u"add-leading-space"_s);
    found.clear();
    for (const Core::Issue &issue : dock->validation().issues)
        found.append(issue.checkId + u'/' + issue.fixId);
    QVERIFY2(leading >= 0, qPrintable(found.join(u", "_s)));
    QVERIFY(!window.document()->project().exportSettings().completionLeadingSpace);
    QVERIFY(dock->fix(leading));
    QVERIFY(window.document()->project().exportSettings().completionLeadingSpace);
    QCOMPARE(window.document()->undoStack()->undoText(), u"Fix: add-leading-space"_s);
}

void tst_MainWindow::exportWithALeakIsRefused()
{
    MainWindow &window = *m_window;
    open(window, TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s));
    const int row = rowOf(window, u"I'd rather hear it from you first, Selina"_s);
    QVERIFY(row >= 0);
    window.document()->push(new App::EditCompletionCommand(window.document(), row, u"said to Selina Kyle"_s));
    const QString out = m_dir.filePath(u"leak.jsonl"_s);
    QVERIFY(!window.saveJsonl(out));
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY2(window.lastExportError().contains(u"still holds a name from the anonymized message on line 6"_s),
             qPrintable(window.lastExportError()));
    // Anonymization off for that message, on purpose: the export goes through.
    window.document()->push(App::RowFieldCommand::anonymize(window.document(), {row}, false));
    QVERIFY2(window.saveJsonl(out), qPrintable(window.lastExportError()));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
