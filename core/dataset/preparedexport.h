// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/dataset/exportformat.h>
#include <core/dataset/trainingexample.h>
#include <core/util/diagnostic.h>

class QIODevice;

namespace Finetuner::Core {

class Project;

/// One output file's lines exactly as they will be written: blocks of consecutive lines, each line with its
/// line break. A block is one write.
struct ExportFile
{
    QList<QByteArray> blocks;
    qsizetype lines = 0;

    /// False when the device refuses a write.
    bool write(QIODevice &device) const;
};

/// What File › Export writes, made and checked before a byte is written: the examples in the export settings'
/// mode, their train/validation split, the JSON lines of each file in the settings' format, and the leak check of
/// exactly those bytes (LeakCheck). The window and the export benchmark export through it.
struct PreparedExport
{
    QList<TrainingExample> examples;
    ExampleSplit split;
    ExportFile train;
    ExportFile validation; // empty without a validation ratio
    Diagnostics leaks;     // any: write nothing

    /// Where the time went, in milliseconds (the export benchmark prints them).
    struct Timings
    {
        double scan = 0;
        double build = 0;
        double linesAndLeakCheck = 0;
    } timings;
};

/// A conversation project's export (a dataset under review is written as its records are: writeProjectJsonl).
/// Every message is scanned once for both the examples' text and the leak check; each phase runs on all cores,
/// and each line is checked as soon as it is made.
PreparedExport prepareExport(const Project &project);

} // namespace Finetuner::Core
