'use strict';
// Micro-benchmark for node:string_decoder. Runs under `node benches/string_decoder.js`
// and `build/jsrt-node benches/string_decoder.js` (`benches/run.sh build/jsrt-node
// string_decoder` compares them). Prints one line per op: <name> <ops_per_sec>.
const { StringDecoder } = require('string_decoder');
const { run } = require('./harness');

// 64 KiB of mixed UTF-8 in 1 KiB chunks: most chunks end inside a character.
const text = Buffer.from('Le cœur a ses raisons — 日本語 🎉 '.repeat(1800)).subarray(0, 64 << 10);
const chunks = [];
for (let i = 0; i < text.length; i += 1024) chunks.push(text.subarray(i, i + 1024));
const small = Buffer.from('hello ');
const cutA = Buffer.from([0xe2, 0x82]);
const cutB = Buffer.from([0xac, 0x20]);
const utf16 = Buffer.from('mixed ☃ text 😀 '.repeat(4000), 'utf16le');
const d = new StringDecoder('utf8');

run([
  ['utf8_64KiB_in_1KiB_chunks', () => {
    const dec = new StringDecoder('utf8');
    let n = 0;
    for (const c of chunks) n += dec.write(c).length;
    return n + dec.end().length;
  }],
  ['write_small_ascii', () => d.write(small).length],
  ['write_cut_char_pair', () => d.write(cutA).length + d.write(cutB).length],
  ['utf16le_128KiB_whole', () => new StringDecoder('utf16le').write(utf16).length],
  ['construct', () => new StringDecoder('utf8').encoding.length],
]);
