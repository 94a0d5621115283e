// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Finetuner::Core {

/// OpenAI's byte-level BPE encodings: cl100k_base (GPT-4, GPT-3.5) and o200k_base (GPT-4o and later).
enum class Encoding { Cl100kBase, O200kBase };

QString encodingName(Encoding encoding);
std::optional<Encoding> encodingFromName(QStringView name);

} // namespace Finetuner::Core
