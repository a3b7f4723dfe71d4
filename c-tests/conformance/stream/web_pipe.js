'use strict';
// stream/web pipeTo: close, error and cancel propagation each way, the
// prevent* options, AbortSignal, backpressure; traces of the order.
const { ReadableStream, WritableStream, CountQueuingStrategy } = require('stream/web');
const util = require('util');

const log = [];
const out = (...a) => log.push(a.join(' '));
const describe = (e) => (e instanceof Error || (e && e.name) ? `${e.name} ${e.code} ${e.message}` : util.inspect(e));
function later(label, p) {
  return p.then((v) => out(label, 'resolved', util.inspect(v)), (e) => out(label, 'rejected', describe(e)));
}

function source(chunks, extra = {}) {
  return new ReadableStream({
    start(c) {
      for (const ch of chunks) c.enqueue(ch);
      if (extra.close !== false) c.close();
    },
    cancel(reason) {
      out('source cancel', describe(reason));
    },
    ...extra.source,
  });
}
function sink(name, extra = {}) {
  return new WritableStream({
    write(chunk) {
      out(name, 'write', chunk);
    },
    close() {
      out(name, 'close');
    },
    abort(reason) {
      out(name, 'abort', describe(reason));
    },
    ...extra,
  });
}

async function main() {
  out('-- plain');
  await later('pipeTo', source(['a', 'b']).pipeTo(sink('s1')));

  out('-- preventClose');
  {
    const ws = sink('s2');
    await later('pipeTo', source(['a']).pipeTo(ws, { preventClose: true }));
    out('locked after', ws.locked);
    const w = ws.getWriter();
    await w.write('more');
    await w.close();
  }

  out('-- source errors');
  {
    let ctl;
    const rs = new ReadableStream({ start(c) {
      ctl = c;
      c.enqueue('x');
    } });
    const p = later('pipeTo', rs.pipeTo(sink('s3')));
    await new Promise((r) => setTimeout(r, 1));
    ctl.error(new Error('src boom'));
    await p;
  }
  out('-- source errors, preventAbort');
  {
    const rs = new ReadableStream({ start(c) {
      c.error(new Error('src boom 2'));
    } });
    const ws = sink('s4');
    await later('pipeTo', rs.pipeTo(ws, { preventAbort: true }));
    out('dest state', util.inspect(ws));
  }

  out('-- dest errors');
  await later('pipeTo', source(['a', 'b'], { close: false }).pipeTo(sink('s5', { write(chunk) {
    out('s5 write', chunk);
    throw new Error('dest boom');
  } })));
  out('-- dest errors, preventCancel');
  {
    const rs = source(['a'], { close: false });
    await later('pipeTo', rs.pipeTo(sink('s6', { start(c) {
      c.error(new Error('dest boom 2'));
    } }), { preventCancel: true }));
    out('source still', util.inspect(rs));
  }

  out('-- dest closed first');
  {
    const ws = sink('s7');
    await ws.getWriter().close().then(() => {});
    const ws2 = new WritableStream();
    const w = ws2.getWriter();
    await w.close();
    w.releaseLock();
    await later('pipeTo', source(['a'], { close: false }).pipeTo(ws2));
  }

  out('-- signal');
  {
    const ac = new AbortController();
    const rs = source(['a'], { close: false });
    const p = later('pipeTo', rs.pipeTo(sink('s8'), { signal: ac.signal }));
    await new Promise((r) => setTimeout(r, 1));
    ac.abort();
    await p;
    out('unlocked', rs.locked);
  }
  {
    const ac = new AbortController();
    ac.abort(new Error('custom reason'));
    await later('pre-aborted', source(['a']).pipeTo(sink('s9'), { signal: ac.signal, preventAbort: true }));
  }
  {
    const ac = new AbortController();
    const rs = source([], { close: false });
    const p = later('abort both prevented', rs.pipeTo(sink('s10'), { signal: ac.signal, preventAbort: true, preventCancel: true }));
    ac.abort('plain');
    await p;
    out('after', rs.locked);
  }

  out('-- backpressure');
  {
    const pending = [];
    let pulls = 0;
    const rs = new ReadableStream({ pull(c) {
      pulls++;
      if (pulls > 6) c.close();
      else c.enqueue(pulls);
    } }, new CountQueuingStrategy({ highWaterMark: 0 }));
    const ws = new WritableStream({ write(chunk) {
      out('slow write', chunk);
      return new Promise((r) => pending.push(r));
    } }, new CountQueuingStrategy({ highWaterMark: 2 }));
    const p = later('pipeTo', rs.pipeTo(ws));
    for (let i = 0; i < 10; i++) {
      await new Promise((r) => setTimeout(r, 1));
      out('pulls', pulls, 'pending', pending.length);
      if (pending.length) pending.shift()();
    }
    await p;
  }

  out('-- bad arguments');
  await later('not writable', new ReadableStream().pipeTo({}));
  await later('options', new ReadableStream().pipeTo(new WritableStream(), 1));
  await later('signal', new ReadableStream().pipeTo(new WritableStream(), { signal: {} }));
  {
    const rs = new ReadableStream();
    rs.getReader();
    await later('locked source', rs.pipeTo(new WritableStream()));
    const ws = new WritableStream();
    ws.getWriter();
    await later('locked dest', new ReadableStream().pipeTo(ws));
  }
}

main().then(() => console.log(log.join('\n')), (e) => console.log('FAILED', e));
