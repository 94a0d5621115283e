// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Finetuner::Core {

class Project;

/// Values the annotator has labelled, by label name ("named_entities" → "Ibiza", "police"): kept across
/// projects, they pre-annotate the messages of the next import.
struct Gazetteer
{
    QMap<QString, QStringList> values;

    bool isEmpty() const { return values.isEmpty(); }
    /// Adds every labelled value of @p project (as written in its messages); duplicates are kept once.
    void collect(const Project &project);

    QByteArray toJson() const;
    static Gazetteer fromJson(const QByteArray &json); // empty for anything that is not one
};

/// Labels every whole-word occurrence of a gazetteer value in @p project's text messages with the label of that
/// name in its schema, where no span is yet; longer values first, so "New York" wins over "York". Returns the
/// number of spans added.
int preannotate(Project &project, const Gazetteer &gazetteer);

} // namespace Finetuner::Core
