// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/model/conversation.h>
#include <core/model/conversationparts.h>
#include <core/model/messagerecord.h>

#include <QHash>

namespace Finetuner::Core {

/// What importers fill in: the source bytes, then one record per message, then finish().
class ConversationBuilder
{
public:
    /// @p owner keeps @p source's bytes alive when they are borrowed from a file mapping.
    explicit ConversationBuilder(QByteArray source, std::shared_ptr<const void> owner = {});
    ~ConversationBuilder();
    Q_DISABLE_COPY_MOVE(ConversationBuilder)

    const QByteArray &source() const;
    void setSourcePath(const QString &path);
    void setFormatId(const QString &id);
    void setDateOrder(DateOrder order, bool assumed = false);

    /// The participant id of an author, added on first use.
    int participant(QByteArrayView nameUtf8);

    struct TextRef
    {
        qint64 offset = 0;
        quint32 length = 0;
        bool inArena = false;
    };
    /// A slice of the source bytes, kept without copying.
    static TextRef sourceText(qsizetype offset, qsizetype length) { return {offset, quint32(length), false}; }
    /// A text that is not a slice of the source: copied into the arena.
    TextRef arenaText(QByteArrayView bytes);
    QByteArrayView view(const TextRef &ref) const;

    /// Records are public to importers so they can resolve fields in a second pass.
    std::vector<MessageRecord> &records();
    void append(const MessageRecord &record, const TextRef &text);
    static void setText(MessageRecord &record, const TextRef &text);

    Conversation finish();

    /// What a project file stores of @p conversation. The bytes are views into the conversation's own: valid
    /// while it lives, and to be copied (QByteArray's detach does it) before anything keeps them longer.
    static ConversationParts parts(const Conversation &conversation);
    /// The conversation back from stored parts; nullopt with @p error set when they do not fit together.
    static std::optional<Conversation> fromParts(ConversationParts parts, QString *error);

private:
    std::unique_ptr<Conversation::Data> m_data;
    QHash<QByteArray, int> m_participantIdsUtf8; // looked up without allocating, unlike QString keys
    int m_lastParticipant = -1;
};

} // namespace Finetuner::Core
