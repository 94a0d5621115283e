# SPDX-FileCopyrightText: 2026 The Finetuner authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What every benchmark script does first and measures with; sourced, from the repository root:
#   . bench/common.sh
#   bench_setup [TARGET...]           set up, build the release preset (only TARGETs when given)
#   file=$(bench_export STYLE COUNT)  a generated WhatsApp export, made once and kept in $data
#   measure CMD...                    runs CMD $runs times: "median_seconds median_peak_kib"
#   awk "$kv_awk"'END { … median("key") … }'   medians over lines of key=value pairs, one line per run

data=${BENCH_DATA:-build-release/bench-data}

bench_setup() {
    scripts/setup-deps
    command -v /usr/bin/time >/dev/null || { echo "bench needs /usr/bin/time: apt-get install time" >&2; exit 1; }
    cmake --preset release >/dev/null
    if [ $# -gt 0 ]; then
        cmake --build --preset release --target "$@" >/dev/null
    else
        cmake --build --preset release >/dev/null
    fi
    mkdir -p "$data"
}

bench_export() {
    local style=$1 count=$2 file
    file="$data/$style-$count.txt"
    [ -f "$file" ] || build-release/bench/gen-whatsapp --style "$style" --messages "$count" -o "$file"
    cat "$file" >/dev/null # warm the page cache, so runs compare computation, not the disk
    echo "$file"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Wall time from the clock (time(1)'s %e has only two decimals), peak RSS from time(1).
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

# Reads lines of key=value pairs (one line a run) into values[run, key]; median(key) is over the runs.
kv_awk='
    function median(key,    i, n, v, tmp, j) {
        n = 0
        for (i = 1; i <= NR; ++i) v[++n] = values[i, key]
        for (i = 1; i <= n; ++i) for (j = i + 1; j <= n; ++j) if (v[j] < v[i]) { tmp = v[i]; v[i] = v[j]; v[j] = tmp }
        return (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    }
    { for (i = 1; i <= NF; ++i) { split($i, kv, "="); values[NR, kv[1]] = kv[2] } }
'
