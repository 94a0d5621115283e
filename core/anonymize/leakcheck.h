// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/dataset/exportformat.h>
#include <core/util/diagnostic.h>

namespace Finetuner::Core {

class Project;

/// The leak check every export runs before it writes (DESIGN.md §5): for each example, the line about to be
/// written is searched for what anonymization must have removed from the anonymized messages it is made of: the
/// participants' names found in them (as whole words, in any case) and every value the PII detectors find in their
/// text as imported. Each hit is an error naming the output line, the message's source line and the value's type,
/// never the value itself. Messages whose anonymization the user turned off are not checked: that was on purpose.
Diagnostics findLeaks(const Project &project, const QList<TrainingExample> &examples, const QList<int> &indices,
                      ExportFormat format);

} // namespace Finetuner::Core
