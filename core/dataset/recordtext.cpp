// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recordtext.h"

#include <QStringList>

#include <nlohmann/json.hpp>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

namespace {

using OrderedJson = nlohmann::ordered_json;

QString toQString(const std::string &utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

QString stringMember(const OrderedJson &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? toQString(it->get_ref<const std::string &>()) : QString();
}

QString contentText(const OrderedJson &message)
{
    const auto content = message.find("content");
    if (content == message.end() || content->is_null())
        return message.contains("tool_calls") ? u"[tool calls]"_s : QString();
    if (content->is_string())
        return toQString(content->get_ref<const std::string &>());
    if (!content->is_array())
        return {};
    QStringList parts;
    for (const OrderedJson &part : *content) {
        if (!part.is_object())
            continue;
        const auto text = part.find("text");
        if (text != part.end() && text->is_string())
            parts.append(toQString(text->get_ref<const std::string &>()));
        else
            parts.append(u'[' + stringMember(part, "type") + u']');
    }
    return parts.join(u'\n');
}

} // namespace

RecordText recordText(QByteArrayView line, RecordKind kind)
{
    RecordText text;
    const OrderedJson record = OrderedJson::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
    if (!record.is_object())
        return text;
    if (kind == RecordKind::PromptCompletion) {
        text.prompt = stringMember(record, "prompt");
        text.completion = stringMember(record, "completion");
        return text;
    }
    if (kind != RecordKind::Chat)
        return text;
    const auto messages = record.find("messages");
    if (messages == record.end() || !messages->is_array())
        return text;

    qsizetype lastAssistant = -1;
    QStringList roles;
    for (qsizetype i = 0; i < qsizetype(messages->size()); ++i) {
        const OrderedJson &message = (*messages)[size_t(i)];
        const QString role = message.is_object() ? stringMember(message, "role") : QString();
        roles.append(role);
        if (role == u"assistant")
            lastAssistant = i;
    }
    text.roles = roles.join(u", "_s);

    const qsizetype promptEnd = lastAssistant >= 0 ? lastAssistant : qsizetype(messages->size());
    QStringList turns;
    for (qsizetype i = 0; i < promptEnd; ++i) {
        const OrderedJson &message = (*messages)[size_t(i)];
        if (message.is_object())
            turns.append(roles.at(i) + u": "_s + contentText(message));
    }
    text.prompt = turns.join(u'\n');
    if (lastAssistant >= 0)
        text.completion = contentText((*messages)[size_t(lastAssistant)]);
    return text;
}

} // namespace Finetuner::Core
