// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/anonymize/anonymizationsettings.h>
#include <core/anonymize/identity.h>
#include <core/dataset/dataset.h>
#include <core/label/annotation.h>
#include <core/label/labelschema.h>
#include <core/model/conversation.h>
#include <core/project/exportsettings.h>

#include <QHash>

#include <array>
#include <optional>
#include <vector>

namespace Finetuner::Core {

/// Where an annotator is with a row. Mirrors Qt Linguist's unfinished/finished, plus skip and review.
enum class ReviewStatus : quint8 { Todo, Done, Skipped, NeedsReview };
constexpr int ReviewStatusCount = 4;

/// What a participant's messages are for (DESIGN.md §1, the seed's user and remove).
enum class ParticipantRole : quint8 {
    PromptAuthor, // their text messages become prompts (the seed's user)
    Context,      // shown and usable as context, not prompts by default
    Excluded,     // never exported; their name is removed from exported text (the seed's remove)
};

/// A row is included because of its author's role unless the annotator said otherwise for that row.
enum class IncludeOverride : quint8 { Auto, Included, Excluded };

struct ParticipantSettings
{
    ParticipantRole role = ParticipantRole::PromptAuthor;
};

/// The annotator's work on a conversation, or a reviewer's on a JSONL dataset (one row per record; then the
/// conversation is empty and completions live in the dataset's records): per-row choices, completions,
/// participants' roles and pseudonyms, export settings. Plain state with plain mutators; in the app, commands are the only callers of the mutators,
/// so every change is undoable. Sized for a million rows: one byte per row, completions only where written.
class Project
{
public:
    Project() = default;
    explicit Project(Conversation conversation);
    /// With the identity map a project file kept: the conversation's is not built only to be replaced.
    Project(Conversation conversation, IdentityMap identities);

    /// A dataset opened for review: every row starts included and to do.
    explicit Project(Dataset dataset);

    const Conversation &conversation() const { return m_conversation; }
    /// The dataset under review; null for a chat project.
    const Dataset *dataset() const { return m_dataset ? &*m_dataset : nullptr; }
    bool isDataset() const { return m_dataset.has_value(); }
    int rowCount() const { return int(m_rows.size()); }

    bool isIncluded(int row) const;
    IncludeOverride includeOverride(int row) const;
    void setIncludeOverride(int row, IncludeOverride value);

    bool isAnonymized(int row) const;
    void setAnonymized(int row, bool on);

    ReviewStatus status(int row) const;
    void setStatus(int row, ReviewStatus status);
    /// Rows per status, kept up to date as statuses change.
    int statusCount(ReviewStatus status) const { return m_statusCounts[size_t(status)]; }

    /// What the annotator typed (chat), or the record's completion (dataset).
    QString completion(int row) const;
    /// Only the rows that have one: a million-row project has few. Empty for a dataset.
    const QHash<int, QString> &completions() const { return m_completions; }
    /// Chat: stores @p text. Dataset: rewrites the record with it (Dataset::withCompletion); false when the row
    /// is broken, and the record is unchanged.
    bool setCompletion(int row, const QString &text);
    /// Dataset only: the record's bytes as they are to be written.
    bool setRecord(int row, const QByteArray &bytes);

    int participantCount() const { return int(m_participants.size()); }
    const ParticipantSettings &participant(int id) const { return m_participants.at(size_t(id)); }
    void setParticipantRole(int id, ParticipantRole role);
    /// The participant's identity's pseudonym: what the author and every alias become where a row is anonymized.
    QString pseudonym(int participant) const { return m_identities.pseudonymOfParticipant(participant); }
    /// Chooses the pseudonym of @p participant's identity (empty: the style's).
    void setPseudonym(int participant, const QString &pseudonym);

    /// Who is who (docs/anonymization.md): built from the conversation on import, edited by the annotator.
    const IdentityMap &identities() const { return m_identities; }
    void setIdentities(const IdentityMap &identities) { m_identities = identities; }
    const AnonymizationSettings &anonymization() const { return m_anonymization; }
    void setAnonymization(const AnonymizationSettings &settings) { m_anonymization = settings; }
    /// A row's per-span decisions; empty for most rows. Only rows with some are stored.
    SpanOverrides spanOverrides(int row) const { return m_spanOverrides.value(row); }
    const QHash<int, SpanOverrides> &allSpanOverrides() const { return m_spanOverrides; }
    void setSpanOverrides(int row, const SpanOverrides &overrides);

    /// What the annotator labels and how it becomes the completion (docs/labeling.md).
    const LabelSchema &labelSchema() const { return m_schema; }
    void setLabelSchema(const LabelSchema &schema) { m_schema = schema; }
    /// A row's spans, choices and fields; empty when it has none. Only rows with some are stored.
    RowAnnotation annotation(int row) const { return m_annotations.value(row); }
    const QHash<int, RowAnnotation> &annotations() const { return m_annotations; }
    void setAnnotation(int row, const RowAnnotation &annotation);

    const ExportSettings &exportSettings() const { return m_settings; }
    void setExportSettings(const ExportSettings &settings) { m_settings = settings; }

    /// The next row after (or before) @p from, wrapping around, that is included and still to do; -1 if none.
    int nextUnfinished(int from, int direction) const;

    /// What a row is for: included, and not skipped.
    bool isExported(int row) const { return isIncluded(row) && status(row) != ReviewStatus::Skipped; }

    /// The per-row choices as the project file stores them: one byte per row, in the layout below.
    const std::vector<quint8> &rowStates() const { return m_rows; }
    /// Restores rowStates() read from a project file; false (and nothing changed) when the size does not
    /// match or a byte holds a value no build writes.
    bool restoreRowStates(std::vector<quint8> states);

private:
    Project(Conversation conversation, std::optional<IdentityMap> identities);

    // One byte per row: include override in bits 0-1, anonymize in bit 2, status in bits 3-4.
    enum : quint8 { IncludeMask = 0x03, AnonymizeBit = 0x04, StatusShift = 3, StatusMask = 0x18 };

    Conversation m_conversation;
    std::optional<Dataset> m_dataset;
    std::vector<quint8> m_rows;
    QHash<int, QString> m_completions;
    std::vector<ParticipantSettings> m_participants;
    ExportSettings m_settings;
    LabelSchema m_schema;
    QHash<int, RowAnnotation> m_annotations;
    IdentityMap m_identities;
    AnonymizationSettings m_anonymization;
    QHash<int, SpanOverrides> m_spanOverrides;
    std::array<int, ReviewStatusCount> m_statusCounts{};
};

} // namespace Finetuner::Core
