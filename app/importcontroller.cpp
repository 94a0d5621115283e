// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "importcontroller.h"

#include <app/dialogs/dateorderdialog.h>
#include <core/import/importerregistry.h>

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QTimer>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <exception>
#include <iterator>
#include <new>
#include <utility>

namespace Finetuner::App {

namespace {

using namespace Qt::StringLiterals;
using Core::Diagnostic;
using Core::Diagnostics;

constexpr int ProgressPollMs = 100;
constexpr int ProgressSteps = 1000; // QProgressBar takes int; files can be larger than INT_MAX bytes
constexpr int MaxListedInSummary = 3;

QString fileNameOf(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

// "chat.txt, line 12: message", what a user reads; the CLI writes the compiler form instead.
QString describe(const Diagnostic &diagnostic)
{
    const QString file = fileNameOf(diagnostic.source);
    if (diagnostic.line > 0 && !file.isEmpty())
        return ImportController::tr("%1, line %2: %3").arg(file).arg(diagnostic.line).arg(diagnostic.message);
    if (diagnostic.line > 0)
        return ImportController::tr("Line %1: %2").arg(diagnostic.line).arg(diagnostic.message);
    if (!file.isEmpty())
        return ImportController::tr("%1: %2").arg(file, diagnostic.message);
    return diagnostic.message;
}

// Errors first, then warnings, then notes; within a severity in file order.
Diagnostics bySeverity(Diagnostics diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return int(a.severity) > int(b.severity);
    });
    return diagnostics;
}

QString describeAll(const Diagnostics &diagnostics, qsizetype limit = -1)
{
    QStringList lines;
    for (const Diagnostic &diagnostic : diagnostics) {
        if (limit >= 0 && lines.size() == limit) {
            lines.append(ImportController::tr("…and %n more.", nullptr, int(diagnostics.size() - limit)));
            break;
        }
        lines.append(describe(diagnostic));
    }
    return lines.join(u'\n');
}

} // namespace

/// What the worker thread and the GUI thread share: the worker writes progress and reads the cancel flag.
struct ImportController::Job
{
    std::atomic<bool> cancelled{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
};

ImportController::ImportController(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_showProgressTimer(new QTimer(this))
    , m_progressTimer(new QTimer(this))
{
    m_showProgressTimer->setSingleShot(true);
    m_showProgressTimer->setInterval(ProgressDelayMs);
    connect(m_showProgressTimer, &QTimer::timeout, this, &ImportController::showProgress);
    m_progressTimer->setInterval(ProgressPollMs);
    connect(m_progressTimer, &QTimer::timeout, this, &ImportController::updateProgress);
}

ImportController::~ImportController()
{
    if (m_job)
        m_job->cancelled = true;
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->waitForFinished(); // quick: the importer checks the flag every few MiB
    }
    closeProgress();
}

void ImportController::start(const QString &path, Core::DateOrder order)
{
    if (m_busy)
        return;
    m_path = path;
    m_busy = true;
    emit busyChanged(true);
    launch(order);
}

void ImportController::cancel()
{
    if (m_job)
        m_job->cancelled = true;
}

void ImportController::launch(Core::DateOrder order)
{
    Q_ASSERT(m_busy && !m_job);
    auto job = std::make_shared<Job>();
    m_job = job;

    Core::ImportOptions options;
    options.dateOrder = order;
    // Runs on the worker thread: only atomics, polled by m_progressTimer on the GUI thread.
    options.progress = [job](qint64 done, qint64 total) {
        job->done = done;
        job->total = total;
        return !job->cancelled;
    };

    m_watcher = new QFutureWatcher<Core::Result<Core::Conversation>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ImportController::onFinished);
    const QString path = m_path;
    m_watcher->setFuture(QtConcurrent::run([path, options]() {
        const auto failure = [&path](const QString &message) {
            Core::Result<Core::Conversation> result;
            result.diagnostics.append({Diagnostic::Severity::Error, message, path, -1, -1});
            return result;
        };
        // No exception may reach the event loop: a file too big for memory is an error like any other.
        try {
            return Core::importFile(path, options);
        } catch (const std::bad_alloc &) {
            return failure(ImportController::tr("There is not enough memory to import this file."));
        } catch (const std::exception &e) {
            return failure(ImportController::tr("The import failed: %1").arg(QString::fromLocal8Bit(e.what())));
        }
    }));

