'use strict';
// fs.WriteStream finishes writes the kernel takes only in part or not at all
// (EAGAIN), and fails a write that completes after the stream reports itself
// destroyed with ERR_STREAM_DESTROYED naming write/writev.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { finished } = require('stream/promises');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ws-retry-'));
const file = (n) => path.join(dir, n);

async function partial() {
  const calls = [];
  const ws = fs.createWriteStream(file('partial'), {
    fs: {
      open: fs.open,
      close: fs.close,
      write(fd, buf, off, len, pos, cb) {
        calls.push([len, pos]);
        // The kernel takes at most 3 bytes per call here.
        fs.write(fd, buf, off, Math.min(len, 3), pos, cb);
      },
    },
  });
  ws.end('hello world');
  await finished(ws);
  console.log('partial', JSON.stringify(calls), fs.readFileSync(file('partial'), 'utf8'), ws.bytesWritten);
}

async function eagain() {
  let n = 0;
  const ws = fs.createWriteStream(file('eagain'), {
    fs: {
      open: fs.open,
      close: fs.close,
      write(fd, buf, off, len, pos, cb) {
        if (n++ < 2) return process.nextTick(cb, Object.assign(new Error('busy'), { code: 'EAGAIN' }), 0, buf);
        fs.write(fd, buf, off, len, pos, cb);
      },
    },
  });
  ws.on('error', (e) => console.log('unexpected error', e.message));
  ws.end('abc');
  await finished(ws);
  console.log('eagain', n, fs.readFileSync(file('eagain'), 'utf8'));
}

async function destroyedWrite() {
  const ws = fs.createWriteStream(file('d1'));
  Object.defineProperty(ws, 'destroyed', { get: () => true, configurable: true });
  ws.end('foo');
  await finished(ws).then(
    () => console.log('write: resolved'),
    (e) => console.log('write:', e.name, e.code, e.message));
}

async function destroyedWritev() {
  const ws = fs.createWriteStream(file('d2'));
  await new Promise((r) => ws.once('open', r));
  ws.cork();
  ws.write('a');
  ws.write('b');
  Object.defineProperty(ws, 'destroyed', { get: () => true, configurable: true });
  ws.uncork();
  ws.end();
  await finished(ws).then(
    () => console.log('writev: resolved'),
    (e) => console.log('writev:', e.name, e.code, e.message));
}

(async () => {
  await partial();
  await eagain();
  await destroyedWrite();
  await destroyedWritev();
  fs.rmSync(dir, { recursive: true, force: true });
})();
