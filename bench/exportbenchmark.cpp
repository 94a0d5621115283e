// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// File › Export at scale: imports a chat export, then exports every message as the window does
// (prepareExport: one scan with every detector on, the examples, the lines, the leak check; then QSaveFile),
// once with anonymization and once with every detector off, the baseline of what an export costs without it.
// Prints one line of key=value pairs (bench/export-benchmark.sh runs it several times and takes medians).
//
//   export-benchmark FILE OUTPUT [FORMAT]    FORMAT: chat (default), prompt-completion, alpaca, sharegpt

#include <core/dataset/preparedexport.h>
#include <core/import/importerregistry.h>
#include <core/project/project.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Finetuner::Core;

namespace {
struct Run
{
    PreparedExport::Timings timings;
    double writeMs = 0;
    double totalMs = 0;
    qsizetype lines = 0;
    qsizetype leaks = 0;
};

Run exportOnce(const Project &project, const QString &output)
{
    Run run;
    QElapsedTimer timer;
    timer.start();
    {
        const PreparedExport prepared = prepareExport(project);
        run.timings = prepared.timings;
        run.lines = prepared.train.lines;
        run.leaks = prepared.leaks.size();
        QElapsedTimer write;
        write.start();
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly) || !prepared.train.write(file) || !file.commit()) {
            std::fprintf(stderr, "export-benchmark: cannot write %s\n", qPrintable(output));
            std::exit(2);
        }
        run.writeMs = double(write.nsecsElapsed()) / 1e6;
    }
    // Until the examples are freed too: the window's export returns only then.
    run.totalMs = double(timer.nsecsElapsed()) / 1e6;
    return run;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: export-benchmark FILE OUTPUT [FORMAT]\n");
        return 2;
    }
    const auto format = exportFormatFromName(QLatin1StringView(argc > 3 ? argv[3] : "chat"));
    if (!format) {
        std::fprintf(stderr, "export-benchmark: unknown format %s\n", argv[3]);
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    Result<Conversation> imported = importFile(QString::fromLocal8Bit(argv[1]));
    const double parseMs = double(timer.nsecsElapsed()) / 1e6;
    if (!imported.ok()) {
        std::fprintf(stderr, "export-benchmark: cannot read %s\n", argv[1]);
        return 2;
    }
    Project project(std::move(*imported.value));
    ExportSettings settings = project.exportSettings();
    settings.format = *format;
    project.setExportSettings(settings);
    const QString output = QString::fromLocal8Bit(argv[2]);

    const Run anonymized = exportOnce(project, output);
    AnonymizationSettings off = project.anonymization();
    off.enabled.fill(false);
    project.setAnonymization(off);
    const Run plain = exportOnce(project, output);

    std::printf("messages=%d examples=%lld leaks=%lld parse_ms=%.1f scan_ms=%.1f build_ms=%.1f lines_leakcheck_ms=%.1f "
                "write_ms=%.1f export_ms=%.1f plain_export_ms=%.1f\n",
                project.rowCount(), qint64(anonymized.lines), qint64(anonymized.leaks + plain.leaks), parseMs,
                anonymized.timings.scan, anonymized.timings.build, anonymized.timings.linesAndLeakCheck,
                anonymized.writeMs, anonymized.totalMs, plain.totalMs);
    return anonymized.leaks + plain.leaks == 0 ? 0 : 1;
}
