'use strict';
// Long text fed through StringDecoder in chunks of many sizes: the joined
// output must equal the text decoded at once (multi-byte characters cut at
// every possible place), for UTF-8, UTF-16LE and base64.
const { StringDecoder } = require('string_decoder');
const text = 'ASCII, é, ß, €, 日本語, 🎉🎈, \u{10FFFF}, end. '.repeat(40);
let h = 0;
const sum = (s) => {
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h;
};
for (const enc of ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1']) {
  const bytes = Buffer.from(text, enc === 'base64' || enc === 'base64url' || enc === 'hex' || enc === 'latin1' ? 'utf8' : enc);
  const want = bytes.toString(enc);
  const results = [];
  for (const size of [1, 2, 3, 4, 5, 7, 64, 1000, 4096]) {
    const d = new StringDecoder(enc);
    let out = '';
    for (let i = 0; i < bytes.length; i += size) out += d.write(bytes.subarray(i, i + size));
    out += d.end();
    results.push(out === want ? 'same' : 'DIFF@' + size);
  }
  console.log(enc, bytes.length, want.length, sum(want), results.join(' '));
}
// Invalid UTF-8 spread over chunks: each chunk's part decoded as Node does.
const junk = Buffer.from('80c0afe0808061f0808080f48fbfbfedb080eda080e2f09f9880c3', 'hex');
for (const size of [1, 2, 3, 5]) {
  const d = new StringDecoder('utf8');
  const parts = [];
  for (let i = 0; i < junk.length; i += size) parts.push(d.write(junk.subarray(i, i + size)));
  parts.push(d.end());
  console.log('junk', size, JSON.stringify(parts));
}
