// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

class QIODevice;

namespace Finetuner::Core {

/// The bytes of a whole file, owned or borrowed from a read-only mapping that @c owner keeps alive.
struct FileBytes
{
    QByteArray bytes;
    std::shared_ptr<const void> owner; // non-null when bytes is a raw view of a mapping
    bool isBorrowed() const { return owner != nullptr; }
};

enum class ReadMode {
    /// Copy into memory: safe to keep for as long as one likes, whatever happens to the file.
    Copy,
    /// Map the file read-only. Several times faster for big files (no copy, no page zeroing), but a file
    /// truncated while mapped raises SIGBUS on access: for processes that read once and exit (the CLI).
    Map,
};

/// Reads all of @p device from its current position. With ReadMode::Map a QFile is mapped instead.
/// Returns nullopt and sets @p error when reading fails.
std::optional<FileBytes> readAllBytes(QIODevice &device, ReadMode mode, QString *error);

} // namespace Finetuner::Core
