// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <optional>

namespace Finetuner::Core {

/// What a detector found. The order is the overlap priority (PiiScanner): earlier types win.
enum class PiiType {
    Url,
    Location,
    Email,
    Iban,
    PaymentCard,
    Phone, // before IP: "70.123.86.77" is how Senegal writes a phone number, and no IPv4 is a valid number
    IpAddress,
    CustomRegex,
    CustomTerm,
};
inline constexpr int PiiTypeCount = int(PiiType::CustomTerm) + 1;

/// "phone", "email", "url", "location", "iban", "card", "ip", "term", "regex": stable names for project files,
/// the CLI and the tests.
QLatin1StringView piiTypeName(PiiType type);
std::optional<PiiType> piiTypeFromName(QLatin1StringView name);
QList<PiiType> allPiiTypes();

/// One detected piece of personal data in a message text.
struct PiiSpan
{
    int begin = 0; // UTF-16 offsets into the QString, [begin, end)
    int end = 0;
    PiiType type = PiiType::Phone;
    QString value; // normalised: E.164 for phones, compact upper case for IBANs, digits for cards

    int length() const { return end - begin; }
    friend bool operator==(const PiiSpan &a, const PiiSpan &b)
    {
        return a.begin == b.begin && a.end == b.end && a.type == b.type && a.value == b.value;
    }
    friend bool operator!=(const PiiSpan &a, const PiiSpan &b) { return !(a == b); }
};

using PiiSpans = QList<PiiSpan>;

} // namespace Finetuner::Core
