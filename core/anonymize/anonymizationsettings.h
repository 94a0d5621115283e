// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/anonymize/piioperator.h>
#include <core/anonymize/piispan.h>

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <array>
#include <optional>

namespace Finetuner::Core {

/// What a project's anonymization looks for and what it puts in place of what it finds (DESIGN.md §5). Stored in
/// the project file as the setting "anonymize/settings".
struct AnonymizationSettings
{
    std::array<bool, PiiTypeCount> enabled = allEnabled(); // Person: the identities' aliases
    PiiOperators operators = defaultOperators();
    QStringList customTerms;
    QStringList customPatterns; // RE2 syntax
    /// Regions for numbers written in national form, beyond the participants' and the system locale's.
    QStringList phoneRegions;

    bool isEnabled(PiiType type) const { return enabled[size_t(type)]; }
    void setEnabled(PiiType type, bool on) { enabled[size_t(type)] = on; }

    static std::array<bool, PiiTypeCount> allEnabled()
    {
        std::array<bool, PiiTypeCount> all{};
        all.fill(true);
        return all;
    }
    /// People get their pseudonyms; everything else its placeholder (<PHONE>, <EMAIL>…).
    static PiiOperators defaultOperators()
    {
        PiiOperators operators;
        operators.set(PiiType::Person, PiiOperator::Pseudonym);
        return operators;
    }

    QByteArray toJson() const;
    /// Nullopt for anything that is not one; unknown types and operators are errors, missing ones the defaults.
    static std::optional<AnonymizationSettings> fromJson(const QByteArray &json);

    friend bool operator==(const AnonymizationSettings &a, const AnonymizationSettings &b)
    {
        return a.enabled == b.enabled && a.operators.byType == b.operators.byType && a.customTerms == b.customTerms
            && a.customPatterns == b.customPatterns && a.phoneRegions == b.phoneRegions;
    }
    friend bool operator!=(const AnonymizationSettings &a, const AnonymizationSettings &b) { return !(a == b); }
};

/// The annotator's word on one span of one message, in UTF-16 offsets of the text as imported: a detected span
/// switched off (kept as written), or a span added by hand.
struct SpanOverride
{
    int begin = 0;
    int end = 0;
    PiiType type = PiiType::Person;
    bool anonymize = false; // false: a detected span kept as written; true: a span added by hand
    int identity = -1;      // a Person span added by hand: whose pseudonym replaces it

    friend bool operator==(const SpanOverride &a, const SpanOverride &b)
    {
        return a.begin == b.begin && a.end == b.end && a.type == b.type && a.anonymize == b.anonymize
            && a.identity == b.identity;
    }
};
using SpanOverrides = QList<SpanOverride>;

QByteArray spanOverridesToJson(const SpanOverrides &overrides);
std::optional<SpanOverrides> spanOverridesFromJson(const QByteArray &json);

} // namespace Finetuner::Core
