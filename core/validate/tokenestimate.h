// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringView>

namespace Finetuner::Core {

/// An estimate of how many tokens OpenAI's cl100k_base / o200k_base encodings make of @p text, for the
/// validator until the exact tokenizer (core/tokenize) is wired in through ValidatorOptions::tokenCount.
///
/// It follows the encodings' pre-tokenisation: a word with its leading space, digits in groups of three,
/// a run of punctuation, a run of whitespace are each at least one token; a word costs one more token per
/// eight letters beyond the first, letters outside Latin/Greek/Cyrillic (CJK, Thai…) and characters outside the
/// BMP (emoji) about one token each. It is a rough estimate, not a bound in either direction: checks that
/// must be exact take the tokenizer.
int estimateTokens(QStringView text);

} // namespace Finetuner::Core
