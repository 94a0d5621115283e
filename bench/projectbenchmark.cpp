// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The project file at scale: writes a project for a chat export, opens it, and times single edits as the
// document commits them (one transaction each), a bulk edit, and the file's size. One line of key=value pairs.
//   project-benchmark EXPORT PROJECT

#include <core/dataset/preparedexport.h>
#include <core/import/importerregistry.h>
#include <core/project/projectstore.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Finetuner::Core;

namespace {
double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[size_t(p * double(values.size() - 1) + 0.5)];
}
double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: project-benchmark EXPORT PROJECT\n");
        return 2;
    }
    const QString exportPath = QString::fromLocal8Bit(argv[1]);
    const QString projectPath = QString::fromLocal8Bit(argv[2]);
    QElapsedTimer timer;

    double createMs = 0;
    {
        auto imported = importFile(exportPath);
        if (!imported.ok()) {
            std::fprintf(stderr, "project-benchmark: %s does not import\n", argv[1]);
            return 2;
        }
        const Project project(*imported.value);
        timer.start();
        auto created = ProjectStore::create(projectPath, project);
        createMs = ms(timer);
        if (!created.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(created.diagnostics.constFirst().message));
            return 2;
        }
    }

    timer.start();
    auto opened = ProjectStore::open(projectPath);
    const double openMs = ms(timer);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.diagnostics.constFirst().message));
        return 2;
    }
    ProjectStore &store = *opened.value->store;
    Project &project = opened.value->project;
    const int rows = project.rowCount();

    // Edits the way an annotator makes them: a status, a completion, spread over the whole chat.
    std::vector<double> statusEdits;
    std::vector<double> completionEdits;
    for (int i = 0; i < 100; ++i) {
        const int row = int(qint64(rows) * i * 7919 / 100 % rows);
        project.setStatus(row, ReviewStatus::Done);
        timer.restart();
        if (!store.saveRows(project, {row}))
            return 3;
        statusEdits.push_back(ms(timer));
        project.setCompletion(row, u" named_entities=Ibiza\ntime=2012-07-27T21:02:56\nEND"_s);
        timer.restart();
        if (!store.saveCompletions(project, {row}))
            return 3;
        completionEdits.push_back(ms(timer));
    }
    std::vector<double> all = statusEdits;
    all.insert(all.end(), completionEdits.begin(), completionEdits.end());

    // The export an annotator runs, as MainWindow does it (prepareExport), written into memory: the disk is not
    // the point. bench/export-benchmark.sh times it phase by phase.
    timer.restart();
    const PreparedExport prepared = prepareExport(project);
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    prepared.train.write(sink);
    const double exportMs = ms(timer);

    // A bulk edit over every row (select all, exclude): one transaction.
    QList<int> everyRow;
    everyRow.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        project.setIncludeOverride(row, IncludeOverride::Excluded);
        everyRow.append(row);
    }
    timer.restart();
    if (!store.saveRows(project, everyRow))
        return 3;
    const double bulkMs = ms(timer);

    std::printf("rows=%d export_bytes=%lld project_bytes=%lld create_ms=%.1f open_ms=%.1f edit_median_ms=%.2f "
                "edit_p95_ms=%.2f edit_max_ms=%.2f status_median_ms=%.2f completion_median_ms=%.2f bulk_ms=%.1f "
                "export_examples=%lld export_ms=%.1f leaks=%lld\n",
                rows, QFileInfo(exportPath).size(), QFileInfo(projectPath).size(), createMs, openMs,
                percentile(all, 0.5), percentile(all, 0.95), percentile(all, 1.0), percentile(statusEdits, 0.5),
                percentile(completionEdits, 0.5), bulkMs, qint64(prepared.train.lines), exportMs,
                qint64(prepared.leaks.size()));
    return 0;
}
