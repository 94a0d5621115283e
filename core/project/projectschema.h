// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace Finetuner::Core::ProjectSchema {

/// The statements that bring a project file from schema version i to i + 1, for i = 0 … size() - 1.
/// A new file runs them all, so the path an old file takes on open is the path every new file took:
/// migrations cannot rot untested. Append, never edit a released step.
const QList<QStringList> &migrations();

/// Rows per stored chunk of row states: one page of SQLite, so an edit rewrites one small blob.
constexpr int ChunkRows = 4096;
/// Stored blobs (the export's bytes, the message records) are split into parts of this size: SQLite caps a
/// value at 1 GB, and a part is what one read holds in memory twice.
constexpr int BlobPartBytes = 64 * 1024 * 1024;

} // namespace Finetuner::Core::ProjectSchema
