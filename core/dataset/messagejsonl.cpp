// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "messagejsonl.h"

#include <core/util/jsonwriter.h>

namespace Finetuner::Core {

void appendMessageJson(OutputBuffer &out, const Conversation &conversation, int index)
{
    appendMessageJson(out, conversation, index, conversation.authorUtf8(index), conversation.textUtf8(index),
                      conversation.attachmentUtf8(index));
}

void appendMessageJson(OutputBuffer &out, const Conversation &conversation, int index, QByteArrayView author,
                       QByteArrayView text, QByteArrayView attachment)
{
    char stamp[LocalDateTime::IsoLength];
    conversation.timestamp(index).writeIso(stamp);
    out.append("{\"timestamp\": \"");
    out.append(stamp, LocalDateTime::IsoLength);
    out.append("\", \"author\": ");
    if (conversation.authorId(index) < 0)
        out.append("null");
    else
        Json::appendString(out, author);
    out.append(", \"text\": ");
    Json::appendString(out, text);
    out.append(", \"kind\": \"");
    out.append(kindName(conversation.kind(index)));
    out.append('"');
    if (conversation.isEdited(index))
        out.append(", \"edited\": true");
    if (!attachment.isEmpty()) {
        out.append(", \"attachment\": ");
        Json::appendString(out, attachment);
    }
    out.append('}');
}

bool writeMessagesJsonl(const Conversation &conversation, QIODevice &device)
{
    Json::LineWriter writer(device);
    for (int i = 0; i < conversation.size(); ++i) {
        appendMessageJson(writer.line(), conversation, i);
        writer.endLine();
    }
    return writer.flush();
}

} // namespace Finetuner::Core
