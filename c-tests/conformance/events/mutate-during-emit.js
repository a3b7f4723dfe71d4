'use strict';
// Listener lists changed while an emit is running them (a listener that
// removes itself or others, adds more, clears everything, re-emits), on an
// EventEmitter and on a plain object that borrowed the methods with a plain
// `_events` object (how a host's native objects often get them). Each emit
// calls the listeners registered when it started.
const EventEmitter = require('events');

const log = [];
const say = (s) => log.push(s);
const flush = (title) => {
  console.log(title + ': ' + log.join(' '));
  log.length = 0;
};

{
  const e = new EventEmitter();
  function a() { say('a'); e.off('x', a); }
  function b() { say('b'); }
  function c() { say('c'); }
  e.on('x', a).on('x', b).on('x', c);
  e.emit('x');
  e.emit('x');
  flush('self-removal');
  console.log(e.listenerCount('x'), typeof e._events.x, Array.isArray(e._events.x));
}

{
  const e = new EventEmitter();
  function a() { say('a'); e.removeListener('x', c); }
  function b() { say('b'); e.on('x', d); }
  function c() { say('c'); }
  function d() { say('d'); }
  e.on('x', a);
  e.on('x', b);
  e.on('x', c);
  e.emit('x');
  flush('first');
  e.emit('x');
  flush('second');
}

{
  const e = new EventEmitter();
  e.on('x', () => { say('1'); e.removeAllListeners('x'); });
  e.on('x', () => say('2'));
  e.on('y', () => say('y'));
  e.emit('x');
  e.emit('x');
  e.emit('y');
  flush('removeAll(x)');
  e.on('x', () => { say('3'); e.removeAllListeners(); });
  e.on('x', () => say('4'));
  e.emit('x');
  console.log(e.emit('x'), e.emit('y'), e.eventNames().length, e._eventsCount);
  flush('removeAll()');
}

{
  const e = new EventEmitter();
  let depth = 0;
  e.once('x', function one(n) {
    say('once' + n);
    if (depth++ < 2) e.emit('x', n + 1);
  });
  e.on('x', (n) => say('on' + n));
  e.emit('x', 0);
  flush('once re-emit');
  console.log(e.listenerCount('x'));
}

{
  const e = new EventEmitter();
  function l() { say('l'); }
  e.once('x', l);
  e.once('x', l);
  const raw = e.rawListeners('x');
  console.log(raw.length, raw[0].listener === l, raw[0] !== l, e.listeners('x')[0] === l);
  raw[0]();
  raw[0]();
  console.log(e.listenerCount('x'));
  e.emit('x');
  e.emit('x');
  flush('once wrappers');
}

{
  const e = new EventEmitter();
  function a() { say('a'); }
  function b() { say('b'); }
  e.on('x', a);
  e.on('x', b);
  const held = e._events.x;
  e.off('x', a);
  console.log(Array.isArray(held), held.length, held[0] === b, e._events.x === b);
}

{
  const e = new EventEmitter();
  e.on('x', () => {
    say('swap');
    e._events = Object.create(null);
    e._eventsCount = 0;
    e.on('x', () => say('new'));
  });
  e.on('x', () => say('old2'));
  e.emit('x');
  e.emit('x');
  flush('table replaced');
}

{
  // A plain object with the methods copied on and an ordinary `_events`.
  const p = {};
  for (const m of ['on', 'emit', 'once', 'removeListener', 'removeAllListeners', 'listenerCount']) {
    p[m] = EventEmitter.prototype[m];
  }
  p._events = {};
  function onData(d) { say('data:' + d); }
  p.on('data', onData);
  p.on('data', (d) => say('data2:' + d));
  p.once('close', (hadError) => {
    say('close:' + hadError);
    p.removeListener('data', onData);
    p.removeAllListeners('data');
  });
  p.on('end', function end() { say('end'); p.removeListener('end', end); });
  p.emit('data', 'a');
  p.emit('end');
  p.emit('end');
  p.emit('close', false);
  p.emit('data', 'b');
  p.emit('close', true);
  flush('borrowed methods');
  console.log(p.listenerCount('data'), p.listenerCount('close'), p.listenerCount('end'), String(p._eventsCount));
}

{
  // Many emitters with listeners that drop their own emitter while running.
  const made = [];
  for (let i = 0; i < 50; i++) {
    const e = new EventEmitter();
    e.on('close', function () { this.removeAllListeners(); made[i] = null; });
    e.on('close', () => {});
    e.once('close', () => {});
    made.push(e);
  }
  for (let i = 0; i < made.length; i++) made[i].emit('close', new Error('x'));
  console.log(made.filter(Boolean).length);
}
