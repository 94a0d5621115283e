// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/anonymize/piispan.h>

#include <QStringView>

namespace Finetuner::Core {

/// What one pass over a message found, so that detectors skip texts they cannot match without reading them
/// again: most chat messages have no digit, no "@" and no ":".
struct TextFacts
{
    int digits = 0;          // decimal digits, ASCII or not
    int longestDigitRun = 0; // most digits in a run of digits and phone punctuation (space, -, ., (, ), /)
    int dots = 0;            // '.'
    int colons = 0;          // ':'
    bool at = false;         // '@' or U+FF20
    bool nonAscii = false;

    static TextFacts of(QStringView text);
};

/// One kind of PII detector. Implementations are immutable after construction and safe to use from several
/// threads at once.
class PiiDetector
{
public:
    virtual ~PiiDetector() = default;

    /// Appends what it finds in @p text to @p out, in any order; spans of one detector never overlap. @p out
    /// already holds what the detectors before it found (PiiScanner runs them in PiiType's order); a detector
    /// may skip text inside those spans, which the overlap rule would drop anyway.
    virtual void find(QStringView text, const TextFacts &facts, PiiSpans &out) const = 0;
};

} // namespace Finetuner::Core
