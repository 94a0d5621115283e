#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Finetuner authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# File › Export of a generated WhatsApp export (1,000,000 messages by default) as the window runs it: every
# detector on, the examples, the lines, the leak check, the write through QSaveFile into build-release/, and the
# examples freed. Several runs; prints the medians phase by phase, beside the import of the same file and the
# same export with every detector off (the baselines, measured in the same runs).
# Budget (DESIGN.md §10): the export with anonymization under 3 s.
#
#   bench/export-benchmark.sh [MESSAGES] [RUNS] [FORMAT]    FORMAT: chat (default), prompt-completion, alpaca, sharegpt
set -euo pipefail
cd "$(dirname "$0")/.."

messages=${1:-1000000}
runs=${2:-5}
format=${3:-chat}

. bench/common.sh
bench_setup export-benchmark gen-whatsapp
file=$(bench_export android-dmy-24h "$messages")
output="$data/export-$messages.jsonl"

results=()
for _ in $(seq "$runs"); do
    results+=("$(build-release/bench/export-benchmark "$file" "$output" "$format")")
done
rm -f "$output"
printf '%s\n' "${results[@]}" | awk -v runs="$runs" -v format="$format" "$kv_awk"'
    END {
        printf "%d messages, %d examples (%s, per message), %d leaks, medians of %d runs\n", values[1, "messages"], values[1, "examples"], format, values[1, "leaks"], runs
        printf "  import the export (baseline):          %6.0f ms\n", median("parse_ms")
        printf "  export with anonymization:             %6.0f ms  (budget 3000)\n", median("export_ms")
        printf "    scan every message (all detectors):  %6.0f ms\n", median("scan_ms")
        printf "    build the examples:                  %6.0f ms\n", median("build_ms")
        printf "    lines and leak check:                %6.0f ms\n", median("lines_leakcheck_ms")
        printf "    write (QSaveFile, commit):           %6.0f ms\n", median("write_ms")
        printf "  export with every detector off:        %6.0f ms  (anonymization costs %.2f x that)\n", median("plain_export_ms"), median("export_ms") / median("plain_export_ms")
    }'
