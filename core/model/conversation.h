// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/model/dateorder.h>
#include <core/model/message.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Finetuner::Core {

class ConversationBuilder;

/// An imported chat: its messages, its participants and where it came from.
///
/// Built to hold a million messages in little more memory than the export itself: the export's bytes are kept
/// once, each message is a fixed-size record pointing into them, and the QString values of Message are made
/// only when asked for (a table view asks for the rows it shows). Copies are cheap and share the data, which
/// never changes after import.
class Conversation
{
public:
    Conversation();

    QString sourcePath() const;
    QString formatId() const;        // "whatsapp-android", "whatsapp-ios"
    DateOrder dateOrder() const;     // as read; Auto for formats without the question
    /// True when no date in the file told day/month from month/day and dateOrder() is a guess:
    /// the app then asks the user.
    bool isDateOrderAssumed() const;

    int size() const;
    bool isEmpty() const { return size() == 0; }

    Message message(int index) const;
    LocalDateTime timestamp(int index) const;
    int line(int index) const;
    MessageKind kind(int index) const;
    bool isEdited(int index) const;
    int authorId(int index) const; // index into participants(), -1 for system lines
    QString author(int index) const;
    QString text(int index) const;
    QString attachment(int index) const;

    // The UTF-8 bytes behind the strings above, for writers that need no QString.
    QByteArrayView authorUtf8(int index) const;
    QByteArrayView textUtf8(int index) const;
    QByteArrayView attachmentUtf8(int index) const;

    /// Authors in the order they first wrote; system lines have none.
    const QStringList &participants() const;
    int participantId(const QString &name) const; // -1 when nobody of that name wrote
    std::vector<int> messageCountsByParticipant() const;

private:
    friend class ConversationBuilder;
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace Finetuner::Core
