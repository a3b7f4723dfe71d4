'use strict';
// Edges of the per-chunk shortcuts (docs/STREAMS.md §3): the same events,
// in the same order, as the general paths.
const { Readable, Writable, Transform } = require('stream');

const log = [];
const say = (s) => log.push(s);

async function readableWithTwoSyncPushes() {
  // _read pushes two objects at once: the one read() leaves behind still
  // gets its 'readable'.
  let n = 0;
  const r = new Readable({
    objectMode: true,
    read() {
      say('read ' + n);
      if (n < 4) {
        this.push(n++);
        this.push(n++);
      } else {
        this.push(null);
      }
    },
  });
  r.on('readable', () => {
    say('readable len=' + r.readableLength);
    let v;
    while ((v = r.read()) !== null) say('got ' + v);
  });
  await new Promise((resolve) => r.on('end', resolve));
  say('end');
}

async function iterateAsyncSource() {
  // Pushes from a timer: next() waits for them.
  let n = 0;
  const r = new Readable({
    objectMode: true,
    read() {
      setTimeout(() => this.push(n < 3 ? { n: n++ } : null), 1);
    },
  });
  r.on('end', () => say('iter end event'));
  for await (const o of r) say('iter ' + o.n);
  say('iter done destroyed=' + r.destroyed);
}

async function iterateBreak() {
  let n = 0;
  const r = new Readable({
    objectMode: true,
    read() {
      this.push(n++);
    },
  });
  r.on('close', () => say('break close'));
  for await (const v of r) {
    if (v === 3) break;
  }
  say('after break destroyed=' + r.destroyed + ' n=' + n);
}

function transformTwice() {
  return new Promise((resolve) => {
    const t = new Transform({
      objectMode: true,
      transform(o, e, cb) {
        cb(null, o);
        if (o === 1) cb(null, 'again');
      },
    });
    t.on('data', (d) => say('t data ' + d));
    t.on('error', (err) => {
      say('t error ' + err.code);
      resolve();
    });
    t.write(0);
    t.write(1);
  });
}

function writeVariants() {
  return new Promise((resolve) => {
    const w = new Writable({
      objectMode: true,
      write(c, enc, cb) {
        say('w ' + JSON.stringify(c) + ' ' + String(enc) + ' len=' + this.writableLength);
        cb();
      },
    });
    say('ret ' + w.write({ a: 1 }));
    say('ret ' + w.write({ a: 2 }, () => say('cb 2')));
    say('ret ' + w.write({ a: 3 }, 'utf8', () => say('cb 3')));
    w.cork();
    say('ret ' + w.write({ a: 4 }));
    w.uncork();
    w.end(() => {
      say('w end cb');
      resolve();
    });
  });
}

function bytesBackpressure() {
  return new Promise((resolve) => {
    const w = new Writable({
      highWaterMark: 4,
      write(c, enc, cb) {
        say('b ' + c.length + ' ' + enc);
        setImmediate(cb);
      },
    });
    say('b ret ' + w.write(Buffer.from('abc')));
    say('b ret ' + w.write(Buffer.from('defg')));
    w.on('drain', () => {
      say('b drain');
      w.end();
    });
    w.on('finish', () => {
      say('b finish');
      resolve();
    });
  });
}

function fromArrayEdges() {
  return new Promise((resolve) => {
    // A hole reads as undefined; a thenable is awaited; null is an error.
    const arr = [1, , Promise.resolve(3), 4, null, 6];
    const r = Readable.from(arr);
    r.on('data', (v) => say('from ' + v));
    r.on('error', (err) => {
      say('from error ' + err.code);
      resolve();
    });
  });
}

function pipeUnpipedInWrite() {
  // The destination's write unpipes the source and says stop (returns
  // false): pipe's hand-over to the destination, from Readable.from and
  // from a Transform's push, then holds a pipe that is gone.
  return new Promise((resolve) => {
    // src3 (below) gets its chunk once w has taken 20, so the three flows
    // print in one order however slow the machine is.
    let pushSrc3;
    const src = Readable.from([1, 2, 3, 4]);
    const t = new Transform({
      objectMode: true,
      transform(v, e, cb) {
        say('t ' + v);
        cb(null, v * 10);
      },
    });
    const w = new Writable({
      objectMode: true,
      highWaterMark: 1,
      write(v, e, cb) {
        say('w ' + v);
        if (v === 20) {
          t.unpipe(w);
          setTimeout(pushSrc3, 2);
        }
        setTimeout(cb, 1);
      },
    });
    src.pipe(t).pipe(w);
    const src2 = Readable.from(['a', 'b', 'c']);
    const w2 = new Writable({
      objectMode: true,
      highWaterMark: 1,
      write(v, e, cb) {
        say('w2 ' + v);
        if (v === 'a') src2.unpipe(w2);
        setTimeout(cb, 1);
      },
    });
    src2.pipe(w2);
    // A chunk pushed later goes to 'data' at once (push's hand-over); the
    // destination's _transform unpipes and never calls back.
    const src3 = new Readable({ read() {} });
    const t3 = new Transform({
      transform(c, e, cb) {
        say('t3 ' + c.length);
        src3.unpipe();
        src3.resume();
      },
    });
    src3.on('end', () => say('src3 end'));
    src3.pipe(t3).resume();
    pushSrc3 = () => {
      src3.push(Buffer.alloc(20000));
      src3.push(null);
    };
    setTimeout(() => {
      say('t flowing ' + t.readableFlowing + ' len ' + t.readableLength + ', src2 flowing ' + src2.readableFlowing +
        ' len ' + src2.readableLength);
      resolve();
    }, 30);
  });
}

function readableWhileEnding(objectMode) {
  // A 'readable' listener reading to null while _read pushes synchronously,
  // with a read(0) nested in the first _read: the stream ends before the
  // 'readable' a push queued runs, and Node still emits it.
  return new Promise((resolve) => {
    let n = 0;
    const r = new Readable({
      objectMode,
      read() {
        if (n < 3) {
          this.push(objectMode ? n++ : Buffer.from('ab' + n++));
          if (n === 1) this.read(0);
        } else {
          this.push(null);
        }
      },
    });
    const tag = objectMode ? 'obj' : 'bytes';
    r.on('readable', () => {
      say(tag + ' readable');
      let v;
      while ((v = r.read()) !== null) say(tag + ' got ' + v);
    });
    r.on('end', () => {
      say(tag + ' end');
      resolve();
    });
  });
}

(async () => {
  await readableWhileEnding(true);
  await readableWhileEnding(false);
  await readableWithTwoSyncPushes();
  await iterateAsyncSource();
  await iterateBreak();
  await transformTwice();
  await writeVariants();
  await bytesBackpressure();
  await fromArrayEdges();
  await pipeUnpipedInWrite();
  console.log(log.join('\n'));
})();
