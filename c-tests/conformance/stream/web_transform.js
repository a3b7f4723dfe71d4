'use strict';
// stream/web TransformStream and the text encoding streams: transform,
// flush, cancel, terminate, errors in either direction, backpressure, order.
const { TransformStream, TransformStreamDefaultController, ReadableStream, WritableStream,
  TextEncoderStream, TextDecoderStream } = require('stream/web');
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
async function readAll(readable) {
  const got = [];
  for await (const c of readable) got.push(typeof c === 'string' ? c : util.inspect(c));
  return got.join('|');
}

async function main() {
  {
    const ts = new TransformStream({
      start(c) {
        out('start', c.desiredSize, this.tag);
      },
      transform(chunk, c) {
        out('transform', chunk, c.desiredSize);
        c.enqueue(chunk.toUpperCase());
        c.enqueue(chunk + '!');
      },
      flush(c) {
        out('flush');
        c.enqueue('end');
      },
      tag: 'transformer-this',
    });
    out('inspect', util.inspect(ts));
    const w = ts.writable.getWriter();
    const writes = [later('write a', w.write('a')), later('write b', w.write('b')), later('close', w.close())];
    out('read', await readAll(ts.readable));
    await Promise.all(writes);
  }

  // Identity transform and backpressure: writes wait for reads.
  {
    const ts = new TransformStream();
    const w = ts.writable.getWriter();
    out('desired', w.desiredSize);
    let written = false;
    w.write('x').then(() => {
      written = true;
    });
    await new Promise((r) => setTimeout(r, 1));
    out('written before read', written, w.desiredSize);
    const r = ts.readable.getReader();
    out('read', JSON.stringify(await r.read()));
    await new Promise((r) => setTimeout(r, 1));
    out('written after read', written);
  }

  // Errors: transform throws, flush rejects, controller.error, terminate.
  {
    const ts = new TransformStream({ transform() {
      throw new Error('transform boom');
    } });
    const w = ts.writable.getWriter();
    const read = later('readable', ts.readable.getReader().read());
    await later('write', w.write(1));
    await read;
    await later('closed', w.closed);
  }
  {
    const ts = new TransformStream({ flush: () => Promise.reject(new Error('flush boom')) });
    await later('close', ts.writable.getWriter().close());
    await later('read', ts.readable.getReader().read());
  }
  {
    let ctl;
    const ts = new TransformStream({ start(c) {
      ctl = c;
    } });
    ctl.terminate();
    sync('enqueue after terminate', () => ctl.enqueue(1));
    await later('read', ts.readable.getReader().read());
    await later('write', ts.writable.getWriter().write(1));
  }
  {
    let ctl;
    const ts = new TransformStream({ start(c) {
      ctl = c;
    } });
    ctl.error(new Error('ctl boom'));
    await later('read', ts.readable.getReader().read());
    await later('write', ts.writable.getWriter().write(1));
  }
  // cancel of the readable side and abort of the writable side reach transformer.cancel.
  {
    const ts = new TransformStream({ cancel(reason) {
      out('cancel', reason);
    } });
    await later('readable.cancel', ts.readable.cancel('r-reason'));
    await later('write after cancel', ts.writable.getWriter().write(1));
  }
  {
    const ts = new TransformStream({ cancel(reason) {
      out('cancel', reason);
    } });
    await later('writable.abort', ts.writable.abort('w-reason'));
    await later('read after abort', ts.readable.getReader().read());
  }

  // pipeThrough
  {
    const src = new ReadableStream({ start(c) {
      c.enqueue('m');
      c.enqueue('n');
      c.close();
    } });
    const upper = new TransformStream({ transform(ch, c) {
      c.enqueue(ch.toUpperCase());
    } });
    const readable = src.pipeThrough(upper);
    out('pipeThrough same', readable === upper.readable, src.locked);
    out('piped', await readAll(readable));
  }

  sync('bad transform', () => new TransformStream({ transform: 1 }));
  sync('transformer null', () => new TransformStream(null));
  sync('readableType', () => new TransformStream({ readableType: 'bytes' }));
  sync('writableType', () => new TransformStream({ writableType: 'bytes' }));
  sync('controller ctor', () => new TransformStreamDefaultController());
  sync('brand readable', () => Object.getOwnPropertyDescriptor(TransformStream.prototype, 'readable').get.call({}));
  sync('pipeThrough bad', () => new ReadableStream().pipeThrough({}));
  sync('pipeThrough bad writable', () => new ReadableStream().pipeThrough({ readable: new ReadableStream(), writable: 1 }));
  out('keys', Object.keys(TransformStream.prototype).join(), '|', Object.keys(TransformStreamDefaultController.prototype).join());
  {
    let ctl;
    new TransformStream({ start(c) {
      ctl = c;
    } }, undefined, { highWaterMark: 3 });
    out('desired', ctl.desiredSize);
  }

  // Text encoding streams: split characters come out whole.
  {
    const enc = new TextEncoderStream();
    out('encoder', util.inspect(enc), enc.encoding);
    const w = enc.writable.getWriter();
    w.write('h\u00e9');
    w.write('\ud83d');
    w.write('\ude00!');
    w.write('');
    w.write('\ud83d');
    w.close();
    out('encoded', await readAll(enc.readable));
  }
  {
    const dec = new TextDecoderStream();
    out('decoder', dec.encoding, dec.fatal, dec.ignoreBOM);
    const w = dec.writable.getWriter();
    const bytes = Buffer.from('\ufeffx\u00e9\u20ac\ud83d\ude00', 'utf8');
    for (const b of bytes) w.write(new Uint8Array([b]));
    w.close();
    out('decoded', JSON.stringify(await readAll(dec.readable)));
  }
  {
    const dec = new TextDecoderStream('utf-8', { fatal: true });
    const w = dec.writable.getWriter();
    w.write(new Uint8Array([0xff])).catch(() => {});
    await later('fatal', dec.readable.getReader().read());
  }
  {
    const dec = new TextDecoderStream('latin1');
    const w = dec.writable.getWriter();
    w.write(new Uint8Array([0xe9]));
    w.close();
    out('latin1', dec.encoding, await readAll(dec.readable));
  }
  sync('bad label', () => new TextDecoderStream('nope'));
  {
    const out2 = await readAll(new ReadableStream({ start(c) {
      c.enqueue('pipe \u00e9');
      c.close();
    } }).pipeThrough(new TextEncoderStream()).pipeThrough(new TextDecoderStream()));
    out('round trip', out2);
  }
  // Through WritableStream as sink.
  {
    const got = [];
    await new ReadableStream({ start(c) {
      c.enqueue('k');
      c.close();
    } }).pipeThrough(new TransformStream()).pipeTo(new WritableStream({ write(c) {
      got.push(c);
    } }));
    out('sink got', got.join());
  }
}

main().then(() => console.log(log.join('\n')), (e) => console.log('FAILED', e));
