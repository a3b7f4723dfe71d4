'use strict';
// node:stream <-> stream/web: Readable/Writable/Duplex.fromWeb and toWeb,
// Duplex.from, pipeline, finished, consumers and the is* predicates on web
// streams, with the order of Node-side events.
const stream = require('stream');
const { Readable, Writable, Duplex, PassThrough, pipeline, finished } = stream;
const { ReadableStream, WritableStream, TransformStream, CountQueuingStrategy } = require('stream/web');
const consumers = require('stream/consumers');
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
const web = (chunks, close = true) => new ReadableStream({ start(c) {
  for (const ch of chunks) c.enqueue(ch);
  if (close) c.close();
} });
const events = (label, s, names) => new Promise((resolve) => {
  for (const n of names) {
    s.on(n, (v) => {
      out(label, n, v === undefined ? '' : (Buffer.isBuffer(v) ? `Buffer(${v})` : describe(v).startsWith('undefined') ? util.inspect(v) : describe(v)));
      if (n === 'close') resolve();
    });
  }
});

async function main() {
  out('-- Readable.fromWeb');
  {
    const r = Readable.fromWeb(web([new Uint8Array([104, 105]), Buffer.from('!')]));
    out('readableObjectMode', r.readableObjectMode, r.readableHighWaterMark);
    await events('r1', r, ['data', 'end', 'close']);
  }
  {
    const r = Readable.fromWeb(web(['s', { o: 1 }]), { objectMode: true });
    await events('r2', r, ['data', 'end', 'close']);
  }
  {
    const r = Readable.fromWeb(web(['abc']), { encoding: 'utf8' });
    await events('r3', r, ['data', 'end', 'close']);
  }
  {
    let ctl;
    const r = Readable.fromWeb(new ReadableStream({ start(c) {
      ctl = c;
    } }));
    const done = events('r4', r, ['error', 'close']);
    r.resume();
    ctl.error(new Error('web boom'));
    await done;
  }
  {
    let reason = 'not canceled';
    const r = Readable.fromWeb(new ReadableStream({ cancel(why) {
      reason = describe(why);
    } }));
    r.destroy(new Error('node boom'));
    await events('r5', r, ['error', 'close']);
    out('cancel reason', reason);
  }
  sync('fromWeb bad', () => Readable.fromWeb({}));
  sync('fromWeb bad options', () => Readable.fromWeb(web([]), 1));

  out('-- Readable.toWeb');
  {
    const src = new Readable({ read() {} });
    const rs = Readable.toWeb(src);
    src.push('x');
    src.push(Buffer.from('y'));
    src.push(null);
    const got = [];
    for await (const c of rs) got.push(`${c.constructor.name}(${Buffer.from(c)})`);
    out('toWeb', got.join(), src.destroyed);
  }
  {
    const src = Readable.from(['a', 'b', 'c']);
    const rs = Readable.toWeb(src, { strategy: new CountQueuingStrategy({ highWaterMark: 1 }) });
    const r = rs.getReader();
    out('objects', JSON.stringify(await r.read()), JSON.stringify(await r.read()), JSON.stringify(await r.read()),
      JSON.stringify(await r.read()));
    await new Promise((res) => setImmediate(res));
    out('source destroyed', src.destroyed);
  }
  {
    const src = new Readable({ read() {} });
    const rs = Readable.toWeb(src);
    src.destroy(new Error('src boom'));
    await rs.getReader().read().catch((e) => out('toWeb error', describe(e)));
  }
  sync('toWeb bad', () => Readable.toWeb({}));
  sync('toWeb number', () => Readable.toWeb(1));

  out('-- Writable.fromWeb / toWeb');
  {
    const got = [];
    const w = Writable.fromWeb(new WritableStream({
      write(c) {
        got.push(Buffer.isBuffer(c) ? `Buffer(${c})` : String(c));
      },
      close() {
        got.push('close');
      },
    }));
    w.write('one');
    w.end(Buffer.from('two'));
    await events('w1', w, ['finish', 'close']);
    out('sink saw', got.join());
  }
  {
    const w = Writable.fromWeb(new WritableStream({ write() {
      throw new Error('sink boom');
    } }));
    w.write('x');
    await events('w2', w, ['error', 'close']);
  }
  {
    const got = [];
    const dst = new Writable({ write(c, e, cb) {
      got.push(String(c));
      cb();
    } });
    const ws = Writable.toWeb(dst);
    const wr = ws.getWriter();
    await wr.write(new Uint8Array([65]));
    await wr.write('B');
    await wr.close();
    out('node sink', got.join(), dst.writableFinished);
  }
  {
    const dst = new Writable({ write(c, e, cb) {
      cb(new Error('node sink boom'));
    } });
    dst.on('error', () => {});
    const wr = Writable.toWeb(dst).getWriter();
    await wr.write('x').catch((e) => out('write rejected', describe(e)));
    await wr.closed.catch((e) => out('closed rejected', describe(e)));
  }
  sync('Writable.fromWeb bad', () => Writable.fromWeb(new ReadableStream()));
  sync('Writable.toWeb bad', () => Writable.toWeb(new Readable()));

  out('-- Duplex');
  {
    const got = [];
    const d = Duplex.fromWeb({
      readable: web(['r']),
      writable: new WritableStream({ write(c) {
        got.push(String(c));
      } }),
    }, { encoding: 'utf8' });
    d.end('w');
    await events('d1', d, ['data', 'finish', 'end', 'close']);
    out('duplex sink', got.join());
  }
  {
    const d = new PassThrough();
    const { readable, writable } = Duplex.toWeb(d);
    const wr = writable.getWriter();
    wr.write(new Uint8Array([49]));
    wr.close();
    const got = [];
    for await (const c of readable) got.push(Buffer.from(c).toString());
    out('Duplex.toWeb', got.join());
  }
  sync('Duplex.fromWeb number', () => Duplex.fromWeb(1));
  sync('Duplex.fromWeb no readable', () => Duplex.fromWeb({}));
  sync('Duplex.fromWeb no writable', () => Duplex.fromWeb({ readable: new ReadableStream() }));
  sync('Duplex.toWeb bad', () => Duplex.toWeb(new Readable()));
  {
    const d = Duplex.from(web(['from-web']));
    out('Duplex.from readable', d.readable, d.writable);
    await events('d2', d, ['data', 'end', 'close']);
  }
  {
    const got = [];
    const d = Duplex.from(new WritableStream({ write(c) {
      got.push(String(c));
    } }));
    out('Duplex.from writable', d.readable, d.writable);
    d.end('into-web');
    await events('d3', d, ['finish', 'close']);
    out('got', got.join());
  }
  {
    const ts = new TransformStream({ transform(c, ctl) {
      ctl.enqueue(String(c).toUpperCase());
    } });
    const d = Duplex.from(ts);
    d.end('pair');
    await events('d4', d, ['data', 'end', 'finish', 'close']);
  }

  out('-- pipeline / finished / consumers / predicates');
  await new Promise((resolve) => {
    const got = [];
    pipeline(web(['p', 'q']), new TransformStream({ transform(c, ctl) {
      ctl.enqueue(c + c);
    } }), new Writable({ objectMode: true, write(c, e, cb) {
      got.push(c);
      cb();
    } }), (err) => {
      out('pipeline', err, got.join());
      resolve();
    });
  });
  await new Promise((resolve) => {
    const got = [];
    pipeline(Readable.from(['m', 'n']), new WritableStream({ write(c) {
      got.push(c);
    } }), (err) => {
      out('pipeline to web', err, got.join());
      resolve();
    });
  });
  await new Promise((resolve) => {
    const values = [];
    const r = new Readable({ read() {} });
    pipeline(r, new TransformStream({ transform(c, ctl) {
      ctl.enqueue(`<${c}>`);
    } }), new WritableStream({ write(c) {
      values.push(String(c));
    } }), (err) => {
      out('pipeline node -> web transform -> web', err, JSON.stringify(values));
      resolve();
    });
    r.push('hello');
    r.push('world');
    r.push(null);
  });
  await new Promise((resolve) => {
    let ctl;
    const rs = new ReadableStream({ start(c) {
      ctl = c;
    } });
    const aborted = [];
    pipeline(rs, new TransformStream(), new WritableStream({ abort(reason) {
      aborted.push(reason.message);
    } }), (err) => {
      out('pipeline source error', describe(err), aborted.join());
      resolve();
    });
    ctl.error(new Error('kaboom'));
  });
  await stream.promises.pipeline(web(['z']), new WritableStream({ write(c) {
    out('promises.pipeline wrote', c);
  } }));
  await new Promise((resolve) => {
    const rs = web(['f']);
    finished(rs, (err) => {
      out('finished readable', err);
      resolve();
    });
    const r = rs.getReader();
    r.read().then(() => r.read());
  });
  await new Promise((resolve) => {
    let ctl;
    const rs = new ReadableStream({ start(c) {
      ctl = c;
    } });
    finished(rs, (err) => {
      out('finished errored', describe(err));
      resolve();
    });
    ctl.error(new Error('fin boom'));
  });
  await stream.promises.finished(web([])).then(() => out('promises.finished ok'));

  out('text', await consumers.text(web(['a', new Uint8Array([98])])));
  out('json', JSON.stringify(await consumers.json(web(['{"k":', '1}']))));
  out('buffer', (await consumers.buffer(web([new Uint8Array([1, 2])]))).length);
  out('Readable.from(web)', (await Readable.from(web(['x', 'y'])).toArray()).join());

  {
    const rs = web(['i'], false);
    out('isReadable', stream.isReadable(rs), 'isErrored', stream.isErrored(rs), 'isDisturbed', stream.isDisturbed(rs));
    await rs.getReader().read();
    out('disturbed after read', stream.isDisturbed(rs));
    let ctl;
    const er = new ReadableStream({ start(c) {
      ctl = c;
    } });
    ctl.error(new Error('x'));
    out('errored', stream.isErrored(er), stream.isReadable(er));
    const closed = web([]);
    out('closed readable', stream.isReadable(closed));
  }
  {
    const ac = new AbortController();
    const rs = stream.addAbortSignal(ac.signal, new ReadableStream());
    const ws = stream.addAbortSignal(ac.signal, new WritableStream());
    out('addAbortSignal returns', rs instanceof ReadableStream, ws instanceof WritableStream);
    const r = rs.getReader().read().catch((e) => out('rs aborted', describe(e), e.cause && e.cause.name));
    const w = ws.getWriter().closed.catch((e) => out('ws aborted', describe(e)));
    ac.abort();
    await Promise.all([r, w]);
    const pre = new AbortController();
    pre.abort('early');
    await stream.addAbortSignal(pre.signal, new ReadableStream()).getReader().closed.catch((e) => out('pre-aborted', describe(e), e.cause));
  }
  {
    const bytes = new ReadableStream({ type: 'bytes', start(c) {
      c.enqueue(new Uint8Array([111, 107]));
      c.close();
    } });
    out('fromWeb byte stream', await consumers.text(Readable.fromWeb(bytes)));
  }
  {
    const { Blob } = require('buffer');
    const s = new Blob(['hello']).stream();
    const parts = [];
    for await (const c of s) parts.push(`${c.constructor.name}(${Buffer.from(c)})`);
    out('Blob.stream', util.inspect(s), parts.join());
    const r = new Blob(['abc']).stream().getReader({ mode: 'byob' });
    const first = await r.read(new Uint8Array(2));
    const rest = await r.read(new Uint8Array(4));
    const end = await r.read(new Uint8Array(4));
    out('Blob byob', Buffer.from(first.value).toString(), Buffer.from(rest.value).toString(), end.done, end.value.byteLength);
    out('empty Blob', JSON.stringify(await new Blob([]).stream().getReader().read()));
  }
  out('fn shape', Readable.fromWeb.name === '', Readable.fromWeb.length, Readable.toWeb.length,
    Writable.fromWeb.length, Writable.toWeb.length, Duplex.fromWeb.length, Duplex.toWeb.length);
}

main().then(() => console.log(log.join('\n')), (e) => console.log('FAILED', e));
