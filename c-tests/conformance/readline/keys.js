'use strict';
// readline.emitKeypressEvents: what a terminal's bytes decode to (names,
// modifiers, escape-sequence codes), also when a sequence is split between
// chunks, and a lone ESC after the escape-code timeout.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
readline.emitKeypressEvents(input, { escapeCodeTimeout: 30 });
const seen = [];
input.on('keypress', (s, k) => seen.push([s, k]));
const show = (label) => {
  console.log(label);
  for (const [s, k] of seen.splice(0)) console.log(' ', JSON.stringify(s), JSON.stringify(k));
};

const groups = [
  ['letters', 'qW3_~é'],
  ['named', '\r\n\t\b\x7f \x1b\r\x1b\t\x1b '],
  ['ctrl', '\x01\x05\x17\x1a'],
  ['meta', '\x1bx\x1bX\x1b.'],
  ['arrows', '\x1b[A\x1b[B\x1b[C\x1b[D\x1bOA\x1bOD'],
  ['modifiers', '\x1b[1;2A\x1b[1;3B\x1b[1;5C\x1b[1;6D\x1b[1;8H\x1b[3;5~'],
  ['function keys', '\x1bOP\x1b[15~\x1b[24~\x1b[[B'],
  ['editing', '\x1b[2~\x1b[3~\x1b[5~\x1b[6~\x1b[1~\x1b[4~\x1b[Z'],
  ['rxvt', '\x1b[2$\x1b[7^\x1b[c\x1bOb'],
  ['unknown', '\x1b[38m\x1b[99~\x1b]'],
  ['astral', '\u{1F600}a'],
];
(async () => {
  for (const [label, text] of groups) {
    input.write(text);
    await new Promise((r) => setImmediate(r));
    show(label);
  }
  for (const c of '\x1b[1;5D') input.write(c);
  await new Promise((r) => setImmediate(r));
  show('split');
  input.write('\x1b');
  await new Promise((r) => setImmediate(r));
  console.log('waiting', seen.length);
  await new Promise((r) => setTimeout(r, 100));
  show('lone escape');
})();
