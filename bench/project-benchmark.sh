#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Finetuner authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The project file at scale (1,000,000 messages by default): writes a project for a generated export, opens it,
# commits single edits and a bulk edit, several runs, and prints the medians beside the time to import the export
# (the baseline: what opening the chat cost before there were project files). Budgets (issue 4): open < 3 s,
# a single edit commits in < 20 ms, the file < 2 x the export.
#
#   bench/project-benchmark.sh [MESSAGES] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."

messages=${1:-1000000}
runs=${2:-5}

. bench/common.sh
bench_setup project-benchmark gen-whatsapp finetuner-cli
file=$(bench_export android-dmy-24h "$messages")
project="$data/android-dmy-24h-$messages.finetuner"

results=()
for _ in $(seq "$runs"); do
    rm -f "$project"
    parse_start=$(date +%s%N)
    build-release/app/finetuner-cli parse "$file" >/dev/null
    parse_ms=$(( ($(date +%s%N) - parse_start) / 1000000 ))
    results+=("$(build-release/bench/project-benchmark "$file" "$project") parse_ms=$parse_ms")
done
printf '%s\n' "${results[@]}" | awk -v runs="$runs" "$kv_awk"'
    END {
        printf "%d rows, export %.1f MB, medians of %d runs\n", values[1, "rows"], values[1, "export_bytes"] / 1e6, runs
        printf "  parse the export (baseline, finetuner-cli parse): %8.0f ms\n", median("parse_ms")
        printf "  write the project file:                          %8.0f ms\n", median("create_ms")
        printf "  open the project:                                %8.0f ms  (budget 3000; %.2f x the parse)\n", median("open_ms"), median("open_ms") / median("parse_ms")
        printf "  single edit commit, median / p95 / worst:        %8.2f / %.2f / %.2f ms  (budget 20)\n", median("edit_median_ms"), median("edit_p95_ms"), median("edit_max_ms")
        printf "    status / completion (median):                  %8.2f / %.2f ms\n", median("status_median_ms"), median("completion_median_ms")
        printf "  bulk edit of every row, one transaction:         %8.0f ms\n", median("bulk_ms")
        printf "  export (prepareExport and the write, into memory):  %.0f ms  (%d examples; bench/export-benchmark.sh times its phases)\n", median("export_ms"), values[1, "export_examples"]
        printf "  project file: %.1f MB = %.2f x the export (budget 2)\n", median("project_bytes") / 1e6, median("project_bytes") / values[1, "export_bytes"]
    }'
