// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "piiscanner.h"

#include <core/anonymize/aliasdetector.h>
#include <core/anonymize/customregexdetector.h>
#include <core/anonymize/customtermdetector.h>
#include <core/anonymize/emaildetector.h>
#include <core/anonymize/ibandetector.h>
#include <core/anonymize/ipaddressdetector.h>
#include <core/anonymize/paymentcarddetector.h>
#include <core/anonymize/phonedetector.h>
#include <core/anonymize/urldetector.h>

#include <algorithm>

namespace Finetuner::Core {

PiiScanner::PiiScanner(const PiiScannerSettings &settings, Diagnostics *diagnostics)
    : m_settings(settings)
{
    const auto on = [&settings](PiiType type) { return settings.isEnabled(type); };
    if (on(PiiType::Url) || on(PiiType::Location))
        m_detectors.push_back(std::make_shared<UrlDetector>());
    if (on(PiiType::Email))
        m_detectors.push_back(std::make_shared<EmailDetector>());
    if (on(PiiType::Iban))
        m_detectors.push_back(std::make_shared<IbanDetector>());
    if (on(PiiType::PaymentCard))
        m_detectors.push_back(std::make_shared<PaymentCardDetector>());
    if (on(PiiType::Phone))
        m_detectors.push_back(std::make_shared<PhoneDetector>(settings.phoneRegions));
    if (on(PiiType::IpAddress))
        m_detectors.push_back(std::make_shared<IpAddressDetector>());
    if (on(PiiType::CustomRegex) && !settings.customPatterns.isEmpty()) {
        auto regex = std::make_shared<CustomRegexDetector>(settings.customPatterns, diagnostics);
        if (regex->patternCount() > 0)
            m_detectors.push_back(std::move(regex));
    }
    if (on(PiiType::CustomTerm) && !settings.customTerms.isEmpty()) {
        auto terms = std::make_shared<CustomTermDetector>(settings.customTerms);
        if (!terms->terms().isEmpty())
            m_detectors.push_back(std::move(terms));
    }
    if (on(PiiType::Person) && !settings.aliases.isEmpty())
        m_detectors.push_back(std::make_shared<AliasDetector>(settings.aliases, settings.aliasIdentities));
}

PiiSpans PiiScanner::scan(QStringView text) const
{
    if (text.isEmpty() || m_detectors.empty())
        return {};
    const TextFacts facts = TextFacts::of(text);
    PiiSpans spans;
    for (const auto &detector : m_detectors) {
        detector->find(text, facts, spans);
        // The URL detector also reports locations: drop whichever of the two is off now, so that a later
        // detector does not skip text inside a span nobody wants.
        if (!m_settings.isEnabled(PiiType::Url) || !m_settings.isEnabled(PiiType::Location))
            spans.removeIf([this](const PiiSpan &span) { return !m_settings.isEnabled(span.type); });
    }
    if (!m_settings.identityPhones.isEmpty() && m_settings.isEnabled(PiiType::Person)) {
        for (PiiSpan &span : spans) {
            if (span.type != PiiType::Phone)
                continue;
            const auto identity = m_settings.identityPhones.constFind(span.value);
            if (identity != m_settings.identityPhones.cend()) {
                span.type = PiiType::Person;
                span.identity = *identity;
            }
        }
    }
    if (spans.size() <= 1)
        return spans;
    return resolveOverlaps(std::move(spans));
}

PiiSpans PiiScanner::resolveOverlaps(PiiSpans spans)
{
    // A span inside a longer one goes first, whatever its type: the phone number in a link, the term in an
    // address, the "1641" libphonenumber reads inside an IPv6 address.
    spans.removeIf([&spans](const PiiSpan &inner) {
        return std::any_of(spans.cbegin(), spans.cend(), [&inner](const PiiSpan &outer) {
            return outer.begin <= inner.begin && inner.end <= outer.end && outer.length() > inner.length();
        });
    });
    std::stable_sort(spans.begin(), spans.end(), [](const PiiSpan &a, const PiiSpan &b) {
        if (a.type != b.type)
            return int(a.type) < int(b.type);
        return a.length() > b.length();
    });
    PiiSpans kept;
    kept.reserve(spans.size());
    for (const PiiSpan &span : spans) {
        if (span.begin >= span.end)
            continue;
        const bool overlaps = std::any_of(kept.cbegin(), kept.cend(), [&span](const PiiSpan &k) {
            return span.begin < k.end && k.begin < span.end;
        });
        if (!overlaps)
            kept.append(span);
    }
    std::sort(kept.begin(), kept.end(), [](const PiiSpan &a, const PiiSpan &b) { return a.begin < b.begin; });
    return kept;
}

} // namespace Finetuner::Core
