'use strict';
const { Duplex, Readable, Writable, PassThrough, Transform, compose, duplexPair, pipeline } = require('stream');
const { note, watch, scenario, runAll } = require('./_trace');

const upper = () => new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });

scenario('duplexPair: each side reads what the other writes', () => {
  const [a, b] = duplexPair();
  note('sides', a instanceof Duplex, b instanceof Duplex, a.allowHalfOpen);
  watch(a, 'a', ['data', 'end', 'finish', 'close']);
  watch(b, 'b', ['data', 'end', 'finish', 'close']);
  a.write('to b');
  b.write('to a');
  a.end();
  b.end();
});

scenario('Duplex.from a Readable, a Writable, a pair', () => {
  const r = Duplex.from(new Readable({ read() { this.push('from readable'); this.push(null); } }));
  note('readable side', r.readable, r.writable);
  r.on('data', (c) => note('data', String(c)));
  r.on('end', () => note('end', r.readable));
  let got = '';
  const w = Duplex.from(new Writable({ write(c, e, cb) { got += c; cb(); } }));
  note('writable side', w.readable, w.writable);
  w.on('finish', () => note('finish', got, w.writable));
  w.end('into writable');
  const pt = new PassThrough();
  note('a Duplex is returned as is', Duplex.from(pt) === pt);
});

scenario('Duplex.from an async generator function', () => {
  const d = Duplex.from(async function* (source) {
    for await (const chunk of source) yield String(chunk).split('').reverse().join('');
  });
  d.on('data', (c) => note('data', c));
  d.on('end', () => note('end'));
  d.write('abc');
  d.end('xyz');
});

scenario('Duplex.from iterables and promises', async () => {
  note('array', await Duplex.from(['x', 'y']).toArray());
  note('promise', await Duplex.from(Promise.resolve('resolved')).toArray());
  try { Duplex.from(5); } catch (e) { note('from(5)', e.code); }
});

scenario('compose: streams and functions', async () => {
  const c = compose(upper(), async function* (src) { for await (const x of src) yield `<${x}>`; });
  note('composed is Duplex', c instanceof Duplex, c.readable, c.writable);
  const out = [];
  await new Promise((resolve) => {
    pipeline(Readable.from(['a', 'b']), c, new Writable({ objectMode: true, write(x, e, cb) { out.push(String(x)); cb(); } }), (err) => {
      note('pipeline', err, out);
      resolve();
    });
  });
  try { compose(); } catch (e) { note('compose()', e.code); }
  try { compose(new Writable({ write(x, e, cb) { cb(); } }), upper()); } catch (e) { note('not readable', e.code, e.message.split('.')[0]); }
});

scenario('Readable.prototype.compose', async () => {
  note('result', await Readable.from(['q']).compose(upper()).map(String).toArray());
});

scenario('Readable.wrap / readable.wrap over an old-style stream', () => {
  const EE = require('events');
  const old = new EE();
  old.pause = () => note('old.pause');
  old.resume = () => note('old.resume');
  const r = new Readable({ objectMode: true }).wrap(old);
  r.on('data', (c) => note('data', c));
  r.on('end', () => note('end'));
  old.emit('data', 'one');
  old.emit('data', 'two');
  old.emit('end');
});

runAll();
