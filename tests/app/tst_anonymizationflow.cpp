// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The personal data of a message in the real window, offscreen: spans drawn in the message view, a click that
// keeps one as written and another that anonymizes it again, words anonymized by hand, undo, the project file,
// and the export with its leak check.

#include <app/commands/annotationcommands.h>
#include <app/commands/editcompletioncommand.h>
#include <app/commands/rowfieldcommand.h>
#include <app/document.h>
#include <app/mainwindow.h>
#include <app/widgets/piispaneditor.h>
#include <core/project/projectstore.h>
#include <testutils.h>
#include <windowfixture.h>

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Finetuner;
using App::MainWindow;
using Core::PiiType;
using Core::SpanOverride;
using Core::SpanOverrides;

class tst_AnonymizationFlow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void spansAreDrawnWhereTheyAreInTheText();
    void aClickKeepsASpanAsWrittenAndAnotherAnonymizesItAgain();
    void theKeyboardTogglesTheSpanAtTheCaret();
    void aClickOnALabelOpensItsMenuWhichSwitchesTheSpanToo();
    void selectedWordsAreAnonymizedByHandAsAPlaceOrAPerson();
    void theContextMenuOffersTheSameChoices();
    void overridesSurviveReopeningTheProject();
    void theExportWritesWhatIsKeptAndRefusesWhatIsNot();
    void theCheatSheetListsTheNewKeys();

private:
    void open(const QString &path);
    void openFixture();
    int rowOf(const QString &textStart) const;
    QString text(int row) const { return m_window->document()->project().conversation().text(row); }
    QString exported(int row) const { return m_window->document()->builder().text(row); }
    QPlainTextEdit *messageView() const { return m_window->findChild<QPlainTextEdit *>(u"originalText"_s); }
    QPlainTextEdit *exportedView() const { return m_window->findChild<QPlainTextEdit *>(u"exportedText"_s); }
    App::PiiSpanEditor *spans() const { return m_window->findChild<App::PiiSpanEditor *>(u"piiSpanEditor"_s); }
    /// The extra selection of the message view over exactly [begin, end), if there is one.
    std::optional<QTextEdit::ExtraSelection> selectionOver(int begin, int end, int skip = 0) const;
    /// The middle of the character at @p offset in the message view, in its viewport's coordinates.
    QPoint pointAt(int offset) const;
    void clickAt(int offset) { QTest::mouseClick(messageView()->viewport(), Qt::LeftButton, {}, pointAt(offset)); }
    void selectByKeys(int from, int length);
    /// Picks @p objectName in the popup menu that opens next, by keyboard, as a user would.
    void pickInNextMenu(const QString &objectName, QStringList *seen = nullptr);
    /// Whether the menu opened and the pick was made; the window active again.
    bool menuPicked();

    QTemporaryDir m_dir;
    QString m_settingsPath;
    std::unique_ptr<MainWindow> m_window;
    QTimer *m_menuTimer = nullptr;
    bool m_picked = false;
};

void tst_AnonymizationFlow::init()
{
    static int count = 0;
    m_settingsPath = m_dir.filePath(u"settings-%1.ini"_s.arg(++count));
    m_window = WindowFixture::make(m_settingsPath, m_settingsPath + u".projects"_s);
}

void tst_AnonymizationFlow::cleanup()
{
    m_window.reset();
}

void tst_AnonymizationFlow::open(const QString &path)
{
    QSignalSpy opened(m_window.get(), &MainWindow::chatOpened);
    m_window->openFile(path);
    QVERIFY(opened.count() > 0 || opened.wait(10000));
}

void tst_AnonymizationFlow::openFixture()
{
    open(TestUtils::dataPath(u"anonymize/pii-chat.txt"_s));
    QCOMPARE(m_window->document()->project().rowCount(), 6);
}

int tst_AnonymizationFlow::rowOf(const QString &textStart) const
{
    const Core::Conversation &conversation = m_window->document()->project().conversation();
    for (int row = 0; row < conversation.size(); ++row) {
        if (conversation.text(row).startsWith(textStart))
            return row;
    }
    return -1;
}

