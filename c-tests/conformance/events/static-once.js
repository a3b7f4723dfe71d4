// events.once: a promise of the arguments array; rejects on 'error'; signal.
const EventEmitter = require('events');
const { once } = EventEmitter;
const show = (e) => console.log(JSON.stringify([e.name, e.code, e.message]));

async function main() {
  const e = new EventEmitter();
  setTimeout(() => e.emit('ready', 1, 2, 3), 1);
  const args = await once(e, 'ready');
  console.log('resolved', JSON.stringify(args), e.listenerCount('ready'), e.listenerCount('error'));

  setTimeout(() => e.emit('error', new Error('bad')), 1);
  try { await once(e, 'ready'); } catch (err) { console.log('rejected', err.message, e.listenerCount('ready'), e.listenerCount('error')); }

  // waiting for 'error' itself resolves with it
  setTimeout(() => e.emit('error', new Error('expected')), 1);
  const [err] = await once(e, 'error');
  console.log('error event', err.message);

  // an already-aborted signal rejects at once
  const ac = new AbortController();
  ac.abort();
  try { await once(e, 'x', { signal: ac.signal }); } catch (err2) { console.log(err2.name, err2.code, err2.message, err2.cause === ac.signal.reason); }

  // aborting while waiting removes the listeners
  const ac2 = new AbortController();
  const p = once(e, 'y', { signal: ac2.signal });
  console.log('waiting', e.listenerCount('y'), e.listenerCount('error'));
  ac2.abort('why');
  try { await p; } catch (err3) { console.log(err3.name, err3.message, err3.cause, e.listenerCount('y'), e.listenerCount('error')); }

  // a resolved once with a signal no longer listens to it
  const ac3 = new AbortController();
  const p3 = once(e, 'z', { signal: ac3.signal });
  e.emit('z', 'zz');
  console.log(JSON.stringify(await p3));
  ac3.abort();

  // bad signals
  for (const s of [null, 1, {}, 'x']) {
    try { await once(e, 'q', { signal: s }); } catch (err4) { show(err4); }
  }
  // works on EventTargets
  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('ping')), 1);
  const [ev] = await once(et, 'ping');
  console.log('event target', ev.type, ev instanceof Event);

  // symbols as names
  const s = Symbol('sym');
  setTimeout(() => e.emit(s, 'sv'), 1);
  console.log(JSON.stringify(await once(e, s)));
  console.log(Object.prototype.toString.call(once(e, 'never')));
}
main().then(() => console.log('done'));
