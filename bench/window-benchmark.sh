#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Finetuner authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Opens a generated export (1,000,000 messages by default) in the real window, offscreen, several times and
# prints the medians: time until the first rows are painted, repaint after a jump anywhere and to the end,
# and peak RSS against the file size. Budgets (DESIGN.md §10): first paint < 2 s, a repaint < 16 ms,
# peak memory < 3 x the file size.
#
#   bench/window-benchmark.sh [MESSAGES] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."

messages=${1:-1000000}
runs=${2:-3}

. bench/common.sh
bench_setup
file=$(bench_export android-dmy-24h "$messages")
bytes=$(stat -c %s "$file")

results=()
for _ in $(seq "$runs"); do
    results+=("$(QT_QPA_PLATFORM=offscreen build-release/bench/window-benchmark "$file" 2>/dev/null)")
done
printf '%s\n' "${results[@]}" | awk -v bytes="$bytes" -v runs="$runs" "$kv_awk"'
    END {
        printf "file: %.1f MB, %d rows, medians of %d runs\n", bytes / 1e6, values[1, "rows"], runs
        printf "  open until first rows painted: %8.0f ms  (budget 2000)\n", median("first_paint_ms")
        printf "    of which import:             %8.0f ms\n", median("import_ms")
        printf "  repaint after jump (median):   %8.2f ms  (budget 16)\n", median("jump_median_ms")
        printf "  repaint after jump (worst):    %8.2f ms\n", median("jump_max_ms")
        printf "  scroll to end and repaint:     %8.2f ms\n", median("scroll_to_end_ms")
        printf "  page down and repaint:         %8.2f ms\n", median("page_median_ms")
        printf "  peak RSS: %.0f MB = %.2f x the file (budget 3)\n", median("peak_rss_kib") / 1024, median("peak_rss_kib") * 1024 / bytes
    }'
