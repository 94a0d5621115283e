// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dateorder.h"

#include <iterator>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

namespace {
constexpr QLatin1StringView OrderNames[] = {"auto"_L1, "dmy"_L1, "mdy"_L1, "ymd"_L1};
}

QLatin1StringView dateOrderName(DateOrder order)
{
    return OrderNames[int(order)];
}

std::optional<DateOrder> dateOrderFromName(QLatin1StringView name)
{
    for (int i = 0; i < int(std::size(OrderNames)); ++i) {
        if (OrderNames[i] == name)
            return DateOrder(i);
    }
    return std::nullopt;
}

} // namespace Finetuner::Core
