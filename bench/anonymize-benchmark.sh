#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Finetuner authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Anonymizes every text message of a generated WhatsApp export (1,000,000 messages by default) with all PII
# detectors on (phone numbers for three regions, e-mail, links and locations, IBAN, card, IP, three custom
# terms and one RE2 pattern) and placeholders as the operator, several times, and prints the medians: import
# time, anonymization time, messages per second and spans found. Two exports: the plain one the other
# benchmarks use, and one where PII_RATE percent of the text messages (default 5) hold PII or hard negatives
# from bench/piicorpus. Budget (DESIGN.md §10): the whole anonymization of 1,000,000 messages under 3 s.
# Wall time and the thread's CPU time are both printed: on a machine shared with other work the CPU time is
# what the code costs.
#
#   bench/anonymize-benchmark.sh [MESSAGES] [RUNS] [PII_RATE]
set -euo pipefail
cd "$(dirname "$0")/.."

messages=${1:-1000000}
runs=${2:-5}
rate=${3:-5}

scripts/setup-deps
cmake --preset release >/dev/null
cmake --build --preset release --target gen-whatsapp anonymize-benchmark >/dev/null
data=${BENCH_DATA:-build-release/bench-data}
mkdir -p "$data"

plain="$data/android-dmy-24h-$messages.txt"
[ -f "$plain" ] || build-release/bench/gen-whatsapp --style android-dmy-24h --messages "$messages" -o "$plain"
pii="$data/android-dmy-24h-$messages-pii$rate.txt"
[ -f "$pii" ] || build-release/bench/gen-whatsapp --style android-dmy-24h --messages "$messages" \
    --pii-rate "$rate" -o "$pii"

for file in "$plain" "$pii"; do
    cat "$file" >/dev/null # warm the page cache
    results=()
    for _ in $(seq "$runs"); do
        results+=("$(build-release/bench/anonymize-benchmark "$file")")
    done
    printf '%s\n' "${results[@]}" | awk -v file="$(basename "$file")" -v runs="$runs" '
        function median(key,    i, n, v, tmp, j) {
            n = 0
            for (i = 1; i <= NR; ++i) v[++n] = values[i, key]
            for (i = 1; i <= n; ++i) for (j = i + 1; j <= n; ++j) if (v[j] < v[i]) { tmp = v[i]; v[i] = v[j]; v[j] = tmp }
            return (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
        }
        { for (i = 1; i <= NF; ++i) { split($i, kv, "="); values[NR, kv[1]] = kv[2]; if (NR == 1) keys[i] = kv[1] } nf = NF }
        END {
            printf "%s: %d messages, %d text messages, medians of %d runs\n", file, values[1, "messages"], values[1, "text_messages"], runs
            printf "                          wall ms   CPU ms\n"
            printf "  import (parse):        %8.0f %8.0f\n", median("parse_ms"), median("parse_cpu_ms")
            printf "  anonymize (scan+apply):%8.0f %8.0f  = %.2f M text messages/s (CPU)\n", median("anonymize_ms"), median("anonymize_cpu_ms"), values[1, "text_messages"] / median("anonymize_cpu_ms") / 1000
            printf "  total:                 %8.0f %8.0f  (budget 3000)\n", median("total_ms"), median("total_cpu_ms")
            printf "  spans found: %d (", values[1, "spans"]
            sep = ""
            for (i = 1; i <= nf; ++i) if (keys[i] !~ /^(messages|text_messages|spans|output_chars)$/ && keys[i] !~ /_ms$/) { printf "%s%s %d", sep, keys[i], values[1, keys[i]]; sep = ", " }
            printf ")\n"
        }'
done
