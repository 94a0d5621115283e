// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace Finetuner::Core {

/// Calls @p work(i) for every i in [0, @p count) on all cores (at most 8 threads, the calling one among them),
/// each thread taking the next i nobody has taken, and returns when all are done. For the export's passes over
/// a million rows: @p work must be safe to call from several threads at once, and each i should be a block of
/// rows, not one.
template <typename Work>
void forEachBlock(qsizetype count, const Work &work)
{
    const int threads = int(std::min<qsizetype>(count, std::clamp(int(std::thread::hardware_concurrency()), 1, 8)));
    std::atomic<qsizetype> next{0};
    const auto run = [&] {
        for (qsizetype i = next++; i < count; i = next++)
            work(i);
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(run);
    run();
    for (std::thread &thread : pool)
        thread.join();
}

} // namespace Finetuner::Core
