// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/model/conversation.h>
#include <core/model/dateorder.h>
#include <core/util/diagnostic.h>

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QProgressBar;
class QProgressDialog;
class QTimer;
class QWidget;
template<typename T>
class QFutureWatcher;

namespace Finetuner::App {

/// Imports a chat export without blocking the window: Core::importFile() runs on a worker thread while a
/// window-modal progress dialog (shown only if the import takes a while) offers Cancel. Afterwards it shows
/// what went wrong, asks the date-order question when the file cannot answer it, and emits imported() or
/// failed(). One import at a time.
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)
public:
    /// Answers the date-order question for a conversation read in an assumed order: the order to use, or
    /// nullopt to cancel the import.
    using DateOrderChooser = std::function<std::optional<Core::DateOrder>(const Core::Conversation &)>;

    /// Dialogs are window-modal to @p window (not owned; may be null).
    explicit ImportController(QWidget *window, QObject *parent = nullptr);
    ~ImportController() override; // cancels a running import and waits for it

    /// Starts importing @p path; ignored while isBusy(). @p order forces a date order (Auto: detect it).
    void start(const QString &path, Core::DateOrder order = Core::DateOrder::Auto);
    /// Cancels the running import, as the progress dialog's Cancel button does: failed(path, true) follows.
    void cancel();

    /// From start() until imported() or failed(), including while the date-order question is open.
    bool isBusy() const { return m_busy; }
    QString currentPath() const { return m_path; }

    /// When false, no dialog asks or reports anything (the progress dialog still shows for long imports):
    /// errors and warnings are only emitted, and an assumed date order is kept unless dateOrderChooser answers.
    /// For tests of windows that import.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    bool isInteractive() const { return m_interactive; }

    /// When set, answers the date-order question instead of the dialog, interactive or not (tests).
    DateOrderChooser dateOrderChooser;

    /// How long an import runs before the progress dialog shows, so that small files do not flash it.
    static constexpr int ProgressDelayMs = 300;

signals:
    void imported(const Finetuner::Core::Conversation &conversation, const Finetuner::Core::Diagnostics &diagnostics);
    void failed(const QString &path, bool cancelled);
    void busyChanged(bool busy);

private:
    struct Job;

    void launch(Core::DateOrder order);
    void onFinished();
    void showProgress();
    void updateProgress();
    void closeProgress();
    void askDateOrder(const Core::Conversation &conversation, const Core::Diagnostics &diagnostics);
    void onDateOrderChosen(std::optional<Core::DateOrder> order,
                           const Core::Conversation &conversation,
                           const Core::Diagnostics &diagnostics);
    void accept(const Core::Conversation &conversation, const Core::Diagnostics &diagnostics, bool dateOrderAsked);
    void fail(const Core::Diagnostics &diagnostics, bool cancelled);
    void finish();
    void showErrors(const QString &path, const Core::Diagnostics &diagnostics);
    void showWarnings(const QString &path, const Core::Diagnostics &diagnostics, bool dateOrderAsked);

    QPointer<QWidget> m_window; // not owned
    bool m_interactive = true;
    bool m_busy = false;
    QString m_path;
    std::shared_ptr<Job> m_job; // shared with the worker thread
    QFutureWatcher<Core::Result<Core::Conversation>> *m_watcher = nullptr;
    QPointer<QProgressDialog> m_progress;
    QProgressBar *m_progressBar = nullptr; // owned by m_progress
    QTimer *m_showProgressTimer;
    QTimer *m_progressTimer; // polls the worker's progress while the dialog shows
};

} // namespace Finetuner::App
