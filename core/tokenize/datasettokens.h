// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Finetuner::Core {

class Tokenizer;

/// The tokens of one dataset line.
struct ExampleTokens
{
    enum class Shape { PromptCompletion, Chat };
    Shape shape = Shape::PromptCompletion;
    int prompt = 0;     // prompt/completion: the prompt's tokens
    int completion = 0; // prompt/completion: the completion's tokens
    int messages = 0;   // chat: how many messages
    int assistant = 0;  // chat: the tokens of the assistant turns' content that are trained (weight not 0)
    int total = 0;      // prompt + completion, or the whole chat as OpenAI's cookbook counts it
};

/// Counts a JSONL line of a prompt/completion dataset ({"prompt": …, "completion": …}) or a chat dataset
/// ({"messages": [{"role": …, "content": …}, …]}). A chat counts as num_tokens_from_messages() in OpenAI's
/// cookbook: 3 per message, the tokens of each of its string values, 1 more for a "name", and 3 that prime the
/// reply. Empty with @p error set (translated) when the line is not such an example.
std::optional<ExampleTokens> countExampleTokens(const Tokenizer &tokenizer, QByteArrayView jsonLine, QString *error);

/// Decodes a line that holds one JSON string into UTF-8; a lone surrogate escape (\ud83d) becomes U+FFFD, as
/// JavaScript's TextEncoder and Python's "replace" encode it. False with @p error set otherwise.
bool decodeJsonString(QByteArrayView jsonLine, QByteArray &utf8, QString *error);

} // namespace Finetuner::Core