std::optional<QTextEdit::ExtraSelection> tst_AnonymizationFlow::selectionOver(int begin, int end, int skip) const
{
    for (const QTextEdit::ExtraSelection &selection : messageView()->extraSelections()) {
        if (selection.cursor.selectionStart() == begin && selection.cursor.selectionEnd() == end && skip-- == 0)
            return selection;
    }
    return std::nullopt;
}

QPoint tst_AnonymizationFlow::pointAt(int offset) const
{
    QTextCursor cursor(messageView()->document());
    cursor.setPosition(offset);
    const QRect before = messageView()->cursorRect(cursor);
    cursor.setPosition(offset + 1);
    const QRect after = messageView()->cursorRect(cursor);
    if (after.top() != before.top()) // the last character of a line
        return QPoint(before.left() + 2, before.center().y());
    return QPoint((before.left() + after.left()) / 2, before.center().y());
}

void tst_AnonymizationFlow::selectByKeys(int from, int length)
{
    QPlainTextEdit *view = messageView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    while (view->textCursor().position() < from)
        QTest::keyClick(view, Qt::Key_Right);
    while (view->textCursor().position() < from + length)
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(view->textCursor().selectionStart(), from);
    QCOMPARE(view->textCursor().selectionEnd(), from + length);
}

void tst_AnonymizationFlow::pickInNextMenu(const QString &objectName, QStringList *seen)
{
    m_picked = false;
    delete m_menuTimer; // one that never fired must not fire in a later step
    m_menuTimer = new QTimer(this);
    m_menuTimer->setSingleShot(true);
    connect(m_menuTimer, &QTimer::timeout, this, [this, objectName, seen] {
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QAction *chosen = nullptr;
        for (QAction *action : menu->actions()) {
            if (seen && !action->isSeparator())
                seen->append(action->objectName() + u'=' + action->text());
            if (action->objectName() == objectName)
                chosen = action;
        }
        if (!chosen) {
            QTest::keyClick(menu, Qt::Key_Escape);
            QFAIL(qPrintable(u"no %1 in the menu"_s.arg(objectName)));
        }
        menu->setActiveAction(chosen);
        QTest::keyClick(menu, Qt::Key_Return);
        m_picked = true;
    });
    m_menuTimer->start(0);
}

bool tst_AnonymizationFlow::menuPicked()
{
    const bool picked = m_picked;
    delete m_menuTimer;
    m_menuTimer = nullptr;
    m_window->activateWindow();
    // Offscreen there is no window manager to hand activation back after a popup; window-wide keys need it.
    return picked && QTest::qWaitForWindowActive(m_window.get());
}

