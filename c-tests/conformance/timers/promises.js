// node:timers/promises: values, order, AbortSignal, validation (errors as rejections), intervals.
const tp = require('timers/promises');
const timers = require('timers');
const show = (e) => `${e.name} ${e.code} ${e.message}${e.cause !== undefined ? ` cause=${String(e.cause)}` : ''}`;
console.log(Object.keys(tp), Object.keys(tp.scheduler), typeof timers.promises, timers.promises === tp);
console.log(tp.setTimeout.name, tp.setTimeout.length, tp.setImmediate.length, tp.setInterval.length, tp.scheduler.wait.length);
(async () => {
  const order = [];
  const a = tp.setTimeout(5, 'late').then((v) => order.push(v));
  const b = tp.setImmediate('soon').then((v) => order.push(v));
  const c = tp.setTimeout(1).then((v) => `t1:${v}`); // racy against setImmediate in node itself: not ordered
  const t1 = (await Promise.all([a, b, c]))[2];
  console.log(order.join(' '), t1);
  const ac = new AbortController();
  const p = tp.setTimeout(1000, 'never', { signal: ac.signal });
  ac.abort();
  await p.then(() => console.log('resolved?'), (e) => console.log('aborted:', show(e)));
  const ac2 = new AbortController();
  ac2.abort(new Error('why'));
  await tp.setImmediate('x', { signal: ac2.signal }).catch((e) => console.log('pre-aborted:', show(e)));
  await tp.setTimeout(1, 'x', { signal: AbortSignal.abort('r') }).catch((e) => console.log('pre-aborted2:', show(e)));
  for (const bad of [null, 1, 'x']) {
    const r = tp.setTimeout(1, 'v', bad);
    console.log('promise?', r instanceof Promise);
    await r.then((v) => console.log('ok', v), (e) => console.log('rejected:', show(e)));
  }
  for (const opts of [{ signal: 1 }, { signal: {} }, { ref: 1 }, { ref: 'no' }]) {
    await tp.setTimeout(1, 'v', opts).then((v) => console.log('ok', v), (e) => console.log('rejected:', show(e)));
    await tp.setImmediate('v', opts).then((v) => console.log('ok', v), (e) => console.log('rejected:', show(e)));
  }
  const keep = setTimeout(() => {}, 1000); // an unref'd timer alone would let the process end
  await tp.setTimeout(1, 'unref', { ref: false }).then((v) => console.log('with ref false:', v));
  clearTimeout(keep);
  console.log('wait', await tp.scheduler.wait(1), 'yield', await tp.scheduler.yield());
  let n = 0;
  const seen = [];
  for await (const v of tp.setInterval(1, 'tick')) {
    seen.push(v);
    if (++n === 3) break;
  }
  console.log(seen.join(','));
  const ac3 = new AbortController();
  const it = tp.setInterval(1, 'i', { signal: ac3.signal });
  console.log(await it.next());
  ac3.abort();
  await it.next().then((r) => console.log('next after abort', r), (e) => console.log('interval aborted:', show(e)));
  const bad = tp.setInterval(1, 'v', { ref: 3 });
  await bad.next().then((r) => console.log(r), (e) => console.log('interval rejected:', show(e)));
  console.log(await tp.setTimeout(), await tp.setImmediate(), await tp.setTimeout(undefined, 7));
})();
