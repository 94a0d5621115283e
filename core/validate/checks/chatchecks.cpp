// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The format checks and data warnings of OpenAI's cookbook "Data preparation and analysis for chat model
// fine-tuning" (examples/Chat_finetuning_data_prep.ipynb), written again from its conditions.

#include "checks.h"

#include <QLocale>

namespace Finetuner::Core::Checks {

using namespace Qt::StringLiterals;
using Severity = Issue::Severity;

namespace {

// The cookbook's roles, and "tool", which OpenAI's chat format has had since tool calls replaced functions.
bool isRecognisedRole(const QString &role)
{
    return role == u"system"_s || role == u"user"_s || role == u"assistant"_s || role == u"function"_s
        || role == u"tool"_s;
}

void checkMessages(CheckContext &context, int row)
{
    const ParsedRecord &record = context.dataset.records.at(row);
    bool hasAssistant = false;
    for (qsizetype i = 0; i < record.messages.size(); ++i) {
        const ParsedMessage &message = record.messages.at(i);
        const int number = int(i + 1);
        if (!message.isObject) {
            context.reportLine(row, Severity::Error, u"chat-message-missing-key"_s,
                               tr("Message %1 is %2, not an object with `role` and `content`.")
                                   .arg(number)
                                   .arg(typeName(message.valueType)));
            continue;
        }
        const bool contentMayBeAbsent = message.hasFunctionCall; // a tool call's message carries no text
        if (message.roleType == ParsedType::Missing
            || (message.contentType == ParsedType::Missing && !contentMayBeAbsent)) {
            QStringList missing;
            if (message.roleType == ParsedType::Missing)
                missing.append(u"`role`"_s);
            if (message.contentType == ParsedType::Missing && !contentMayBeAbsent)
                missing.append(u"`content`"_s);
            context.reportLine(row, Severity::Error, u"chat-message-missing-key"_s,
                               tr("Message %1 has no %2.").arg(number).arg(missing.join(tr(" and "))));
        }
        if (!message.unknownKeys.isEmpty()) {
            context.reportLine(row, Severity::Warning, u"chat-message-unrecognized-key"_s,
                               tr("Message %1 has keys other than role, content, name, weight and function or "
                                  "tool calls: %2.")
                                   .arg(number)
                                   .arg(message.unknownKeys.join(u", "_s)),
                               u"strip-unknown-keys"_s);
        }
        if (message.roleType == ParsedType::String) {
            if (message.role == u"assistant"_s)
                hasAssistant = true;
            if (!isRecognisedRole(message.role)) {
                context.reportLine(row, Severity::Error, u"chat-unrecognized-role"_s,
                                   tr("Message %1 has the role `%2`; the roles are system, user, assistant, tool "
                                      "and function.")
                                       .arg(number)
                                       .arg(visible(message.role)));
            }
        } else if (message.roleType != ParsedType::Missing) {
            context.reportLine(row, Severity::Error, u"chat-unrecognized-role"_s,
                               tr("Message %1 has a role that is %2, not a string.")
                                   .arg(number)
                                   .arg(typeName(message.roleType)));
        }
        // The cookbook: (not content and not function_call) or not isinstance(content, str).
        if (message.contentType == ParsedType::String) {
            if (isBlank(message.content) && !message.hasFunctionCall) {
                context.reportLine(row, Severity::Error, u"chat-missing-content"_s,
                                   message.content.isEmpty()
                                       ? tr("Message %1 has empty content.").arg(number)
                                       : tr("Message %1 has only whitespace as content.").arg(number));
            }
        } else if (message.contentType != ParsedType::Missing
                   && !(message.contentType == ParsedType::Null && message.hasFunctionCall)) {
            context.reportLine(row, Severity::Error, u"chat-missing-content"_s,
                               message.contentType == ParsedType::Array
                                   ? tr("The content of message %1 is a list (content parts); only text content "
                                        "(a string) can be checked and trained on here.")
                                         .arg(number)
                                   : tr("The content of message %1 is %2, not a string.")
                                         .arg(number)
                                         .arg(typeName(message.contentType)));
        }
    }
    if (!hasAssistant) {
        context.reportLine(row, Severity::Error, u"chat-missing-assistant"_s,
                           tr("The example has no assistant message: there is nothing to learn from it."));
    }
}

} // namespace

void describeChatChecks(QList<CheckDescription> &out)
{
    const QString source = u"cookbook"_s;
    out.append({u"chat-missing-messages"_s, Severity::Error, source, {},
                tr("No `messages` list, or an empty one (missing_messages_list).")});
    out.append({u"chat-message-missing-key"_s, Severity::Error, source, {},
                tr("A message without `role` or `content`, or one that is not an object (message_missing_key).")});
    out.append({u"chat-message-unrecognized-key"_s, Severity::Warning, source, u"strip-unknown-keys"_s,
                tr("A message key other than role, content, name, weight, function_call, tool_calls, "
                   "tool_call_id (message_unrecognized_key).")});
    out.append({u"chat-unrecognized-role"_s, Severity::Error, source, {},
                tr("A role other than system, user, assistant, tool, function (unrecognized_role).")});
    out.append({u"chat-missing-content"_s, Severity::Error, source, {},
                tr("Content that is empty or not a string (missing_content).")});
    out.append({u"chat-missing-assistant"_s, Severity::Error, source, {},
                tr("An example with no assistant message (example_missing_assistant_message).")});
    out.append({u"chat-missing-user"_s, Severity::Warning, source, {}, tr("Examples with no user message.")});
    out.append({u"chat-missing-system"_s, Severity::Note, source, {}, tr("Examples with no system message.")});
    out.append({u"chat-too-many-tokens"_s, Severity::Warning, source, u"drop-long"_s,
                tr("An example over 16,385 tokens, counted as the cookbook counts them; it would be truncated.")});
}

void runChatChecks(CheckContext &context)
{
    const ParsedDataset &dataset = context.dataset;
    if (dataset.shape != ParsedShape::Chat)
        return;
    QList<int> missingUser;
    QList<int> missingSystem;
    const int limit = context.options.maxChatTokens;
    const bool countTokens = context.enabled(u"chat-too-many-tokens"_s);
    for (int row = 0; row < dataset.records.size(); ++row) {
        const ParsedRecord &record = dataset.records.at(row);
        if (record.kind == ParsedRecord::Kind::OtherObject) {
            context.reportLine(row, Severity::Error, u"chat-missing-messages"_s,
                               tr("The line has no `messages` list."));
            continue;
        }
        if (!dataset.hasMajorityShape(record))
            continue;
        if (!record.messagesKey.isEmpty()) {
            context.reportLine(row, Severity::Error, u"key-case"_s,
                               tr("The `messages` key is written `%1`; it should be lowercase.")
                                   .arg(record.messagesKey),
                               u"lowercase-keys"_s);
        }
        if (record.messagesType != ParsedType::Array) {
            context.reportLine(row, Severity::Error, u"chat-missing-messages"_s,
                               tr("`messages` is %1, not a list of messages.").arg(typeName(record.messagesType)));
            continue;
        }
        if (record.messages.isEmpty()) {
            context.reportLine(row, Severity::Error, u"chat-missing-messages"_s, tr("`messages` is empty."));
            continue;
        }
        checkMessages(context, row);

        bool hasUser = false;
        bool hasSystem = false;
        for (const ParsedMessage &message : record.messages) {
            hasUser = hasUser || (message.roleType == ParsedType::String && message.role == u"user"_s);
            hasSystem = hasSystem || (message.roleType == ParsedType::String && message.role == u"system"_s);
        }
        if (!hasUser)
            missingUser.append(row);
        if (!hasSystem)
            missingSystem.append(row);

        if (countTokens) {
            if (context.exceedsTokens(row, limit)) {
                const int tokens = context.recordTokens(row);
                context.reportLine(row, Severity::Warning, u"chat-too-many-tokens"_s,
                                   tr("The example has %1 tokens, over the %2 token limit: it will be truncated "
                                      "during fine-tuning.")
                                       .arg(QLocale::c().toString(tokens), QLocale::c().toString(limit)),
                                   u"drop-long"_s);
            }
        }
    }
    if (!missingUser.isEmpty()) {
        context.reportLines(missingUser, Severity::Warning, u"chat-missing-user"_s,
                            missingUser.size() == 1 ? tr("1 example has no user message.")
                                                    : tr("%1 examples have no user message.").arg(missingUser.size()));
    }
    if (!missingSystem.isEmpty()) {
        context.reportLines(missingSystem, Severity::Note, u"chat-missing-system"_s,
                            (missingSystem.size() == 1 ? tr("1 example has no system message.")
                                                        : tr("%1 examples have no system message.")
                                                              .arg(missingSystem.size()))
                                + u' ' + tr("A system message defines the assistant's behaviour."));
    }
}

} // namespace Finetuner::Core::Checks
