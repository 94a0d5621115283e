// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "importerregistry.h"

#include <core/import/whatsappimporter.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Finetuner::Core {

QList<const ChatImporter *> builtinImporters()
{
    static const WhatsAppImporter whatsApp;
    return {&whatsApp};
}

Result<Conversation> importFile(const QString &path, const ImportOptions &options)
{
    Result<Conversation> result;
    auto fail = [&](const QString &message) {
        result.diagnostics.append({Diagnostic::Severity::Error, message, path, -1, -1});
        return result;
    };
    const QFileInfo info(path);
    if (info.isDir())
        return fail(QCoreApplication::translate("Finetuner::Core::Import", "This is a folder, not a file."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());

    const QList<const ChatImporter *> importers = builtinImporters();
    const ChatImporter *best = importers.first(); // WhatsApp's text importer explains best what is wrong
    int bestConfidence = 0;
    for (const ChatImporter *importer : importers) {
        const int confidence = importer->confidence(file);
        if (confidence > bestConfidence) {
            best = importer;
            bestConfidence = confidence;
        }
    }
    return best->read(file, options);
}

} // namespace Finetuner::Core
