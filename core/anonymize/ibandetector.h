// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/anonymize/piidetector.h>

namespace Finetuner::Core {

/// IBANs, compact or in groups (DE89 3704 0044 0532 0130 00): a country code with its registered length
/// (SWIFT's IBAN registry) and the ISO 7064 mod-97 check, so a mistyped or made-up number is not one.
/// Single spaces, U+00A0 or U+202F between characters are allowed. The value is the compact IBAN.
class IbanDetector final : public PiiDetector
{
public:
    void find(QStringView text, const TextFacts &facts, PiiSpans &out) const override;

    /// Registered length of IBANs of @p country ("DE" → 22), 0 when the country has none.
    static int lengthFor(QStringView country);
    /// Whether the compact upper-case @p iban passes the mod-97 check.
    static bool hasValidChecksum(QStringView iban);
    /// Whether @p pos follows groups of an IBAN-shaped run ("IE44 GWND " before "3018 1866"), so the digits there
    /// belong to an IBAN, valid or not, and are not a card or a phone number.
    static bool continuesIbanGroups(QStringView text, qsizetype pos);
};

} // namespace Finetuner::Core
