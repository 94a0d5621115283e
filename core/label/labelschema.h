// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Finetuner::Core {

/// An entity label: what a span of message text is. Spans refer to labels by id, so a rename keeps them.
struct EntityLabel
{
    int id = 0;
    QString name;    // what the template writes: "named_entities", "food"
    QString colour;  // "#rrggbb"; core holds no QColor
    int key = 0;     // 1–9: the key that applies it; 0 for none

    friend bool operator==(const EntityLabel &a, const EntityLabel &b)
    {
        return a.id == b.id && a.name == b.name && a.colour == b.colour && a.key == b.key;
    }
};

/// A question answered per message from fixed choices: one (sentiment) or several (topics).
struct ChoiceField
{
    QString name;
    QStringList choices;
    bool multiple = false;

    friend bool operator==(const ChoiceField &a, const ChoiceField &b)
    {
        return a.name == b.name && a.choices == b.choices && a.multiple == b.multiple;
    }
};

/// What an annotator labels in a project and how it becomes the completion (docs/labeling.md).
struct LabelSchema
{
    QList<EntityLabel> entities;
    QList<ChoiceField> choices;
    QStringList textFields;
    /// Rendered into the completion of every row without a typed one, e.g.
    /// " named_entities={entities|, }\ntime={time}\nEND". Empty: completions are typed by hand only.
    QString completionTemplate;

    bool isEmpty() const { return entities.isEmpty() && choices.isEmpty() && textFields.isEmpty()
                                  && completionTemplate.isEmpty(); }
    const EntityLabel *entity(int id) const;
    const EntityLabel *entityForKey(int key) const;
    /// An id no label has yet.
    int nextEntityId() const;

    /// The seed's entity extractor (docs/seed.md): one label, named_entities, and its completion lines.
    static LabelSchema seedEntities();
    /// A classification preset: one single-choice question, the completion is the choice.
    static LabelSchema classification();

    /// JSON, as the project file stores it; fromJson() gives nullopt for anything that is not one.
    QByteArray toJson() const;
    static std::optional<LabelSchema> fromJson(const QByteArray &json);

    friend bool operator==(const LabelSchema &a, const LabelSchema &b)
    {
        return a.entities == b.entities && a.choices == b.choices && a.textFields == b.textFields
            && a.completionTemplate == b.completionTemplate;
    }
    friend bool operator!=(const LabelSchema &a, const LabelSchema &b) { return !(a == b); }
};

} // namespace Finetuner::Core
