// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The JavaScript side of bench/token-benchmark.sh, doing what `finetuner-cli tokens --strings` does: read FILE,
// one JSON string a line, and print each one's token count.
//   node bench/token-reference.mjs NODE_MODULES gpt-tokenizer|tiktoken ENCODING FILE
import { createRequire } from 'node:module';
import { readFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';

const [modules, implementation, encoding, file] = process.argv.slice(2);
const require = createRequire(resolve(modules, 'noop.js'));
let count;
if (implementation === 'tiktoken') {
    const tiktoken = require('tiktoken').get_encoding(encoding);
    count = (text) => tiktoken.encode_ordinary(text).length;
} else {
    const { countTokens } = require(`gpt-tokenizer/cjs/encoding/${encoding}`);
    const plainText = { disallowedSpecial: new Set() };
    // The default options are the package's fast path; they throw on a special token, which is then plain text.
    count = (text) => {
        try {
            return countTokens(text);
        } catch {
            return countTokens(text, plainText);
        }
    };
}
const lines = readFileSync(file, 'utf8').split('\n');
if (lines.at(-1) === '')
    lines.pop();
const out = new Array(lines.length);
for (let i = 0; i < lines.length; ++i)
    out[i] = count(JSON.parse(lines[i]));
writeSync(1, out.join('\n') + '\n');
