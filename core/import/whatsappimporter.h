// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/import/chatimporter.h>

namespace Finetuner::Core {

/// WhatsApp's "Export chat" text files from Android and iOS, in every date and time style phones write.
/// The rules are in docs/whatsapp-import.md.
class WhatsAppImporter final : public ChatImporter
{
public:
    QString id() const override;
    QString displayName() const override;
    int confidence(QIODevice &device) const override;
    Result<Conversation> read(QIODevice &device, const ImportOptions &options = {}) const override;

    /// Reads export bytes already in memory; @p sourcePath only names them in diagnostics.
    Result<Conversation> parse(QByteArray bytes, const QString &sourcePath = {},
                               const ImportOptions &options = {}) const;

private:
    Result<Conversation> parseBytes(FileBytes file, const QString &sourcePath, const ImportOptions &options) const;
};

} // namespace Finetuner::Core
