// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// ImportController as the window uses it: imports on a worker thread, Cancel, errors and warnings shown to the
// user, and the date-order question, answered by a hook, by the dialog, or not asked at all.

#include <app/dialogs/dateorderdialog.h>
#include <app/importcontroller.h>
#include <core/import/importerregistry.h>

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <testutils.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <thread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using namespace Finetuner;
using App::DateOrderDialog;
using App::ImportController;
using Core::DateOrder;

class tst_ImportController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void importsAFile();
    void bigImport_leavesTheGuiThreadFree();
    void slowImport_showsProgressThatCancels();
    void cancel_emitsFailedAndNothingElse();
    void secondStartWhileBusy_isIgnored();
    void nonChatFile_showsTheErrorsNamingTheFile();
    void missingFile_failsWithoutDialogWhenNotInteractive();
    void warnings_areShownWithLineNumbers();
    void warnings_notShownWhenNotInteractive();
    void ambiguousDates_chooserForcesTheOtherOrder();
    void ambiguousDates_chooserKeepsTheAssumption();
    void ambiguousDates_chooserCancels();
    void ambiguousDates_keptWithoutAskingWhenNotInteractive();
    void ambiguousDates_dialogAsksTheUser();
    void dateOrderDialog_previewsBothReadings();
    void dateOrderDialog_showsImpossibleDates();

private:
    QString ambiguousPath() const { return TestUtils::dataPath(u"import/whatsapp/ambiguous-sameday.txt"_s); }
    QString writeFile(const QString &name, const QByteArray &contents);
    static Core::Conversation conversationOf(const QSignalSpy &importedSpy, int index = 0)
    {
        return importedSpy.at(index).at(0).value<Core::Conversation>();
    }

    QTemporaryDir m_dir; // the big file lives for the whole test case
    QString m_bigPath;
    int m_bigMessages = 0;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<ImportController> m_controller;
};

void tst_ImportController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());

    // ~40 MB of one message a minute from 2020-01-01; days above 12 decide the date order.
    m_bigPath = m_dir.filePath(u"big.txt"_s);
    QFile file(m_bigPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    constexpr int Messages = 1'000'000;
    QByteArray chunk;
    QDate date(2020, 1, 1);
    char line[96];
    for (int i = 0; i < Messages; ++i) {
        if (i > 0 && i % 1440 == 0)
            date = date.addDays(1);
        const int n = std::snprintf(line,
                                    sizeof line,
                                    "%02d/%02d/%04d, %02d:%02d - %s: hello there, message %d\n",
                                    date.day(),
                                    date.month(),
                                    date.year(),
                                    (i / 60) % 24,
                                    i % 60,
                                    i % 3 == 0 ? "Ana" : "Ben",
                                    i);
        chunk.append(line, n);
        if (chunk.size() > (1 << 20)) {
            QCOMPARE(file.write(chunk), chunk.size());
            chunk.clear();
        }
    }
    QCOMPARE(file.write(chunk), chunk.size());
    m_bigMessages = Messages;
    QVERIFY(file.size() > 40'000'000);
}

void tst_ImportController::init()
{
    m_window = std::make_unique<QWidget>();
    m_window->setObjectName(u"testWindow"_s);
    m_window->resize(640, 480);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_controller = std::make_unique<ImportController>(m_window.get());
}

void tst_ImportController::cleanup()
{
    m_controller.reset();
    m_window.reset();
}

QString tst_ImportController::writeFile(const QString &name, const QByteArray &contents)
{
    return TestUtils::writeFile(m_dir.filePath(name), contents);
}

