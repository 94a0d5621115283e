// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/anonymize/piidetector.h>

namespace Finetuner::Core {

/// E-mail addresses: a local part of letters and digits in any script and . _ % + - (so plus-addressing and
/// internationalised addresses), "@", and a domain of at least two labels whose last is two or more letters
/// (bücher.de, пример.рф). A WhatsApp "@mention" has no local part and no domain and is not an address.
/// The value is the address with its domain in lower case.
class EmailDetector final : public PiiDetector
{
public:
    void find(QStringView text, const TextFacts &facts, PiiSpans &out) const override;

    /// End of the domain that starts at @p begin, or -1: labels of letters, digits and inner hyphens,
    /// separated by dots, at least two, the last all letters and two or more long. Shared with UrlDetector.
    static qsizetype domainEnd(QStringView text, qsizetype begin, int *labelCount = nullptr);
};

} // namespace Finetuner::Core
