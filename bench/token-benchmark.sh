#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Finetuner authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Counts the tokens of every message text of a generated WhatsApp export (1,000,000 messages by default) with
# `finetuner-cli tokens --strings` and with the JavaScript references run by node (gpt-tokenizer, the package
# the rank files come from, and tiktoken, OpenAI's tokenizer compiled to WebAssembly), both encodings: median
# wall time of several runs (each a whole process: loading the ranks, reading, counting, printing), the ratio,
# and whether all counts agree. Requirement (issue 7): C++ at least as fast as the JavaScript reference.
#
#   bench/token-benchmark.sh [MESSAGES] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh

messages=${1:-1000000}
runs=${2:-5}

bench_setup finetuner-cli gen-whatsapp
cli=build-release/app/finetuner-cli
modules=third_party/npm/node_modules

export_file=$(bench_export android-dmy-24h "$messages")
texts="$data/texts-$messages.jsonl"
if [ ! -f "$texts" ]; then
    # One JSON string per message: the text field of `finetuner-cli parse`.
    "$cli" parse "$export_file" | node -e '
        const lines = require("fs").readFileSync(0, "utf8").split("\n").filter((l) => l);
        process.stdout.write(lines.map((l) => JSON.stringify(JSON.parse(l).text)).join("\n") + "\n");' >"$texts"
fi

# Runs "$@" $runs times with stdout to $out, which is compared afterwards; prints the median wall time in seconds.
measure_to() {
    local times=() start end
    for _ in $(seq "$runs"); do
        start=$(date +%s.%N)
        "$@" >"$out"
        end=$(date +%s.%N)
        times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }')")
    done
    printf '%s\n' "${times[@]}" | median
}

cat "$texts" >/dev/null # warm the page cache
bytes=$(stat -c %s "$texts")
echo "$(wc -l <"$texts") texts, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB of JSON strings; medians of $runs runs"
printf '%-12s %10s %12s %14s %10s %12s %12s %14s\n' encoding tokens "C++ s" "gpt-tokenizer s" ratio "tiktoken s" ratio "counts agree"
for encoding in cl100k_base o200k_base; do
    out=$(mktemp) && cpp_out=$out
    cpp_s=$(measure_to "$cli" tokens --strings --encoding "$encoding" "$texts")
    out=$(mktemp) && gpt_out=$out
    gpt_s=$(measure_to node bench/token-reference.mjs "$modules" gpt-tokenizer "$encoding" "$texts")
    out=$(mktemp) && tik_out=$out
    tik_s=$(measure_to node bench/token-reference.mjs "$modules" tiktoken "$encoding" "$texts")
    agree=no
    cmp -s "$cpp_out" "$gpt_out" && cmp -s "$cpp_out" "$tik_out" && agree=yes
    tokens=$(awk '{ s += $1 } END { print s }' "$cpp_out")
    rm -f "$cpp_out" "$gpt_out" "$tik_out"
    awk -v e="$encoding" -v t="$tokens" -v c="$cpp_s" -v g="$gpt_s" -v k="$tik_s" -v a="$agree" 'BEGIN {
        printf "%-12s %10d %12.3f %14.3f %9.1fx %12.3f %11.1fx %14s\n", e, t, c, g, g / c, k, k / c, a }'
done
echo "ratio: the reference's time over C++'s (above 1: C++ is faster)"
