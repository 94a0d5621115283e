// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/anonymize/piispan.h>

#include <QLatin1StringView>
#include <QString>
#include <QStringView>

#include <array>
#include <functional>
#include <optional>

namespace Finetuner::Core {

/// What replaces a detected span in the exported text.
enum class PiiOperator {
    Pseudonym,   // a consistent stand-in the caller provides (people; a fake number for a phone)
    Placeholder, // the type in angle brackets: <PHONE>, <EMAIL>
    Redact,      // nothing: the span is removed
    Mask,        // every letter and digit as •, separators kept: +•• •••• ••••••
};

/// "pseudonym", "placeholder", "redact", "mask": stable names for project files and the CLI.
QLatin1StringView piiOperatorName(PiiOperator op);
std::optional<PiiOperator> piiOperatorFromName(QLatin1StringView name);

/// The operator chosen for each type. Placeholder for all by default.
struct PiiOperators
{
    std::array<PiiOperator, PiiTypeCount> byType = filled(PiiOperator::Placeholder);

    PiiOperator operatorFor(PiiType type) const { return byType[size_t(type)]; }
    void set(PiiType type, PiiOperator op) { byType[size_t(type)] = op; }

    static std::array<PiiOperator, PiiTypeCount> filled(PiiOperator op)
    {
        std::array<PiiOperator, PiiTypeCount> all{};
        all.fill(op);
        return all;
    }
};

/// "<PHONE>", "<EMAIL>", "<URL>", "<LOCATION>", "<IBAN>", "<CARD>", "<IP>", "<PERSON>", "<PII>" for custom
/// patterns and terms.
QString piiPlaceholder(PiiType type);
/// @p text with every letter, digit and mark as "•" (one per character, surrogate pairs included); spaces and
/// punctuation stay, so the shape of a number or an address still shows.
QString piiMask(QStringView text);

/// Returns the pseudonym for a span (e.g. from the project's identity map).
using PiiPseudonymFunction = std::function<QString(const PiiSpan &span, QStringView original)>;

/// @p text with each of @p spans (sorted, not overlapping, as PiiScanner returns them) replaced as @p operators
/// says for its type. Pseudonym falls back to the placeholder when no @p pseudonym function is given. Redact
/// removes the span and, between two spaces, one of them. Spans out of range or overlapping an earlier one are
/// ignored.
QString applyPiiOperators(QStringView text, const PiiSpans &spans, const PiiOperators &operators,
                          const PiiPseudonymFunction &pseudonym = {});

} // namespace Finetuner::Core
