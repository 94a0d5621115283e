// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "seedconverter.h"

#include <core/util/jsonwriter.h>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

QList<PromptCompletion> seedExamples(const Conversation &conversation, const SeedConvertOptions &options)
{
    QList<PromptCompletion> examples;
    const int user = conversation.participantId(options.user);
    if (user < 0)
        return examples;
    for (int i = 0; i < conversation.size(); ++i) {
        if (conversation.authorId(i) != user || conversation.kind(i) != MessageKind::Text)
            continue;
        QString text = conversation.text(i);
        for (const QString &name : options.remove) {
            if (!name.isEmpty())
                text.remove(name); // the seed's str.replace(name, ''): case-sensitive, literal
        }
        QString prompt = conversation.timestamp(i).toString() + u" - "_s;
        if (options.includeUser)
            prompt += options.user + u": "_s;
        examples.append({prompt + text, QString()});
    }
    return examples;
}

bool writePromptCompletionJsonl(const QList<PromptCompletion> &examples, QIODevice &device)
{
    Json::LineWriter writer(device);
    for (const PromptCompletion &example : examples) {
        OutputBuffer &line = writer.line();
        line.append("{\"prompt\": ");
        Json::appendString(line, example.prompt);
        line.append(", \"completion\": ");
        Json::appendString(line, example.completion);
        line.append('}');
        writer.endLine();
    }
    return writer.flush();
}

} // namespace Finetuner::Core
