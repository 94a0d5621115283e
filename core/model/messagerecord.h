// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/model/message.h>

#include <QtGlobal>

namespace Finetuner::Core {

/// How Conversation stores one message: 40 bytes, strings as offsets into the kept export bytes.
/// Only importers (through ConversationBuilder) and Conversation see this.
struct MessageRecord
{
    enum Flag : quint8 { Edited = 0x1, TextInArena = 0x2 };

    qint64 timestamp = 0;     // LocalDateTime::secsSinceEpoch(); importers may park raw fields here first
    qint64 textOffset = 0;    // into the source bytes, or into the arena with TextInArena
    quint32 textLength = 0;
    qint32 author = -1;       // participant id, -1 for system lines
    qint32 line = -1;
    quint32 attachmentStart = 0; // relative to the text: an attachment name is always part of it
    quint32 attachmentLength = 0;
    MessageKind kind = MessageKind::Text;
    quint8 flags = 0;
};

static_assert(sizeof(MessageRecord) == 40, "a million of these must stay small");

} // namespace Finetuner::Core
