// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Labelling in the real window, offscreen, by keyboard: the schema dialog, spans by number keys, the template's
// completions, label all occurrences, the gazetteer, the cheat sheet.

#include <app/commands/annotationcommands.h>
#include <app/document.h>
#include <app/importcontroller.h>
#include <app/mainwindow.h>
#include <app/models/messagetablemodel.h>
#include <app/models/participantsmodel.h>
#include <app/settings/appsettings.h>
#include <app/commands/rowfieldcommand.h>
#include <app/widgets/labelpanel.h>
#include <app/widgets/statisticsdock.h>
#include <core/project/projectstore.h>
#include <testutils.h>
#include <windowfixture.h>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Finetuner;
using App::MainWindow;
using App::MessageTableModel;
using Core::ReviewStatus;

class tst_LabelingFlow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void labelsTheSeedByKeyboardAndExportsTheEntityExtractor();
    void overlapsAreRefusedAndSpansRelabelledRemovedAndUndone();
    void typedCompletionWinsUntilTheTemplateIsChosenAgain();
    void labelAllOccurrencesIsOneUndoStep();
    void theNextImportStartsFromTheLabelsAndValuesOfThisOne();
    void choicesAndFieldsFillTheTemplate();
    void cheatSheetListsTheMenusKeys();
    void statisticsFollowTheEdits();

private:
    std::unique_ptr<MainWindow> makeWindow();
    void open(const QString &path);
    void openChat(const QByteArray &chat, const QString &name);
    void applySeedPresetByKeyboard();
    int rowOf(const QString &textStart);
    QPlainTextEdit *messageView() { return m_window->findChild<QPlainTextEdit *>(u"originalText"_s); }
    QPlainTextEdit *editor() { return m_window->findChild<QPlainTextEdit *>(u"completionEditor"_s); }
    /// Selects @p length characters from @p from in the message view with the keyboard alone.
    void selectByKeys(int from, int length);

    QTemporaryDir m_dir;
    QString m_settingsPath;
    std::unique_ptr<MainWindow> m_window;
};

void tst_LabelingFlow::init()
{
    static int count = 0;
    m_settingsPath = m_dir.filePath(u"settings-%1.ini"_s.arg(++count));
    m_window = makeWindow();
}

void tst_LabelingFlow::cleanup()
{
    m_window.reset();
}

std::unique_ptr<MainWindow> tst_LabelingFlow::makeWindow()
{
    return WindowFixture::make(m_settingsPath, m_settingsPath + u".projects"_s);
}

void tst_LabelingFlow::open(const QString &path)
{
    QSignalSpy opened(m_window.get(), &MainWindow::chatOpened);
    m_window->openFile(path);
    QVERIFY(opened.count() > 0 || opened.wait(10000));
}

void tst_LabelingFlow::openChat(const QByteArray &chat, const QString &name)
{
    open(TestUtils::writeFile(m_dir.filePath(name), chat));
}

void tst_LabelingFlow::applySeedPresetByKeyboard()
{
    // Ctrl+Shift+B opens the dialog; Space on its "Entities" preset, then on OK, as Tab and Space would.
    connect(m_window.get(), &MainWindow::labelSchemaDialogOpened, this, [](QDialog *dialog) {
        QTimer::singleShot(0, dialog, [dialog] {
            auto *preset = dialog->findChild<QPushButton *>(u"seedPreset"_s);
            preset->setFocus();
            QTest::keyClick(preset, Qt::Key_Space);
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            ok->setFocus();
            QTest::keyClick(ok, Qt::Key_Space);
        });
    }, Qt::SingleShotConnection);
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->document()->project().labelSchema(), Core::LabelSchema::seedEntities());
    // Offscreen there is no window manager to hand activation back after the dialog; window-wide keys need it.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

int tst_LabelingFlow::rowOf(const QString &textStart)
{
    const Core::Conversation &conversation = m_window->document()->project().conversation();
    for (int row = 0; row < conversation.size(); ++row) {
        if (conversation.text(row).startsWith(textStart))
            return row;
    }
    return -1;
}

