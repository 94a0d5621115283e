// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "conversationbuilder.h"

#include <core/model/conversationdata.h>

#include <QCoreApplication>

#include <cstring>

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

ConversationParts ConversationBuilder::parts(const Conversation &conversation)
{
    const Conversation::Data &d = *conversation.d;
    ConversationParts parts;
    parts.sourcePath = d.sourcePath;
    parts.formatId = d.formatId;
    parts.dateOrder = d.dateOrder;
    parts.dateOrderAssumed = d.dateOrderAssumed;
    // Views, not copies: a million-message export is 116 MB of source and 40 MB of records, and a copy of
    // each would be the peak memory of writing a project.
    parts.source = QByteArray::fromRawData(d.source.constData(), d.source.size());
    parts.arena = QByteArray::fromRawData(d.arena.constData(), d.arena.size());
    parts.records = QByteArray::fromRawData(reinterpret_cast<const char *>(d.records.data()),
                                            qsizetype(d.records.size() * sizeof(MessageRecord)));
    parts.participantsUtf8 = d.participantsUtf8;
    return parts;
}

std::optional<Conversation> ConversationBuilder::fromParts(ConversationParts parts, QString *error)
{
    auto fail = [error](const char *what) {
        *error = QCoreApplication::translate("Finetuner::Core::Conversation", what);
        return std::nullopt;
    };
    if (parts.records.size() % qsizetype(sizeof(MessageRecord)) != 0)
        return fail("the stored messages are cut off");

    ConversationBuilder builder(std::move(parts.source));
    builder.setSourcePath(parts.sourcePath);
    builder.setFormatId(parts.formatId);
    builder.setDateOrder(parts.dateOrder, parts.dateOrderAssumed);
    for (const QByteArray &name : std::as_const(parts.participantsUtf8))
        builder.participant(name);
    if (builder.m_data->participants.size() != parts.participantsUtf8.size())
        return fail("two participants have the same name");
    builder.m_data->arena = std::move(parts.arena);

    const qsizetype count = parts.records.size() / qsizetype(sizeof(MessageRecord));
    std::vector<MessageRecord> &records = builder.m_data->records;
    records.resize(size_t(count));
    if (count > 0) // memcpy from an empty QByteArray's null pointer is undefined, even for no bytes
        std::memcpy(records.data(), parts.records.constData(), size_t(parts.records.size()));
    parts.records.clear();

    // Every offset is checked once here, so Conversation's accessors can trust them.
    const qint64 sourceSize = builder.m_data->source.size();
    const qint64 arenaSize = builder.m_data->arena.size();
    const qint64 participants = builder.m_data->participants.size();
    // Years 1 to 9999, what the importers can produce and writeIso() can print.
    const qint64 earliest = LocalDateTime::fromParts(1, 1, 1, 0, 0, 0).secsSinceEpoch();
    const qint64 latest = LocalDateTime::fromParts(9999, 12, 31, 23, 59, 59).secsSinceEpoch();
    for (const MessageRecord &r : records) {
        const qint64 limit = (r.flags & MessageRecord::TextInArena) ? arenaSize : sourceSize;
        if (r.textOffset < 0 || r.textOffset > limit || qint64(r.textLength) > limit - r.textOffset)
            return fail("a stored message points outside the stored text");
        if (r.author < -1 || r.author >= participants)
            return fail("a stored message names an unknown participant");
        if (quint8(r.kind) > quint8(MessageKind::Deleted))
            return fail("a stored message has an unknown kind");
        if (qint64(r.attachmentStart) + r.attachmentLength > r.textLength)
            return fail("a stored attachment name points outside its message");
        if (r.timestamp < earliest || r.timestamp > latest)
            return fail("a stored message has an impossible time");
    }
    return builder.finish();
}

} // namespace Finetuner::Core