void tst_ImportController::importsAFile()
{
    const QString path = TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s);
    const auto expected = TestUtils::jsonLines(
                              TestUtils::readFile(TestUtils::dataPath(u"import/whatsapp/seed-selina.jsonl"_s)))
                              .size();
    QSignalSpy imported(m_controller.get(), &ImportController::imported);
    QSignalSpy failed(m_controller.get(), &ImportController::failed);
    QSignalSpy busy(m_controller.get(), &ImportController::busyChanged);

    m_controller->start(path);
    QVERIFY(m_controller->isBusy());
    QCOMPARE(m_controller->currentPath(), path);
    QVERIFY(imported.wait(10000));

    QCOMPARE(imported.size(), 1);
    QCOMPARE(failed.size(), 0);
    const Core::Conversation conversation = conversationOf(imported);
    QCOMPARE(conversation.size(), int(expected));
    QCOMPARE(conversation.sourcePath(), path);
    QVERIFY(!m_controller->isBusy());
    QCOMPARE(busy.size(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
    // A clean file opens without a word, and the progress dialog never flashed up for it.
    QVERIFY(!m_window->findChild<QMessageBox *>());
    QVERIFY(!m_window->findChild<QProgressDialog *>(u"importProgress"_s));

    // The next import may start from the imported() handler itself.
    m_controller->start(path);
    QVERIFY(imported.wait(10000));
    QCOMPARE(imported.size(), 2);
}

void tst_ImportController::bigImport_leavesTheGuiThreadFree()
{
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&ticks] {
        ++ticks;
    });
    bool onGuiThread = false;
    connect(m_controller.get(), &ImportController::imported, this, [&onGuiThread] {
        onGuiThread = QThread::currentThread() == qApp->thread();
    });
    QSignalSpy imported(m_controller.get(), &ImportController::imported);

    QElapsedTimer clock;
    clock.start();
    ticker.start();
    m_controller->start(m_bigPath);
    const qint64 startTook = clock.elapsed();
    QVERIFY(imported.wait(120000));
    const qint64 importTook = clock.elapsed();

    QCOMPARE(conversationOf(imported).size(), m_bigMessages);
    QVERIFY(onGuiThread);
    // start() only hands the work over, and the event loop kept running all along: a parse on the GUI thread
    // would have let the timer fire once at most.
    QVERIFY2(startTook < importTook / 2, qPrintable(u"start() took %1 of %2 ms"_s.arg(startTook).arg(importTook)));
    QVERIFY2(ticks >= 3 && ticks >= importTook / 10 / 4,
             qPrintable(u"%1 timer ticks in %2 ms"_s.arg(ticks).arg(importTook)));
}

void tst_ImportController::slowImport_showsProgressThatCancels()
{
#ifdef Q_OS_UNIX
    // A named pipe the test feeds: the worker blocks reading it for as long as the test likes, so the progress
    // dialog shows and Cancel is pressed while the import runs, however fast the parser is.
    const QString fifoPath = m_dir.filePath(u"slow.txt"_s);
    QFile::remove(fifoPath);
    QVERIFY(::mkfifo(QFile::encodeName(fifoPath).constData(), 0600) == 0);
    const QByteArray head = TestUtils::readFile(m_bigPath).left(20'000'000); // several progress steps
    std::atomic<bool> release{false};
    std::atomic<bool> opened{false};
    std::thread writer([&] {
        QFile pipe(fifoPath);
        if (!pipe.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) // blocks until the worker opens it
            return;
        opened = true;
        pipe.write(head.left(64 * 1024));
        while (!release)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        pipe.write(head.mid(64 * 1024));
    });
    // Whatever fails below, the writer finishes and the worker reads to the end.
    const auto finishWriter = qScopeGuard([&] {
        release = true;
        QFile reader(fifoPath); // if the worker never opened the pipe, the writer still waits for a reader
        if (!opened)
            reader.open(::open(QFile::encodeName(fifoPath).constData(), O_RDONLY | O_NONBLOCK),
                        QIODevice::ReadOnly,
                        QFile::AutoCloseHandle);
        writer.join();
    });

    QSignalSpy imported(m_controller.get(), &ImportController::imported);
    QSignalSpy failed(m_controller.get(), &ImportController::failed);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] {
        ++ticks;
    });
    ticker.start(10);
    m_controller->start(fifoPath);

    QProgressDialog *progress = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((progress = m_window->findChild<QProgressDialog *>(u"importProgress"_s))
                                 && progress->isVisible(),
                             5000);
    QVERIFY(ticks >= 10); // the event loop ran all the while the worker waited
    QVERIFY(m_controller->isBusy());
    QVERIFY(imported.isEmpty() && failed.isEmpty());
    QCOMPARE(progress->windowModality(), Qt::WindowModal);
    QVERIFY(progress->labelText().contains(u"slow.txt"_s));
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    release = true;

    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), fifoPath);
    QCOMPARE(failed.at(0).at(1).toBool(), true);
    QTest::qWait(20);
    QVERIFY(imported.isEmpty());
    QVERIFY(!m_controller->isBusy());
    QTRY_VERIFY(!m_window->findChild<QProgressDialog *>(u"importProgress"_s));
    QVERIFY(!m_window->findChild<QMessageBox *>()); // a cancel is not an error
