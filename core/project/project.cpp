// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "project.h"

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

Project::Project(Conversation conversation)
    : Project(std::move(conversation), std::nullopt)
{
}

Project::Project(Conversation conversation, IdentityMap identities)
    : Project(std::move(conversation), std::optional<IdentityMap>(std::move(identities)))
{
}

Project::Project(Conversation conversation, std::optional<IdentityMap> identities)
    : m_conversation(std::move(conversation))
    // Anonymize starts on for every row: when in doubt, do not leak.
    , m_rows(size_t(m_conversation.size()), AnonymizeBit)
    , m_participants(size_t(m_conversation.participants().size()))
    , m_identities(identities ? std::move(*identities) : IdentityMap::fromConversation(m_conversation))
{
    m_statusCounts[size_t(ReviewStatus::Todo)] = m_conversation.size();
}

Project::Project(Dataset dataset)
    : m_dataset(std::move(dataset))
    , m_rows(size_t(m_dataset->size()), AnonymizeBit)
{
    m_statusCounts[size_t(ReviewStatus::Todo)] = m_dataset->size();
}

bool Project::isIncluded(int row) const
{
    switch (includeOverride(row)) {
    case IncludeOverride::Included:
        return true;
    case IncludeOverride::Excluded:
        return false;
    case IncludeOverride::Auto:
        break;
    }
    // A broken record is included too: the export then refuses it by line number rather than drop it unseen.
    if (m_dataset)
        return true;
    const int author = m_conversation.authorId(row);
    return author >= 0 && m_conversation.kind(row) == MessageKind::Text
        && m_participants[size_t(author)].role == ParticipantRole::PromptAuthor;
}

IncludeOverride Project::includeOverride(int row) const
{
    return IncludeOverride(m_rows.at(size_t(row)) & IncludeMask);
}

void Project::setIncludeOverride(int row, IncludeOverride value)
{
    quint8 &bits = m_rows.at(size_t(row));
    bits = quint8((bits & ~IncludeMask) | quint8(value));
}

bool Project::isAnonymized(int row) const
{
    return m_rows.at(size_t(row)) & AnonymizeBit;
}

void Project::setAnonymized(int row, bool on)
{
    quint8 &bits = m_rows.at(size_t(row));
    bits = on ? quint8(bits | AnonymizeBit) : quint8(bits & ~AnonymizeBit);
}

ReviewStatus Project::status(int row) const
{
    return ReviewStatus((m_rows.at(size_t(row)) & StatusMask) >> StatusShift);
}

void Project::setStatus(int row, ReviewStatus status)
{
    quint8 &bits = m_rows.at(size_t(row));
    --m_statusCounts[size_t(this->status(row))];
    bits = quint8((bits & ~StatusMask) | (quint8(status) << StatusShift));
    ++m_statusCounts[size_t(status)];
}

QString Project::completion(int row) const
{
    return m_dataset ? m_dataset->completion(row) : m_completions.value(row);
}

bool Project::setCompletion(int row, const QString &text)
{
    Q_ASSERT(row >= 0 && row < rowCount());
    if (m_dataset) {
        const Result<QByteArray> record = m_dataset->withCompletion(row, text);
        return record.ok() && m_dataset->setRecord(row, *record.value);
    }
    if (text.isEmpty())
        m_completions.remove(row);
    else
        m_completions.insert(row, text);
    return true;
}

void Project::setAnnotation(int row, const RowAnnotation &annotation)
{
    Q_ASSERT(row >= 0 && row < rowCount());
    if (annotation.isEmpty())
        m_annotations.remove(row);
    else
        m_annotations.insert(row, annotation);
}

bool Project::setRecord(int row, const QByteArray &bytes)
{
    return m_dataset && m_dataset->setRecord(row, bytes);
}

void Project::setParticipantRole(int id, ParticipantRole role)
{
    m_participants.at(size_t(id)).role = role;
}

void Project::setPseudonym(int participant, const QString &pseudonym)
{
    m_identities.setPseudonym(m_identities.identityOfParticipant(participant), pseudonym);
}

void Project::setSpanOverrides(int row, const SpanOverrides &overrides)
{
    Q_ASSERT(row >= 0 && row < rowCount());
    if (overrides.isEmpty())
        m_spanOverrides.remove(row);
    else
        m_spanOverrides.insert(row, overrides);
}

bool Project::restoreRowStates(std::vector<quint8> states)
{
    if (states.size() != m_rows.size())
        return false;
    std::array<int, ReviewStatusCount> counts{};
    for (const quint8 bits : states) {
        const int include = bits & IncludeMask;
        const int status = (bits & StatusMask) >> StatusShift;
        if ((bits & ~(IncludeMask | AnonymizeBit | StatusMask)) || include > int(IncludeOverride::Excluded)
            || status >= ReviewStatusCount)
            return false;
        ++counts[size_t(status)];
    }
    m_rows = std::move(states);
    m_statusCounts = counts;
    return true;
}

int Project::nextUnfinished(int from, int direction) const
{
    const int count = rowCount();
    if (count == 0)
        return -1;
    const int step = direction < 0 ? -1 : 1;
    int row = from;
    for (int i = 0; i < count; ++i) {
        row = ((row + step) % count + count) % count;
        if (status(row) == ReviewStatus::Todo && isIncluded(row))
            return row;
    }
    return -1;
}

} // namespace Finetuner::Core
