// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <app/widgets/debouncedjob.h>
#include <core/stats/datasetstatistics.h>

#include <QDockWidget>

class QChart;
class QLabel;

namespace Finetuner::App {

class Document;

/// View › Statistics: tokens per example (a histogram with the limit line), examples per label, messages per
/// author and per day (Qt Charts). Worked out off the GUI thread a moment after the last edit, while visible.
class StatisticsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsDock)
public:
    explicit StatisticsDock(Document *document, QWidget *parent = nullptr);
    ~StatisticsDock() override;

    /// What the charts show now.
    const Core::DatasetStatistics &statistics() const { return m_statistics; }

signals:
    /// The charts show the project as it is now.
    void updated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void schedule();
    void display(const Core::DatasetStatistics &statistics);

    Document *m_document; // not owned
    QLabel *m_summary;
    QChart *m_tokens;
    QChart *m_labels;
    QChart *m_authors;
    QChart *m_days;
    Core::DatasetStatistics m_statistics;
    DebouncedJob<Core::DatasetStatistics> m_job; // last: it waits for a running job before the rest goes
};

} // namespace Finetuner::App
