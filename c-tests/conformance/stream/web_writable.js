'use strict';
// stream/web WritableStream: writer, controller, backpressure, close/abort
// ordering, errors, with promise order traces.
const { WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController,
  CountQueuingStrategy } = require('stream/web');
const util = require('util');

const log = [];
const out = (...a) => log.push(a.join(' '));
const describe = (e) => `${e && e.name} ${e && e.code} ${e && e.message}`;
function sync(label, fn) {
  try {
    out(label, 'ok', util.inspect(fn()));
  } catch (e) {
    out(label, 'throws', describe(e));
  }
}
function later(label, p) {
  return p.then((v) => out(label, 'resolved', util.inspect(v)), (e) => out(label, 'rejected', describe(e)));
}
const tick = () => new Promise((r) => setTimeout(r, 1));

async function main() {
  // Writes run one at a time, in order; ready follows the queue.
  {
    const pending = [];
    const ws = new WritableStream({
      start(c) {
        out('start', Object.prototype.toString.call(c), this.tag);
      },
      write(chunk, c) {
        out('write', chunk);
        return new Promise((r) => pending.push(r));
      },
      close() {
        out('close');
      },
      tag: 'sink-this',
    }, new CountQueuingStrategy({ highWaterMark: 2 }));
    const w = ws.getWriter();
    out('desired', w.desiredSize, ws.locked);
    const p1 = later('w1', w.write('a'));
    const p2 = later('w2', w.write('b'));
    out('desired after 2', w.desiredSize);
    let ready = false;
    w.ready.then(() => {
      ready = true;
    });
    await tick();
    out('ready while full', ready);
    pending.shift()();
    await tick();
    out('ready after one', ready, w.desiredSize);
    pending.shift()();
    await Promise.all([p1, p2]);
    await later('close', w.close());
    await later('closed', w.closed);
    out('desired closed', w.desiredSize);
    w.releaseLock();
    await later('closed after release', w.closed);
    sync('desired released', () => w.desiredSize);
    await later('write released', w.write('q'));
  }

  // abort: the sink's abort runs after the in-flight write; queued writes fail.
  {
    let finishWrite;
    const ws = new WritableStream({
      write(chunk) {
        out('write', chunk);
        return new Promise((r) => {
          finishWrite = r;
        });
      },
      abort(reason) {
        out('abort', reason);
      },
    });
    const w = ws.getWriter();
    await tick();
    const w1 = later('in flight', w.write(1));
    const w2 = later('queued', w.write(2));
    const ab = later('abort()', w.abort('why'));
    const cl = later('closed', w.closed);
    const rd = later('ready', w.ready);
    await tick();
    out('before finishing write');
    finishWrite();
    await Promise.all([w1, w2, ab, cl, rd]);
    await later('abort again', w.abort('again'));
  }

  // The controller's signal is aborted with the reason.
  {
    let signal;
    const ws = new WritableStream({ start(c) {
      signal = c.signal;
    } });
    signal.addEventListener('abort', () => out('signal abort', signal.reason));
    await ws.abort('stop');
    out('signal', signal.aborted, signal.reason);
  }

  // Errors from the sink.
  await later('start rejects', new WritableStream({ start: () => Promise.reject(new Error('start boom')) }).getWriter().closed);
  {
    const w = new WritableStream({ write() {
      throw new Error('write boom');
    } }).getWriter();
    await later('write throws', w.write(1));
    await later('closed', w.closed);
    await later('next write', w.write(2));
  }
  {
    const w = new WritableStream({ close() {
      throw new Error('close boom');
    } }).getWriter();
    await later('close throws', w.close());
    await later('closed', w.closed);
  }
  {
    let ctl;
    const ws = new WritableStream({ start(c) {
      ctl = c;
    } });
    ctl.error(new TypeError('by controller'));
    const w = ws.getWriter();
    await later('ready errored', w.ready);
    await later('closed errored', w.closed);
    out('inspect', util.inspect(ws));
    out('desired errored', w.desiredSize);
  }
  {
    const w = new WritableStream({}, { size() {
      throw new Error('size boom');
    } }).getWriter();
    await later('size throws', w.write(1));
  }

  // Argument, state and brand errors.
  sync('sink number', () => new WritableStream(1));
  sync('sink null', () => new WritableStream(null));
  sync('type', () => new WritableStream({ type: 'x' }));
  sync('bad write', () => new WritableStream({ write: 1 }));
  sync('bad hwm', () => new WritableStream({}, { highWaterMark: -5 }));
  sync('writer of number', () => new WritableStreamDefaultWriter(1));
  sync('controller ctor', () => new WritableStreamDefaultController());
  sync('brand getWriter', () => WritableStream.prototype.getWriter.call({}));
  await later('brand abort', WritableStream.prototype.abort.call({}));
  await later('brand write', WritableStreamDefaultWriter.prototype.write.call({}));
  {
    const ws = new WritableStream();
    const w = ws.getWriter();
    sync('second writer', () => ws.getWriter());
    await later('abort locked', ws.abort());
    await later('close locked', ws.close());
    const c1 = later('close 1', w.close());
    await later('close 2', w.close());
    await c1;
    w.releaseLock();
    await later('stream close after closed', ws.close());
    out('inspect closed', util.inspect(ws));
  }

  // Shape.
  out('keys', Object.keys(WritableStream.prototype).join(), '|', Object.keys(WritableStreamDefaultWriter.prototype).join(),
    '|', Object.keys(WritableStreamDefaultController.prototype).join());
  {
    const ws = new WritableStream();
    out('inspect', util.inspect(ws), Object.prototype.toString.call(ws.getWriter()));
  }
}

main().then(() => console.log(log.join('\n')), (e) => console.log('FAILED', e));
