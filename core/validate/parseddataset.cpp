// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parseddataset.h"

#include <QCoreApplication>

namespace Finetuner::Core {

QString shapeName(ParsedShape shape)
{
    switch (shape) {
    case ParsedShape::PromptCompletion:
        return QCoreApplication::translate("Finetuner::Core::ParsedDataset", "prompt/completion");
    case ParsedShape::Chat:
        return QCoreApplication::translate("Finetuner::Core::ParsedDataset", "chat");
    case ParsedShape::Unknown:
        break;
    }
    return QCoreApplication::translate("Finetuner::Core::ParsedDataset", "unknown shape");
}

bool ParsedDataset::hasMajorityShape(const ParsedRecord &record) const
{
    return (shape == ParsedShape::PromptCompletion && record.kind == ParsedRecord::Kind::PromptCompletion)
        || (shape == ParsedShape::Chat && record.kind == ParsedRecord::Kind::Chat);
}

} // namespace Finetuner::Core
