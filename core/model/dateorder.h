// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLatin1StringView>

#include <optional>

namespace Finetuner::Core {

/// How the numbers of a date are ordered in an export: 27/07/2012 is DayMonthYear.
enum class DateOrder { Auto, DayMonthYear, MonthDayYear, YearMonthDay };

/// "auto", "dmy", "mdy", "ymd", the names the CLI and project files use.
QLatin1StringView dateOrderName(DateOrder order);
std::optional<DateOrder> dateOrderFromName(QLatin1StringView name);

} // namespace Finetuner::Core
