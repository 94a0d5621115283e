// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "statisticsdock.h"

#include <app/document.h>
#include <core/tokenize/tokenizer.h>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

#include <algorithm>

namespace Finetuner::App {

using namespace Qt::StringLiterals;

namespace {
constexpr int HistogramBins = 30;
constexpr int MaxBars = 20; // more authors or labels than this are summed as "others"

QChart *makeChart(QTabWidget *tabs, const QString &title, const QString &name)
{
    auto *chart = new QChart;
    chart->setObjectName(name);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, tabs);
    view->setRenderHint(QPainter::Antialiasing);
    tabs->addTab(view, title);
    return chart;
}

void clear(QChart *chart)
{
    chart->removeAllSeries(); // deletes them
    // removeAxis() only gives the axis back to the caller.
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

/// A horizontal bar per entry, largest first.
void bars(QChart *chart, QList<QPair<QString, int>> entries)
{
    clear(chart);
    std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    if (entries.size() > MaxBars) {
        int others = 0;
        for (qsizetype i = MaxBars - 1; i < entries.size(); ++i)
            others += entries.at(i).second;
        entries.resize(MaxBars - 1);
        entries.append({QDockWidget::tr("others"), others});
    }
    std::reverse(entries.begin(), entries.end()); // Qt draws the first category at the bottom
    auto *set = new QBarSet(QString());
    QStringList categories;
    int maximum = 1;
    for (const auto &[name, count] : std::as_const(entries)) {
        *set << count;
        categories.append(name);
        maximum = std::max(maximum, count);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto *values = new QValueAxis;
    values->setRange(0, maximum * 1.1);
    values->setLabelFormat(u"%d"_s);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
}
} // namespace

StatisticsDock::StatisticsDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Statistics"), parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_job(this, 800,
            [this] {
                // The project is read on another thread while the GUI thread may edit it: the job works on a
                // copy, which is cheap (the conversation and the dataset are shared, the row states a byte each).
                const Core::Project copy = m_document->project();
                return QtConcurrent::run([copy] {
                    return Core::computeStatistics(copy, Core::Tokenizer::get(Core::Encoding::O200kBase));
                });
            },
            [this](const Core::DatasetStatistics &statistics) { display(statistics); })
{
    setObjectName(u"statisticsDock"_s);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary->setObjectName(u"statisticsSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *tabs = new QTabWidget(body);
    m_tokens = makeChart(tabs, tr("Tokens"), u"tokensChart"_s);
    m_labels = makeChart(tabs, tr("Labels"), u"labelsChart"_s);
    m_authors = makeChart(tabs, tr("Authors"), u"authorsChart"_s);
    m_days = makeChart(tabs, tr("Days"), u"daysChart"_s);
    layout->addWidget(tabs, 1);
    setWidget(body);

    connect(m_document, &Document::projectReset, this, &StatisticsDock::schedule);
    connect(m_document, &Document::rowsChanged, this, &StatisticsDock::schedule);
    connect(m_document, &Document::participantsChanged, this, &StatisticsDock::schedule);
    connect(m_document, &Document::anonymizationChanged, this, &StatisticsDock::schedule);
    connect(m_document, &Document::exportSettingsChanged, this, &StatisticsDock::schedule);
    connect(m_document, &Document::labelSchemaChanged, this, &StatisticsDock::schedule);
}

StatisticsDock::~StatisticsDock() = default;

void StatisticsDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    schedule();
}

void StatisticsDock::schedule()
{
    if (isVisible())
        m_job.schedule();
}

void StatisticsDock::display(const Core::DatasetStatistics &statistics)
{
    m_statistics = statistics;
    const QLocale locale;

    clear(m_tokens);
    const std::vector<int> &tokens = statistics.tokensPerExample;
    if (!tokens.empty()) {
        const int largest = *std::max_element(tokens.cbegin(), tokens.cend());
        const int top = std::max(largest, 1);
        const double width = std::max(1.0, double(top) / HistogramBins);
        std::vector<int> counts(HistogramBins + 1, 0);
        for (const int value : tokens)
            ++counts[size_t(std::min(HistogramBins, int(value / width)))];
        auto *histogram = new QLineSeries;
        histogram->setName(tr("examples"));
        int highest = 1;
        for (int bin = 0; bin <= HistogramBins; ++bin) {
            // A step per bin, so the line reads as bars.
            histogram->append(bin * width, counts[size_t(bin)]);
            histogram->append((bin + 1) * width, counts[size_t(bin)]);
            highest = std::max(highest, counts[size_t(bin)]);
        }
        m_tokens->addSeries(histogram);
        auto *x = new QValueAxis;
        x->setTitleText(tr("tokens per example (o200k_base)"));
        x->setLabelFormat(u"%d"_s);
        auto *y = new QValueAxis;
        y->setTitleText(tr("examples"));
        y->setLabelFormat(u"%d"_s);
        y->setRange(0, highest * 1.1);
        m_tokens->addAxis(x, Qt::AlignBottom);
        m_tokens->addAxis(y, Qt::AlignLeft);
        histogram->attachAxis(x);
        histogram->attachAxis(y);
        // The limit line, and the axis wide enough to show it when an example comes near.
        const bool near = largest > Core::ExampleTokenLimit / 2;
        x->setRange(0, near ? std::max(largest, Core::ExampleTokenLimit) * 1.05 : (HistogramBins + 1) * width);
        if (near) {
            auto *limit = new QLineSeries;
            limit->setName(tr("limit"));
            limit->setPen(QPen(QColor(0xc0, 0x39, 0x2b), 2, Qt::DashLine));
            limit->append(Core::ExampleTokenLimit, 0);
            limit->append(Core::ExampleTokenLimit, highest * 1.1);
            m_tokens->addSeries(limit);
            limit->attachAxis(x);
            limit->attachAxis(y);
        }
    }
    const qint64 total = std::accumulate(tokens.cbegin(), tokens.cend(), qint64(0));
    m_summary->setText(tokens.empty() ? tr("%1 examples.").arg(locale.toString(statistics.examples))
                                      : tr("%1 examples · %2 tokens · %3 over the %4-token limit")
                                            .arg(locale.toString(statistics.examples), locale.toString(total),
                                                 locale.toString(statistics.over(Core::ExampleTokenLimit)),
                                                 locale.toString(Core::ExampleTokenLimit)));

    bars(m_labels, statistics.examplesPerLabel);
    bars(m_authors, statistics.messagesPerAuthor);

    clear(m_days);
    if (!statistics.messagesPerDay.isEmpty()) {
        auto *series = new QLineSeries;
        int highest = 1;
        for (auto it = statistics.messagesPerDay.cbegin(); it != statistics.messagesPerDay.cend(); ++it) {
            series->append(double(it.key().startOfDay(Qt::UTC).toMSecsSinceEpoch()), it.value());
            highest = std::max(highest, it.value());
        }
        m_days->addSeries(series);
        auto *x = new QDateTimeAxis;
        x->setFormat(u"yyyy-MM-dd"_s);
        x->setRange(statistics.messagesPerDay.firstKey().startOfDay(Qt::UTC),
                    statistics.messagesPerDay.lastKey().startOfDay(Qt::UTC).addDays(1));
        auto *y = new QValueAxis;
        y->setRange(0, highest * 1.1);
        y->setLabelFormat(u"%d"_s);
        m_days->addAxis(x, Qt::AlignBottom);
        m_days->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    emit updated();
}

} // namespace Finetuner::App
