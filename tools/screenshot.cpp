// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Opens a chat in the real window, annotates one message as an annotator would, and saves a screenshot:
// how the README's picture is made, and how a change to the window is looked at before it lands.
//   xvfb-run -s "-screen 0 1400x900x24" build/tools/finetuner-screenshot CHAT OUT.png [--dark]
// With --spans [WORDS]: the message with the most personal data instead, its phone numbers kept as written, WORDS
// anonymized by hand as a place, and the tooltip of its last span (the screen is grabbed, tooltip and all).

#include <app/commands/annotationcommands.h>
#include <app/commands/spanoverridecommand.h>
#include <app/document.h>
#include <app/importcontroller.h>
#include <app/mainwindow.h>
#include <app/settings/appsettings.h>
#include <app/widgets/piispaneditor.h>
#include <app/widgets/anonymizationdock.h>
#include <app/widgets/statisticsdock.h>

#include <QAction>
#include <QApplication>
#include <QEventLoop>
#include <QHelpEvent>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSettings>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Finetuner;

namespace {
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}
/// The message with the most personal data in the detail pane, its phone numbers kept as written, @p byHand
/// anonymized by hand as a place, the last span's tooltip showing.
int shootSpans(App::MainWindow &window, const QString &byHand, const QString &out)
{
    const Core::Project &project = window.document()->project();
    int best = -1;
    qsizetype most = 0;
    for (int row = 0; row < project.rowCount(); ++row) {
        const qsizetype count = window.document()->builder().spans(row).size();
        if (count > most) {
            best = row;
            most = count;
        }
    }
    if (best < 0) {
        std::fprintf(stderr, "finetuner-screenshot: no message with personal data\n");
        return 1;
    }
    window.setCurrentRow(best);
    Core::SpanOverrides kept;
    for (const Core::RowSpan &span : window.document()->builder().spans(best)) {
        if (span.span.type == Core::PiiType::Phone)
            kept.append({span.span.begin, span.span.end, span.span.type, false, -1});
    }
    window.document()->push(new App::SetSpanOverridesCommand(window.document(), best, kept, u"keep"_s));
    auto *view = window.findChild<QPlainTextEdit *>(u"originalText"_s);
    auto *spans = window.findChild<App::PiiSpanEditor *>(u"piiSpanEditor"_s);
    const QString text = project.conversation().text(best);
    if (const qsizetype at = byHand.isEmpty() ? -1 : text.indexOf(byHand); at >= 0) {
        QTextCursor cursor(view->document());
        cursor.setPosition(int(at));
        cursor.setPosition(int(at + byHand.size()), QTextCursor::KeepAnchor);
        view->setTextCursor(cursor);
        spans->anonymizeSelection(Core::PiiType::Location);
    }
    QTest::qWait(300);
    if (!spans->spans().isEmpty()) {
        QTextCursor cursor(view->document());
        cursor.setPosition(spans->spans().constLast().span.begin + 1); // the last: its tooltip covers no other
        const QPoint pos = view->cursorRect(cursor).center();
        QHelpEvent help(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(view->viewport(), &help);
    }
    QTest::qWait(600);
    // The screen, not the window: the tooltip is a window of its own.
    const QRect frame = window.frameGeometry();
    const QPixmap shot = window.screen()->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height());
    if (!shot.save(out)) {
        std::fprintf(stderr, "finetuner-screenshot: cannot write %s\n", qPrintable(out));
        return 1;
    }
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: finetuner-screenshot CHAT OUT.png [--dark] [--statistics] "
                             "[--anonymization[=people|detectors|custom]]\n");
        return 2;
    }
    if (args.contains(u"--dark"_s)) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
    }
    QTemporaryDir dir;
    auto settings = std::make_unique<App::AppSettings>(
        std::make_unique<QSettings>(dir.filePath(u"settings.ini"_s), QSettings::IniFormat));
    settings->setProjectsFolder(dir.filePath(u"projects"_s)); // the shot's project file goes with the run
    App::MainWindow window(std::move(settings));
    window.importController()->setInteractive(false);
    window.resize(1400, 860);
    window.show();
    // Shortcuts are window-wide and need an active window; Xvfb has no window manager to activate it.
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        std::fprintf(stderr, "finetuner-screenshot: the window did not become active; keys may not work\n");
    QEventLoop loop;
    bool done = false; // projects and datasets open before openFile() returns; chats on a worker thread
    QObject::connect(&window, &App::MainWindow::chatOpened, &loop, [&] { done = true; loop.quit(); });
    QObject::connect(&window, &App::MainWindow::importFailed, &loop, [&] { done = true; loop.quit(); });
    window.openFile(args.at(1));
    if (!done)
        loop.exec();

    if (window.document()->project().isDataset()) {
        // A reviewer's moment: the first broken line open in the record editor.
        int row = 0;
        const Core::Dataset *dataset = window.document()->project().dataset();
        while (row + 1 < dataset->size() && !dataset->isBroken(row))
            ++row;
        window.setCurrentRow(row);
        QTest::qWait(400);
        if (!window.grab().save(args.at(2)))
            return 1;
        return 0;
    }

    if (const qsizetype at = args.indexOf(u"--spans"_s); at >= 0)
        return shootSpans(window, at + 1 < args.size() ? args.at(at + 1) : QString(), args.at(2));

    // An annotator's moment: labels for foods and drinks, one message done, the next one labelled, its completion
    // written by the template.
    Core::LabelSchema schema;
    schema.entities = {{1, u"food"_s, u"#27ae60"_s, 1}, {2, u"drink"_s, u"#2e86de"_s, 2}};
    schema.completionTemplate = u" foods={food|, }\ndrinks={drink|, }\nEND"_s;
    window.document()->push(new App::SetLabelSchemaCommand(window.document(), schema));
    const int first = window.document()->project().nextUnfinished(-1, 1);
    window.setCurrentRow(first);
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    const Core::Conversation &conversation = window.document()->project().conversation();
    for (int row = 0; row < conversation.size(); ++row) {
        const QString text = conversation.text(row);
        if (!text.contains(u"Oatmeal"_s))
            continue;
        window.setCurrentRow(row);
        Core::RowAnnotation annotation;
        for (const auto &[value, label] : {std::pair{u"Oatmeal"_s, 1}, std::pair{u"blueberries"_s, 1},
                                           std::pair{u"peanut butter"_s, 1}, std::pair{u"Black coffee"_s, 2}}) {
            const qsizetype at = text.indexOf(value);
            if (at >= 0)
                annotation.addSpan({int(at), int(at + value.size()), label});
        }
        window.document()->push(new App::SetAnnotationsCommand(window.document(), row, annotation, u"label"_s));
        break;
    }
    if (args.contains(u"--statistics"_s)) {
        auto *dock = window.findChild<App::StatisticsDock *>(u"statisticsDock"_s);
        QEventLoop wait;
        QObject::connect(dock, &App::StatisticsDock::updated, &wait, &QEventLoop::quit);
        dock->show();
        wait.exec();
    }
    const auto anonymization = std::find_if(args.cbegin(), args.cend(), [](const QString &arg) {
        return arg.startsWith(u"--anonymization"_s);
    });
    if (anonymization != args.cend()) {
        auto *dock = window.findChild<App::AnonymizationDock *>(u"anonymizationDock"_s);
        const QString tab = anonymization->section(u'=', 1);
        auto *tabs = dock->findChild<QTabWidget *>(u"anonymizationTabs"_s);
        tabs->setCurrentIndex(tab == u"detectors"_s ? 1 : tab == u"custom"_s ? 2 : 0);
        QEventLoop wait;
        QObject::connect(dock, &App::AnonymizationDock::countsUpdated, &wait, &QEventLoop::quit);
        window.findChild<QAction *>(u"anonymizationAction"_s)->trigger(); // as View › Anonymization does
        wait.exec();
        // A person selected, so the shot shows all they go by.
        auto *people = dock->findChild<QTableView *>(u"identitiesTable"_s);
        people->setCurrentIndex(people->model()->index(0, 0));
    }
    QTest::qWait(400);

    if (!window.grab().save(args.at(2))) {
        std::fprintf(stderr, "finetuner-screenshot: cannot write %s\n", qPrintable(args.at(2)));
        return 1;
    }
    return 0;
}
