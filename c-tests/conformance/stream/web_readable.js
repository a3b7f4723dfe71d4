'use strict';
// stream/web ReadableStream: default controller, reader, strategies, errors,
// tee, async iteration and ReadableStream.from, with event/promise order traces.
const { ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController,
  CountQueuingStrategy, ByteLengthQueuingStrategy } = require('stream/web');
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

async function main() {
  // Order of start, pull and reads.
  {
    let n = 0;
    const rs = new ReadableStream({
      start(c) {
        out('start', c.desiredSize, this.tag);
        c.enqueue('a');
        out('after enqueue', c.desiredSize);
      },
      pull(c) {
        out('pull', n, c.desiredSize);
        if (++n === 3) c.close();
        else c.enqueue('p' + n);
      },
      cancel() {
        out('cancel never');
      },
      tag: 'source-this',
    }, new CountQueuingStrategy({ highWaterMark: 2 }));
    out('constructed', rs.locked);
    const r = rs.getReader();
    out('locked', rs.locked);
    for (;;) {
      const res = await r.read();
      out('read', JSON.stringify(res));
      if (res.done) break;
    }
    await later('closed', r.closed);
    r.releaseLock();
    out('after release', rs.locked);
    await later('read released', r.read());
    await later('closed released', r.closed);
  }

  // Sizes and the byte-length strategy.
  {
    let ctl;
    const rs = new ReadableStream({ start(c) {
      ctl = c;
    } }, new ByteLengthQueuingStrategy({ highWaterMark: 8 }));
    ctl.enqueue(new Uint8Array(3));
    out('desired', ctl.desiredSize);
    ctl.enqueue(new Uint8Array(6));
    out('desired', ctl.desiredSize);
    sync('enqueue bad size', () => ctl.enqueue({ byteLength: -1 }));
    out('state', util.inspect(rs));
    sync('desired errored', () => ctl.desiredSize);
    await later('read errored', rs.getReader().read());
  }
  {
    let ctl;
    new ReadableStream({ start(c) {
      ctl = c;
    } }, { size() {
      throw new Error('size boom');
    } });
    sync('size throws', () => ctl.enqueue(1));
    sync('enqueue after error', () => ctl.enqueue(1));
  }

  // Errors from the source.
  await later('start rejects', new ReadableStream({ start: () => Promise.reject(new Error('start boom')) }).getReader().closed);
  await later('pull throws', new ReadableStream({ pull() {
    throw new RangeError('pull boom');
  } }).getReader().read());
  {
    const reasons = [];
    const rs = new ReadableStream({ cancel(reason) {
      reasons.push(reason);
      return 'ignored';
    } });
    await later('cancel', rs.cancel('why'));
    out('cancel reason', reasons.join());
    await later('read after cancel', rs.getReader().read());
  }
  {
    let ctl;
    const rs = new ReadableStream({ start(c) {
      ctl = c;
    } });
    const r = rs.getReader();
    const pending = [later('pending 1', r.read()), later('pending 2', r.read())];
    r.releaseLock();
    await Promise.all(pending);
    ctl.error(new Error('late'));
    await later('closed after error', new ReadableStreamDefaultReader(rs).closed);
  }

  // Argument and state errors.
  sync('source number', () => new ReadableStream(1));
  sync('source null', () => new ReadableStream(null));
  sync('strategy null', () => new ReadableStream({}, null).locked);
  sync('values null', () => typeof new ReadableStream().values(null).next);
  sync('getReader null', () => Object.prototype.toString.call(new ReadableStream().getReader(null)));
  sync('bad type', () => new ReadableStream({ type: 'nope' }));
  sync('bad start', () => new ReadableStream({ start: 1 }));
  sync('bad pull', () => new ReadableStream({ pull: 'x' }));
  sync('hwm negative', () => new ReadableStream({}, { highWaterMark: -1 }));
  sync('hwm NaN', () => new ReadableStream({}, { highWaterMark: 'x' }));
  sync('size not function', () => new ReadableStream({}, { size: 1 }));
  sync('mode', () => new ReadableStream().getReader({ mode: 'x' }));
  sync('byob on default', () => new ReadableStream().getReader({ mode: 'byob' }));
  sync('reader of number', () => new ReadableStreamDefaultReader(1));
  sync('controller ctor', () => new ReadableStreamDefaultController());
  sync('brand getReader', () => ReadableStream.prototype.getReader.call({}));
  sync('brand locked', () => Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'locked').get.call(1));
  await later('brand cancel', ReadableStream.prototype.cancel.call({}));
  await later('brand read', ReadableStreamDefaultReader.prototype.read.call({}));
  {
    const rs = new ReadableStream();
    rs.getReader();
    sync('second reader', () => rs.getReader());
    await later('cancel locked', rs.cancel());
    sync('tee locked', () => rs.tee());
    sync('values locked', () => rs.values());
  }
  {
    let ctl;
    new ReadableStream({ start(c) {
      ctl = c;
    } });
    ctl.close();
    sync('close twice', () => ctl.close());
    sync('enqueue closed', () => ctl.enqueue(1));
    sync('error closed', () => ctl.error(new Error('x')));
    sync('desired closed', () => ctl.desiredSize);
  }

  // Shape.
  out('keys', Object.keys(ReadableStream.prototype).join());
  out('tag', Object.prototype.toString.call(new ReadableStream()), ReadableStream.name, ReadableStream.length);
  out('static', Object.getOwnPropertyNames(ReadableStream).sort().join(), ReadableStream.from.length);
  out('asyncIterator is values', ReadableStream.prototype[Symbol.asyncIterator] === ReadableStream.prototype.values);
  {
    const rs = new ReadableStream({ start(c) {
      c.enqueue(1);
    } });
    out('inspect', util.inspect(rs));
    const r = rs.getReader();
    out('inspect reader', util.inspect(r, { depth: 0 }));
    out('inspect strategy', util.inspect(new CountQueuingStrategy({ highWaterMark: 4 })),
      util.inspect(new ByteLengthQueuingStrategy({ highWaterMark: 5 })));
  }
  sync('strategy no init', () => new CountQueuingStrategy());
  sync('strategy no mark', () => new ByteLengthQueuingStrategy({}));
  out('strategy size', new CountQueuingStrategy({ highWaterMark: 1 }).size(), new ByteLengthQueuingStrategy({ highWaterMark: 1 }).size(new Uint8Array(7)),
    new CountQueuingStrategy({ highWaterMark: 1 }).size === new CountQueuingStrategy({ highWaterMark: 2 }).size);

  // tee: both branches see every chunk; cancel of both reaches the source with both reasons.
  {
    let reason;
    const rs = new ReadableStream({
      start(c) {
        c.enqueue('x');
        c.enqueue('y');
      },
      cancel(r) {
        reason = r;
      },
    });
    const [a, b] = rs.tee();
    const ra = a.getReader();
    const rb = b.getReader();
    out('tee a', JSON.stringify(await ra.read()), JSON.stringify(await ra.read()));
    out('tee b', JSON.stringify(await rb.read()));
    await Promise.all([ra.cancel('ra'), rb.cancel('rb')]);
    out('tee cancel', JSON.stringify(reason), rs.locked);
  }
  {
    const rs = new ReadableStream({ start(c) {
      c.enqueue(1);
      c.close();
    } });
    const [a, b] = rs.tee();
    out('tee close', JSON.stringify(await a.getReader().read()), JSON.stringify(await b.getReader().read()));
  }

  // Async iteration: values, break cancels, preventCancel keeps the stream.
  {
    const chunks = [];
    for await (const c of new ReadableStream({ start(ctl) {
      ['p', 'q', 'r'].forEach((x) => ctl.enqueue(x));
      ctl.close();
    } })) chunks.push(c);
    out('for await', chunks.join());
  }
  {
    let canceled = 'no';
    const rs = new ReadableStream({
      pull(c) {
        c.enqueue('v');
      },
      cancel(r) {
        canceled = String(r);
      },
    });
    for await (const c of rs) {
      out('first', c);
      break;
    }
    out('after break', canceled, rs.locked);
  }
  {
    const rs = new ReadableStream({ start(c) {
      c.enqueue(1);
      c.enqueue(2);
    } });
    for await (const c of rs.values({ preventCancel: true })) {
      out('kept', c);
      break;
    }
    out('still usable', rs.locked, JSON.stringify(await rs.getReader().read()));
  }
  {
    const it = new ReadableStream({ start(c) {
      c.enqueue(1);
      c.close();
    } }).values();
    const results = await Promise.all([it.next(), it.next(), it.next()]);
    out('next x3', JSON.stringify(results));
    out('return', JSON.stringify(await it.return('r')));
  }
  {
    const it = new ReadableStream({ start(c) {
      c.error(new Error('iter boom'));
    } }).values();
    await later('next errored', it.next());
    await later('next after error', it.next());
  }

  // ReadableStream.from
  {
    const read = async (rs) => {
      const got = [];
      for await (const v of rs) got.push(v);
      return got.join();
    };
    out('from array', await read(ReadableStream.from([1, 2, 3])));
    out('from promises', await read(ReadableStream.from([Promise.resolve('a'), 'b'])));
    out('from async gen', await read(ReadableStream.from((async function* () {
      yield 'g1';
      yield 'g2';
    })())));
    let finalized = false;
    const gen = (function* () {
      try {
        yield 1;
        yield 2;
      } finally {
        finalized = true;
      }
    })();
    const rs = ReadableStream.from(gen);
    const r = rs.getReader();
    out('from read', JSON.stringify(await r.read()));
    await r.cancel('stop');
    out('from cancel runs return', finalized);
    sync('from number', () => ReadableStream.from(1));
    await later('from bad result', ReadableStream.from({ [Symbol.iterator]() {
      return { next: () => 1 };
    } }).getReader().read());
  }
}

main().then(() => console.log(log.join('\n')), (e) => console.log('FAILED', e));