    m_showProgressTimer->start(); // small files are done before the dialog would show
}

void ImportController::showProgress()
{
    if (!m_job || m_job->cancelled || m_progress)
        return;
    auto *dialog = new QProgressDialog(m_window);
    dialog->setObjectName(u"importProgress"_s);
    dialog->setWindowTitle(tr("Importing"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    // Our own bar, set directly: QProgressDialog::setValue() spins a nested event loop when modal.
    m_progressBar = new QProgressBar(dialog);
    dialog->setBar(m_progressBar);
    m_progressBar->setRange(0, 0); // busy until the importer reports a size
    dialog->setLabelText(tr("Reading “%1”…").arg(fileNameOf(m_path)));
    dialog->setCancelButtonText(tr("Cancel"));
    connect(dialog, &QProgressDialog::canceled, this, &ImportController::cancel);
    // Esc rejects without cancelling; QProgressDialog::cancel() also keeps its own timer from re-showing it.
    connect(dialog, &QDialog::rejected, dialog, &QProgressDialog::cancel);
    connect(dialog, &QDialog::rejected, this, &ImportController::cancel);
    m_progress = dialog;
    updateProgress();
    dialog->show();
    m_progressTimer->start();
}

void ImportController::updateProgress()
{
    if (!m_job || !m_progress)
        return;
    const qint64 total = m_job->total;
    const qint64 done = m_job->done;
    if (total <= 0)
        return;
    if (m_progressBar->maximum() != ProgressSteps)
        m_progressBar->setRange(0, ProgressSteps);
    m_progressBar->setValue(int(std::clamp<qint64>(done * ProgressSteps / total, 0, ProgressSteps)));
    const QLocale locale;
    m_progress->setLabelText(
        tr("Reading “%1”… %2 of %3")
            .arg(fileNameOf(m_path), locale.formattedDataSize(done), locale.formattedDataSize(total)));
}

void ImportController::closeProgress()
{
    m_showProgressTimer->stop();
    m_progressTimer->stop();
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->cancel(); // hides it and keeps QProgressDialog's own timer from showing it again
        m_progress->deleteLater();
    }
    m_progress = nullptr;
    m_progressBar = nullptr;
}

void ImportController::onFinished()
{
    Q_ASSERT(m_watcher && m_job);
    Core::Result<Core::Conversation> result = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    const bool cancelled = m_job->cancelled;
    m_job.reset();
    closeProgress();

    // A Cancel pressed after the last progress check still counts: the user asked for nothing to happen.
    if (cancelled || !result.ok()) {
        fail(result.diagnostics, cancelled);
        return;
    }
    if (result.value->isDateOrderAssumed()) {
        askDateOrder(*result.value, result.diagnostics);
        return;
    }
    accept(*result.value, result.diagnostics, false);
}

void ImportController::askDateOrder(const Core::Conversation &conversation, const Core::Diagnostics &diagnostics)
{
    if (dateOrderChooser) {
        onDateOrderChosen(dateOrderChooser(conversation), conversation, diagnostics);
        return;
    }
    if (!m_interactive) {
        accept(conversation, diagnostics, false);
        return;
    }
    // Not exec(): the question waits without a nested event loop, and the controller stays busy meanwhile.
    auto *dialog = new DateOrderDialog(conversation, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::finished, this, [this, dialog, conversation, diagnostics](int result) {
        std::optional<Core::DateOrder> order;
        if (result == QDialog::Accepted)
            order = dialog->chosenOrder();
        onDateOrderChosen(order, conversation, diagnostics);
    });
    dialog->open();
}

void ImportController::onDateOrderChosen(std::optional<Core::DateOrder> order,
                                         const Core::Conversation &conversation,
                                         const Core::Diagnostics &diagnostics)
{
    if (!order) {
        fail({}, true);
        return;
    }
    if (*order == conversation.dateOrder()) {
        accept(conversation, diagnostics, true);
        return;
    }
    launch(*order); // still busy: read again with the order forced
}

void ImportController::accept(const Core::Conversation &conversation,
                              const Core::Diagnostics &diagnostics,
                              bool dateOrderAsked)
{
    // A slot on busyChanged() or imported() may start the next import: keep what this one showed.
    const QString path = m_path;
    finish();
    emit imported(conversation, diagnostics);
    if (m_interactive)
        showWarnings(path, diagnostics, dateOrderAsked);
}

void ImportController::fail(const Core::Diagnostics &diagnostics, bool cancelled)
{
    const QString path = m_path;
    finish();
    if (m_interactive && !cancelled)
        showErrors(path, diagnostics);
    emit failed(path, cancelled);
}

void ImportController::finish()
{
    m_busy = false;
    emit busyChanged(false);
}

void ImportController::showErrors(const QString &path, const Core::Diagnostics &diagnostics)
{
    const Diagnostics sorted = bySeverity(diagnostics);
    Diagnostics errors;
    std::copy_if(sorted.cbegin(), sorted.cend(), std::back_inserter(errors), [](const Diagnostic &d) {
        return d.severity == Diagnostic::Severity::Error;
    });

    auto *box = new QMessageBox(QMessageBox::Critical,
                                tr("Import Failed"),
                                tr("Could not import “%1”.").arg(fileNameOf(path)),
                                QMessageBox::Ok,
                                m_window);
    box->setObjectName(u"importErrors"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QStringList informative;
    for (const Diagnostic &error : std::as_const(errors).mid(0, MaxListedInSummary))
        informative.append(error.line > 0 ? tr("Line %1: %2").arg(error.line).arg(error.message) : error.message);
    informative.append(QDir::toNativeSeparators(path));
    box->setInformativeText(informative.join(u"\n\n"_s));
    if (sorted.size() > 1 || (!sorted.isEmpty() && sorted.first().line > 0))
        box->setDetailedText(describeAll(sorted));
    box->open();
}

void ImportController::showWarnings(const QString &path, const Core::Diagnostics &diagnostics, bool dateOrderAsked)
{
    Diagnostics shown;
    for (const Diagnostic &diagnostic : bySeverity(diagnostics)) {
        if (diagnostic.severity == Diagnostic::Severity::Note)
            continue;
        // The only file-wide warning of a file whose date order was assumed says so; the user has just
        // answered that question.
        if (dateOrderAsked && diagnostic.line < 0 && diagnostic.severity == Diagnostic::Severity::Warning)
            continue;
        shown.append(diagnostic);
    }
    if (shown.isEmpty())
        return;

    const int lines = int(std::count_if(shown.cbegin(), shown.cend(), [](const Diagnostic &d) {
        return d.line > 0;
    }));
    auto *box = new QMessageBox(QMessageBox::Warning,
                                tr("Import Warnings"),
                                lines > 0 ? tr("“%1” was imported, but %n line(s) could not be read as expected.",
                                               nullptr,
                                               lines)
                                                .arg(fileNameOf(path))
                                          : tr("“%1” was imported with warnings.").arg(fileNameOf(path)),
                                QMessageBox::Ok,
                                m_window);
    box->setObjectName(u"importWarnings"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setInformativeText(describeAll(shown, MaxListedInSummary));
    box->setDetailedText(describeAll(shown));
    box->open(); // not exec(): the chat is already open behind it
}

} // namespace Finetuner::App
