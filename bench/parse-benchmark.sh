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

. bench/common.sh
bench_setup
cli=build-release/app/finetuner-cli

printf '%-22s %9s %8s %10s %12s %9s %9s %8s\n' style "size MB" "wc -l s" "parse s" "msgs/s" "x wc -l" "RSS MB" "RSS/size"
for style in "${styles[@]}"; do
    file=$(bench_export "$style" "$messages")
    bytes=$(stat -c %s "$file")
    read -r wc_s _ <<<"$(measure wc -l "$file")"
    read -r parse_s parse_kib <<<"$(measure "$cli" parse "$file")"
    awk -v s="$style" -v b="$bytes" -v w="$wc_s" -v p="$parse_s" -v k="$parse_kib" -v n="$messages" 'BEGIN {
        printf "%-22s %9.1f %8.3f %10.3f %12.0f %9.1f %9.1f %8.2f\n",
            s, b / 1e6, w, p, n / p, (w > 0 ? p / w : 0), k / 1024, k * 1024 / b }'
done
echo "medians of $runs runs; budget: parse < 1 s and RSS/size < 2 for 1,000,000 messages" >&2
