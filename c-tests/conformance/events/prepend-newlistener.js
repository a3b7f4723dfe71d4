// 'newListener' fires once per added listener, whatever the number already
// registered and whether it is appended or prepended.
const EventEmitter = require('events');
const e = new EventEmitter();
const seen = [];
e.on('newListener', (type, fn) => seen.push(`${String(type)}:${fn.name}`));
function f() {} function g() {} function h() {} function k() {} function once1() {}
e.on('a', f);
e.on('a', g);
e.prependListener('a', h);
e.prependListener('a', k);
e.prependOnceListener('a', once1);
e.addListener('a', f);
e.prependListener(Symbol.for('s'), h);
e.prependListener(Symbol.for('s'), g);
console.log(seen.length, JSON.stringify(seen));
console.log(JSON.stringify(e.listeners('a').map((fn) => fn.name)), JSON.stringify(e.rawListeners('a').map((fn) => fn.name)));
// A 'newListener' handler that adds listeners of the same type.
const e2 = new EventEmitter();
let n = 0;
e2.on('newListener', (type) => { if (type === 'x' && n++ < 2) e2.prependListener('x', () => {}); });
e2.on('x', () => {}); e2.on('x', () => {}); e2.prependListener('x', () => {});
console.log(n, e2.listenerCount('x'));
