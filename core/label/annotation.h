// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Finetuner::Core {

/// A labelled stretch of a message's text as imported: [begin, end) in UTF-16 offsets, as QString counts.
struct LabelSpan
{
    int begin = 0;
    int end = 0;
    int label = 0; // EntityLabel::id

    bool overlaps(const LabelSpan &other) const { return begin < other.end && other.begin < end; }
    friend bool operator==(const LabelSpan &a, const LabelSpan &b)
    {
        return a.begin == b.begin && a.end == b.end && a.label == b.label;
    }
};

/// What an annotator recorded about one row besides its status and typed completion.
struct RowAnnotation
{
    QList<LabelSpan> spans;              // sorted by begin, never overlapping
    QMap<QString, QStringList> choices;  // field name → chosen values
    QMap<QString, QString> fields;       // text field name → text

    bool isEmpty() const { return spans.isEmpty() && choices.isEmpty() && fields.isEmpty(); }
    /// The index of the span that contains @p offset, -1 when none.
    int spanAt(int offset) const;
    /// Adds @p span in order; false (and nothing changed) when it overlaps one already there or is empty.
    bool addSpan(const LabelSpan &span);

    QByteArray toJson() const;
    static std::optional<RowAnnotation> fromJson(const QByteArray &json);

    friend bool operator==(const RowAnnotation &a, const RowAnnotation &b)
    {
        return a.spans == b.spans && a.choices == b.choices && a.fields == b.fields;
    }
    friend bool operator!=(const RowAnnotation &a, const RowAnnotation &b) { return !(a == b); }
};

/// Widens [begin, end) of @p text to whole words (letters, digits, marks and joiners), and trims the spaces and
/// punctuation at its ends: what a quick drag selects is rarely exactly the word. Empty when nothing is left.
std::pair<int, int> snapToWords(const QString &text, int begin, int end);

/// Every [begin, end) in @p text where @p needle stands as whole words (case-sensitive), for labelling all
/// occurrences of a value.
QList<std::pair<int, int>> wholeWordOccurrences(const QString &text, const QString &needle);

} // namespace Finetuner::Core
