// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "labelschema.h"

#include <nlohmann/json.hpp>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;
using Json = nlohmann::ordered_json;

namespace {
std::string utf8(const QString &text)
{
    return text.toStdString();
}
QString qstring(const Json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}
} // namespace

const EntityLabel *LabelSchema::entity(int id) const
{
    for (const EntityLabel &label : entities) {
        if (label.id == id)
            return &label;
    }
    return nullptr;
}

const EntityLabel *LabelSchema::entityForKey(int key) const
{
    for (const EntityLabel &label : entities) {
        if (key > 0 && label.key == key)
            return &label;
    }
    return nullptr;
}

int LabelSchema::nextEntityId() const
{
    int id = 1;
    for (const EntityLabel &label : entities)
        id = std::max(id, label.id + 1);
    return id;
}

LabelSchema LabelSchema::seedEntities()
{
    LabelSchema schema;
    schema.entities = {{1, u"named_entities"_s, u"#2e86de"_s, 1}};
    schema.completionTemplate = u" named_entities={entities|, }\ntime={time}\nEND"_s;
    return schema;
}

LabelSchema LabelSchema::classification()
{
    LabelSchema schema;
    schema.choices = {{u"category"_s, {u"positive"_s, u"neutral"_s, u"negative"_s}, false}};
    schema.completionTemplate = u" {category}"_s;
    return schema;
}

QByteArray LabelSchema::toJson() const
{
    Json json = Json::object();
    json["entities"] = Json::array();
    for (const EntityLabel &label : entities)
        json["entities"].push_back({{"id", label.id}, {"name", utf8(label.name)}, {"colour", utf8(label.colour)},
                                    {"key", label.key}});
    json["choices"] = Json::array();
    for (const ChoiceField &field : choices) {
        Json values = Json::array();
        for (const QString &choice : field.choices)
            values.push_back(utf8(choice));
        json["choices"].push_back({{"name", utf8(field.name)}, {"choices", values}, {"multiple", field.multiple}});
    }
    json["textFields"] = Json::array();
    for (const QString &field : textFields)
        json["textFields"].push_back(utf8(field));
    json["completionTemplate"] = utf8(completionTemplate);
    return QByteArray::fromStdString(json.dump());
}

std::optional<LabelSchema> LabelSchema::fromJson(const QByteArray &bytes)
{
    // The project file's own data: anything off is a damaged file, not an exception to let through.
    try {
        const Json json = Json::parse(bytes.begin(), bytes.end());
        LabelSchema schema;
        for (const Json &label : json.at("entities"))
            schema.entities.append({label.at("id").get<int>(), qstring(label.at("name")), qstring(label.at("colour")),
                                    label.at("key").get<int>()});
        for (const Json &field : json.at("choices")) {
            ChoiceField choice{qstring(field.at("name")), {}, field.at("multiple").get<bool>()};
            for (const Json &value : field.at("choices"))
                choice.choices.append(qstring(value));
            schema.choices.append(choice);
        }
        for (const Json &field : json.at("textFields"))
            schema.textFields.append(qstring(field));
        schema.completionTemplate = qstring(json.at("completionTemplate"));
        return schema;
    } catch (const Json::exception &) {
        return std::nullopt;
    }
}

} // namespace Finetuner::Core
