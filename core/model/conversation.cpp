// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "conversation.h"

#include <core/model/conversationdata.h>

namespace Finetuner::Core {

Conversation::Conversation()
{
    // Every empty conversation shares one empty Data, so a default-constructed one costs no allocation.
    static const auto empty = std::make_shared<const Data>();
    d = empty;
}

QString Conversation::sourcePath() const
{
    return d->sourcePath;
}

QString Conversation::formatId() const
{
    return d->formatId;
}

DateOrder Conversation::dateOrder() const
{
    return d->dateOrder;
}

bool Conversation::isDateOrderAssumed() const
{
    return d->dateOrderAssumed;
}

int Conversation::size() const
{
    return int(d->records.size());
}

Message Conversation::message(int index) const
{
    Message m;
    m.index = index;
    m.line = line(index);
    m.timestamp = timestamp(index);
    m.author = author(index);
    m.text = text(index);
    m.kind = kind(index);
    m.edited = isEdited(index);
    m.attachment = attachment(index);
    return m;
}

LocalDateTime Conversation::timestamp(int index) const
{
    return LocalDateTime::fromSecsSinceEpoch(d->records.at(index).timestamp);
}

int Conversation::line(int index) const
{
    return d->records.at(index).line;
}

MessageKind Conversation::kind(int index) const
{
    return d->records.at(index).kind;
}

bool Conversation::isEdited(int index) const
{
    return d->records.at(index).flags & MessageRecord::Edited;
}

int Conversation::authorId(int index) const
{
    return d->records.at(index).author;
}

QString Conversation::author(int index) const
{
    const int id = authorId(index);
    return id < 0 ? QString() : d->participants.at(id);
}

QString Conversation::text(int index) const
{
    return QString::fromUtf8(textUtf8(index));
}

QString Conversation::attachment(int index) const
{
    const QByteArrayView name = attachmentUtf8(index);
    return name.isEmpty() ? QString() : QString::fromUtf8(name);
}

QByteArrayView Conversation::authorUtf8(int index) const
{
    const int id = authorId(index);
    return id < 0 ? QByteArrayView() : QByteArrayView(d->participantsUtf8.at(id));
}

QByteArrayView Conversation::textUtf8(int index) const
{
    const MessageRecord &r = d->records.at(index);
    return d->bytes(r.textOffset, r.textLength, r.flags & MessageRecord::TextInArena);
}

QByteArrayView Conversation::attachmentUtf8(int index) const
{
    const MessageRecord &r = d->records.at(index);
    if (r.attachmentLength == 0)
        return {};
    return textUtf8(index).sliced(r.attachmentStart, r.attachmentLength);
}

const QStringList &Conversation::participants() const
{
    return d->participants;
}

int Conversation::participantId(const QString &name) const
{
    return d->participantIds.value(name, -1);
}

std::vector<int> Conversation::messageCountsByParticipant() const
{
    std::vector<int> counts(d->participants.size(), 0);
    for (const MessageRecord &r : d->records) {
        if (r.author >= 0)
            ++counts[r.author];
    }
    return counts;
}

} // namespace Finetuner::Core
