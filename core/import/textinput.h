// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/util/diagnostic.h>

#include <QByteArray>

namespace Finetuner::Core {

/// Turns the bytes of a text export into UTF-8 that every later step can trust:
/// strips a UTF-8 BOM, converts UTF-16 with a BOM, refuses empty and binary files, and replaces ill-formed
/// UTF-8 with U+FFFD, with a warning naming the line and column of each replacement.
/// Diagnostics carry line numbers but no source; the caller knows the file.
/// When @p borrowed, raw's bytes belong to a mapping kept alive elsewhere: a BOM is sliced off, not copied.
Result<QByteArray> decodeText(QByteArray raw, bool borrowed = false);

/// 1-based line number of byte @p offset, counting from @p from (at line @p fromLine).
int lineAt(QByteArrayView text, qsizetype offset, qsizetype from = 0, int fromLine = 1);

} // namespace Finetuner::Core
