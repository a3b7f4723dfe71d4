'use strict';
// The machinery hands chunks on without copying them: the Buffer (or the
// object) pushed is the one every later stage sees, through pipe,
// PassThrough, Transform, Readable.from and for await.
const { Readable, Writable, PassThrough, Transform } = require('stream');

const chunks = [Buffer.alloc(64 << 10, 0x61), Buffer.alloc(64 << 10, 0x62), Buffer.from('tail')];

function bytesThroughPipe() {
  return new Promise((resolve) => {
    let next = 0;
    const src = new Readable({
      read() {
        this.push(next < chunks.length ? chunks[next++] : null);
      },
    });
    const seen = [];
    const sink = new Writable({
      write(c, enc, cb) {
        seen.push(c);
        cb();
      },
    });
    sink.on('finish', () => {
      console.log('pipe bytes:', seen.length, seen.every((c, i) => c === chunks[i]));
      resolve();
    });
    src.pipe(new PassThrough()).pipe(sink);
  });
}

function objectsThroughTransform() {
  return new Promise((resolve) => {
    const items = [{ i: 0 }, { i: 1 }, { i: 2 }];
    const seen = [];
    const t = new Transform({
      objectMode: true,
      transform(o, enc, cb) {
        cb(null, o);
      },
    });
    const sink = new Writable({
      objectMode: true,
      write(o, enc, cb) {
        seen.push(o);
        cb();
      },
    });
    sink.on('finish', () => {
      console.log('from/transform objects:', seen.length, seen.every((o, i) => o === items[i]));
      resolve();
    });
    Readable.from(items).pipe(t).pipe(sink);
  });
}

async function forAwait() {
  let next = 0;
  const r = new Readable({
    read() {
      this.push(next < chunks.length ? chunks[next++] : null);
    },
  });
  const seen = [];
  for await (const c of r) seen.push(c);
  // Paused reads hand over the whole queue; with one chunk queued at a time
  // that is the chunk itself.
  console.log('for await bytes:', seen.length, seen.every((c, i) => c === chunks[i]));
}

(async () => {
  await bytesThroughPipe();
  await objectsThroughTransform();
  await forAwait();
})();
