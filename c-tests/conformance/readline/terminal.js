'use strict';
// An Interface on a terminal edits the line itself: insertion, backspace,
// cursor motion (also by word), history, ctrl keys, and writes Node's cursor
// escapes to the output.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
output.isTTY = true;
output.columns = 80;
let out = '';
output.on('data', (d) => { out += d; });
const rl = readline.createInterface({ input, output, prompt: '> ' });
console.log('terminal', rl.terminal, rl.cursor, Object.keys(rl).join());
rl.on('line', (l) => console.log('line', JSON.stringify(l), rl.cursor, JSON.stringify(rl.line)));
rl.on('history', (h) => console.log('history', JSON.stringify(h)));
rl.on('close', () => console.log('close'));

const step = (what, data, key) => {
  out = '';
  rl.write(data, key);
  console.log(what, JSON.stringify(out), rl.cursor, JSON.stringify(rl.line));
};
rl.prompt();
console.log('prompt', JSON.stringify(out));
step('type', 'hello world');
step('left', null, { name: 'left' });
step('ctrl-left', null, { name: 'left', ctrl: true });
step('insert', 'big ');
step('backspace', null, { name: 'backspace' });
step('home', null, { name: 'home' });
step('meta-f', null, { name: 'f', meta: true });
step('end', null, { name: 'end' });
step('ctrl-w', null, { name: 'w', ctrl: true });
step('enter', null, { name: 'return' });
step('second', 'again\n');
step('up', null, { name: 'up' });
step('up', null, { name: 'up' });
step('down', null, { name: 'down' });
step('ctrl-u', null, { name: 'u', ctrl: true });
step('paste', 'a\nb');
step('ctrl-d on text', null, { name: 'd', ctrl: true });
step('ctrl-a', null, { name: 'a', ctrl: true });
step('ctrl-k', null, { name: 'k', ctrl: true });
step('ctrl-d on empty', null, { name: 'd', ctrl: true });
console.log('closed', rl.closed);

// Keypresses decoded from the bytes a terminal sends.
const keys = new PassThrough();
readline.emitKeypressEvents(keys);
keys.on('keypress', (s, k) => console.log('keypress', JSON.stringify(s), k.name, k.ctrl, k.meta, k.shift, JSON.stringify(k.sequence)));
keys.write('aZ 1\r\n\t\x7f\x03\x1b[A\x1b[1;5C\x1bb');
