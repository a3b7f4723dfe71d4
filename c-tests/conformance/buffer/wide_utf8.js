'use strict';
// Two-byte strings (any unit above U+00FF) written as UTF-8: Buffer.from,
// Buffer.byteLength, buf.write/utf8Write with room for only part of the
// string, and fill — with surrogate pairs, lone surrogates (written as
// EF BF BD), and long strings (past 16384 units, where the length is summed
// in chunks; pairs straddle the chunk edge).
const hex = (b) => b.toString('hex');
const cases = {
  euro: '€',
  mixed: 'Le cœur — naïve 日本 🎉!',
  pair: '\uD83D\uDE00',
  loneHigh: 'a\uD83Db',
  loneLow: 'a\uDE00b',
  highEnd: 'x€\uD83D',
  lowStart: '\uDE00€',
  twoHighs: '\uD83D\uD83D\uDE00',
  pairThenLow: '\uD83D\uDE00\uDE00',
  reversed: '\uDE00\uD83D€',
  allSurr: '\uD800\uDBFF\uDC00\uDFFF',
  bmpTop: '\uFFFF\uFFFE\u0800\u07FF\u0100',
};
for (const [name, s] of Object.entries(cases)) {
  const b = Buffer.from(s, 'utf8');
  console.log(name, s.length, Buffer.byteLength(s), Buffer.byteLength(s, 'utf-8'), b.length, hex(b));
  console.log(' back', JSON.stringify(b.toString()) === JSON.stringify(s.toWellFormed ? s.toWellFormed() : s));
  for (let room = 0; room <= b.length + 1; room++) {
    const t = Buffer.alloc(room, 0xAA);
    const n = t.write(s);
    const u = Buffer.alloc(room + 2, 0xBB);
    const m = u.utf8Write(s, 1, room);
    console.log(' room', room, n, hex(t), m, hex(u));
  }
  const f = Buffer.alloc(11);
  f.fill(s);
  console.log(' fill', hex(f));
  console.log(' index', Buffer.from('zz' + s + 'zz').indexOf(s), Buffer.from('zz' + s).includes(s, 0, 'utf8'));
}

// Long strings: lengths and a checksum of the bytes.
function sum(b) {
  let h = 0;
  for (let i = 0; i < b.length; i++) h = (h * 31 + b[i]) >>> 0;
  return h;
}
const unit = 'ab€\uD83D\uDE00c\uDE00é\uD800';
for (const n of [16383, 16384, 16385, 32767, 32768, 70001]) {
  let s = unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  const b = Buffer.from(s);
  console.log('long', n, s.length, Buffer.byteLength(s), b.length, sum(b));
  // A pair across the chunk edge: the high unit at index 16383.
  s = 'x'.repeat(16383) + '\uD83D\uDE00' + 'y€'.repeat(20);
  const c = Buffer.from(s);
  console.log(' edge', Buffer.byteLength(s), c.length, hex(c.subarray(16380, 16392)));
  const w = Buffer.alloc(16386);
  console.log(' edge write', w.write(s), hex(w.subarray(16380)));
}
const big = '€'.repeat(1 << 20);
console.log('big', Buffer.byteLength(big), Buffer.from(big).length, sum(Buffer.from(big)));
console.log('hex of wide', Buffer.byteLength('€€€€', 'hex'), Buffer.byteLength('€€€€', 'base64'), Buffer.byteLength('€€', 'latin1'), Buffer.byteLength('€€', 'ucs2'));
// base64's padding check looks at whole units: U+D83D's low byte is '='.
for (const s of ['€€==', '€€=', 'ab\uD83D', '\uD83D\uD83D', '€=\uD83D', '€\u3D3D', '€€€€QQ==']) {
  console.log('b64len', JSON.stringify(s), Buffer.byteLength(s, 'base64'), Buffer.byteLength(s, 'base64url'), Buffer.from(s, 'base64').length);
}
// indexOf searches for a lone surrogate's WTF-8 bytes (ED A0 BD), as Node does.
const wtf8 = Buffer.from([0x61, 0xed, 0xa0, 0xbd, 0x62, 0xef, 0xbf, 0xbd]);
console.log('wtf8 search', wtf8.indexOf('\uD83D'), wtf8.indexOf('a\uD83Db'), wtf8.lastIndexOf('\uD83D'), wtf8.includes('\uFFFD'), wtf8.indexOf('\uDE00'));
