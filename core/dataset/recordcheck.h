// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>
#include <QString>

namespace Finetuner::Core {

/// What kind of record one JSONL line is, as far as its structure says.
enum class RecordKind : quint8 {
    None,             // not JSON, not an object, or an object with neither shape's keys
    PromptCompletion, // has "prompt" and/or "completion"
    Chat,             // has "messages"
};

struct RecordCheck
{
    RecordKind kind = RecordKind::None;
    bool wellFormed = false; // valid JSON, and the keys of its kind have the right types
    QString problem;         // translated; empty when well-formed
    int column = -1;         // 1-based byte column of a JSON syntax error, -1 otherwise
};

/// Checks one line (no line end) with nlohmann's SAX parser: no DOM is built, so a million lines cost one pass.
/// Well-formed prompt/completion: an object whose "prompt" and "completion", where present, are strings.
/// Well-formed chat: an object whose "messages" is a list of objects, each with a string "role" and a "content"
/// that is a string, null, absent, or a list of objects (parts).
RecordCheck checkRecord(QByteArrayView line);

/// Records nested deeper than this are broken: serialisers recurse, and Python's json gives up near 1000.
constexpr int MaxRecordDepth = 512;

} // namespace Finetuner::Core
