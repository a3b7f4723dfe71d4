'use strict';
// The globals' property descriptors before and after their first read, as
// Node's: `process` and `Buffer` stay accessors (an assignment goes through
// them), the lazily made classes and atob/btoa become data properties,
// `global`, `structuredClone`, `queueMicrotask` and the timers are
// enumerable data. (EventTarget/Event are left out: Node makes them eagerly,
// the library on first read, to keep event_target.js out of start-up.)
const shape = (k) => {
  const d = Object.getOwnPropertyDescriptor(globalThis, k);
  if (!d) return 'none';
  return (d.get ? `accessor get=${d.get.name} set=${d.set.name}` : `data W=${d.writable}`) +
    ` E=${d.enumerable} C=${d.configurable}`;
};
const names = ['process', 'Buffer', 'atob', 'btoa', 'Blob', 'File', 'DOMException', 'structuredClone', 'queueMicrotask',
  'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate', 'global',
  'TextEncoder', 'TextDecoder', 'AbortController', 'AbortSignal', 'console'];
for (const n of names) console.log(n, shape(n));
for (const n of names) void globalThis[n];
console.log('--- after a read');
for (const n of names) console.log(n, shape(n));

const realProcess = process;
const realBuffer = Buffer;
globalThis.process = 'p';
globalThis.Buffer = 'b';
console.log(typeof process, typeof Buffer, shape('process'), shape('Buffer'));
const get = Object.getOwnPropertyDescriptor(globalThis, 'process').get;
console.log(get.call({}) === 'p', get.call(undefined) === 'p');
Object.getOwnPropertyDescriptor(globalThis, 'Buffer').set.call({}, 'c');
console.log(Buffer);
globalThis.process = realProcess;
globalThis.Buffer = realBuffer;
console.log(process === require('process'), Buffer === require('buffer').Buffer);
console.log(Object.keys(globalThis).filter((k) => names.includes(k)).sort().join(','));
