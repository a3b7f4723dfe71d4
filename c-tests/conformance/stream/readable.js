'use strict';
const { Readable } = require('stream');
const { note, watch, scenario, runAll } = require('./_trace');

scenario('flowing: data then end then close', () => {
  const r = new Readable({ read() {} });
  watch(r, 'r');
  note('flowing before', r.readableFlowing);
  note('push a', r.push('a'));
  note('push b', r.push('b'));
  note('push null', r.push(null));
  note('state', r._readableState.length, r._readableState.ended, r._readableState.flowing);
});

scenario('paused: readable and read()', () => {
  const r = new Readable({ read() {} });
  r.push('abc');
  r.push('def');
  r.push(null);
  r.on('readable', () => {
    let c;
    note('readable; length', r.readableLength);
    while ((c = r.read(2)) !== null) note('read(2)', c);
    note('read() at end', r.read());
  });
  r.on('end', () => note('end', r.readableEnded));
  r.on('close', () => note('close', r.destroyed, r.closed));
  note('readableFlowing', r.readableFlowing);
});

scenario('read(0), read(n) larger than the buffer, hwm growth', () => {
  let calls = 0;
  const r = new Readable({
    highWaterMark: 4,
    read(n) {
      note('_read', n, 'call', ++calls);
      if (calls < 4) this.push(Buffer.from('xy'));
      else this.push(null);
    },
  });
  note('read(0)', r.read(0));
  note('length', r.readableLength);
  note('read(100)', r.read(100));
  note('hwm', r.readableHighWaterMark);
  r.on('end', () => note('end'));
  r.on('data', (c) => note('data', c));
});

scenario('push return values and hwm in objectMode', () => {
  const r = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
  note('objectMode', r.readableObjectMode, r.readableHighWaterMark);
  note('push 1', r.push(1));
  note('push 2', r.push(2));
  note('push 3', r.push(3));
  note('length', r.readableLength, r.readableBuffer);
  note('read()', r.read());
  note('push null', r.push(null), 'push after', '(skipped)');
  r.on('data', (c) => note('data', c));
  r.on('end', () => note('end'));
});

scenario('setEncoding splits characters correctly', () => {
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  note('encoding', r.readableEncoding);
  const euro = Buffer.from('€uro');
  r.push(euro.subarray(0, 1));
  r.push(euro.subarray(1, 2));
  r.push(euro.subarray(2));
  r.push(null);
  r.on('data', (c) => note('data', c, typeof c));
  r.on('end', () => note('end'));
});

scenario('setEncoding hex after buffering', () => {
  const r = new Readable({ read() {} });
  r.push('hi');
  r.setEncoding('hex');
  note('length', r.readableLength);
  r.push(null);
  r.on('data', (c) => note('data', c));
});

scenario('unshift puts data back in front', () => {
  const r = new Readable({ read() {} });
  r.push('world');
  note('unshift', r.unshift('hello '));
  r.push(null);
  r.on('data', (c) => note('data', String(c)));
  r.on('end', () => note('end'));
});

scenario('pause and resume', () => {
  const r = new Readable({ read() {} });
  watch(r, 'r', ['data', 'pause', 'resume', 'end']);
  r.on('data', () => {});
  note('isPaused', r.isPaused(), r.readableFlowing);
  r.pause();
  note('after pause', r.isPaused(), r.readableFlowing);
  r.push('a');
  setTimeout(() => {
    note('resuming');
    r.resume();
    r.push(null);
  }, 1);
});

scenario('readable listener takes precedence over data', () => {
  const r = new Readable({ read() {} });
  r.on('readable', () => {
    note('readable', r.read());
  });
  r.on('data', (c) => note('data', c));
  note('flowing', r.readableFlowing);
  r.push('x');
  r.push(null);
  r.on('end', () => note('end'));
});

scenario('errors from push', () => {
  const r = new Readable({ read() {} });
  r.on('error', (e) => note('error', e, e.name));
  r.on('close', () => note('close', r.errored && r.errored.code));
  r.push(null);
  note('push after EOF', r.push('x'));
});

scenario('invalid chunk', () => {
  const r = new Readable({ read() {} });
  r.on('error', (e) => note('error', e));
  note('push 1', r.push(1));
});

scenario('unshift after end event', () => {
  const r = new Readable({ read() {} });
  r.on('data', () => {});
  r.on('end', () => {
    r.on('error', (e) => note('error', e));
    note('unshift', r.unshift('x'));
  });
  r.push(null);
});

scenario('_read not implemented', () => {
  const r = new Readable();
  r.on('error', (e) => note('error', e));
  r.on('close', () => note('close'));
  r.read();
});

scenario('_read throws', () => {
  const r = new Readable({ read() { throw new Error('boom'); } });
  r.on('error', (e) => note('error', e));
  r.on('close', () => note('close'));
  r.resume();
});

scenario('highWaterMark validation and defaults', () => {
  const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('stream');
  note('defaults', getDefaultHighWaterMark(false), getDefaultHighWaterMark(true));
  try { new Readable({ highWaterMark: -1 }); } catch (e) { note('hwm -1', e); }
  try { new Readable({ highWaterMark: 1.5 }); } catch (e) { note('hwm 1.5', e); }
  note('hwm 0', new Readable({ highWaterMark: 0 }).readableHighWaterMark);
  setDefaultHighWaterMark(false, 100);
  note('new default', new Readable().readableHighWaterMark, getDefaultHighWaterMark(false));
  setDefaultHighWaterMark(false, 16384);
});

scenario('Readable.from: array, string, generator, async generator', async () => {
  const collect = async (r) => { const out = []; for await (const c of r) out.push(c); return out; };
  note('array', await collect(Readable.from([1, 'two', { three: 3 }])));
  note('string', await collect(Readable.from('whole')));
  note('buffer', (await collect(Readable.from(Buffer.from('buf')))).map(String));
  note('generator', await collect(Readable.from(function* () { yield 'a'; yield 'b'; }())));
  note('async generator', await collect(Readable.from(async function* () { yield 1; await null; yield 2; }())));
  note('promises', await collect(Readable.from([Promise.resolve('p1'), 'v2'])));
  try { Readable.from(5); } catch (e) { note('from(5)', e); }
  const withNull = Readable.from([1, null, 2]);
  withNull.on('error', (e) => note('null value', e));
  withNull.resume();
});

scenario('state fields libraries read', () => {
  const r = new Readable({ read() {} });
  const s = r._readableState;
  note('fields', s.objectMode, s.highWaterMark, s.length, s.flowing, s.ended, s.endEmitted, s.reading, Array.isArray(s.pipes));
  r.push('abc');
  note('after push', s.length, typeof s.buffer.length);
  note('getters', r.readable, r.readableDidRead, r.readableAborted, r.destroyed, r.errored, r.closed);
});

runAll();