void tst_AnonymizationFlow::spansAreDrawnWhereTheyAreInTheText()
{
    openFixture();
    const int row = rowOf(u"Morning"_s);
    m_window->setCurrentRow(row);
    const QString message = text(row);
    // After "👩‍🍳", five UTF-16 units: the offsets are QString's and the view's alike.
    const int tom = message.indexOf(u"Tom"_s);
    const int phone = message.indexOf(u"+44 7400 123456"_s);
    QCOMPARE(messageView()->toPlainText(), message);

    const Core::RowSpans &drawn = spans()->spans();
    QCOMPARE(drawn.size(), 2);
    QCOMPARE(drawn.at(0).span.type, PiiType::Person);
    QCOMPARE(drawn.at(1).span.type, PiiType::Phone);
    const auto name = selectionOver(tom, tom + 3);
    const auto number = selectionOver(phone, phone + 15);
    QVERIFY(name && number);
    QCOMPARE(messageView()->extraSelections().size(), 2);
    for (const QTextCharFormat &format : {name->format, number->format}) {
        QCOMPARE(format.underlineStyle(), QTextCharFormat::DotLine);
        QVERIFY(format.background().color().alpha() > 0);
        QVERIFY(!format.fontStrikeOut());
    }
    QVERIFY(name->format.underlineColor() != number->format.underlineColor()); // one colour per type
    QCOMPARE(exported(row), u"Morning Person 2! 👩‍🍳 Call me on <PHONE> when you land."_s);
    QCOMPARE(exportedView()->toPlainText(), exported(row));

    // Hovering says what it is and what a click does; the placeholder is shown, not taken for a tag.
    QHelpEvent help(QEvent::ToolTip, pointAt(phone + 4), messageView()->viewport()->mapToGlobal(pointAt(phone + 4)));
    QApplication::sendEvent(messageView()->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(u"Phone number → &lt;PHONE&gt;"_s), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(u"Click to keep as written"_s));
    QToolTip::hideText();

    // Labels draw on the same view: both are there, neither overwrites the other.
    Core::LabelSchema schema = Core::LabelSchema::seedEntities();
    m_window->document()->push(new App::SetLabelSchemaCommand(m_window->document(), schema));
    selectByKeys(0, 7); // "Morning"
    QTest::keyClick(messageView(), Qt::Key_1);
    QCOMPARE(m_window->document()->project().annotation(row).spans.size(), 1);
    QCOMPARE(messageView()->extraSelections().size(), 3);
    QVERIFY(selectionOver(0, 7));
    QCOMPARE(selectionOver(0, 7)->format.underlineStyle(), QTextCharFormat::SingleUnderline);
    QVERIFY(selectionOver(tom, tom + 3) && selectionOver(phone, phone + 15));
    // And a change of the spans keeps the labels.
    clickAt(phone + 1);
    QCOMPARE(messageView()->extraSelections().size(), 3);
    QVERIFY(selectionOver(0, 7));
}

void tst_AnonymizationFlow::aClickKeepsASpanAsWrittenAndAnotherAnonymizesItAgain()
{
    openFixture();
    const int row = rowOf(u"Morning"_s);
    m_window->setCurrentRow(row);
    const QString message = text(row);
    const int phone = message.indexOf(u"+44 7400 123456"_s);
    const int end = phone + 15;
    QUndoStack *undo = m_window->document()->undoStack();
    const int base = undo->count();
    const QString anonymized = exported(row);
    const QString kept = u"Morning Person 2! 👩‍🍳 Call me on +44 7400 123456 when you land."_s;

    clickAt(phone + 5);
    const SpanOverrides off{{phone, end, PiiType::Phone, false, -1}};
    QCOMPARE(m_window->document()->project().spanOverrides(row), off);
    QCOMPARE(exported(row), kept);
    QCOMPARE(exportedView()->toPlainText(), kept);
    auto *preview = m_window->findChild<QPlainTextEdit *>(u"jsonPreview"_s);
    QVERIFY(preview->toPlainText().contains(u"+44 7400 123456"_s));
    // Drawn as kept: struck through, no tint.
    QVERIFY(selectionOver(phone, end));
    QVERIFY(selectionOver(phone, end)->format.fontStrikeOut());
    QCOMPARE(selectionOver(phone, end)->format.underlineStyle(), QTextCharFormat::NoUnderline);
    QCOMPARE(undo->count(), base + 1);
    QCOMPARE(undo->undoText(), u"Keep “+44 7400 123456” as written"_s);
    QHelpEvent help(QEvent::ToolTip, pointAt(phone + 4), messageView()->viewport()->mapToGlobal(pointAt(phone + 4)));
    QApplication::sendEvent(messageView()->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(u"Phone number, kept as written"_s), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(u"Click to anonymize"_s));
    QToolTip::hideText();

    // The second click anonymizes it again: the override goes, nothing else is stored.
    clickAt(phone + 1);
    QVERIFY(m_window->document()->project().spanOverrides(row).isEmpty());
    QCOMPARE(exported(row), anonymized);
    QVERIFY(!selectionOver(phone, end)->format.fontStrikeOut());
    QCOMPARE(undo->count(), base + 2);

    undo->undo();
    QCOMPARE(m_window->document()->project().spanOverrides(row), off);
    QCOMPARE(exported(row), kept);
    undo->undo();
    QVERIFY(m_window->document()->project().spanOverrides(row).isEmpty());
    QCOMPARE(exported(row), anonymized);
    QCOMPARE(exportedView()->toPlainText(), anonymized);
    undo->redo();
    QCOMPARE(m_window->document()->project().spanOverrides(row), off);
    QCOMPARE(exportedView()->toPlainText(), kept);
    QVERIFY(selectionOver(phone, end)->format.fontStrikeOut());

    // A drag over the span selects; it switches nothing. Nor does a click beside it.
    QTest::mousePress(messageView()->viewport(), Qt::LeftButton, {}, pointAt(phone));
    QTest::mouseMove(messageView()->viewport(), pointAt(end - 1));
    QTest::mouseRelease(messageView()->viewport(), Qt::LeftButton, {}, pointAt(end - 1));
    QVERIFY(messageView()->textCursor().hasSelection());
    clickAt(message.indexOf(u"land"_s));
    QCOMPARE(m_window->document()->project().spanOverrides(row), off);
    QCOMPARE(undo->index(), base + 1);
    QCOMPARE(undo->count(), base + 2); // the undone step is still there to redo
}

