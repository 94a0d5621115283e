// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace Finetuner::Core {

/// First names the Surrogate pseudonym style hands out, in this order: common in many languages, short, none of
/// them an ordinary word in English, Spanish, German, French or Portuguese. Written for Finetuner (no list was
/// copied), so no licence beyond the project's applies.
const QStringList &surrogateNames();

} // namespace Finetuner::Core
