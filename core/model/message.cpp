// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "message.h"

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

namespace {
constexpr QLatin1StringView KindNames[] = {"text"_L1, "system"_L1, "media"_L1, "deleted"_L1};
}

QLatin1StringView kindName(MessageKind kind)
{
    return KindNames[int(kind)];
}

std::optional<MessageKind> kindFromName(QLatin1StringView name)
{
    for (int i = 0; i < int(std::size(KindNames)); ++i) {
        if (KindNames[i] == name)
            return MessageKind(i);
    }
    return std::nullopt;
}

} // namespace Finetuner::Core
