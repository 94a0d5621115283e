// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "encoding.h"

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Cl100kBase:
        return u"cl100k_base"_s;
    case Encoding::O200kBase:
        return u"o200k_base"_s;
    }
    return {};
}

std::optional<Encoding> encodingFromName(QStringView name)
{
    for (Encoding encoding : {Encoding::Cl100kBase, Encoding::O200kBase}) {
        if (name == encodingName(encoding))
            return encoding;
    }
    return std::nullopt;
}

} // namespace Finetuner::Core
