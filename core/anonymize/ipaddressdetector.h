// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/anonymize/piidetector.h>

namespace Finetuner::Core {

/// IP addresses. IPv4: four decimal octets of at most 255 without leading zeros, not inside a longer dotted
/// number (a version 1.2.3.4.5, 10.0.0.1.2) and not after "version", "v" or "build". IPv6: eight groups of one to
/// four hex digits, or fewer with one "::", optionally ending in an IPv4 address; times (21:02:33) and MAC
/// addresses have no "::" and too few groups. The value is the address in lower case.
class IpAddressDetector final : public PiiDetector
{
public:
    void find(QStringView text, const TextFacts &facts, PiiSpans &out) const override;

    /// Length of the IPv4 address at the start of @p text, or 0.
    static qsizetype ipv4Length(QStringView text);
    static bool isIpv6(QStringView text);
};

} // namespace Finetuner::Core
