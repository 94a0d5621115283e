#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Finetuner authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Times opening a JSONL dataset for review (Core::Dataset::read: every line checked, the first screen of texts
# parsed) on generated datasets of 1,000,000 lines by default, prompt/completion and chat, about 140 and 160 MB,
# against `wc -l` on the same file as the floor: median wall time and peak RSS over several runs.
# Budget (issue 4): read in ~2-3 s, peak RSS near the file size.
#
#   bench/dataset-benchmark.sh [LINES] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."

lines=${1:-1000000}
runs=${2:-5}

. bench/common.sh
bench_setup dataset-benchmark
bench=build-release/bench/dataset-benchmark

printf '%-20s %9s %8s %8s %12s %9s %8s\n' shape "size MB" "wc -l s" "read s" "lines/s" "RSS MB" "RSS/size"
for shape in pc chat; do
    file="$data/dataset-$shape-$lines.jsonl"
    [ -f "$file" ] || "$bench" generate "$shape" "$lines" "$file"
    bytes=$(stat -c %s "$file")
    cat "$file" >/dev/null # warm the page cache for both
    "$bench" read "$file" # fails the script when the file does not read back as sound rows
    read -r wc_s _ <<<"$(measure wc -l "$file")"
    read -r read_s read_kib <<<"$(measure "$bench" read "$file")"
    awk -v s="$shape" -v b="$bytes" -v w="$wc_s" -v r="$read_s" -v k="$read_kib" -v n="$lines" 'BEGIN {
        printf "%-20s %9.1f %8.3f %8.3f %12.0f %9.1f %8.2f\n", s, b / 1e6, w, r, n / r, k / 1024, k * 1024 / b }'
done
echo "medians of $runs runs; budget: read < 2-3 s and RSS near the file size for 1,000,000 lines" >&2
