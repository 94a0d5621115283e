// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The reference side of tst_tokenizer: node reference-tokens.mjs NODE_MODULES STRINGS.json
// reads a JSON array of strings and prints, as JSON, the token ids that tiktoken (OpenAI's tokenizer compiled to
// WebAssembly) and gpt-tokenizer give each string in cl100k_base and o200k_base, special tokens as plain text.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [modules, input] = process.argv.slice(2);
const require = createRequire(resolve(modules, 'noop.js'));
const { get_encoding } = require('tiktoken');
const gptTokenizer = {
    cl100k_base: require('gpt-tokenizer/cjs/encoding/cl100k_base'),
    o200k_base: require('gpt-tokenizer/cjs/encoding/o200k_base'),
};
const texts = JSON.parse(readFileSync(input, 'utf8'));
const result = { tiktoken: {}, gptTokenizer: {} };
const plainText = { disallowedSpecial: new Set() };
for (const name of ['cl100k_base', 'o200k_base']) {
    const tiktoken = get_encoding(name);
    result.tiktoken[name] = texts.map((text) => Array.from(tiktoken.encode_ordinary(text)));
    tiktoken.free();
    result.gptTokenizer[name] = texts.map((text) => gptTokenizer[name].encode(text, plainText));
}
process.stdout.write(JSON.stringify(result));