#else
    QSKIP("needs a named pipe");
#endif
}

void tst_ImportController::cancel_emitsFailedAndNothingElse()
{
    QSignalSpy imported(m_controller.get(), &ImportController::imported);
    QSignalSpy failed(m_controller.get(), &ImportController::failed);
    m_controller->start(m_bigPath);
    m_controller->cancel();

    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), m_bigPath);
    QCOMPARE(failed.at(0).at(1).toBool(), true);
    QTest::qWait(50);
    QVERIFY(imported.isEmpty());
    QVERIFY(!m_window->findChild<QMessageBox *>());
}

void tst_ImportController::secondStartWhileBusy_isIgnored()
{
    QSignalSpy imported(m_controller.get(), &ImportController::imported);
    QSignalSpy busy(m_controller.get(), &ImportController::busyChanged);
    m_controller->start(m_bigPath);
    m_controller->start(TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s));
    QCOMPARE(m_controller->currentPath(), m_bigPath);

    QVERIFY(imported.wait(120000));
    QTest::qWait(50);
    QCOMPARE(imported.size(), 1);
    QCOMPARE(conversationOf(imported).sourcePath(), m_bigPath);
    QCOMPARE(busy.size(), 2);
}

void tst_ImportController::nonChatFile_showsTheErrorsNamingTheFile()
{
    const QString path = writeFile(u"shopping-list.txt"_s, "milk\neggs\nbread\n");
    QSignalSpy imported(m_controller.get(), &ImportController::imported);
    QSignalSpy failed(m_controller.get(), &ImportController::failed);
    m_controller->start(path);

    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(0).toString(), path);
    QCOMPARE(failed.at(0).at(1).toBool(), false);
    QVERIFY(imported.isEmpty());

    // Opened without blocking, so it is there now; close it as a user would.
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"importErrors"_s)) && box->isVisible());
    QVERIFY2(box->text().contains(u"shopping-list.txt"_s), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(u"not a WhatsApp chat export"_s), qPrintable(box->informativeText()));
    QCOMPARE(box->icon(), QMessageBox::Critical);
    QTimer::singleShot(0, box, [box] {
        box->button(QMessageBox::Ok)->click();
    });
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"importErrors"_s));
    QVERIFY(!m_controller->isBusy());
}

void tst_ImportController::missingFile_failsWithoutDialogWhenNotInteractive()
{
    m_controller->setInteractive(false);
    const QString path = m_dir.filePath(u"no-such-file.txt"_s);
    QSignalSpy failed(m_controller.get(), &ImportController::failed);
    m_controller->start(path);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(0).toString(), path);
    QCOMPARE(failed.at(0).at(1).toBool(), false);
    QTest::qWait(20);
    QVERIFY(!m_window->findChild<QMessageBox *>());
}

void tst_ImportController::warnings_areShownWithLineNumbers()
{
    const QString path = TestUtils::dataPath(u"import/whatsapp/impossible-date.txt"_s);
    QSignalSpy imported(m_controller.get(), &ImportController::imported);
    m_controller->start(path);
    QVERIFY(imported.wait(10000));

    // The chat is open and the warnings wait behind a non-blocking box.
    const auto diagnostics = imported.at(0).at(1).value<Core::Diagnostics>();
    QVERIFY(Core::countOf(diagnostics, Core::Diagnostic::Severity::Warning) >= 2);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"importWarnings"_s)) && box->isVisible());
    QVERIFY2(box->text().contains(u"impossible-date.txt"_s), qPrintable(box->text()));
    // Line 4 is "31/02/2022, …" and line 8 "29/02/2022, …": both kept as text, both named.
    QVERIFY2(box->detailedText().contains(u"line 4:"_s), qPrintable(box->detailedText()));
    QVERIFY2(box->detailedText().contains(u"line 8:"_s), qPrintable(box->detailedText()));
    box->close();
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"importWarnings"_s));
}

