// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/validate/issue.h>
#include <core/validate/parseddataset.h>

#include <QByteArray>

#include <vector>

namespace Finetuner::Core {

class Project;

/// A project's export, validated as `finetuner-cli validate` would validate the written file: a dataset's records
/// as they are now, a chat's examples in its export settings' mode and format. Each issue's line maps back to the
/// row it came from, for the Validation dock's jumps and fixes.
struct ProjectValidation
{
    QByteArray jsonl;          // what the export would write
    ParsedDataset parsed;      // jsonl, read by the validator's reader
    Issues issues;
    std::vector<int> lineRows; // lineRows[line - 1]: the project row of that line

    int rowOfLine(int line) const
    {
        return line >= 1 && line <= int(lineRows.size()) ? lineRows[size_t(line - 1)] : -1;
    }
};

/// Validates @p project's export with exact o200k_base token counts when the tokenizer's rank files are there
/// (the validator's estimate otherwise).
ProjectValidation validateProject(const Project &project);

} // namespace Finetuner::Core
