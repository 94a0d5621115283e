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
    Person, // an alias of an identity (Identity): a participant's or a named person's name, @mention or number
};
inline constexpr int PiiTypeCount = int(PiiType::Person) + 1;

/// "phone", "email", "url", "location", "iban", "card", "ip", "term", "regex", "person": stable names for project
/// files, the CLI and the tests.
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
    int identity = -1; // Person: the index in the IdentityMap whose pseudonym replaces it

    int length() const { return end - begin; }
    friend bool operator==(const PiiSpan &a, const PiiSpan &b)
    {
        return a.begin == b.begin && a.end == b.end && a.type == b.type && a.value == b.value
            && a.identity == b.identity;
    }
    friend bool operator!=(const PiiSpan &a, const PiiSpan &b) { return !(a == b); }
};

using PiiSpans = QList<PiiSpan>;

} // namespace Finetuner::Core
