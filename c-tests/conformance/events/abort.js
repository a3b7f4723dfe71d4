// AbortController / AbortSignal and events.addAbortListener.
const { addAbortListener } = require('events');
const show = (e) => console.log(JSON.stringify([e.name, e.code, e.message]));
console.log(typeof AbortController, typeof AbortSignal);
console.log(JSON.stringify(Object.keys(AbortController.prototype)), JSON.stringify(Object.keys(AbortSignal.prototype)));
const ac = new AbortController();
const { signal } = ac;
console.log(signal === ac.signal, signal instanceof EventTarget, signal instanceof AbortSignal, signal.aborted, signal.reason, signal.onabort);
console.log(Object.prototype.toString.call(ac), Object.prototype.toString.call(signal));
const log = [];
signal.addEventListener('abort', (e) => log.push('listener ' + e.type + ' ' + e.isTrusted + ' ' + (e.target === signal)));
signal.onabort = (e) => log.push('onabort ' + e.type);
ac.abort();
ac.abort();
console.log(log.join(' | '), signal.aborted);
console.log(signal.reason instanceof Error, signal.reason.name, signal.reason.message, signal.reason.code);
try { signal.throwIfAborted(); } catch (e) { console.log('threw', e === signal.reason); }

const ac2 = new AbortController();
ac2.abort({ custom: 1 });
console.log(JSON.stringify(ac2.signal.reason));
const s3 = AbortSignal.abort('r');
console.log(s3.aborted, s3.reason);
console.log(AbortSignal.abort().reason.name);
try { new AbortSignal(); } catch (e) { show(e); }
try { Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}); } catch (e) { show(e); }
new AbortController().signal.throwIfAborted();

// AbortSignal.any
const a1 = new AbortController();
const a2 = new AbortController();
const any = AbortSignal.any([a1.signal, a2.signal]);
any.addEventListener('abort', () => log.push('any aborted ' + any.reason));
a2.abort('second');
console.log(any.aborted, any.reason, log[log.length - 1]);
console.log(AbortSignal.any([AbortSignal.abort('pre')]).reason);

// addAbortListener
const ac4 = new AbortController();
const disposable = addAbortListener(ac4.signal, (e) => console.log('abort listener', e.type));
console.log(typeof disposable[Symbol.dispose || Symbol.for('nodejs.dispose')] === 'function' || typeof disposable === 'object');
ac4.abort();
const ac5 = new AbortController();
const d5 = addAbortListener(ac5.signal, () => console.log('never called'));
for (const k of Object.getOwnPropertySymbols(d5)) d5[k]();
ac5.abort();
addAbortListener(AbortSignal.abort(), (...args) => console.log('already aborted, async', args.length));
console.log('sync end');
try { addAbortListener(undefined, () => {}); } catch (e) { show(e); }
try { addAbortListener({}, () => {}); } catch (e) { show(e); }
try { addAbortListener(new AbortController().signal, 'x'); } catch (e) { show(e); }
// AbortSignal.timeout
const ts = AbortSignal.timeout(1);
console.log(ts.aborted, ts instanceof AbortSignal);
setTimeout(() => console.log('timed out', ts.aborted, ts.reason.name, ts.reason.message), 30);
try { AbortSignal.timeout(-1); } catch (e) { show(e); }
// AbortSignal.any: entries are duck-typed, but undefined is refused.
for (const entries of [[AbortSignal.abort(), undefined], [null], [5]]) {
  try {
    AbortSignal.any(entries);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
console.log(AbortSignal.any([{ aborted: false }]).aborted);
