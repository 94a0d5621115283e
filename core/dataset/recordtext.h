// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/dataset/recordcheck.h>

#include <QByteArrayView>
#include <QString>

namespace Finetuner::Core {

/// A record's text for display, read from a DOM parse of its line (one line at a time, when a view asks).
struct RecordText
{
    QString prompt;     // prompt/completion: "prompt"; chat: the turns before the last assistant message
    QString completion; // prompt/completion: "completion"; chat: the last assistant message's text
    QString roles;      // chat: "system, user, assistant"; empty otherwise
};

/// Reads what it can: a value of the wrong type shows as empty. Chat turns show as "role: text" lines; content
/// parts show their "text" joined by newlines, other parts as "[type]"; a message without content but with
/// "tool_calls" as "[tool calls]".
RecordText recordText(QByteArrayView line, RecordKind kind);

} // namespace Finetuner::Core
