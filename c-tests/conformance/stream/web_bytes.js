'use strict';
// stream/web byte streams: ReadableByteStreamController, BYOB reader and
// request, auto-allocation, element alignment, tee, errors.
const { ReadableStream, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
  ReadableByteStreamController } = require('stream/web');
const util = require('util');

const log = [];
const out = (...a) => log.push(a.join(' '));
const describe = (e) => `${e && e.name} ${e && e.code}`;
function sync(label, fn) {
  try {
    out(label, 'ok', util.inspect(fn()));
  } catch (e) {
    out(label, 'throws', describe(e));
  }
}
function later(label, p) {
  return p.then((v) => out(label, 'resolved', show(v)), (e) => out(label, 'rejected', describe(e)));
}
function show(v) {
  if (v && typeof v === 'object' && 'done' in v) {
    const x = v.value;
    const body = x === undefined ? 'undefined' : `${x.constructor.name}[${x.byteOffset},${x.byteLength}](${Array.from(new Uint8Array(x.buffer, x.byteOffset, x.byteLength)).join(' ')}) buf=${x.buffer.byteLength}`;
    return `done=${v.done} ${body}`;
  }
  return util.inspect(v);
}

async function main() {
  // Enqueued chunks to a default reader; the chunk's buffer moves.
  {
    let ctl;
    const rs = new ReadableStream({ type: 'bytes', start(c) {
      ctl = c;
    } });
    out('inspect', util.inspect(rs));
    const chunk = new Uint8Array([1, 2, 3]);
    ctl.enqueue(chunk);
    out('after enqueue', chunk.byteLength, ctl.desiredSize);
    const r = rs.getReader();
    await later('read', r.read());
    ctl.close();
    await later('read closed', r.read());
  }

  // BYOB reads: partial fills, several chunks into one view, alignment.
  {
    let ctl;
    const rs = new ReadableStream({ type: 'bytes', start(c) {
      ctl = c;
    } });
    ctl.enqueue(new Uint8Array([1, 2, 3, 4, 5]));
    ctl.enqueue(new Uint8Array([6, 7]));
    const r = rs.getReader({ mode: 'byob' });
    out('reader', Object.prototype.toString.call(r), r instanceof ReadableStreamBYOBReader);
    await later('byob 4', r.read(new Uint8Array(4)));
    await later('byob 8', r.read(new Uint8Array(8)));
    ctl.enqueue(new Uint8Array([8, 9, 10]));
    await later('uint16', r.read(new Uint16Array(4)));
    await later('dataview', r.read(new DataView(new ArrayBuffer(4), 1, 2)));
    ctl.close();
    await later('after close', r.read(new Uint8Array(2)));
  }

  // A pull that answers through byobRequest.
  {
    let n = 0;
    const rs = new ReadableStream({
      type: 'bytes',
      pull(c) {
        const req = c.byobRequest;
        out('pull', n, req && Object.prototype.toString.call(req), req && req.view.byteLength);
        if (n++ === 2) {
          c.close();
          req.respond(0);
          return;
        }
        req.view[0] = 100 + n;
        req.view[1] = 200 + n;
        req.respond(2);
        out('after respond', c.byobRequest);
      },
    });
    const r = rs.getReader({ mode: 'byob' });
    await later('r1', r.read(new Uint8Array(3)));
    await later('r2', r.read(new Uint8Array(5)));
    await later('r3', r.read(new Uint8Array(5)));
    await later('closed', r.closed);
  }
  // respondWithNewView and its checks.
  {
    const rs = new ReadableStream({
      type: 'bytes',
      pull(c) {
        const v = c.byobRequest.view;
        sync('new view other buffer', () => c.byobRequest.respondWithNewView(new Uint8Array(2)));
        sync('new view zero', () => c.byobRequest.respondWithNewView(new Uint8Array(v.buffer, v.byteOffset, 0)));
        sync('respond too much', () => c.byobRequest.respond(100));
        const nv = new Uint8Array(v.buffer, v.byteOffset, 1);
        nv[0] = 42;
        c.byobRequest.respondWithNewView(nv);
      },
    });
    await later('new view', rs.getReader({ mode: 'byob' }).read(new Uint8Array(4)));
  }

  // Auto-allocation for default readers.
  {
    const rs = new ReadableStream({
      type: 'bytes',
      autoAllocateChunkSize: 8,
      pull(c) {
        const v = c.byobRequest.view;
        out('auto view', v.byteLength, v.buffer.byteLength);
        v.set([9, 8, 7]);
        c.byobRequest.respond(3);
      },
    });
    await later('auto read', rs.getReader().read());
  }

  // Release with a pending BYOB read: the bytes written later go to the next reader.
  {
    let ctl;
    const rs = new ReadableStream({ type: 'bytes', start(c) {
      ctl = c;
    } });
    const r = rs.getReader({ mode: 'byob' });
    const p = later('pending', r.read(new Uint8Array(4)));
    r.releaseLock();
    await p;
    ctl.enqueue(new Uint8Array([5, 6]));
    await later('next reader', rs.getReader().read());
  }

  // tee of a byte stream: both branches are byte streams with their own copies.
  {
    const rs = new ReadableStream({ type: 'bytes', start(c) {
      c.enqueue(new Uint8Array([1, 2]));
      c.close();
    } });
    const [a, b] = rs.tee();
    out('branches', util.inspect(a));
    const ra = a.getReader({ mode: 'byob' });
    await later('tee a', ra.read(new Uint8Array(4)));
    const rb = b.getReader();
    await later('tee b', rb.read());
    await later('tee b end', rb.read());
  }

  // Errors.
  {
    let ctl;
    const rs = new ReadableStream({ type: 'bytes', start(c) {
      ctl = c;
    } });
    sync('enqueue not view', () => ctl.enqueue('x'));
    sync('enqueue empty', () => ctl.enqueue(new Uint8Array(0)));
    const r = rs.getReader({ mode: 'byob' });
    await later('read no view', r.read());
    await later('read empty view', r.read(new Uint8Array(0)));
    await later('read min', r.read(new Uint8Array(2), { min: 3 }));
    ctl.close();
    sync('close twice', () => ctl.close());
    sync('enqueue closed', () => ctl.enqueue(new Uint8Array(1)));
  }
  {
    let ctl;
    const rs = new ReadableStream({ type: 'bytes', start(c) {
      ctl = c;
    } });
    const r = rs.getReader({ mode: 'byob' });
    const p = later('pending read', r.read(new Uint8Array(3)));
    ctl.error(new Error('byte boom'));
    await p;
    await later('closed', r.closed);
  }
  sync('size with bytes', () => new ReadableStream({ type: 'bytes' }, { size() {
    return 1;
  } }));
  sync('auto zero', () => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }));
  sync('byob of default', () => new ReadableStreamBYOBReader(new ReadableStream()));
  sync('request ctor', () => new ReadableStreamBYOBRequest());
  sync('controller ctor', () => new ReadableByteStreamController());
  out('keys', Object.keys(ReadableStreamBYOBReader.prototype).join(), '|', Object.keys(ReadableStreamBYOBRequest.prototype).join(),
    '|', Object.keys(ReadableByteStreamController.prototype).join());
  {
    const rs = new ReadableStream({ type: 'bytes', pull(c) {
      c.enqueue(new Uint8Array([3]));
      c.close();
    } });
    const chunks = [];
    for await (const c of rs) chunks.push(`${c.constructor.name}(${c.join()})`);
    out('for await bytes', chunks.join());
    await later('cancel bytes', new ReadableStream({ type: 'bytes', cancel(r) {
      out('cancel reason', r);
    } }).cancel('stop'));
  }
}

main().then(() => console.log(log.join('\n')), (e) => console.log('FAILED', e));
