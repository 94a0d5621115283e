// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "conversationbuilder.h"

#include <core/model/conversationdata.h>

namespace Finetuner::Core {

ConversationBuilder::ConversationBuilder(QByteArray source, std::shared_ptr<const void> owner)
    : m_data(std::make_unique<Conversation::Data>())
{
    m_data->source = std::move(source);
    m_data->sourceOwner = std::move(owner);
}

ConversationBuilder::~ConversationBuilder() = default;

const QByteArray &ConversationBuilder::source() const
{
    return m_data->source;
}

void ConversationBuilder::setSourcePath(const QString &path)
{
    m_data->sourcePath = path;
}

void ConversationBuilder::setFormatId(const QString &id)
{
    m_data->formatId = id;
}

void ConversationBuilder::setDateOrder(DateOrder order, bool assumed)
{
    m_data->dateOrder = order;
    m_data->dateOrderAssumed = assumed;
}

int ConversationBuilder::participant(QByteArrayView nameUtf8)
{
    // Consecutive messages are often by the same author: check the last one before hashing.
    if (m_lastParticipant >= 0 && m_data->participantsUtf8.at(m_lastParticipant) == nameUtf8)
        return m_lastParticipant;
    const int known = m_participantIdsUtf8.value(QByteArray::fromRawData(nameUtf8.data(), nameUtf8.size()), -1);
    if (known >= 0) {
        m_lastParticipant = known;
        return known;
    }
    const int id = int(m_data->participants.size());
    const QString name = QString::fromUtf8(nameUtf8);
    m_data->participants.append(name);
    m_data->participantsUtf8.append(nameUtf8.toByteArray());
    m_data->participantIds.insert(name, id);
    m_participantIdsUtf8.insert(m_data->participantsUtf8.constLast(), id);
    m_lastParticipant = id;
    return id;
}

ConversationBuilder::TextRef ConversationBuilder::arenaText(QByteArrayView bytes)
{
    const TextRef ref{m_data->arena.size(), quint32(bytes.size()), true};
    m_data->arena.append(bytes);
    return ref;
}

QByteArrayView ConversationBuilder::view(const TextRef &ref) const
{
    return m_data->bytes(ref.offset, ref.length, ref.inArena);
}

std::vector<MessageRecord> &ConversationBuilder::records()
{
    return m_data->records;
}

void ConversationBuilder::setText(MessageRecord &record, const TextRef &text)
{
    record.textOffset = text.offset;
    record.textLength = text.length;
    record.flags = (record.flags & ~MessageRecord::TextInArena) | (text.inArena ? MessageRecord::TextInArena : 0);
}

void ConversationBuilder::append(const MessageRecord &record, const TextRef &text)
{
    m_data->records.push_back(record);
    setText(m_data->records.back(), text);
}

Conversation ConversationBuilder::finish()
{
    // Importers reserve an upper bound. Shrinking copies, and the copy would be the import's peak memory,
    // so only a gross overestimate is worth it.
    if (m_data->records.capacity() > m_data->records.size() * 3 / 2)
        m_data->records.shrink_to_fit();
    m_data->arena.squeeze();
    Conversation conversation;
    conversation.d = std::move(m_data);
    m_data = std::make_unique<Conversation::Data>();
    m_participantIdsUtf8.clear();
    m_lastParticipant = -1;
    return conversation;
}

} // namespace Finetuner::Core
