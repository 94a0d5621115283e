// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dataset.h"

#include <QCoreApplication>

namespace Finetuner::Core {

QString shapeName(DatasetShape shape)
{
    switch (shape) {
    case DatasetShape::PromptCompletion:
        return QCoreApplication::translate("Finetuner::Core::Dataset", "prompt/completion");
    case DatasetShape::Chat:
        return QCoreApplication::translate("Finetuner::Core::Dataset", "chat");
    case DatasetShape::Unknown:
        break;
    }
    return QCoreApplication::translate("Finetuner::Core::Dataset", "unknown shape");
}

bool Dataset::hasMajorityShape(const DatasetRecord &record) const
{
    return (shape == DatasetShape::PromptCompletion && record.kind == DatasetRecord::Kind::PromptCompletion)
        || (shape == DatasetShape::Chat && record.kind == DatasetRecord::Kind::Chat);
}

} // namespace Finetuner::Core
