// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/model/conversation.h>

#include <core/util/outputbuffer.h>

class QIODevice;

namespace Finetuner::Core {

/// Appends message @p index as the JSON object `finetuner-cli parse` prints (no line break):
/// {"timestamp": …, "author": … | null, "text": …, "kind": …[, "edited": true][, "attachment": …]}.
void appendMessageJson(OutputBuffer &out, const Conversation &conversation, int index);
/// The same object with @p author, @p text and @p attachment (UTF-8) in place of the message's own: an anonymized
/// message (`finetuner-cli anonymize`). A system line's author stays null, an empty attachment is left out.
void appendMessageJson(OutputBuffer &out, const Conversation &conversation, int index, QByteArrayView author,
                       QByteArrayView text, QByteArrayView attachment);

/// Writes every message as one JSON line. False when the device refuses a write; see its errorString().
bool writeMessagesJsonl(const Conversation &conversation, QIODevice &device);

} // namespace Finetuner::Core
