#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Finetuner authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Times `finetuner-cli parse` on a generated WhatsApp export (1,000,000 messages by default, about 116 MB)
# against `wc -l` on the same file as the floor: median wall time, messages per second and peak RSS over
# several runs. Budget (DESIGN.md §10): parse under 1 s, peak RSS under 2 x the file size.
#
#   bench/parse-benchmark.sh [MESSAGES] [RUNS] [STYLE...]
set -euo pipefail
cd "$(dirname "$0")/.."

messages=${1:-1000000}
runs=${2:-5}
shift $(( $# > 2 ? 2 : $# ))
styles=("$@")
[ ${#styles[@]} -gt 0 ] || styles=(android-dmy-24h ios-mdy-12h)

scripts/setup-deps
command -v /usr/bin/time >/dev/null || { echo "bench needs /usr/bin/time: apt-get install time" >&2; exit 1; }
cmake --preset release >/dev/null
cmake --build --preset release >/dev/null
cli=build-release/app/finetuner-cli
data=${BENCH_DATA:-build-release/bench-data}
mkdir -p "$data"

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Runs "$@" $runs times; prints "median_seconds median_peak_kib". Wall time from the clock (time(1)'s %e has
# only two decimals), peak RSS from time(1).
measure() {
    local times=() rss=() start end rssfile
    rssfile=$(mktemp)
    for _ in $(seq "$runs"); do
        start=$(date +%s.%N)
        /usr/bin/time -f "%M" -o "$rssfile" "$@" >/dev/null 2>&1
        end=$(date +%s.%N)
        times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }')")
        rss+=("$(tail -1 "$rssfile")")
    done
    rm -f "$rssfile"
    echo "$(printf '%s\n' "${times[@]}" | median) $(printf '%s\n' "${rss[@]}" | median)"
}

printf '%-22s %9s %8s %10s %12s %9s %9s %8s\n' style "size MB" "wc -l s" "parse s" "msgs/s" "x wc -l" "RSS MB" "RSS/size"
for style in "${styles[@]}"; do
    file="$data/$style-$messages.txt"
    [ -f "$file" ] || build-release/bench/gen-whatsapp --style "$style" --messages "$messages" -o "$file"
    bytes=$(stat -c %s "$file")
    cat "$file" >/dev/null # warm the page cache for both
    read -r wc_s _ <<<"$(measure wc -l "$file")"
    read -r parse_s parse_kib <<<"$(measure "$cli" parse "$file")"
    awk -v s="$style" -v b="$bytes" -v w="$wc_s" -v p="$parse_s" -v k="$parse_kib" -v n="$messages" 'BEGIN {
        printf "%-22s %9.1f %8.3f %10.3f %12.0f %9.1f %9.1f %8.2f\n",
            s, b / 1e6, w, p, n / p, (w > 0 ? p / w : 0), k / 1024, k * 1024 / b }'
done
echo "medians of $runs runs; budget: parse < 1 s and RSS/size < 2 for 1,000,000 messages" >&2
