// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/anonymize/piidetector.h>

namespace Finetuner::Core {

/// Payment card numbers: 13 to 19 digits, in one block or in groups of four (or Amex's 4-6-5 and Diners'
/// 4-6-4) separated by one kind of space or dash, with a known issuer prefix (Visa, Mastercard, Amex,
/// Discover, JCB, Diners, UnionPay, Maestro 50/63/67, Mir) and a valid Luhn check digit. A run of digits longer than
/// a card (a 22-digit tracking number) is not searched for a card inside it. The value is the digits.
class PaymentCardDetector final : public PiiDetector
{
public:
    void find(QStringView text, const TextFacts &facts, PiiSpans &out) const override;

    static bool passesLuhn(QStringView digits);
    /// Whether @p digits starts with an issuer prefix that issues cards of this length.
    static bool hasKnownIssuer(QStringView digits);
};

} // namespace Finetuner::Core
