// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFutureWatcher>
#include <QTimer>

#include <functional>

namespace Finetuner::App {

/// What the Statistics, Validation and Anonymization docks recompute after edits, off the GUI thread: a moment
/// after the last call to schedule() (typing a completion must not recount a million rows per key) the job
/// starts; a job asked for while one runs starts again once that one is done. A run that was going when
/// schedule() was called is of a project that is no more: its result is dropped, so what reaches @p done (on
/// the GUI thread) is always of the project as it is now. A job that reads its owner's data
/// is waited for (or, when cancellable, cancelled) on destruction.
template <typename Result>
class DebouncedJob
{
public:
    enum Stale {
        LetFinish, // a stale run finishes (its result is dropped)
        Cancel,    // a stale run is cancelled: the job checks QPromise::isCanceled()
    };

    DebouncedJob(QObject *owner, int delayMs, std::function<QFuture<Result>()> start,
                 std::function<void(const Result &)> done, Stale stale = LetFinish)
        : m_start(std::move(start))
        , m_done(std::move(done))
        , m_stale(stale)
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(delayMs);
        QObject::connect(&m_timer, &QTimer::timeout, owner, [this] { startNow(); });
        QObject::connect(&m_watcher, &QFutureWatcher<Result>::finished, owner, [this] {
            if (m_pending) {
                m_pending = false;
                startNow();
                return;
            }
            if (!m_outdated && !m_watcher.isCanceled() && m_watcher.future().resultCount() > 0)
                m_done(m_watcher.result());
        });
    }
    ~DebouncedJob()
    {
        if (m_stale == Cancel)
            m_watcher.cancel();
        m_watcher.waitForFinished();
    }
    Q_DISABLE_COPY_MOVE(DebouncedJob)

    /// (Re)starts the pause before the job; a run going now is outdated (the timer starts the next one).
    void schedule()
    {
        if (m_watcher.isRunning()) {
            m_outdated = true;
            if (m_stale == Cancel)
                m_watcher.cancel();
        }
        m_timer.start();
    }
    /// Starts the job now, or once the running one is done.
    void startNow()
    {
        if (m_watcher.isRunning()) {
            m_pending = true;
            if (m_stale == Cancel)
                m_watcher.cancel();
            return;
        }
        m_outdated = false;
        m_watcher.setFuture(m_start());
    }

private:
    std::function<QFuture<Result>()> m_start;
    std::function<void(const Result &)> m_done;
    Stale m_stale;
    QTimer m_timer;
    QFutureWatcher<Result> m_watcher;
    bool m_pending = false;  // start again when the running job is done
    bool m_outdated = false; // the running job's result is not of the project as it is now
};

} // namespace Finetuner::App
