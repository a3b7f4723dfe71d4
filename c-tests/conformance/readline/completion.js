'use strict';
// Tab completion on a terminal: the shared prefix first, the list on a second
// tab in a row, laid out in columns of the output's width.
const readline = require('readline');
const { PassThrough } = require('stream');
const output = new PassThrough(); output.isTTY = true; output.columns = 40;
let s = ''; output.on('data', (d) => s += d);
const input = new PassThrough();
const rl = readline.createInterface({ input, output, terminal: true, completer: (line) => [['alpha', 'alpine', 'beta', 'alphabet', 'al'].filter((w) => w.startsWith(line)), line] });
const steps = ['a', '\t', 'p', '\t', '\t', 'h', '\t', 'x\t', '\r'];
(async () => {
  for (const k of steps) {
    input.write(k);
    await new Promise((r) => setImmediate(r));
    console.log(JSON.stringify(k), JSON.stringify(s), JSON.stringify(rl.line), rl.cursor); s = '';
  }
  rl.close();
})();
