// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/model/conversation.h>
#include <core/model/messagerecord.h>

#include <QHash>

namespace Finetuner::Core {

// Private to Conversation and ConversationBuilder.
struct Conversation::Data
{
    QString sourcePath;
    QString formatId;
    DateOrder dateOrder = DateOrder::Auto;
    bool dateOrderAssumed = false;
    QByteArray source; // the export's bytes (after decoding to UTF-8); texts are slices of it
    std::shared_ptr<const void> sourceOwner; // keeps a mapped file alive when source borrows from it
    QByteArray arena;  // texts that had to change (CRLF joined, marks removed) live here
    std::vector<MessageRecord> records;
    QList<QByteArray> participantsUtf8;
    QStringList participants;
    QHash<QString, int> participantIds;

    QByteArrayView bytes(qint64 offset, qint64 length, bool inArena) const
    {
        return QByteArrayView(inArena ? arena : source).sliced(offset, length);
    }
};

} // namespace Finetuner::Core
