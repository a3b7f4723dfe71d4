'use strict';
// A line longer than the terminal is wide: redraws start from the first row
// the last draw used (prevRows), a line that ends exactly at the edge gets a
// space so the terminal opens the next row, cursor motion across rows
// redraws, and getCursorPos counts the prompt, tabs and double-width
// characters.
const readline = require('readline');
const { PassThrough } = require('stream');

const steps = [
  ['type', 'abcdefgh'], ['type', 'i'], ['type', 'jk'], ['left', '\x1b[D'], ['home', '\x1b[H'],
  ['right', '\x1b[C'], ['end', '\x1b[F'], ['bs', '\x7f'], ['bs', '\x7f'], ['bs', '\x7f'],
  ['ins-mid', '\x1b[D'], ['ins-mid', '\x1b[D'], ['ins-mid', 'Z'], ['ctrl-e', '\x05'], ['ctrl-u', '\x15'],
  ['type', '中文中文中文中'], ['left', '\x1b[D'], ['wordleft', '\x1bb'], ['ctrl-k', '\x0b'],
  ['ctrl-w', '\x17'], ['type', 'abcdefgh'], ['ctrl-l', '\x0c'], ['enter', '\r'], ['type', 'xyz'],
  ['up', '\x1b[A'], ['down', '\x1b[B'], ['paste', 'abcdefghijklmnop'], ['type', 'q'], ['enter', '\r'],
];
for (const cols of [10, 80]) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.columns = cols;
  output.isTTY = true;
  let out = '';
  output.on('data', (d) => { out += d; });
  const rl = readline.createInterface({ input, output, terminal: true, prompt: '> ', tabSize: 4 });
  rl.on('line', (l) => { out += `<line ${l}>`; });
  rl.prompt();
  out = '';
  for (const [name, s] of steps) {
    input.write(s);
    console.log(cols, name, JSON.stringify(out), rl.cursor, rl.prevRows, JSON.stringify(rl.line));
    out = '';
  }
  rl.close();
}

// A resize redraws from the row the cursor was on.
{
  const input = new PassThrough();
  const output = new PassThrough();
  output.columns = 10;
  output.isTTY = true;
  let out = '';
  output.on('data', (d) => { out += d; });
  const rl = readline.createInterface({ input, output, terminal: true, prompt: '> ' });
  rl.prompt();
  input.write('abcdefghijklmn');
  input.write('o');
  out = '';
  output.columns = 5;
  output.emit('resize');
  console.log('resize', JSON.stringify(out), rl.prevRows, JSON.stringify(rl.getCursorPos()));
  rl.close();
}

// getCursorPos at several cursor positions.
const rows = [];
for (const cols of [10, 5, 80]) {
  const cases = [
    ['> ', 'abcdefgh'], ['> ', 'abcdefghi'], ['> ', 'a\tb\tcdefghijk'], ['>\n', 'abc'],
    ['> ', '中文中文中文'], ['> ', 'abcdefg中'], ['\x1b[31m>\x1b[0m ', 'abcdefghij'],
    ['> ', 'a\nbcdefghijklmno'], ['a\r\nb> ', 'xx'], ['1234567890', ''], ['12345678901234567890', 'x'],
    ['', '💻🐕x'],
  ];
  for (const [prompt, line] of cases) {
    const input = new PassThrough();
    const output = new PassThrough();
    output.columns = cols;
    output.isTTY = true;
    const rl = readline.createInterface({ input, output, terminal: true, prompt, tabSize: 4 });
    rl.line = line;
    for (const at of [0, 3, 7, line.length]) {
      rl.cursor = Math.min(at, line.length);
      const p = rl.getCursorPos();
      rows.push([cols, JSON.stringify(prompt), JSON.stringify(line), rl.cursor, p.rows, p.cols].join(' '));
    }
    rl.close();
  }
}
console.log(rows.join('\n'));