void tst_LabelingFlow::selectByKeys(int from, int length)
{
    QPlainTextEdit *view = messageView();
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < from; ++i)
        QTest::keyClick(view, Qt::Key_Right);
    for (int i = 0; i < length; ++i)
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
}

void tst_LabelingFlow::labelsTheSeedByKeyboardAndExportsTheEntityExtractor()
{
    open(TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s));
    // Bruce is the other side of the conversation: excluded, as the seed's remove did.
    auto *participants = m_window->findChild<QTableView *>(u"participantsTable"_s);
    QAbstractItemModel *people = participants->model();
    for (int row = 0; row < people->rowCount(); ++row) {
        if (people->index(row, App::ParticipantsModel::NameColumn).data().toString() == u"Bruce Wayne"_s)
            people->setData(people->index(row, App::ParticipantsModel::RoleColumn), int(Core::ParticipantRole::Excluded));
    }
    QAbstractItemModelTester tester(m_window->findChild<QTableView *>(u"messageTable"_s)->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    applySeedPresetByKeyboard();

    m_window->setCurrentRow(0);
    QTest::keyClick(m_window.get(), Qt::Key_J, Qt::ControlModifier); // the first message to annotate
    QCOMPARE(m_window->currentRow(), rowOf(u"You were supposed"_s));
    // 1: nothing to label; the template already wrote the completion. Done and next.
    QCOMPARE(editor()->toPlainText(), u" named_entities=\ntime=2012-07-27T21:01:54\nEND"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);

    // 2: Ctrl+L into the text, select "police" with the keyboard, press 1.
    QCOMPARE(m_window->currentRow(), rowOf(u"Why didn't"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), messageView());
    QTest::keyClick(messageView(), Qt::Key_End);
    QTest::keyClick(messageView(), Qt::Key_Left);                           // before "?"
    QTest::keyClick(messageView(), Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier); // "police"
    QTest::keyClick(messageView(), Qt::Key_1);
    QCOMPARE(editor()->toPlainText(), u" named_entities=police\ntime=2012-07-27T21:02:03\nEND"_s);
    QTest::keyClick(messageView(), Qt::Key_Return, Qt::ControlModifier);

    // 3: nothing.
    QCOMPARE(m_window->currentRow(), rowOf(u"Yeah? Who"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);

    // 4: a sloppy selection of "Ibiza. " snaps to the word.
    QCOMPARE(m_window->currentRow(), rowOf(u"His wife's"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
    selectByKeys(14, 7);
    QTest::keyClick(messageView(), Qt::Key_1);
    const int last = rowOf(u"His wife's"_s);
    const QModelIndex completion = m_window->findChild<QTableView *>(u"messageTable"_s)
                                       ->model()->index(last, MessageTableModel::CompletionColumn);
    QCOMPARE(completion.data().toString(), u"named_entities=Ibiza ⏎ time=2012-07-27T21:02:56 ⏎ END"_s.prepend(u' '));
    QTest::keyClick(messageView(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_window->document()->project().statusCount(ReviewStatus::Done), 4);

    // The seed's entity-extractor JSONL, made consistent: every completion starts with the space and ends with END.
    const QString out = m_dir.filePath(u"entities.jsonl"_s);
    QVERIFY(m_window->saveJsonl(out));
    QByteArray report;
    QVERIFY2(TestUtils::compareLines(
                 TestUtils::jsonLines(TestUtils::readFile(out)),
                 TestUtils::jsonLines(TestUtils::readFile(TestUtils::dataPath(u"golden/seed-selina.annotated.jsonl"_s))),
                 &report),
             report.constData());
    // Spans and schema are in the project file as they were made.
    auto stored = Core::ProjectStore::open(m_window->document()->projectPath(), Core::ProjectStore::Mode::ReadOnly);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value->project.labelSchema(), Core::LabelSchema::seedEntities());
    QCOMPARE(stored.value->project.annotations().size(), 2);
}

void tst_LabelingFlow::overlapsAreRefusedAndSpansRelabelledRemovedAndUndone()
{
    openChat("[01/08/2012, 10:00:00] Ana: Dinner in New York with Tom\n", u"overlap.txt"_s);
    Core::LabelSchema schema = Core::LabelSchema::seedEntities();
    schema.entities.append({2, u"person"_s, u"#e67e22"_s, 2});
    m_window->document()->push(new App::SetLabelSchemaCommand(m_window->document(), schema));
    m_window->setCurrentRow(0);
    QUndoStack *undo = m_window->document()->undoStack();
    const int base = undo->count();
    messageView()->setFocus();

    selectByKeys(10, 8); // "New York"
    QTest::keyClick(messageView(), Qt::Key_1);
    QCOMPARE(m_window->document()->project().annotation(0).spans.size(), 1);
    QCOMPARE(undo->undoText(), u"Label “New York” as named_entities"_s);

    selectByKeys(14, 9); // "York with": overlaps
    QTest::keyClick(messageView(), Qt::Key_2);
    QCOMPARE(m_window->document()->project().annotation(0).spans.size(), 1);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"overlaps"_s), qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(undo->count(), base + 1);

    // The caret in the span: 2 relabels it, Delete removes it; each one undo step.
    selectByKeys(12, 0);
    QTest::keyClick(messageView(), Qt::Key_2);
    QCOMPARE(m_window->document()->project().annotation(0).spans.at(0).label, 2);
    QTest::keyClick(messageView(), Qt::Key_Delete);
    QVERIFY(m_window->document()->project().annotation(0).isEmpty());
    QCOMPARE(undo->count(), base + 3);
    // Alt+2 from the completion editor labels the message view's selection too.
    selectByKeys(24, 3); // "Tom"
    editor()->setFocus();
    QTest::keyClick(editor(), Qt::Key_2, Qt::AltModifier);
    QCOMPARE(m_window->document()->project().annotation(0).spans.size(), 1);
    QCOMPARE(m_window->document()->project().annotation(0).spans.at(0).begin, 24);

    undo->undo(); // Alt+2
    undo->undo(); // Delete
    QCOMPARE(m_window->document()->project().annotation(0).spans.at(0).label, 2);
    undo->undo(); // relabel
    QCOMPARE(m_window->document()->project().annotation(0).spans.at(0).label, 1);
    undo->undo(); // the first label
    QVERIFY(m_window->document()->project().annotation(0).isEmpty());
    undo->redo();
    QCOMPARE(m_window->document()->project().annotation(0).spans.at(0), (Core::LabelSpan{10, 18, 1}));
    // Every step was committed: the file has what the window has.
    auto stored = Core::ProjectStore::open(m_window->document()->projectPath(), Core::ProjectStore::Mode::ReadOnly);
    QCOMPARE(stored.value->project.annotation(0), m_window->document()->project().annotation(0));
}

void tst_LabelingFlow::typedCompletionWinsUntilTheTemplateIsChosenAgain()
{
    openChat("[01/08/2012, 10:00:00] Ana: Paella in Valencia\n", u"typed.txt"_s);
    m_window->document()->push(new App::SetLabelSchemaCommand(m_window->document(), Core::LabelSchema::seedEntities()));
    m_window->setCurrentRow(0);
    auto *source = m_window->findChild<QLabel *>(u"completionSource"_s);
    QVERIFY(source->text().contains(u"template"_s));
    editor()->setFocus();
    QTest::keyClick(editor(), Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(editor(), u" (checked)"_s);
    const QString typed = u" named_entities=\ntime=2012-08-01T10:00:00\nEND (checked)"_s;
    QCOMPARE(m_window->document()->project().completion(0), typed);
    QVERIFY(source->text().contains(u"Typed by hand"_s));
    // A label changes nothing the annotator typed.
    selectByKeys(9, 8);
    QTest::keyClick(messageView(), Qt::Key_1);
    QCOMPARE(editor()->toPlainText(), typed);
    // "Use the Template" drops the typed text; the template writes from the labels again.
    auto *useTemplate = m_window->findChild<QAbstractButton *>(u"useTemplateButton"_s);
    QVERIFY(useTemplate->isVisible());
    useTemplate->click();
    QCOMPARE(editor()->toPlainText(), u" named_entities=Valencia\ntime=2012-08-01T10:00:00\nEND"_s);
    QVERIFY(m_window->document()->project().completion(0).isEmpty());
    QVERIFY(!useTemplate->isVisible());
}

void tst_LabelingFlow::labelAllOccurrencesIsOneUndoStep()
{
    openChat("[01/08/2012, 10:00:00] Ana: Ibiza was warm\n"
             "[01/08/2012, 10:01:00] Ben: Ibiza? Ibiza!\n"
             "[01/08/2012, 10:02:00] Ana: Ibizan food, not Ibiza food\n"
             "[01/08/2012, 10:03:00] Ben: nothing here\n",
             u"all.txt"_s);
    m_window->document()->push(new App::SetLabelSchemaCommand(m_window->document(), Core::LabelSchema::seedEntities()));
    m_window->setCurrentRow(0);
    messageView()->setFocus();
    selectByKeys(0, 5);
    QTest::keyClick(messageView(), Qt::Key_1);
    const int before = m_window->document()->undoStack()->count();
    QTest::keyClick(messageView(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->document()->undoStack()->count(), before + 1);
    const Core::Project &project = m_window->document()->project();
    QCOMPARE(project.annotation(1).spans.size(), 2);
    QCOMPARE(project.annotation(2).spans.size(), 1); // "Ibiza food", not "Ibizan"
    QCOMPARE(project.annotation(2).spans.at(0).begin, 17);
    QVERIFY(project.annotation(3).isEmpty());
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Labelled 3 more “Ibiza”"_s));
    // Again: nothing left to label.
    QTest::keyClick(messageView(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->document()->undoStack()->count(), before + 1);
    m_window->document()->undoStack()->undo();
    QVERIFY(project.annotation(1).isEmpty());
    QCOMPARE(project.annotation(0).spans.size(), 1);
}

void tst_LabelingFlow::theNextImportStartsFromTheLabelsAndValuesOfThisOne()
{
    openChat("[01/08/2012, 10:00:00] Ana: Dinner in Valencia\n", u"first.txt"_s);
    m_window->document()->push(new App::SetLabelSchemaCommand(m_window->document(), Core::LabelSchema::seedEntities()));
    m_window->setCurrentRow(0);
    messageView()->setFocus();
    selectByKeys(10, 8);
    QTest::keyClick(messageView(), Qt::Key_1);

    openChat("[02/08/2012, 10:00:00] Ben: Back to Valencia soon\n"
             "[02/08/2012, 10:01:00] Ben: Valencian oranges\n",
             u"second.txt"_s);
    const Core::Project &project = m_window->document()->project();
    QCOMPARE(project.labelSchema(), Core::LabelSchema::seedEntities());
    QCOMPARE(project.annotation(0).spans, (QList<Core::LabelSpan>{{8, 16, 1}}));
    QVERIFY(project.annotation(1).isEmpty());
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"labelled from earlier projects: 1"_s));
    // And they are in its project file from the start.
    auto stored = Core::ProjectStore::open(m_window->document()->projectPath(), Core::ProjectStore::Mode::ReadOnly);
    QCOMPARE(stored.value->project.annotation(0).spans.size(), 1);
}

void tst_LabelingFlow::choicesAndFieldsFillTheTemplate()
{
    openChat("[01/08/2012, 10:00:00] Ana: Oats with berries\n", u"choices.txt"_s);
    Core::LabelSchema schema = Core::LabelSchema::classification();
    schema.choices.append({u"tags"_s, {u"sweet"_s, u"fibre"_s}, true});
    schema.textFields = {u"note"_s};
    schema.completionTemplate = u" {category} [{tags|+}] {note}"_s;
    m_window->document()->push(new App::SetLabelSchemaCommand(m_window->document(), schema));
    m_window->setCurrentRow(0);
    auto *category = m_window->findChild<QComboBox *>(u"choice_category"_s);
    QVERIFY(category);
    category->setCurrentIndex(category->findData(u"positive"_s));
    m_window->findChild<QAbstractButton *>(u"choice_tags_fibre"_s)->click();
    m_window->findChild<QAbstractButton *>(u"choice_tags_sweet"_s)->click();
    auto *note = m_window->findChild<QLineEdit *>(u"field_note"_s);
    note->setFocus();
    QTest::keyClicks(note, u"morning"_s);
    QTest::keyClick(note, Qt::Key_Return);
    QCOMPARE(editor()->toPlainText(), u" positive [fibre+sweet] morning"_s);
    QCOMPARE(m_window->document()->undoStack()->count(), 5); // schema, choice, two tags, note
    m_window->document()->undoStack()->undo();
    QCOMPARE(editor()->toPlainText(), u" positive [fibre+sweet] "_s);
    QVERIFY(note->text().isEmpty());
    // Back to before the schema: no template, no fields, an empty completion; and forward again.
    QUndoStack *undo = m_window->document()->undoStack();
    while (undo->canUndo())
        undo->undo();
    QVERIFY(m_window->document()->project().labelSchema().isEmpty());
    QVERIFY(editor()->toPlainText().isEmpty());
    QVERIFY(!m_window->findChild<QComboBox *>(u"choice_category"_s));
    while (undo->canRedo())
        undo->redo();
    QCOMPARE(editor()->toPlainText(), u" positive [fibre+sweet] morning"_s);
}

void tst_LabelingFlow::cheatSheetListsTheMenusKeys()
{
    openChat("[01/08/2012, 10:00:00] Ana: hi\n", u"keys.txt"_s);
    m_window->document()->push(new App::SetLabelSchemaCommand(m_window->document(), Core::LabelSchema::seedEntities()));
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto *box = m_window->findChild<QMessageBox *>(u"shortcutsBox"_s);
    QVERIFY(box);
    const QString text = box->text();
    for (const QString &entry : {u"Done and Next"_s, u"Next Unfinished"_s, u"Label Selection as named_entities"_s,
                                 u"Label All Occurrences"_s, u"Go to the Message Text"_s, u"Undo"_s, u"Alt+1"_s})
        QVERIFY2(text.contains(entry), qPrintable(entry));
    QVERIFY(!text.contains(u"Label Selection with Key 2"_s)); // no label on 2
    box->close();
}

void tst_LabelingFlow::statisticsFollowTheEdits()
{
    openChat("[01/08/2012, 10:00:00] Ana: Dinner in Valencia\n"
             "[01/08/2012, 10:01:00] Ben: Valencia again\n"
             "[02/08/2012, 09:00:00] Ana: Breakfast in Oslo\n",
             u"stats.txt"_s);
    m_window->document()->push(new App::SetLabelSchemaCommand(m_window->document(), Core::LabelSchema::seedEntities()));
    auto *dock = m_window->findChild<App::StatisticsDock *>(u"statisticsDock"_s);
    QVERIFY(dock && !dock->isVisible());
    QSignalSpy updated(dock, &App::StatisticsDock::updated);
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier); // View › Statistics
    QVERIFY(dock->isVisible());
    QVERIFY(updated.wait(10000));
    QCOMPARE(dock->statistics().examples, 3);
    QCOMPARE(dock->statistics().tokensPerExample.size(), size_t(3));
    QCOMPARE(dock->statistics().messagesPerDay.size(), 2);
    QCOMPARE(dock->statistics().examplesPerLabel.value(0).second, 0);
    auto *summary = m_window->findChild<QLabel *>(u"statisticsSummary"_s);
    QVERIFY2(summary->text().startsWith(u"3 examples · "_s), qPrintable(summary->text()));

    // A label and an exclusion later, the charts say so.
    m_window->setCurrentRow(0);
    messageView()->setFocus();
    selectByKeys(10, 8);
    QTest::keyClick(messageView(), Qt::Key_1);
    m_window->document()->push(App::RowFieldCommand::include(m_window->document(), {2}, false));
    QVERIFY(updated.wait(10000));
    QTRY_COMPARE(dock->statistics().examples, 2);
    QCOMPARE(dock->statistics().examplesPerLabel.value(0), (QPair<QString, int>{u"named_entities"_s, 1}));
}

QTEST_MAIN(tst_LabelingFlow)
#include "tst_labelingflow.moc"