void tst_ImportController::warnings_notShownWhenNotInteractive()
{
    m_controller->setInteractive(false);
    QSignalSpy imported(m_controller.get(), &ImportController::imported);
    m_controller->start(TestUtils::dataPath(u"import/whatsapp/impossible-date.txt"_s));
    QVERIFY(imported.wait(10000));
    QVERIFY(!imported.at(0).at(1).value<Core::Diagnostics>().isEmpty()); // still handed on
    QTest::qWait(20);
    QVERIFY(!m_window->findChild<QMessageBox *>());
}

void tst_ImportController::ambiguousDates_chooserForcesTheOtherOrder()
{
    QList<Core::Conversation> asked;
    m_controller->dateOrderChooser = [&asked](const Core::Conversation &conversation) {
        asked.append(conversation);
        return std::optional<DateOrder>(DateOrder::MonthDayYear);
    };
    QSignalSpy imported(m_controller.get(), &ImportController::imported);
    QSignalSpy busy(m_controller.get(), &ImportController::busyChanged);
    m_controller->start(ambiguousPath());
    QVERIFY(imported.wait(10000));

    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().dateOrder(), DateOrder::DayMonthYear); // the importer's assumption (24 h clock)
    QVERIFY(asked.first().isDateOrderAssumed());

    QCOMPARE(imported.size(), 1);
    const Core::Conversation conversation = conversationOf(imported);
    QCOMPARE(conversation.dateOrder(), DateOrder::MonthDayYear);
    QVERIFY(!conversation.isDateOrderAssumed());
    QCOMPARE(conversation.size(), 8);
    // "05/06/2021, 08:00" read month first.
    QCOMPARE(conversation.timestamp(0), Core::LocalDateTime::fromParts(2021, 5, 6, 8, 0, 0));
    QCOMPARE(conversation.timestamp(7), Core::LocalDateTime::fromParts(2021, 5, 6, 23, 55, 0));
    QCOMPARE(busy.size(), 2); // one busy period for both reads
    QVERIFY(!m_window->findChild<QDialog *>());
}

void tst_ImportController::ambiguousDates_chooserKeepsTheAssumption()
{
    int asked = 0;
    m_controller->dateOrderChooser = [&asked](const Core::Conversation &) {
        ++asked;
        return std::optional<DateOrder>(DateOrder::DayMonthYear);
    };
    QSignalSpy imported(m_controller.get(), &ImportController::imported);
    m_controller->start(ambiguousPath());
    QVERIFY(imported.wait(10000));
    QTest::qWait(20);
    QCOMPARE(asked, 1);
    QCOMPARE(imported.size(), 1);
    const Core::Conversation conversation = conversationOf(imported);
    QCOMPARE(conversation.dateOrder(), DateOrder::DayMonthYear);
    QCOMPARE(conversation.timestamp(0), Core::LocalDateTime::fromParts(2021, 6, 5, 8, 0, 0));
    // The only warning was the assumption the user has just confirmed: nothing more to say.
    QVERIFY(!m_window->findChild<QMessageBox *>());
}

void tst_ImportController::ambiguousDates_chooserCancels()
{
    m_controller->dateOrderChooser = [](const Core::Conversation &) {
        return std::optional<DateOrder>();
    };
    QSignalSpy imported(m_controller.get(), &ImportController::imported);
    QSignalSpy failed(m_controller.get(), &ImportController::failed);
    m_controller->start(ambiguousPath());
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(1).toBool(), true);
    QVERIFY(imported.isEmpty());
    QVERIFY(!m_controller->isBusy());
}

void tst_ImportController::ambiguousDates_keptWithoutAskingWhenNotInteractive()
{
    m_controller->setInteractive(false);
    QSignalSpy imported(m_controller.get(), &ImportController::imported);
    m_controller->start(ambiguousPath());
    QVERIFY(imported.wait(10000));
    const Core::Conversation conversation = conversationOf(imported);
    QCOMPARE(conversation.dateOrder(), DateOrder::DayMonthYear);
    QVERIFY(conversation.isDateOrderAssumed());
    QVERIFY(!m_window->findChild<QDialog *>());
}

