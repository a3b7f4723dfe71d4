// captureRejections: rejected promises from listeners become 'error' events,
// or go to the Symbol.for('nodejs.rejection') method.
const EventEmitter = require('events');
const { captureRejectionSymbol } = EventEmitter;
const log = [];

const e = new EventEmitter({ captureRejections: true });
e.on('work', async (v) => { throw new Error('failed ' + v); });
e.on('error', (err) => log.push('error event: ' + err.message));
console.log(e.emit('work', 1));

class Custom extends EventEmitter {
  constructor() { super({ captureRejections: true }); }
  [captureRejectionSymbol](err, type, ...args) {
    log.push('rejection: ' + err.message + ' ' + String(type) + ' ' + args.join('+'));
  }
}
const c = new Custom();
c.on('job', async () => { throw new Error('job failed'); });
c.on('job', () => Promise.reject(new Error('second')));
c.emit('job', 'a', 'b');

// without captureRejections nothing is attached
const plain = new EventEmitter();
let handled = false;
plain.on('x', () => ({ then(ok, fail) { handled = typeof fail === 'function'; } }));
plain.emit('x');

// a thenable whose then getter throws: the error goes to 'error'
const t = new EventEmitter({ captureRejections: true });
t.on('error', (err) => log.push('getter threw: ' + err.message));
t.on('y', () => ({ get then() { throw new Error('bad then'); } }));
t.emit('y');

// global default
EventEmitter.captureRejections = true;
const g = new EventEmitter();
EventEmitter.captureRejections = false;
g.on('error', (err) => log.push('global default: ' + err.message));
g.on('z', async () => { throw new Error('z'); });
g.emit('z');
console.log(EventEmitter.captureRejections);

setTimeout(() => {
  console.log(log.join('\n'));
  console.log('handled', handled);
}, 10);
