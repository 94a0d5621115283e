// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "annotation.h"

#include <nlohmann/json.hpp>

namespace Finetuner::Core {

using Json = nlohmann::ordered_json;

int RowAnnotation::spanAt(int offset) const
{
    for (qsizetype i = 0; i < spans.size(); ++i) {
        if (offset >= spans.at(i).begin && offset < spans.at(i).end)
            return int(i);
    }
    return -1;
}

bool RowAnnotation::addSpan(const LabelSpan &span)
{
    if (span.begin >= span.end)
        return false;
    qsizetype at = 0;
    for (; at < spans.size(); ++at) {
        if (spans.at(at).overlaps(span))
            return false;
        if (spans.at(at).begin > span.begin)
            break;
    }
    for (qsizetype i = at; i < spans.size(); ++i) {
        if (spans.at(i).overlaps(span))
            return false;
    }
    spans.insert(at, span);
    return true;
}

QByteArray RowAnnotation::toJson() const
{
    Json json = Json::object();
    if (!spans.isEmpty()) {
        json["spans"] = Json::array();
        for (const LabelSpan &span : spans)
            json["spans"].push_back({span.begin, span.end, span.label});
    }
    for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
        Json values = Json::array();
        for (const QString &value : it.value())
            values.push_back(value.toStdString());
        json["choices"][it.key().toStdString()] = values;
    }
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        json["fields"][it.key().toStdString()] = it.value().toStdString();
    return QByteArray::fromStdString(json.dump());
}

std::optional<RowAnnotation> RowAnnotation::fromJson(const QByteArray &bytes)
{
    try {
        const Json json = Json::parse(bytes.begin(), bytes.end());
        RowAnnotation annotation;
        if (json.contains("spans")) {
            for (const Json &span : json.at("spans")) {
                if (!annotation.addSpan({span.at(0).get<int>(), span.at(1).get<int>(), span.at(2).get<int>()}))
                    return std::nullopt;
            }
        }
        if (json.contains("choices")) {
            for (auto it = json.at("choices").begin(); it != json.at("choices").end(); ++it) {
                QStringList values;
                for (const Json &value : it.value())
                    values.append(QString::fromStdString(value.get<std::string>()));
                annotation.choices.insert(QString::fromStdString(it.key()), values);
            }
        }
        if (json.contains("fields")) {
            for (auto it = json.at("fields").begin(); it != json.at("fields").end(); ++it)
                annotation.fields.insert(QString::fromStdString(it.key()),
                                         QString::fromStdString(it.value().get<std::string>()));
        }
        return annotation;
    } catch (const Json::exception &) {
        return std::nullopt;
    }
}

namespace {
// Part of a word: letters, digits, combining marks, and the joiners inside emoji and some scripts.
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == u'\u200d' || c == u'_' || c.isSurrogate();
}
} // namespace

std::pair<int, int> snapToWords(const QString &text, int begin, int end)
{
    begin = std::clamp(begin, 0, int(text.size()));
    end = std::clamp(end, begin, int(text.size()));
    // Trim what is not a word at both ends, then widen to the whole words the ends fall in.
    while (begin < end && !isWordChar(text.at(begin)))
        ++begin;
    while (end > begin && !isWordChar(text.at(end - 1)))
        --end;
    if (begin == end)
        return {begin, begin};
    while (begin > 0 && isWordChar(text.at(begin - 1)))
        --begin;
    while (end < text.size() && isWordChar(text.at(end)))
        ++end;
    return {begin, end};
}

QList<std::pair<int, int>> wholeWordOccurrences(const QString &text, const QString &needle)
{
    QList<std::pair<int, int>> found;
    if (needle.isEmpty())
        return found;
    for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        const qsizetype end = at + needle.size();
        const bool startsWord = at == 0 || !isWordChar(text.at(at - 1)) || !isWordChar(needle.front());
        const bool endsWord = end == text.size() || !isWordChar(text.at(end)) || !isWordChar(needle.back());
        if (startsWord && endsWord)
            found.append({int(at), int(end)});
    }
    return found;
}

} // namespace Finetuner::Core
