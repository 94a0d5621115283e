// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "piispan.h"

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

QLatin1StringView piiTypeName(PiiType type)
{
    switch (type) {
    case PiiType::Url:
        return "url"_L1;
    case PiiType::Location:
        return "location"_L1;
    case PiiType::Email:
        return "email"_L1;
    case PiiType::Iban:
        return "iban"_L1;
    case PiiType::PaymentCard:
        return "card"_L1;
    case PiiType::IpAddress:
        return "ip"_L1;
    case PiiType::Phone:
        return "phone"_L1;
    case PiiType::CustomRegex:
        return "regex"_L1;
    case PiiType::CustomTerm:
        return "term"_L1;
    case PiiType::Person:
        return "person"_L1;
    }
    return {};
}

std::optional<PiiType> piiTypeFromName(QLatin1StringView name)
{
    for (PiiType type : allPiiTypes()) {
        if (piiTypeName(type) == name)
            return type;
    }
    return std::nullopt;
}

QList<PiiType> allPiiTypes()
{
    QList<PiiType> types;
    for (int i = 0; i < PiiTypeCount; ++i)
        types.append(PiiType(i));
    return types;
}

} // namespace Finetuner::Core
