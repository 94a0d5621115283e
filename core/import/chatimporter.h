// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/model/conversation.h>
#include <core/util/diagnostic.h>
#include <core/util/filereader.h>

#include <QString>

#include <functional>

class QIODevice;

namespace Finetuner::Core {

struct ImportOptions
{
    DateOrder dateOrder = DateOrder::Auto;
    /// Map instead of copying files: the CLI's choice (see ReadMode). The conversation keeps the mapping.
    ReadMode readMode = ReadMode::Copy;
    /// Called now and then with the bytes read so far and in all; returning false cancels the import.
    /// Runs on the importing thread.
    std::function<bool(qint64 done, qint64 total)> progress;
};

/// Reads one export format. Importers are stateless; one instance serves any number of threads.
class ChatImporter
{
public:
    virtual ~ChatImporter() = default;

    virtual QString id() const = 0;          // stable, used in project files: "whatsapp"
    virtual QString displayName() const = 0; // translated, for file dialogs

    /// 0 = cannot read, 100 = certain. Reads at most the first 64 KiB and leaves the device position unchanged.
    virtual int confidence(QIODevice &device) const = 0;

    /// Reads the whole device. Diagnostics name the device's file (for a QFile) and the line.
    virtual Result<Conversation> read(QIODevice &device, const ImportOptions &options = {}) const = 0;
};

} // namespace Finetuner::Core
