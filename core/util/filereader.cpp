// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "filereader.h"

#include <QFile>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace Finetuner::Core {

namespace {

// Big reads want the kernel's 2 MiB pages: on a VM a 4 KiB page fault per 4 KiB of a 100 MB buffer
// costs more than the parse itself.
void adviseHugePages([[maybe_unused]] char *data, [[maybe_unused]] qsizetype size)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr quintptr HugePage = 2 * 1024 * 1024;
    const quintptr begin = (quintptr(data) + HugePage - 1) & ~(HugePage - 1);
    const quintptr end = (quintptr(data) + quintptr(size)) & ~(HugePage - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#endif
}

std::optional<FileBytes> mapFile(const QFile &source, QString *error)
{
    auto file = std::make_shared<QFile>(source.fileName());
    if (!file->open(QIODevice::ReadOnly)) {
        *error = file->errorString();
        return std::nullopt;
    }
    const qint64 size = file->size();
    uchar *data = size > 0 ? file->map(0, size) : nullptr;
    if (!data)
        return std::nullopt; // not mappable (a pipe, a special file): the caller copies instead
    return FileBytes{QByteArray::fromRawData(reinterpret_cast<const char *>(data), size), file};
}

} // namespace

std::optional<FileBytes> readAllBytes(QIODevice &device, ReadMode mode, QString *error)
{
    auto *file = qobject_cast<QFile *>(&device);
    if (file && mode == ReadMode::Map && device.pos() == 0) {
        if (std::optional<FileBytes> mapped = mapFile(*file, error))
            return mapped;
        if (!error->isEmpty())
            return std::nullopt;
    }

    const qint64 expected = file ? file->size() - file->pos() : -1;
    if (expected <= 0 || device.isSequential()) {
        FileBytes result{device.readAll(), {}};
        if (file && file->error() != QFileDevice::NoError) {
            *error = file->errorString();
            return std::nullopt;
        }
        return result;
    }

    QByteArray bytes(expected, Qt::Uninitialized);
    adviseHugePages(bytes.data(), bytes.size());
    qint64 done = 0;
    while (done < expected) {
        const qint64 read = device.read(bytes.data() + done, expected - done);
        if (read < 0) {
            *error = device.errorString();
            return std::nullopt;
        }
        if (read == 0)
            break; // the file shrank while we read it
        done += read;
    }
    bytes.truncate(done);
    return FileBytes{std::move(bytes), {}};
}

} // namespace Finetuner::Core
