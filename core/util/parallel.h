// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace Finetuner::Core {

/// How many blocks of @p blockSize items hold @p count items.
constexpr qsizetype blockCount(qsizetype count, qsizetype blockSize)
{
    return (count + blockSize - 1) / blockSize;
}

/// Calls @p work(block, begin, end) for each block [begin, end) of @p blockSize consecutive items of [0, @p count)
/// (the last may be shorter), on all cores (at most 8 threads, the calling one among them), each thread taking
/// the next block nobody has taken, and returns when all are done. For the export's passes over a million rows:
/// @p work must be safe to call from several threads at once; block numbers index per-block results.
template <typename Work>
void forEachBlock(qsizetype count, qsizetype blockSize, const Work &work)
{
    const qsizetype blocks = blockCount(count, blockSize);
    const int threads = int(std::min<qsizetype>(blocks, std::clamp(int(std::thread::hardware_concurrency()), 1, 8)));
    std::atomic<qsizetype> next{0};
    const auto run = [&] {
        for (qsizetype block = next++; block < blocks; block = next++)
            work(block, block * blockSize, std::min(count, (block + 1) * blockSize));
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(run);
    run();
    for (std::thread &thread : pool)
        thread.join();
}

} // namespace Finetuner::Core
