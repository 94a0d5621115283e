// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/dataset/recordcheck.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Finetuner::Core {

/// Edits of one well-formed record by splicing: only the bytes of the one value change (or one member or message
/// is inserted), so every other key keeps its bytes, its number format and escapes, and its place. The new value is
/// written the way Python's json.dumps(ensure_ascii=False) writes a string; inserted members copy the separators
/// the record already uses (", " and ": ", or "," and ":").
///
/// Prompt/completion: the "prompt" or "completion" value is replaced; a missing "completion" is appended after the
/// last member, a missing "prompt" inserted before the first. Chat: the content of the last assistant message is
/// replaced, a list of parts by a string; with no assistant message, {"role": "assistant", "content": …} is appended
/// to "messages". When a key occurs twice the last occurrence is the one edited (it is the one JSON parsers keep).
///
/// nullopt with @p error set when the record is not well-formed JSON of @p kind, or (withPrompt) is a chat record.
std::optional<QByteArray> recordWithCompletion(QByteArrayView line,
                                               RecordKind kind,
                                               const QString &text,
                                               QString *error);
std::optional<QByteArray> recordWithPrompt(QByteArrayView line, RecordKind kind, const QString &text, QString *error);

} // namespace Finetuner::Core
