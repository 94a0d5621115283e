// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/anonymize/piidetector.h>

#include <QStringList>

#include <string>
#include <vector>

namespace Finetuner::Core {

/// Phone numbers, found by libphonenumber's PhoneNumberMatcher at VALID leniency: the number must be a valid
/// number of its region, not merely possible. Numbers written in national form are found for the regions
/// given (the participants' and the system locale's); numbers in international form (+44…, or the region's
/// own international prefix such as 00 44…) whatever their country. The value is E.164 (+442079460000).
///
/// Space-like characters (U+00A0, U+202F, U+2007, U+2009, direction marks) are read as ASCII spaces first,
/// as libphonenumber does not know most of them. The matcher reads only runs of digits and phone punctuation
/// with at least MinDigits digits, with a few characters around them, and not those inside a span an earlier
/// detector found (a link, an address, an IBAN, a card): that is what keeps a million messages fast.
class PhoneDetector final : public PiiDetector
{
public:
    static constexpr int MinDigits = 5;

    /// @p regions are ISO 3166-1 alpha-2 codes ("GB", "es"); codes libphonenumber does not know are left out
    /// (see regions()). With none, only international numbers are found.
    explicit PhoneDetector(const QStringList &regions = {});

    QStringList regions() const;
    /// Whether libphonenumber has metadata for @p region.
    static bool isKnownRegion(const QString &region);

    void find(QStringView text, const TextFacts &facts, PiiSpans &out) const override;

private:
    void findInWindow(QStringView text, qsizetype windowBegin, qsizetype windowEnd, qsizetype candidateBegin,
                      qsizetype candidateEnd, bool international, const std::vector<bool> &regionsToTry,
                      PiiSpans &out) const;

    std::vector<std::string> m_regions;
    // Per region, the digit groups its example numbers are formatted in (national and international): a
    // number written with dots only must have one of them, so other dotted runs (IPs, prices) skip the matcher.
    std::vector<std::vector<std::vector<int>>> m_groupings;
};

} // namespace Finetuner::Core
