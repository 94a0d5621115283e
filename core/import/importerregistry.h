// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/import/chatimporter.h>

#include <QList>

namespace Finetuner::Core {

// An explicit list: a static library drops translation units nobody references,
// so self-registration at static-initialisation time is not reliable.
QList<const ChatImporter *> builtinImporters();

/// Opens @p path and reads it with the importer most confident about it. Every diagnostic names the file.
Result<Conversation> importFile(const QString &path, const ImportOptions &options = {});

} // namespace Finetuner::Core
