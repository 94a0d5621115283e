// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Wrote the golden output of tst_cli's `tokens` cases from the JavaScript reference (gpt-tokenizer), counting
// chats with the rule of OpenAI's cookbook (num_tokens_from_messages) written out independently here:
//   node tests/cli/expected-tokens.mjs third_party/npm/node_modules o200k_base tests/data/tokens/dataset.jsonl
//   node tests/cli/expected-tokens.mjs third_party/npm/node_modules o200k_base tests/data/tokens/strings.jsonl --strings
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [modules, encoding, file, mode] = process.argv.slice(2);
const require = createRequire(resolve(modules, 'noop.js'));
const tokenizer = require(`gpt-tokenizer/cjs/encoding/${encoding}`);
const count = (text) => tokenizer.encode(text, { disallowedSpecial: new Set() }).length;

let lines = readFileSync(file, 'utf8').split('\n');
if (lines.at(-1) === '')
    lines.pop();
lines = lines.map((line) => line.replace(/\r$/, ''));
const out = [];
const sums = { examples: 0, errors: 0, prompt: 0, completion: 0, assistant: 0, total: 0 };
lines.forEach((line, index) => {
    if (mode === '--strings') {
        let value;
        try {
            value = JSON.parse(line);
        } catch {
            out.push('null');
            return;
        }
        out.push(typeof value === 'string' ? String(count(value)) : 'null');
        return;
    }
    if (line.trim() === '')
        return;
    let example;
    try {
        example = JSON.parse(line);
    } catch {
        ++sums.errors;
        return;
    }
    const number = index + 1;
    if ('messages' in example) {
        const messages = example.messages;
        if (!Array.isArray(messages) || messages.some((m) => typeof m.role !== 'string')) {
            ++sums.errors;
            return;
        }
        let total = 3;
        let assistant = 0;
        for (const message of messages) {
            total += 3;
            for (const [key, value] of Object.entries(message)) {
                let n = 0;
                if (key === 'content')
                    n = Array.isArray(value) ? value.reduce((s, part) => s + count(part.text ?? ''), 0) : count(value ?? '');
                else if (typeof value === 'string')
                    n = count(value);
                total += n + (key === 'name' ? 1 : 0);
                if (key === 'content' && message.role === 'assistant' && message.weight !== 0)
                    assistant += n;
            }
        }
        out.push(`{"line": ${number}, "messages": ${messages.length}, "assistant": ${assistant}, "total": ${total}}`);
        Object.assign(sums, { examples: sums.examples + 1, assistant: sums.assistant + assistant, total: sums.total + total });
        return;
    }
    if ((!('prompt' in example) && !('completion' in example)) || ['prompt', 'completion'].some((k) => k in example && typeof example[k] !== 'string')) {
        ++sums.errors;
        return;
    }
    const prompt = count(example.prompt ?? '');
    const completion = count(example.completion ?? '');
    out.push(`{"line": ${number}, "prompt": ${prompt}, "completion": ${completion}, "total": ${prompt + completion}}`);
    Object.assign(sums, { examples: sums.examples + 1, prompt: sums.prompt + prompt, completion: sums.completion + completion, total: sums.total + prompt + completion });
});
if (mode !== '--strings')
    out.push(`{"examples": ${sums.examples}, "errors": ${sums.errors}, "prompt": ${sums.prompt}, "completion": ${sums.completion}, "assistant": ${sums.assistant}, "total": ${sums.total}}`);
process.stdout.write(out.join('\n') + '\n');
