// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/util/diagnostic.h>
#include <core/validate/parseddataset.h>

namespace Finetuner::Core {

struct DatasetReadOptions
{
    /// Lines longer than this are reported and not parsed: no example a model can train on comes near it,
    /// and a 2 GB line must not take the machine's memory.
    qsizetype maxLineBytes = 16 * 1024 * 1024;
    /// Map the file instead of copying it (see ReadMode); for processes that read once and exit.
    ReadMode readMode = ReadMode::Copy;
};

/// Reads a JSONL dataset. Fails (no value, an error diagnostic) only when there is nothing to validate:
/// the file cannot be read, is empty, binary or UTF-16. Every problem with single lines is a LineProblem
/// for the validator to report, and the rest of the file is read.
Result<ParsedDataset> readParsedDataset(const QString &path, const DatasetReadOptions &options = {});
/// The same for bytes already in memory; @p source names them in messages.
Result<ParsedDataset> parseDatasetBytes(FileBytes data, const QString &source,
                                        const DatasetReadOptions &options = {});
inline Result<ParsedDataset> parseDatasetBytes(QByteArray bytes, const QString &source,
                                               const DatasetReadOptions &options = {})
{
    return parseDatasetBytes(FileBytes{std::move(bytes), {}}, source, options);
}

} // namespace Finetuner::Core
