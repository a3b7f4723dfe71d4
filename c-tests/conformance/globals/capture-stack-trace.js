'use strict';
// Error.captureStackTrace as V8's: the header line, the constructor argument,
// invalid targets, Error.stackTraceLimit, and call sites of V8's API through
// Error.prepareStackTrace (depd, stack-trace and custom errors use them).
const o = {}; Error.captureStackTrace(o); console.log(JSON.stringify(o.stack.split('\n')[0]), Object.getOwnPropertyDescriptor(o, 'stack').enumerable);
const p = { name: 'X', message: 'm' }; Error.captureStackTrace(p); console.log(JSON.stringify(p.stack.split('\n')[0]));
const q = { message: 'only' }; Error.captureStackTrace(q); console.log(JSON.stringify(q.stack.split('\n')[0]));
function A() { const e = {}; Error.captureStackTrace(e, A); return e.stack.split('\n')[1].trim().split(' ')[1]; } function B() { return A(); } console.log(B());
for (const v of [undefined, null, 1, 'x']) { try { Error.captureStackTrace(v); console.log('ok', typeof v); } catch (e) { console.log(e.name, e.message); } }
const f = function () {}; Error.captureStackTrace(f); console.log(typeof f.stack);
console.log(Error.captureStackTrace.name, Error.captureStackTrace.length, Error.stackTraceLimit, Object.getOwnPropertyDescriptor(Error, 'captureStackTrace').enumerable);
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; Error.captureStackTrace(this, MyErr); } } console.log(new MyErr('z').stack.split('\n')[0]);
const r = {}; Error.captureStackTrace(r, function notOnStack() {}); console.log(JSON.stringify(r.stack));
const saved = Error.prepareStackTrace; Error.prepareStackTrace = (err, sites) => sites; const h = {}; (function outer() { Error.captureStackTrace(h); })(); Error.prepareStackTrace = saved;
function capture() {
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = (_, sites) => sites;
  const holder = {};
  Error.captureStackTrace(holder, capture);
  const sites = holder.stack;
  Error.prepareStackTrace = saved;
  return sites;
}
function outer() { return capture(); }
const sites = outer();
const s = sites[0];
const names = ['getThis', 'getTypeName', 'getFunction', 'getFunctionName', 'getMethodName', 'getFileName', 'getLineNumber',
  'getColumnNumber', 'getEvalOrigin', 'isToplevel', 'isEval', 'isNative', 'isConstructor', 'isAsync', 'isPromiseAll',
  'getPromiseIndex', 'getScriptNameOrSourceURL', 'toString'];
for (const n of names) {
  const v = s[n]();
  // Column numbers are the engine's own (Bellard's QuickJS counts from another token).
  const shown = n === 'getColumnNumber' ? typeof v : n === 'getFileName' || n === 'getScriptNameOrSourceURL' ? require('path').basename(v)
    : n === 'toString' ? v.replace(/^.*\//, '').replace(/:\d+\)$/, ')')
      : typeof v === 'function' ? `function ${v.name}` : v;
  console.log(n, typeof s[n], JSON.stringify(shown));
}
console.log(Array.isArray(sites), sites.length > 1, typeof Error.stackTraceLimit);
