// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/validate/parseddataset.h>
#include <core/validate/issue.h>

#include <QByteArray>
#include <QList>
#include <QSet>

namespace Finetuner::Core {

struct AppliedFix
{
    QString fixId;
    int lines = 0; // lines removed or rewritten by this fix
};

struct FixResult
{
    QByteArray jsonl;             // the fixed file
    QList<AppliedFix> applied;    // in the order of Validator::fixes(), only those that changed something
    int droppedLines = 0;
    int rewrittenLines = 0;
    QList<int> unreadableKept;    // lines that are no record (invalid JSON…), copied as they were
};

/// The fixes --fix applies when none is named: every fix that is not optional.
QSet<QString> defaultFixes();

/// Applies the fixes named in @p fixIds to the lines @p issues (Validator::validate() of @p dataset, or a
/// subset: one issue fixes just its own lines) attach them to, and returns the new file.
///
/// A pure transform: lines no fix touches are copied byte for byte (their line break too); a rewritten
/// line keeps its keys, their order and every value the fix does not change, written as Python's
/// json.dumps() writes (", " and ": ", UTF-8). Lines that are no record are kept as they are.
/// To go on working with the result (the dock after a one-click fix), read it back with parseDatasetBytes().
FixResult applyFixes(const ParsedDataset &dataset, const Issues &issues, const QSet<QString> &fixIds);

} // namespace Finetuner::Core