void tst_AnonymizationFlow::theKeyboardTogglesTheSpanAtTheCaret()
{
    openFixture();
    const int row = rowOf(u"Will do"_s);
    m_window->setCurrentRow(row);
    const QString message = text(row);
    const int mail = message.indexOf(u"tom.becker@example.org"_s);
    QCOMPARE(exported(row), u"Will do. Send the address to <EMAIL> please"_s);
    // Ctrl+L into the text, the caret into the address, Ctrl+Shift+K.
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), messageView());
    selectByKeys(mail + 3, 0);
    QTest::keyClick(messageView(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(exported(row), message);
    QCOMPARE(m_window->document()->project().spanOverrides(row),
             (SpanOverrides{{mail, mail + 22, PiiType::Email, false, -1}}));
    // From the completion editor too: the shortcut is window-wide, the caret stays in the message.
    m_window->findChild<QPlainTextEdit *>(u"completionEditor"_s)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(exported(row), u"Will do. Send the address to <EMAIL> please"_s);
    // Nowhere near a span: nothing changes, the status bar says why.
    const int count = m_window->document()->undoStack()->count();
    selectByKeys(2, 0);
    QTest::keyClick(messageView(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->document()->undoStack()->count(), count);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"No personal data at the caret"_s),
             qPrintable(m_window->statusBar()->currentMessage()));

    // The message's anonymization off (Edit › Don't Anonymize Selected): nothing is replaced, so nothing is drawn.
    m_window->document()->push(App::RowFieldCommand::anonymize(m_window->document(), {row}, false));
    QVERIFY(spans()->spans().isEmpty());
    QVERIFY(messageView()->extraSelections().isEmpty());
    selectByKeys(mail + 3, 0);
    QTest::keyClick(messageView(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Anonymization is off for this message"_s));
    QCOMPARE(m_window->document()->undoStack()->count(), count + 1);
    m_window->document()->undoStack()->undo();
    QCOMPARE(spans()->spans().size(), 1);
}

void tst_AnonymizationFlow::aClickOnALabelOpensItsMenuWhichSwitchesTheSpanToo()
{
    openFixture();
    const int row = rowOf(u"Morning"_s);
    m_window->setCurrentRow(row);
    const int tom = text(row).indexOf(u"Tom"_s);
    m_window->document()->push(
        new App::SetLabelSchemaCommand(m_window->document(), Core::LabelSchema::seedEntities()));
    selectByKeys(tom, 3);
    QTest::keyClick(messageView(), Qt::Key_1);
    QCOMPARE(m_window->document()->project().annotation(row).spans.size(), 1);

    // The click on "Tom", a label over a name: the label's menu, with the name's switch in it.
    QStringList seen;
    pickInNextMenu(u"toggleSpanAction"_s, &seen);
    clickAt(tom + 1);
    QVERIFY(menuPicked());
    QVERIFY2(seen.contains(u"toggleSpanAction=Keep “Tom” as Written"_s), qPrintable(seen.join(u", "_s)));
    QVERIFY(seen.join(u' ').contains(u"Remove Label"_s));
    QCOMPARE(m_window->document()->project().spanOverrides(row),
             (SpanOverrides{{tom, tom + 3, PiiType::Person, false, -1}}));
    QVERIFY(exported(row).startsWith(u"Morning Tom! "_s));
    QCOMPARE(m_window->document()->project().annotation(row).spans.size(), 1); // the label stays
    // Struck through under the label's colour: both show.
    QVERIFY(selectionOver(tom, tom + 3, 0) && selectionOver(tom, tom + 3, 1));
    QVERIFY(selectionOver(tom, tom + 3, 0)->format.fontStrikeOut());
    QCOMPARE(selectionOver(tom, tom + 3, 1)->format.underlineStyle(), QTextCharFormat::SingleUnderline);
}

void tst_AnonymizationFlow::selectedWordsAreAnonymizedByHandAsAPlaceOrAPerson()
{
    openFixture();
    const int row = rowOf(u"It's"_s);
    m_window->setCurrentRow(row);
    const QString message = text(row);
    QCOMPARE(exported(row), message); // no detector knows the street
    QVERIFY(spans()->spans().isEmpty());
    QUndoStack *undo = m_window->document()->undoStack();
    const int base = undo->count();

    // A sloppy selection after "🏠" (two UTF-16 units): " Rua das Flor" snaps to the words.
    const int street = message.indexOf(u"Rua"_s);
    selectByKeys(street - 1, 13);
    QStringList seen;
    pickInNextMenu(u"anonymizeAs_location"_s, &seen);
    QTest::keyClick(messageView(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(menuPicked());
    // The choices: each person by pseudonym and name, then the other kinds.
    QVERIFY2(seen.mid(0, 3)
                 == (QStringList{u"anonymizeAs_person_0=Person 1 (Ana Ribeiro)"_s,
                                 u"anonymizeAs_person_1=Person 2 (Tom Becker)"_s,
                                 u"anonymizeAs_person=Someone Else (<PERSON>)"_s}),
             qPrintable(seen.join(u", "_s)));
    QVERIFY(seen.join(u' ').contains(u"anonymizeAs_phone=P&hone Number"_s));
    QVERIFY(seen.join(u' ').contains(u"anonymizeAs_term=&Other (<PII>)"_s));
    QCOMPARE(m_window->document()->project().spanOverrides(row),
             (SpanOverrides{{street, street + 14, PiiType::Location, true, -1}}));
    QCOMPARE(exported(row), u"It's 🏠 <LOCATION> 12, second floor."_s);
    QCOMPARE(exportedView()->toPlainText(), exported(row));
    QCOMPARE(undo->undoText(), u"Anonymize “Rua das Flores” as Place"_s);
    // Drawn as added by hand: dashed.
    QVERIFY(selectionOver(street, street + 14));
    QCOMPARE(selectionOver(street, street + 14)->format.underlineStyle(), QTextCharFormat::DashUnderline);
    QVERIFY(spans()->spans().at(0).byHand);

    // A nickname no alias covers becomes its person's pseudonym.
    const int other = rowOf(u"Tommy"_s);
    m_window->setCurrentRow(other);
    QCOMPARE(exported(other), text(other));
    selectByKeys(0, 5);
    pickInNextMenu(u"anonymizeAs_person_1"_s);
    m_window->findChild<QAction *>(u"anonymizeSelectionAction"_s)->trigger();
    QVERIFY(menuPicked());
    QCOMPARE(exported(other), u"Person 2, don't be late this time"_s);
    QCOMPARE(m_window->document()->project().spanOverrides(other),
             (SpanOverrides{{0, 5, PiiType::Person, true, 1}}));
    // And it is now one of Tom's aliases: wherever the chat says it, in one undo step with the span.
    QVERIFY(m_window->document()->project().identities().at(1).hasAlias(u"Tommy"_s));
    QCOMPARE(m_window->document()->builder().anonymizer().anonymize(u"see you, TOMMY"_s), u"see you, Person 2"_s);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"wherever the chat says it"_s));
    QCOMPARE(undo->undoText(), u"Anonymize “Tommy” as Person 2"_s);

    // Over a detected span, the hand wins: "7400 123456" as <PII>, the phone number's span gives way.
    const int first = rowOf(u"Morning"_s);
    m_window->setCurrentRow(first);
    const int number = text(first).indexOf(u"7400"_s);
    selectByKeys(number, 11);
    pickInNextMenu(u"anonymizeAs_term"_s);
    QTest::keyClick(messageView(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(menuPicked());
    QCOMPARE(exported(first), u"Morning Person 2! 👩‍🍳 Call me on +44 <PII> when you land."_s);
    QCOMPARE(spans()->spans().size(), 2);
    QVERIFY(spans()->spans().at(1).byHand);
    // A click on it removes it: the phone number is back, anonymized as found.
    clickAt(number + 2);
    QCOMPARE(exported(first), u"Morning Person 2! 👩‍🍳 Call me on <PHONE> when you land."_s);
    QVERIFY(m_window->document()->project().spanOverrides(first).isEmpty());

    // Nothing selected: nothing added, and the status bar says what to do.
    selectByKeys(3, 0);
    QTest::keyClick(messageView(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Select the words to anonymize first"_s));

    // Each step undoes alone, back to nothing.
    QCOMPARE(undo->count(), base + 4);
    for (int i = 0; i < 4; ++i)
        undo->undo();
    QVERIFY(m_window->document()->project().allSpanOverrides().isEmpty());
    QVERIFY(!m_window->document()->project().identities().at(1).hasAlias(u"Tommy"_s));
    QCOMPARE(exported(row), message);
    QCOMPARE(exported(other), text(other));
}

void tst_AnonymizationFlow::theContextMenuOffersTheSameChoices()
{
    openFixture();
    const int row = rowOf(u"It's"_s);
    m_window->setCurrentRow(row);
    const int floor = text(row).indexOf(u"second"_s);
    selectByKeys(floor, 6);
    QStringList seen;
    QTimer::singleShot(0, this, [this, &seen] {
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        auto *types = menu->findChild<QMenu *>(u"anonymizeAsSubmenu"_s);
        QVERIFY(types && types->isEnabled());
        QAction *custom = types->findChild<QAction *>(u"anonymizeAs_term"_s);
        QVERIFY(custom);
        for (QAction *action : menu->actions())
            seen.append(action->text());
        // Through the submenu as the keyboard goes: open it, choose, Return.
        menu->setActiveAction(types->menuAction());
        QTest::keyClick(menu, Qt::Key_Right);
        QTRY_COMPARE(QApplication::activePopupWidget(), types);
        types->setActiveAction(custom);
        QTest::keyClick(types, Qt::Key_Return);
    });
    const QPoint at = pointAt(floor + 2);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, messageView()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(messageView()->viewport(), &event);
    QVERIFY2(seen.join(u' ').contains(u"Copy"_s), qPrintable(seen.join(u", "_s))); // the view's own entries stay
    QCOMPARE(exported(row), u"It's 🏠 Rua das Flores 12, <PII> floor."_s);
}

void tst_AnonymizationFlow::overridesSurviveReopeningTheProject()
{
    openFixture();
    const int row = rowOf(u"Morning"_s);
    m_window->setCurrentRow(row);
    const int phone = text(row).indexOf(u"+44"_s);
    clickAt(phone + 3);
    const int street = text(rowOf(u"It's"_s)).indexOf(u"Rua"_s);
    m_window->setCurrentRow(rowOf(u"It's"_s));
    selectByKeys(street, 14);
    pickInNextMenu(u"anonymizeAs_location"_s);
    QTest::keyClick(messageView(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(menuPicked());
    const QHash<int, SpanOverrides> overrides = m_window->document()->project().allSpanOverrides();
    QCOMPARE(overrides.size(), 2);
    const QString path = m_window->document()->projectPath();
    QVERIFY(!path.isEmpty());
    const QStringList texts = {exported(0), exported(1), exported(2), exported(3), exported(4), exported(5)};

    // A new window on the same file: the same overrides, the same export, drawn the same way.
    m_window = WindowFixture::make(m_settingsPath, m_settingsPath + u".projects"_s);
    open(path);
    QCOMPARE(m_window->document()->projectPath(), path);
    QCOMPARE(m_window->document()->project().allSpanOverrides(), overrides);
    QCOMPARE((QStringList{exported(0), exported(1), exported(2), exported(3), exported(4), exported(5)}), texts);
    m_window->setCurrentRow(row);
    QVERIFY(selectionOver(phone, phone + 15));
    QVERIFY(selectionOver(phone, phone + 15)->format.fontStrikeOut());
    m_window->setCurrentRow(rowOf(u"It's"_s));
    QCOMPARE(selectionOver(street, street + 14)->format.underlineStyle(), QTextCharFormat::DashUnderline);
}

void tst_AnonymizationFlow::theExportWritesWhatIsKeptAndRefusesWhatIsNot()
{
    openFixture();
    const int row = rowOf(u"Morning"_s);
    m_window->setCurrentRow(row);
    clickAt(text(row).indexOf(u"+44"_s) + 2); // kept as written, on purpose

    // File › Export JSONL (Ctrl+E), through the export dialog, to a file of the test's.
    const QString out = m_dir.filePath(u"pii-%1.jsonl"_s.arg(QFileInfo(m_settingsPath).baseName()));
    m_window->setSavePathChooser([&out](const QString &) { return out; });
    connect(m_window.get(), &MainWindow::exportDialogOpened, this, [](QDialog *dialog) {
        QTimer::singleShot(0, dialog, [dialog] { dialog->findChild<QPushButton *>(u"exportButton"_s)->click(); });
    }, Qt::SingleShotConnection);
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY2(m_window->lastExportError().isEmpty(), qPrintable(m_window->lastExportError()));
    const QByteArray written = TestUtils::readFile(out);
    // Kept where it was switched off, and only there: the same number in the last message is still replaced.
    QVERIFY2(written.contains("Call me on +44 7400 123456 when"), written.constData());
    QVERIFY(written.contains("Ring <PHONE> or mail <EMAIL>"));
    QVERIFY(written.contains("Morning Person 2!"));
    QVERIFY(!written.contains("tom.becker"));
    QVERIFY(written.contains("<EMAIL>"));

    // A typed completion that writes the address anonymization still removes: refused, nothing overwritten.
    const int mail = rowOf(u"Will do"_s);
    m_window->document()->push(
        new App::EditCompletionCommand(m_window->document(), mail, u"Mail tom.becker@example.org then"_s));
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QVERIFY2(m_window->lastExportError().startsWith(u"Not exported"_s), qPrintable(m_window->lastExportError()));
    QVERIFY2(m_window->lastExportError().contains(u"email"_s), qPrintable(m_window->lastExportError()));
    QCOMPARE(TestUtils::readFile(out), written);
}

void tst_AnonymizationFlow::theCheatSheetListsTheNewKeys()
{
    openFixture();
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto *box = m_window->findChild<QMessageBox *>(u"shortcutsBox"_s);
    QVERIFY(box);
    const QString text = box->text();
    for (const QString &entry : {u"Toggle Anonymization at Caret"_s, u"Ctrl+Shift+K"_s, u"Anonymize Selection…"_s,
                                 u"Ctrl+Shift+P"_s})
        QVERIFY2(text.contains(entry), qPrintable(entry));
    box->close();
    // No other action has these keys: each would otherwise be ambiguous and do nothing.
    QStringList keys;
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        if (!action->shortcut().isEmpty())
            keys.append(action->shortcut().toString());
    }
    QCOMPARE(keys.count(u"Ctrl+Shift+K"_s), 1);
    QCOMPARE(keys.count(u"Ctrl+Shift+P"_s), 1);
}

QTEST_MAIN(tst_AnonymizationFlow)
#include "tst_anonymizationflow.moc"
