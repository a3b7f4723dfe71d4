'use strict';
// StringDecoder against Node: every encoding fed whole, byte by byte and in
// every two-way split, with the state (lastChar/lastNeed/lastTotal) after
// each write, then end(). Inputs include cut and invalid UTF-8, surrogate
// pairs cut in UTF-16, and base64 remainders.
const { StringDecoder } = require('string_decoder');

const show = (s) => JSON.stringify(s);
const state = (d) => `${d.lastNeed}/${d.lastTotal}/${d.lastChar.toString('hex')}`;

const inputs = {
  utf8: [
    'e282ac', 'c2a2e282ac', 'f09f9880', '61f09f988062', 'e282', 'f09f98', 'c2', '80', '8080', 'ff', 'fe41',
    'e2e282ac', 'f09fe282ac', 'c0af', 'ed a080'.replace(' ', ''), 'eda080edb080', 'f4908080', 'f8888080',
    'e241', 'f09f41', 'e2828241', '41c2', 'c2c2c2', '80808080c2', 'efbbbf68', '',
  ],
  utf16le: ['3d d8 00 de'.replace(/ /g, ''), '6100', '61', '3dd8', '00de', '3dd83dd8', '00dc3dd8', '610062006300', ''],
  base64: ['', '61', '6162', '616263', '61626364', 'ffffff00', '0102030405'],
  base64url: ['', 'fb', 'fbff', 'fbffbf', 'fbffbfff'],
  hex: ['', '00', 'abcdef', 'ff00ff'],
  latin1: ['', 'e9', '41e9ff00'],
  ascii: ['', '41', 'c1ff7f80'],
};

for (const [enc, list] of Object.entries(inputs)) {
  for (const hex of list) {
    const bytes = Buffer.from(hex, 'hex');
    const whole = new StringDecoder(enc);
    console.log(enc, hex || '(empty)', 'whole', show(whole.write(bytes)), state(whole), show(whole.end()), state(whole));
    const single = new StringDecoder(enc);
    let out = '';
    const steps = [];
    for (const b of bytes) {
      out += single.write(Buffer.from([b]));
      steps.push(state(single));
    }
    out += single.end();
    console.log('  bytewise', show(out), steps.join(' '));
    for (let cut = 1; cut < bytes.length; cut++) {
      const d = new StringDecoder(enc);
      const a = d.write(bytes.subarray(0, cut));
      const st = state(d);
      const b = d.write(bytes.subarray(cut));
      console.log('  cut', cut, show(a), st, show(b), state(d), show(d.end()));
    }
  }
}

// end() with a final chunk, reuse after end, strings passed through.
const d = new StringDecoder('utf8');
console.log(show(d.write(Buffer.from([0xe2, 0x82]))), show(d.end(Buffer.from([0xac]))), show(d.end()));
console.log(show(d.write(Buffer.from([0xf0]))), show(d.end(Buffer.from([0x9f, 0x98]))), state(d));
console.log(show(d.write('plain string')), show(d.end('x')));
// Views of other shapes: the bytes they cover.
const u16 = new Uint16Array([0x82e2, 0x41ac]);
console.log(show(new StringDecoder('utf8').write(u16)), show(new StringDecoder().write(new DataView(u16.buffer, 1, 3))));
console.log(show(new StringDecoder('hex').write(new Float64Array([1.5]))));
// text(): the legacy entry point.
const t = new StringDecoder('utf8');
t.write(Buffer.from([0xe2]));
console.log(show(t.text(Buffer.from('abc€'), 1)), state(t));
