'use strict';
// Strings of every storage kind the engines use (flat one-byte, flat
// two-byte, concatenations, slices, atoms/literals) through every encoding,
// large enough for the SIMD paths and with odd tails, plus writes into short
// room (whole characters only) — what the in-place string reads must match.
const encodings = ['utf8', 'utf16le', 'latin1', 'ascii', 'hex', 'base64', 'base64url'];

let seed = 7;
const rnd = (n) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 8) % n;
const digest = (b) => {
  // A small checksum that runs the same everywhere (no crypto dependency).
  let h = 0x811c9dc5;
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b[i], 0x01000193) >>> 0;
  return b.length + ':' + h.toString(16);
};

const pick = (alphabet, n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[rnd(alphabet.length)];
  return s;
};
const b64chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const latin1chars = 'abc\u00e9\u00ff\u0080\u00a0xyz \u00c0\u00df';
const widechars = 'a\u0100\u03a9\u4e2d\ud83d\ude00\u00e9z';

const bytes = Buffer.alloc(3000);
for (let i = 0; i < bytes.length; i++) bytes[i] = rnd(256);

const samples = {
  ascii_literal: 'The quick brown fox jumps over the lazy dog',
  ascii_long: 'abcdefghijklmnopqrstuvwxyz0123456789'.repeat(150),
  latin1_long: pick(latin1chars, 5000),
  wide_long: pick(widechars, 3000),
  lone_surrogates: 'a\ud800b\udc00c' + 'x'.repeat(300) + '\ud83d',
  b64_flat: bytes.toString('base64'),
  b64_concat: bytes.toString('base64').slice(0, 2000) + bytes.toString('base64').slice(2000),
  b64_slice: ('!!' + bytes.toString('base64')).slice(2),
  b64_spaces: bytes.toString('base64').replace(/(.{76})/g, '$1\n'),
  b64_bad_mid: bytes.toString('base64').slice(0, 1000) + '*' + bytes.toString('base64').slice(1000),
  b64url: bytes.toString('base64url'),
  b64_wide: bytes.toString('base64').slice(0, 500) + '\u0100' + bytes.toString('base64').slice(500, 800),
  hex_flat: bytes.toString('hex'),
  hex_odd: bytes.toString('hex').slice(0, 1001),
  hex_bad: bytes.toString('hex').slice(0, 600) + 'zz' + bytes.toString('hex').slice(600),
  latin1_of_bytes: bytes.toString('latin1'),
  empty: '',
};

for (const [name, s] of Object.entries(samples)) {
  const parts = [];
  for (const enc of encodings) {
    const b = Buffer.from(s, enc);
    parts.push(`${enc}=${digest(b)}/${Buffer.byteLength(s, enc)}`);
  }
  console.log(name, s.length, parts.join(' '));
}

// Round trips of random bytes through the string encodings.
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'utf16le']) {
  for (const n of [0, 1, 2, 3, 47, 48, 49, 64, 127, 128, 129, 1000, 4099]) {
    const b = bytes.subarray(0, Math.min(n, bytes.length));
    const s = Buffer.concat([b, b]).subarray(0, n).toString(enc);
    const back = Buffer.from(s, enc);
    console.log('roundtrip', enc, n, back.length, digest(back), back.equals(Buffer.concat([b, b]).subarray(0, n)));
  }
}

// write() into short room: whole characters only, counts as Node's.
const writers = {
  latin1_text: 'caf\u00e9 \u00ff\u00e0 na\u00efve '.repeat(40),
  wide_text: '\u4e2d\u6587 \u03a9 mix \ud83d\ude00 '.repeat(30),
  ascii_text: 'plain ascii text '.repeat(50),
};
for (const [name, s] of Object.entries(writers)) {
  for (const enc of encodings) {
    const row = [];
    for (const room of [0, 1, 2, 3, 4, 5, 7, 64, 65, 66, 1000]) {
      const buf = Buffer.alloc(room, 0xaa);
      const n = buf.write(s, enc);
      row.push(`${room}:${n}:${digest(buf)}`);
    }
    console.log('write', name, enc, row.join(' '));
  }
  // write at an offset with a length
  const buf = Buffer.alloc(200, 0x11);
  console.log('write-offset', name, buf.write(s, 10, 51, 'utf8'), buf.write(s, 100, 'latin1'), digest(buf));
  const f = Buffer.alloc(101);
  f.fill(s, 'utf8');
  const g = Buffer.alloc(101);
  g.fill(s, 'latin1');
  console.log('fill', name, digest(f), digest(g));
}

// Strings that are properties, keys and template results.
const obj = { 'key\u00e9': 1, ['k' + 'x'.repeat(100)]: 2 };
for (const k of Object.keys(obj)) console.log('key', digest(Buffer.from(k)), digest(Buffer.from(k, 'latin1')));
const t = `${samples.ascii_literal}-${42}-\u00e9`;
console.log('template', digest(Buffer.from(t)), digest(Buffer.from(t, 'utf16le')));
console.log('number string', digest(Buffer.from(String(1234567.5))));
