'use strict';
// fs.WriteStream with empty chunks: write(''), end('', cb), empty Buffers
// among corked writes (writev) all complete, in order, and write nothing.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ws-empty-'));
const file = (n) => path.join(dir, `f${n}`);
const steps = [
  (next) => {
    const ws = fs.createWriteStream(file(1));
    ws.write('', () => console.log('1 write cb'));
    ws.end(() => next(1));
  },
  (next) => {
    const ws = fs.createWriteStream(file(2), { flags: 'a', encoding: 'utf8', mode: 0o600 });
    ws.write('x', 'utf8', () => console.log('2 write cb'));
    ws.end('', 'utf-8', (e) => { console.log('2 end cb', e); next(2); });
  },
  (next) => {
    const ws = fs.createWriteStream(file(3));
    ws.cork();
    ws.write('');
    ws.write('a');
    ws.write(Buffer.alloc(0));
    ws.write('b');
    ws.uncork();
    ws.end('', () => next(3));
  },
  (next) => {
    const ws = fs.createWriteStream(file(4), { start: 2, flags: 'w' });
    ws.write('');
    ws.write('zz');
    ws.write('');
    ws.end(() => { console.log('4 bytesWritten', ws.bytesWritten); next(4); });
  },
];
let i = 0;
const run = () => {
  if (i === steps.length) {
    fs.rmSync(dir, { recursive: true, force: true });
    return;
  }
  steps[i++]((n) => {
    console.log(n, JSON.stringify(fs.readFileSync(file(n), 'latin1')));
    run();
  });
};
run();
