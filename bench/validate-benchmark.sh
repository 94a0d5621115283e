#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Finetuner authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Times `finetuner-cli validate` (and `validate --fix`) on generated JSONL datasets, 1,000,000 examples by default,
# in both shapes: median wall time, examples per second and peak RSS over several runs, beside `wc -l` on the same
# file as the floor. Target (issue 7): a few seconds at most for a million examples.
#
#   bench/validate-benchmark.sh [EXAMPLES] [RUNS] [SHAPE...]     SHAPE: chat, prompt-completion
set -euo pipefail
cd "$(dirname "$0")/.."

examples=${1:-1000000}
runs=${2:-5}
shift $(( $# > 2 ? 2 : $# ))
shapes=("$@")
[ ${#shapes[@]} -gt 0 ] || shapes=(chat prompt-completion)

scripts/setup-deps
command -v /usr/bin/time >/dev/null || { echo "bench needs /usr/bin/time: apt-get install time" >&2; exit 1; }
cmake --preset release >/dev/null
cmake --build --preset release --target finetuner-cli gen-dataset >/dev/null
cli=build-release/app/finetuner-cli
data=${BENCH_DATA:-build-release/bench-data}
mkdir -p "$data"

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Runs "$@" $runs times; prints "median_seconds median_peak_kib median_cpu_seconds". Wall time from the clock,
# peak RSS and CPU time (user + system, both threads) from time(1): on a shared machine the CPU time is what the
# run cost, the wall time what it waited.
# validate exits 1 when it finds errors; only 2 (unusable input) is a failure here.
measure() {
    local times=() rss=() cpu=() start end rssfile status
    rssfile=$(mktemp)
    for _ in $(seq "$runs"); do
        start=$(date +%s.%N)
        status=0
        /usr/bin/time -f "%M %U %S" -o "$rssfile" "$@" >/dev/null 2>&1 || status=$?
        end=$(date +%s.%N)
        [ "$status" -le 1 ] || { echo "failed ($status): $*" >&2; exit 1; }
        times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }')")
        rss+=("$(tail -1 "$rssfile" | awk '{ print $1 }')")
        cpu+=("$(tail -1 "$rssfile" | awk '{ print $2 + $3 }')")
    done
    rm -f "$rssfile"
    echo "$(printf '%s\n' "${times[@]}" | median) $(printf '%s\n' "${rss[@]}" | median) $(printf '%s\n' "${cpu[@]}" | median)"
}

printf '%-18s %8s %8s %11s %9s %12s %15s %10s %8s %8s\n' shape "size MB" "wc -l s" "validate s" "CPU s" "examples/s" "--fix flawed s" "fix CPU s" "RSS MB" "RSS/size"
for shape in "${shapes[@]}"; do
    file="$data/$shape-$examples.jsonl"
    [ -f "$file" ] || build-release/bench/gen-dataset --shape "$shape" --examples "$examples" -o "$file"
    bytes=$(stat -c %s "$file")
    cat "$file" >/dev/null # warm the page cache for all
    read -r wc_s _ <<<"$(measure wc -l "$file")"
    read -r validate_s validate_kib validate_cpu <<<"$(measure "$cli" validate "$file")"
    # --fix on the same data with flaws (copies, empty examples, missing leading spaces, unknown message keys):
    # a third of the prompt/completion lines are rewritten, the rest copied; the leading spaces make new copies,
    # so prompt/completion takes a second pass.
    flawed="$data/$shape-$examples-flaws.jsonl"
    [ -f "$flawed" ] || build-release/bench/gen-dataset --flaws --shape "$shape" --examples "$examples" -o "$flawed"
    read -r fix_s _ fix_cpu <<<"$(measure "$cli" validate --fix --fix-also strip-unknown-keys -o "$data/fixed.jsonl" "$flawed")"
    awk -v s="$shape" -v b="$bytes" -v w="$wc_s" -v p="$validate_s" -v c="$validate_cpu" -v f="$fix_s" -v fc="$fix_cpu" \
        -v k="$validate_kib" -v n="$examples" 'BEGIN {
        printf "%-18s %8.1f %8.3f %11.3f %9.2f %12.0f %15.3f %10.2f %8.1f %8.2f\n",
            s, b / 1e6, w, p, c, n / p, f, fc, k / 1024, k * 1024 / b }'
done
rm -f "$data/fixed.jsonl"
echo "medians of $runs runs (load average $(cut -d' ' -f1 /proc/loadavg)); target: a few seconds at most for 1,000,000 examples" >&2
