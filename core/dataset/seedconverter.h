// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/model/conversation.h>

#include <QList>
#include <QStringList>

class QIODevice;

namespace Finetuner::Core {

/// The options of the seed scripts' whatsapp.parse_convo().
struct SeedConvertOptions
{
    QString user;            // whose messages become prompts
    QStringList remove;      // names deleted wherever they appear in the text
    bool includeUser = false; // "TIMESTAMP - AUTHOR: TEXT" instead of "TIMESTAMP - TEXT"
};

struct PromptCompletion
{
    QString prompt;
    QString completion;

    friend bool operator==(const PromptCompletion &a, const PromptCompletion &b)
    {
        return a.prompt == b.prompt && a.completion == b.completion;
    }
};

/// One example per text message of options.user, prompt "2012-07-27T21:01:54 - text", empty completion:
/// what the seed's parse_convo wrote for annotators to fill in.
QList<PromptCompletion> seedExamples(const Conversation &conversation, const SeedConvertOptions &options);

/// {"prompt": "…", "completion": "…"} per line, as Python's json.dumps writes it.
bool writePromptCompletionJsonl(const QList<PromptCompletion> &examples, QIODevice &device);

} // namespace Finetuner::Core
