// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/model/localdatetime.h>

#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace Finetuner::Core {

enum class MessageKind : quint8 {
    Text,    // something a participant wrote
    System,  // a line the app wrote: "Ana added Ben", the encryption notice; it has no author
    Media,   // a placeholder for an attachment that is not in the text export
    Deleted, // a deleted message, or one whose content the export does not hold
};

/// "text", "system", "media", "deleted": the names exports and the CLI use.
QLatin1StringView kindName(MessageKind kind);
std::optional<MessageKind> kindFromName(QLatin1StringView name);

/// One message as a plain value. Conversation stores messages compactly and builds these on demand.
struct Message
{
    int index = -1;    // position in the conversation
    int line = -1;     // 1-based line of the header in the source file
    LocalDateTime timestamp;
    QString author;    // null for system lines
    QString text;      // as the export wrote it, normalised as docs/whatsapp-import.md says
    MessageKind kind = MessageKind::Text;
    bool edited = false;
    QString attachment; // file name a media placeholder names, null when none

    friend bool operator==(const Message &a, const Message &b)
    {
        return a.index == b.index && a.line == b.line && a.timestamp == b.timestamp && a.author == b.author
            && a.author.isNull() == b.author.isNull() && a.text == b.text && a.kind == b.kind
            && a.edited == b.edited && a.attachment == b.attachment;
    }
    friend bool operator!=(const Message &a, const Message &b) { return !(a == b); }
};

} // namespace Finetuner::Core
