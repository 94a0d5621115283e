// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "preparedexport.h"

#include <core/anonymize/leakcheck.h>
#include <core/dataset/examplebuilder.h>
#include <core/project/project.h>
#include <core/util/outputbuffer.h>
#include <core/util/parallel.h>

#include <QElapsedTimer>
#include <QIODevice>

namespace Finetuner::Core {

namespace {

double lap(QElapsedTimer &timer)
{
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    return ms;
}

/// Lines per block: big enough that a block is a worthwhile write, small enough that the threads share the
/// work evenly.
constexpr qsizetype BlockLines = 2048;

ExportFile makeFile(const QList<TrainingExample> &examples, const QList<int> &indices, ExportFormat format,
                    const LeakCheck &check, Diagnostics &leaks)
{
    ExportFile file;
    file.lines = indices.size();
    const qsizetype count = blockCount(indices.size(), BlockLines);
    file.blocks.resize(count);
    QByteArray *blocks = file.blocks.data(); // detached once, before the threads write to it
    std::vector<Diagnostics> blockLeaks(static_cast<size_t>(count));
    forEachBlock(indices.size(), BlockLines, [&](qsizetype block, qsizetype begin, qsizetype end) {
        thread_local OutputBuffer out;
        out.clear();
        for (qsizetype i = begin; i < end; ++i) {
            const TrainingExample &example = examples.at(indices.at(i));
            const size_t start = out.size();
            appendExampleLine(out, example, format);
            check.check(example, out.view().sliced(qsizetype(start)), i, blockLeaks[size_t(block)]);
            out.append('\n');
        }
        blocks[block] = out.view().toByteArray();
    });
    for (const Diagnostics &part : blockLeaks)
        leaks += part;
    return file;
}

} // namespace

bool ExportFile::write(QIODevice &device) const
{
    for (const QByteArray &block : blocks) {
        if (device.write(block) != block.size())
            return false;
    }
    return true;
}

PreparedExport prepareExport(const Project &project)
{
    PreparedExport result;
    if (project.isDataset())
        return result;
    const ExportSettings &settings = project.exportSettings();
    QElapsedTimer timer;
    timer.start();
    ExampleBuilder builder(project);
    builder.scanExported();
    result.timings.scan = lap(timer);

    result.examples = buildExamples(builder, settings.examples);
    result.split = splitExamples(result.examples, settings.validationRatio, settings.splitSeed, settings.stratify);
    result.timings.build = lap(timer);

    // The very bytes that will be written are the ones checked.
    const LeakCheck check(builder);
    result.train = makeFile(result.examples, result.split.train, settings.format, check, result.leaks);
    if (settings.validationRatio > 0)
        result.validation = makeFile(result.examples, result.split.validation, settings.format, check, result.leaks);
    result.timings.linesAndLeakCheck = lap(timer);
    return result;
}

} // namespace Finetuner::Core
