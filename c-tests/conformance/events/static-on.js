// events.on: an async iterator of argument arrays.
const EventEmitter = require('events');
const { on } = EventEmitter;
const show = (e) => console.log(JSON.stringify([e.name, e.code, e.message]));

async function main() {
  const e = new EventEmitter();
  setTimeout(() => {
    e.emit('data', 1);
    e.emit('data', 2, 'two');
    e.emit('data', 3);
  }, 1);
  const seen = [];
  for await (const args of on(e, 'data')) {
    seen.push(JSON.stringify(args));
    if (seen.length === 3) break;
  }
  console.log(seen.join(' '), e.listenerCount('data'), e.listenerCount('error'));

  // events emitted before next() are queued
  const it = on(e, 'q');
  e.emit('q', 'a');
  e.emit('q', 'b');
  console.log(JSON.stringify(await it.next()), JSON.stringify(await it.next()));
  const pending = it.next();
  e.emit('q', 'c');
  console.log(JSON.stringify(await pending));
  console.log(JSON.stringify(await it.return()), JSON.stringify(await it.next()), e.listenerCount('q'));

  // 'error' rejects the next read and ends the iteration
  const it2 = on(e, 'r');
  e.emit('error', new Error('broken'));
  try { await it2.next(); } catch (err) { console.log('rejected', err.message); }
  console.log(JSON.stringify(await it2.next()), e.listenerCount('r'));

  // close events end the iteration
  const it3 = on(e, 's', { close: ['end'] });
  e.emit('s', 1);
  e.emit('end');
  console.log(JSON.stringify(await it3.next()), JSON.stringify(await it3.next()));

  // throw()
  const it4 = on(e, 't');
  const p4 = it4.next();
  it4.throw(new Error('thrown in'));
  try { await p4; } catch (err) { console.log('throw rejected', err.message); }
  try { it4.throw('nope'); } catch (err) { show(err); }

  // abort signal
  const ac = new AbortController();
  const it5 = on(e, 'u', { signal: ac.signal });
  const p5 = it5.next();
  ac.abort();
  try { await p5; } catch (err) { console.log(err.name, err.code); }

  // validation
  for (const opts of [{ highWaterMark: 0 }, { lowWaterMark: 'x' }, { signal: 1 }, { highWatermark: 1.5 }]) {
    try { on(e, 'v', opts); } catch (err) { show(err); }
  }
  const ac2 = new AbortController();
  ac2.abort();
  try { on(e, 'w', { signal: ac2.signal }); } catch (err) { console.log(err.name); }
  const it6 = on(e, 'x');
  console.log(typeof it6[Symbol.asyncIterator], it6[Symbol.asyncIterator]() === it6);
  await it6.return();
}
main().then(() => console.log('done'));
