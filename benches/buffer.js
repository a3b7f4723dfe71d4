'use strict';
// Micro-benchmarks for node:buffer. Runs under `node benches/buffer.js` and
// `build/jsrt-node benches/buffer.js`; prints one line per op:
//   <name> <ops_per_sec>
// `from_<enc>_1MiB` is Buffer.from(string, enc) of a string that decodes to
// 1 MiB; `toString_<enc>_1MiB` is buf.toString(enc) of a 1 MiB buffer.
// BENCH_MS sets each op's run time, BENCH_ONLY filters ops (benches/harness.js).
const { run } = require('./harness');
const MiB = 1 << 20;

let seed = 1;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 8) & 0xff;
const random = Buffer.alloc(MiB);
for (let i = 0; i < MiB; i++) random[i] = rnd();
// English-like ASCII text, and text with one 2-byte and one 3-byte character
// in every 32 bytes (both 1 MiB of UTF-8).
const words = 'the quick brown fox jumps over a lazy dog and keeps on running ';
const asciiText = Buffer.alloc(MiB, words);
const mixedText = Buffer.alloc(MiB, 'Le cœur a ses raisons — que la raison ne connaît pas; ');
const hexStr = random.toString('hex');
const b64Str = random.toString('base64');
const latin1Str = random.toString('latin1');
const asciiStr = asciiText.toString('utf8');
const mixedStr = mixedText.toString('utf8');
const kib = words.repeat(17).slice(0, 1024);
const smalls = Array.from({ length: 1000 }, (_, i) => Buffer.alloc(16, i & 0xff));
const hay = Buffer.alloc(MiB, 'abcdefghijklmnopqrstuvwxyz0123456789');
hay.write('NEEDLE-IN-HAYSTACK', MiB - 32);
const small = Buffer.alloc(64, 7);

const ops = [
  ['from_hex_1MiB', () => Buffer.from(hexStr, 'hex').length],
  ['toString_hex_1MiB', () => random.toString('hex').length],
  ['from_base64_1MiB', () => Buffer.from(b64Str, 'base64').length],
  ['toString_base64_1MiB', () => random.toString('base64').length],
  ['from_utf8_ascii_1MiB', () => Buffer.from(asciiStr, 'utf8').length],
  ['toString_utf8_ascii_1MiB', () => asciiText.toString('utf8').length],
  ['from_utf8_mixed_1MiB', () => Buffer.from(mixedStr, 'utf8').length],
  ['toString_utf8_mixed_1MiB', () => mixedText.toString('utf8').length],
  ['from_latin1_1MiB', () => Buffer.from(latin1Str, 'latin1').length],
  ['toString_latin1_1MiB', () => random.toString('latin1').length],
  ['from_string_1KiB', () => Buffer.from(kib).length],
  ['concat_1000x16B', () => Buffer.concat(smalls).length],
  ['indexOf_str_1MiB', () => hay.indexOf('NEEDLE-IN-HAYSTACK')],
  ['indexOf_byte_1MiB', () => hay.indexOf(0x4e)],
  ['lastIndexOf_str_1MiB', () => hay.lastIndexOf('abcdefghijklmnopqrstuvwxyz0123456789', 0)],
  ['alloc_64', () => Buffer.alloc(64).length],
  ['allocUnsafe_64', () => Buffer.allocUnsafe(64).length],
  ['from_array_8', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).length],
  ['subarray', () => small.subarray(8, 16).length],
  ['toString_utf8_64B', () => small.toString().length],
  ['readUInt32LE', () => small.readUInt32LE(4)],
  ['writeUInt32LE', () => small.writeUInt32LE(0x12345678, 4)],
  ['readDoubleBE', () => small.readDoubleBE(8)],
  ['equals_64B', () => (small.equals(small) ? 1 : 0)],
];

run(ops);