void tst_ImportController::ambiguousDates_dialogAsksTheUser()
{
    QSignalSpy imported(m_controller.get(), &ImportController::imported);
    m_controller->start(ambiguousPath());

    DateOrderDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<DateOrderDialog *>()) && dialog->isVisible());
    QVERIFY(m_controller->isBusy()); // still importing while the question is open
    QVERIFY(imported.isEmpty());
    auto *monthDay = dialog->findChild<QRadioButton *>(u"monthDayChoice"_s);
    QVERIFY(monthDay);
    QTest::mouseClick(monthDay, Qt::LeftButton, {}, QPoint(8, monthDay->height() / 2));
    QVERIFY(monthDay->isChecked());
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    QVERIFY(imported.wait(10000));
    QCOMPARE(conversationOf(imported).dateOrder(), DateOrder::MonthDayYear);
    QCOMPARE(conversationOf(imported).timestamp(0), Core::LocalDateTime::fromParts(2021, 5, 6, 8, 0, 0));
    QTRY_VERIFY(!m_window->findChild<DateOrderDialog *>());
}

void tst_ImportController::dateOrderDialog_previewsBothReadings()
{
    const auto result = Core::importFile(ambiguousPath());
    QVERIFY(result.ok());
    QVERIFY(result.value->isDateOrderAssumed());

    DateOrderDialog dialog(*result.value, m_window.get());
    auto *dayMonth = dialog.findChild<QRadioButton *>(u"dayMonthChoice"_s);
    auto *monthDay = dialog.findChild<QRadioButton *>(u"monthDayChoice"_s);
    QVERIFY(dayMonth);
    QVERIFY(monthDay);
    QVERIFY2(dayMonth->text().contains(u"2021-06-05 08:00"_s), qPrintable(dayMonth->text()));
    QVERIFY2(!dayMonth->text().contains(u"2021-05-06"_s), qPrintable(dayMonth->text()));
    QVERIFY2(monthDay->text().contains(u"2021-05-06 08:00"_s), qPrintable(monthDay->text()));
    QVERIFY2(!monthDay->text().contains(u"2021-06-05"_s), qPrintable(monthDay->text()));
    QVERIFY(dayMonth->text().contains(u"Leah: Today's the day"_s));

    // The first five messages, not more.
    QVERIFY(dayMonth->text().contains(u"2021-06-05 13:00"_s));
    QVERIFY(!dayMonth->text().contains(u"14:10"_s));

    // The importer's assumption is preselected.
    QVERIFY(dayMonth->isChecked());
    QCOMPARE(dialog.chosenOrder(), DateOrder::DayMonthYear);
    monthDay->setChecked(true);
    QVERIFY(!dayMonth->isChecked());
    QCOMPARE(dialog.chosenOrder(), DateOrder::MonthDayYear);

    // A 12 h file is assumed month first, and the dialog then preselects that.
    const auto twelveHour = Core::importFile(TestUtils::dataPath(u"import/whatsapp/ambiguous-12h.txt"_s));
    QVERIFY(twelveHour.ok());
    if (twelveHour.value->isDateOrderAssumed()) {
        DateOrderDialog usDialog(*twelveHour.value, m_window.get());
        QCOMPARE(usDialog.chosenOrder(), twelveHour.value->dateOrder());
    }
}

void tst_ImportController::dateOrderDialog_showsImpossibleDates()
{
    // Read day first from "27/07/2012": month first it would be the 7th day of month 27.
    const auto result = Core::importFile(TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s));
    QVERIFY(result.ok());
    DateOrderDialog dialog(*result.value, m_window.get());
    const QString monthDay = dialog.findChild<QRadioButton *>(u"monthDayChoice"_s)->text();
    QVERIFY2(monthDay.contains(u"2012-27-07"_s) && monthDay.contains(u"no such date"_s), qPrintable(monthDay));
    const QString dayMonth = dialog.findChild<QRadioButton *>(u"dayMonthChoice"_s)->text();
    QVERIFY2(dayMonth.contains(u"2012-07-27 21:01"_s), qPrintable(dayMonth));
}

QTEST_MAIN(tst_ImportController)
#include "tst_importcontroller.moc"
