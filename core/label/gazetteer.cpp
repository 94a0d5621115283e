// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gazetteer.h"

#include <core/project/project.h>
#include <core/util/bytesearch.h>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace Finetuner::Core {

using Json = nlohmann::ordered_json;

void Gazetteer::collect(const Project &project)
{
    if (project.isDataset())
        return;
    const LabelSchema &schema = project.labelSchema();
    for (auto it = project.annotations().cbegin(); it != project.annotations().cend(); ++it) {
        const QString text = project.conversation().text(it.key());
        for (const LabelSpan &span : it.value().spans) {
            const EntityLabel *label = schema.entity(span.label);
            if (!label || span.end > text.size())
                continue;
            QStringList &known = values[label->name];
            const QString value = text.mid(span.begin, span.end - span.begin);
            if (!known.contains(value))
                known.append(value);
        }
    }
}

QByteArray Gazetteer::toJson() const
{
    Json json = Json::object();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        Json list = Json::array();
        for (const QString &value : it.value())
            list.push_back(value.toStdString());
        json[it.key().toStdString()] = list;
    }
    return QByteArray::fromStdString(json.dump());
}

Gazetteer Gazetteer::fromJson(const QByteArray &bytes)
{
    Gazetteer gazetteer;
    try {
        const Json json = Json::parse(bytes.begin(), bytes.end());
        for (auto it = json.begin(); it != json.end(); ++it) {
            QStringList list;
            for (const Json &value : it.value())
                list.append(QString::fromStdString(value.get<std::string>()));
            gazetteer.values.insert(QString::fromStdString(it.key()), list);
        }
    } catch (const Json::exception &) {
        return {};
    }
    return gazetteer;
}

int preannotate(Project &project, const Gazetteer &gazetteer)
{
    if (project.isDataset() || gazetteer.isEmpty())
        return 0;
    struct Entry
    {
        QString value;
        QByteArray utf8;
        int label;
    };
    std::vector<Entry> entries;
    for (const EntityLabel &label : project.labelSchema().entities) {
        for (const QString &value : gazetteer.values.value(label.name)) {
            if (!value.isEmpty())
                entries.push_back({value, value.toUtf8(), label.id});
        }
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.value.size() > b.value.size(); });
    if (entries.empty())
        return 0;
    int added = 0;
    const Conversation &conversation = project.conversation();
    for (int row = 0; row < project.rowCount(); ++row) {
        if (conversation.kind(row) != MessageKind::Text)
            continue;
        // The bytes are searched first: most messages hold no value, and they cost no QString.
        const QByteArrayView bytes = conversation.textUtf8(row);
        QString text;
        RowAnnotation annotation;
        bool changed = false;
        for (const Entry &entry : entries) {
            if (!Bytes::contains(bytes, entry.utf8))
                continue;
            if (text.isNull()) {
                text = conversation.text(row);
                annotation = project.annotation(row);
            }
            for (const auto &[begin, end] : wholeWordOccurrences(text, entry.value)) {
                if (annotation.addSpan({begin, end, entry.label})) {
                    ++added;
                    changed = true;
                }
            }
        }
        if (changed)
            project.setAnnotation(row, annotation);
    }
    return added;
}

} // namespace Finetuner::Core
