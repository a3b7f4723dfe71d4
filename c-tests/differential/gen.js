// Differential generator: the same seeded cases run under node and under
// build/jsrt-node (c-tests/differential/run.sh compares the two outputs).
//
//   gen.js <module> <seed> <count>
//
// Prints one line per case: `<n> <what was called> => <result>` or
// `<n> <call> => THROW <code> <name> <message>`. Inputs stress odd and bad
// input: wrong types, NaN/negative/huge/BigInt/Symbol arguments, lone
// surrogates, empty ranges, every encoding and option, deep and circular
// structures. Everything here must behave the same on V8 and QuickJS except
// the code under test: the PRNG is integer-only and results are printed by
// `show` below, never by util.inspect (which is under test itself).
'use strict';
const [mod, seedArg, countArg] = process.argv.slice(2);
let state = (Number(seedArg) >>> 0) || 1;
const count = Number(countArg) || 1000;

// xorshift32: identical on every engine.
function next() {
  state ^= state << 13; state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5; state >>>= 0;
  return state;
}
const int = (n) => next() % n;
const pick = (list) => list[int(list.length)];
const chance = (pct) => int(100) < pct;

function esc(s) {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) out += `\\${s[i]}`;
    else if (c >= 0x20 && c < 0x7f) out += s[i];
    else out += `\\u${c.toString(16).padStart(4, '0')}`;
  }
  return `${out}"`;
}

// A printer that does not depend on the module under test.
function show(v, depth = 0, seen = []) {
  switch (typeof v) {
    case 'string': return esc(v);
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint': return `${v}n`;
    case 'symbol': return `Symbol(${esc(v.description ?? '')})`;
    case 'undefined': return 'undefined';
    case 'boolean': return String(v);
    case 'function': return `[function ${esc(v.name)}]`;
    default: break;
  }
  if (v === null) return 'null';
  if (seen.includes(v)) return '[circular]';
  if (depth > 6) return '[deep]';
  const inner = (x) => show(x, depth + 1, [...seen, v]);
  if (Buffer.isBuffer(v)) return `<Buffer ${v.toString('hex')}>`;
  if (ArrayBuffer.isView(v)) return `<${v.constructor.name} ${Array.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)).join(',')}>`;
  if (Array.isArray(v)) return `[${v.map(inner).join(',')}]`;
  if (v instanceof Error) return `Error(${esc(v.name)},${esc(String(v.message))})`;
  return `{${Object.keys(v).map((k) => `${esc(k)}:${inner(v[k])}`).join(',')}}`;
}

function run(n, label, fn) {
  let line;
  try {
    line = show(fn());
  } catch (e) {
    if (e instanceof RangeError && /call stack|too much recursion/i.test(String(e.message))) {
      line = 'THROW - RangeError <stack overflow>';
    } else if (e !== null && typeof e === 'object') {
      line = `THROW ${e.code ?? '-'} ${e.name} ${esc(String(e.message))}`;
    } else {
      line = `THROW-VALUE ${show(e)}`;
    }
  }
  if (fsRoot !== null) line = line.split(fsRoot).join('<root>').split(Buffer.from(fsRoot).toString('hex')).join('<root-hex>');
  console.log(`${n} ${label} => ${line}`);
}
let fsRoot = null;

// ---- shared input pools ------------------------------------------------------
const ODD_NUMBERS = [0, -0, 1, -1, 2, 3, 7, 8, 16, 255, 256, 1.5, -1.5, NaN, Infinity, -Infinity,
  2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 53, -(2 ** 31), 1e21, Number.MAX_SAFE_INTEGER, 0.1];
const ODD_VALUES = () => [undefined, null, true, false, '', '0', '1', 'abc', '\ud800', 1n, -1n, 2n ** 64n,
  Symbol('s'), {}, [], [1], () => 1, { valueOf() { return 3; } }, { toString() { return 'x'; } }, Object(2n)];
const STR_PIECES = ['a', 'b', 'é', 'ß', '€', '😀', '\ud83d', '\ude00', '\ud800', '\udfff', '\u0000', ' ', '\n',
  'ÿ', 'Ā', 'abc', '\ufeff', '=', '+', '/', '_', '-', 'AQID', '=='];
const ENCODINGS = ['utf8', 'utf-8', 'UTF8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'ascii',
  'hex', 'base64', 'base64url', 'buffer', 'bogus', '', undefined, null, 1];
const oddNumber = () => (chance(70) ? pick(ODD_NUMBERS) : int(40) - 10);
const oddArg = () => (chance(60) ? oddNumber() : pick(ODD_VALUES()));
const oddArgAny = oddArg;
// A size argument: odd, but never one node would really allocate gigabytes for
// (node's limit is 4 GiB, the engine's 2 GiB: both answers are right).
const sizeArg = () => {
  const v = oddArg();
  return typeof v === 'number' && v > 2 ** 20 && v < 2 ** 33 ? 2 ** 53 : v;
};
function randomString(max = 8) {
  let s = '';
  const n = int(max + 1);
  for (let i = 0; i < n; i++) s += pick(STR_PIECES);
  return s;
}
function randomBytes(max = 12) {
  const n = int(max + 1);
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = chance(30) ? pick([0, 0x7f, 0x80, 0xbf, 0xc0, 0xc3, 0xe2, 0xed, 0xf0, 0xf4, 0xff, 0x3d, 0x41]) : int(256);
  return b;
}

// ---- path ----------------------------------------------------------------
const PATH_PIECES = ['', '/', '//', '\\', '.', '..', 'a', 'b.txt', '.x', 'x.', 'C:', 'c:\\', 'C:/', '\\\\s\\sh',
  '\\\\?\\', 'nul', 'CON', 'com1', 'x:y', '😀', '\ud83d', '\ude00', '\ud800', 'é', '...', '*', '?', '[a]', '**'];
function pathString() {
  let s = '';
  const n = int(5);
  for (let i = 0; i < n; i++) s += pick(PATH_PIECES) + (chance(50) ? pick(['/', '\\', '']) : '');
  return s;
}
function genPath(n) {
  const path = require('path');
  const flavor = pick(['posix', 'win32']);
  const p = path[flavor];
  const f = pick(['resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath', 'dirname',
    'basename', 'extname', 'parse', 'format', 'matchesGlob']);
  const arg = () => (chance(90) ? pathString() : pick(ODD_VALUES()));
  let args;
  if (f === 'format') {
    const o = {};
    for (const k of ['root', 'dir', 'base', 'name', 'ext']) if (chance(50)) o[k] = chance(85) ? pathString() : pick(ODD_VALUES());
    args = [chance(90) ? o : pick(ODD_VALUES())];
  } else if (f === 'resolve' || f === 'join') {
    args = Array.from({ length: int(4) }, arg);
  } else if (f === 'relative' || f === 'matchesGlob' || f === 'basename') {
    args = [arg(), arg()];
  } else {
    args = [arg()];
  }
  if (f === 'resolve' || f === 'relative') {
    // Keep the cwd out of the results: absolute arguments only.
    args = args.map((a) => (typeof a === 'string' ? (flavor === 'win32' ? `C:\\${a}` : `/${a}`) : a));
  }
  run(n, `${flavor}.${f}(${args.map((a) => show(a)).join(',')})`, () => p[f](...args));
}

// ---- buffer --------------------------------------------------------------
function someBuffer() {
  const k = int(10);
  if (k === 0) return Buffer.alloc(0);
  if (k === 1) return Buffer.from(randomString(), pick(['utf8', 'latin1', 'ucs2']));
  if (k === 2) {
    const b = randomBytes(16);
    return b.subarray(int(b.length + 1));
  }
  return randomBytes();
}
function genBuffer(n) {
  const b = someBuffer();
  const f = pick(['from', 'toString', 'write', 'fill', 'indexOf', 'lastIndexOf', 'includes', 'compare', 'equals',
    'copy', 'subarray', 'slice', 'byteLength', 'isEncoding', 'concat', 'read', 'writeNum', 'alloc', 'swap', 'toJSON',
    'transcode', 'isUtf8', 'isAscii', 'atob', 'btoa']);
  const label = `${f} on ${show(b)}`;
  switch (f) {
    case 'from': {
      const src = pick([() => randomString(), () => [...randomBytes()], () => oddArg(), () => randomBytes().buffer]);
      const a = [src(), pick(ENCODINGS)];
      if (typeof a[0] !== 'string' && chance(50)) a[1] = oddArg();
      return run(n, `Buffer.from(${a.map((x) => show(x)).join(',')})`, () => Buffer.from(...a));
    }
    case 'toString': {
      const a = [pick(ENCODINGS), oddArg(), oddArg()].slice(0, int(4));
      return run(n, `${label}.toString(${a.map((x) => show(x)).join(',')})`, () => b.toString(...a));
    }
    case 'write': {
      const t = Buffer.from(b);
      const a = [chance(90) ? randomString() : oddArg(), oddArg(), oddArg(), pick(ENCODINGS)].slice(0, 1 + int(4));
      return run(n, `${label}.write(${a.map((x) => show(x)).join(',')})`, () => [t.write(...a), t]);
    }
    case 'fill': {
      const t = Buffer.from(b);
      const v = pick([() => randomString(3), () => int(300) - 20, () => someBuffer(), () => oddArg(), () => new Uint8Array(0)])();
      const a = [v, oddArg(), oddArg(), pick(ENCODINGS)].slice(0, 1 + int(4));
      return run(n, `${label}.fill(${a.map((x) => show(x)).join(',')})`, () => t.fill(...a));
    }
    case 'indexOf': case 'lastIndexOf': case 'includes': {
      const needle = pick([() => randomString(2), () => int(260), () => someBuffer(), () => oddArg()])();
      const a = [needle, oddArg(), pick(ENCODINGS)].slice(0, 1 + int(3));
      return run(n, `${label}.${f}(${a.map((x) => show(x)).join(',')})`, () => b[f](...a));
    }
    case 'compare': case 'equals': {
      const other = chance(85) ? someBuffer() : oddArg();
      const a = [other, oddArg(), oddArg(), oddArg(), oddArg()].slice(0, f === 'equals' ? 1 : 1 + int(5));
      return run(n, `${label}.${f}(${a.map((x) => show(x)).join(',')})`, () => b[f](...a));
    }
    case 'copy': {
      const t = Buffer.alloc(int(10));
      const a = [t, oddArg(), oddArg(), oddArg()].slice(0, 1 + int(4));
      return run(n, `${label}.copy(${a.slice(1).map((x) => show(x)).join(',')})`, () => [b.copy(...a), t]);
    }
    case 'subarray': case 'slice': {
      const a = [oddArg(), oddArg()].slice(0, int(3));
      return run(n, `${label}.${f}(${a.map((x) => show(x)).join(',')})`, () => b[f](...a));
    }
    case 'byteLength': {
      const v = chance(80) ? randomString() : oddArg();
      const e = pick(ENCODINGS);
      return run(n, `Buffer.byteLength(${show(v)},${show(e)})`, () => Buffer.byteLength(v, e));
    }
    case 'isEncoding': {
      const e = chance(80) ? pick(ENCODINGS) : oddArg();
      return run(n, `Buffer.isEncoding(${show(e)})`, () => Buffer.isEncoding(e));
    }
    case 'concat': {
      const list = Array.from({ length: int(4) }, () => (chance(85) ? someBuffer() : oddArg()));
      const a = [chance(90) ? list : oddArg(), sizeArg()].slice(0, 1 + int(2));
      return run(n, `Buffer.concat(${a.map((x) => show(x)).join(',')})`, () => Buffer.concat(...a));
    }
    case 'read': {
      const m = pick(['readUInt8', 'readInt8', 'readUInt16LE', 'readInt16BE', 'readUInt32BE', 'readInt32LE',
        'readFloatLE', 'readDoubleBE', 'readBigUInt64LE', 'readBigInt64BE', 'readUIntLE', 'readIntBE']);
      const a = [oddArg(), oddArg()].slice(0, int(3));
      return run(n, `${label}.${m}(${a.map((x) => show(x)).join(',')})`, () => b[m](...a));
    }
    case 'writeNum': {
      const t = Buffer.from(b);
      const m = pick(['writeUInt8', 'writeInt8', 'writeUInt16LE', 'writeInt16BE', 'writeUInt32BE', 'writeInt32LE',
        'writeFloatLE', 'writeDoubleBE', 'writeBigUInt64LE', 'writeBigInt64BE', 'writeUIntLE', 'writeIntBE']);
      const a = [oddArg(), oddArg(), oddArg()].slice(0, 1 + int(3));
      return run(n, `${label}.${m}(${a.map((x) => show(x)).join(',')})`, () => [t[m](...a), t]);
    }
    case 'alloc': {
      const a = [chance(70) ? int(20) : sizeArg(), pick([() => randomString(2), () => int(300), () => oddArg()])(), pick(ENCODINGS)].slice(0, 1 + int(3));
      return run(n, `Buffer.alloc(${a.map((x) => show(x)).join(',')})`, () => Buffer.alloc(...a));
    }
    case 'swap': {
      const t = Buffer.from(b);
      const m = pick(['swap16', 'swap32', 'swap64']);
      return run(n, `${label}.${m}()`, () => t[m]());
    }
    case 'toJSON': return run(n, `${label}.toJSON()`, () => b.toJSON());
    case 'transcode': {
      const { transcode } = require('buffer');
      const encs = ['utf8', 'ucs2', 'latin1', 'ascii', 'utf16le', 'binary', 'hex', 'UTF-16LE', 'base64', 'bogus'];
      const from = pick(encs);
      const to = pick(encs);
      // Text with what ICU treats specially: BOMs, other default ignorables,
      // lone surrogates, characters no single-byte target holds.
      const src = chance(50) ? b : Buffer.from(randomString() + pick(['\u200b', '\u00ad', '\ufeff', '\u2060', '\u{e0001}', '']), pick(['utf8', 'ucs2', 'latin1']));
      return run(n, `transcode(${show(src)},${show(from)},${show(to)})`, () => transcode(src, from, to));
    }
    case 'isUtf8': case 'isAscii': {
      const v = chance(90) ? b : oddArg();
      return run(n, `buffer.${f}(${show(v)})`, () => require('buffer')[f](v));
    }
    case 'atob': case 'btoa': {
      const v = chance(80) ? randomString(5) : oddArg();
      const a = chance(95) ? [v] : [];
      return run(n, `${f}(${a.map((x) => show(x)).join(',')})`, () => require('buffer')[f](...a));
    }
    default: return undefined;
  }
}

// ---- util ----------------------------------------------------------------
function randomValue(depth) {
  const leaf = () => pick([() => int(100) - 50, () => randomString(4), () => pick([null, undefined, true, NaN, -0, 1n]),
    () => Symbol(randomString(2)), () => new Date(int(1e12)), () => /a[bc]+/g])();
  if (depth <= 0 || chance(35)) return leaf();
  switch (int(6)) {
    case 0: return Array.from({ length: int(4) }, () => randomValue(depth - 1));
    case 1: {
      const o = {};
      for (let i = int(4); i > 0; i--) o[pick(['a', 'b', 'c', 'key with space', '1', '😀'])] = randomValue(depth - 1);
      return o;
    }
    case 2: return new Map(Array.from({ length: int(3) }, () => [leaf(), randomValue(depth - 1)]));
    case 3: return new Set(Array.from({ length: int(3) }, () => randomValue(depth - 1)));
    case 4: return Buffer.from(randomString(3));
    default: return [randomValue(depth - 1)];
  }
}
function nested(kind, depth) {
  let v = 1;
  for (let i = 0; i < depth; i++) {
    if (kind === 'array') v = [v];
    else if (kind === 'object') v = { v };
    else if (kind === 'map') v = new Map([[i, v]]);
    else v = new Set([v]);
  }
  return v;
}
function genUtil(n) {
  const util = require('util');
  const f = pick(['inspect', 'inspect', 'format', 'isDeepStrictEqual', 'deep-nested', 'circular', 'types']);
  if (f === 'inspect') {
    const v = randomValue(4);
    const opts = {};
    for (const [k, vals] of [['depth', [0, 1, 2, null, Infinity, -1]], ['compact', [false, true, 1, 3]], ['breakLength', [20, 80, Infinity]],
      ['sorted', [true]], ['showHidden', [true]], ['maxArrayLength', [0, 1, 2]], ['maxStringLength', [0, 2]], ['numericSeparator', [true]]]) {
      if (chance(30)) opts[k] = pick(vals);
    }
    return run(n, `inspect(${show(v)},${show(opts)})`, () => util.inspect(v, opts));
  }
  if (f === 'format') {
    const fmt = Array.from({ length: int(4) }, () => pick(['%s', '%d', '%i', '%f', '%j', '%o', '%O', '%c', '%%', 'x', ' ', '%'])).join('');
    const args = Array.from({ length: int(4) }, () => (chance(50) ? oddArg() : randomValue(2)));
    return run(n, `format(${show(fmt)},${args.map((x) => show(x)).join(',')})`, () => util.format(fmt, ...args));
  }
  if (f === 'isDeepStrictEqual') {
    const a = randomValue(3);
    const b = chance(50) ? a : randomValue(3);
    return run(n, `isDeepStrictEqual(${show(a)},${show(b)})`, () => [util.isDeepStrictEqual(a, b), util.isDeepStrictEqual(b, a)]);
  }
  if (f === 'deep-nested') {
    const kind = pick(['array', 'object', 'map', 'set']);
    // Node's own answer past ~900 levels (arrays; ~1,500 others) depends on
    // how much native stack it has left: it ends in "Inspection interrupted
    // prematurely" earlier the deeper it is called. Stay well below that.
    const depth = pick([50, 200, 300, 400, 600, 700]);
    const v = nested(kind, depth);
    if (chance(30)) {
      const w = nested(kind, depth);
      return run(n, `isDeepStrictEqual(${kind} nested ${depth} twice)`, () => util.isDeepStrictEqual(v, w));
    }
    return run(n, `inspect(${kind} nested ${depth}, depth Infinity).length`, () => util.inspect(v, { depth: Infinity }).length);
  }
  if (f === 'circular') {
    if (chance(25)) {
      // %d/%i/%f go through String(array): V8's join skips a cycle.
      const arr = [int(10), pick(['x', 2, null])];
      arr.push(chance(50) ? arr : [arr, 3]);
      const fmt = pick(['%d', '%i', '%f', '%d %i %f']);
      return run(n, `format(${show(fmt)}, cyclic array)`, () => util.format(fmt, arr, arr, arr));
    }
    const o = { a: [], b: new Map() };
    o.a.push(o, { back: o.a });
    o.b.set('self', o.b);
    o.self = o;
    return run(n, 'inspect(circular)', () => util.inspect(o, { depth: pick([0, 2, Infinity]) }));
  }
  const t = pick(['isDate', 'isRegExp', 'isMap', 'isSet', 'isPromise', 'isTypedArray', 'isUint8Array', 'isArrayBufferView',
    'isBoxedPrimitive', 'isNativeError', 'isGeneratorFunction', 'isAsyncFunction', 'isDataView', 'isAnyArrayBuffer']);
  const v = pick([() => randomValue(1), () => oddArg(), () => new DataView(new ArrayBuffer(1)), () => Object(1n), () => new TypeError('x'),
    () => function* g() {}, () => async () => {}, () => Promise.resolve(), () => new Float32Array(1)])();
  return run(n, `types.${t}(${show(v)})`, () => util.types[t](v));
}

// ---- string_decoder --------------------------------------------------------
function genStringDecoder(n) {
  const { StringDecoder } = require('string_decoder');
  const enc = pick(['utf8', 'utf16le', 'ucs2', 'latin1', 'base64', 'base64url', 'hex', 'ascii', 'bogus', undefined]);
  const chunks = Array.from({ length: 1 + int(4) }, () => randomBytes(6));
  run(n, `StringDecoder(${show(enc)}) ${chunks.map((c) => c.toString('hex')).join('|')}`, () => {
    const d = new StringDecoder(enc);
    const out = chunks.map((c) => [d.write(c), d.lastNeed, d.lastTotal]);
    out.push(d.end());
    return out;
  });
}

// ---- util.parseArgs -----------------------------------------------------------
// Option tables (sometimes invalid), argument lists built from short groups,
// inline values, '--', lone dashes and negations, and every config flag.
function genParseArgs(n) {
  const { parseArgs } = require('util');
  const options = {};
  for (let i = int(5); i > 0; i--) {
    const spec = { type: chance(98) ? pick(['string', 'boolean', 'boolean']) : pick(['number', undefined]) };
    if (chance(50)) spec.short = chance(98) ? pick(['a', 'b', 's', 'f', '-', '=', 'x']) : pick(['ab', 1, '']);
    if (chance(30)) spec.multiple = chance(98) ? true : 'yes';
    if (chance(25)) {
      const one = spec.type === 'string' ? 'd' : false;
      spec.default = chance(90) ? (spec.multiple ? [one] : one) : pick([1, [1], null]);
    }
    options[pick(['foo', 'bar', 'a', 'no-foo', 'x-y', '__proto__', 'constructor', 'b', 's'])] = chance(99) ? spec : pick([null, 5, []]);
  }
  const pool = ['-a', '-b', '-s', '-f', '-x', '-ab', '-abs', '-as', '-sa', '-sab', '-asVAL', '-bsx', '--foo', '--foo=1',
    '--foo=', '--bar', '--bar=-z', '--no-foo', '--no-bar', '--no-a', '--', '-', '---', '--=x', '-=', '-a-b', '-a-s', '-s-x',
    'pos', '-1', '--x-y', '--constructor', '--__proto__', '-f=3', 'v', '', '--a', '-ss', '--no-', '--b=q', '--=a=b'];
  const args = Array.from({ length: int(7) }, () => pick(pool));
  const cfg = { args, options };
  // Mostly non-strict, so that most cases get as far as tokens and values.
  if (chance(70)) cfg.strict = chance(98) ? chance(25) : 1;
  for (const k of ['allowPositionals', 'allowNegative', 'tokens']) {
    if (chance(50)) cfg[k] = chance(98) ? chance(50) : 1;
  }
  run(n, `parseArgs(${JSON.stringify(cfg)})`, () => {
    const r = parseArgs(cfg);
    return [JSON.stringify(r), Object.getPrototypeOf(r.values) === null, Object.keys(r).join(',')];
  });
}

// ---- events ----------------------------------------------------------------
function genEvents(n) {
  const EventEmitter = require('events');
  const ops = Array.from({ length: 3 + int(10) }, () => [pick(['on', 'once', 'prependListener', 'prependOnceListener', 'off',
    'emit', 'emit', 'removeAllListeners', 'setMaxListeners', 'listenerCount', 'eventNames', 'rawListeners']), pick(['a', 'b', 'error', 'newListener']), int(3)]);
  run(n, `events ${ops.map((o) => o.join(':')).join(' ')}`, () => {
    const e = new EventEmitter();
    const log = [];
    const fns = [0, 1, 2].map((i) => function named() { log.push(`f${i}(${[...arguments].join(',')})`); });
    for (const [op, type, i] of ops) {
      try {
        if (op === 'emit') log.push(`emit=${e.emit(type, i)}`);
        else if (op === 'removeAllListeners') e.removeAllListeners(i === 0 ? undefined : type);
        else if (op === 'setMaxListeners') e.setMaxListeners(i - 1);
        else if (op === 'listenerCount') log.push(`count=${e.listenerCount(type)}`);
        else if (op === 'eventNames') log.push(`names=${e.eventNames().join('/')}`);
        else if (op === 'rawListeners') log.push(`raw=${e.rawListeners(type).length}`);
        else e[op](type, fns[i]);
      } catch (err) {
        log.push(`throw ${err.code ?? err.name}`);
      }
    }
    return log;
  });
}


// ---- fs ------------------------------------------------------------------
// Each case works in its own fresh directory under one scratch directory in
// os.tmpdir(), entered with chdir, so paths in messages are relative; the
// scratch prefix (fsRoot) is cut from anything else that could name it.
let fsPristine = null;
function fsScratch() {
  const fs = require('fs');
  if (fsRoot === null) {
    fsRoot = fs.mkdtempSync(`${require('os').tmpdir()}/jsrt-diff-`);
    process.on('exit', () => { process.chdir('/'); fs.rmSync(fsRoot, { recursive: true, force: true }); });
  }
  const dir = `${fsRoot}/w`;
  process.chdir(fsRoot);
  // A case that changed the directory gets a fresh one (most only throw).
  if (fsPristine !== null) {
    process.chdir(dir);
    if (fsTree() === fsPristine) return dir;
    process.chdir(fsRoot);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.mkdirSync(`${dir}/d/e`, { recursive: true });
  fs.writeFileSync(`${dir}/f`, 'hello\n');
  fs.writeFileSync(`${dir}/d/g`, Buffer.from([0xc3, 0xa9, 0xff]));
  fs.symlinkSync('f', `${dir}/l`);
  fs.symlinkSync('missing', `${dir}/dangling`);
  process.chdir(dir);
  fsPristine = fsTree();
  return dir;
}
const FS_NAMES = ['f', 'd', 'd/g', 'd/e', 'l', 'dangling', 'missing', 'f/x', 'd/', 'f/', 'new', 'd/new', 'x/y/z', '', '.', 'a\u0000b', 'é', '\ud800'];
const FS_FLAGS = ['r', 'r+', 'rs+', 'w', 'wx', 'w+', 'a', 'ax', 'a+', 'as', 'xw', 'bogus', 0, 1, 2, 0o101, 0o1102, -1, 1.5, NaN, 2 ** 32, 1n, null, undefined, {}];
const FS_MODES = [0o644, 0o755, 0o600, 0, 0o777, 0o7777, 0o10000, -1, 1.5, NaN, '644', '0o644', '999', 'rw', 2 ** 32, 1n, null, undefined, Symbol('m')];
function fsPath(dir) {
  const k = int(20);
  const name = pick(FS_NAMES);
  if (k === 0) return Buffer.from(name);
  if (k === 1) return { href: `file://${dir}/${name}`, protocol: pick(['file:', 'file:', 'http:']), hostname: pick(['', '', 'host']), pathname: `${dir}/${pick([name, 'a%2Fb', 'a%00b', '%C3%A9'])}` };
  if (k === 2) {
    // Never a descriptor that is open (readFileSync(0) would read stdin).
    const v = oddArg();
    return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 2 ** 31 ? 4096 : v;
  }
  if (k === 3) return new Uint8Array(Buffer.from(name));
  return name;
}
function fsShow(v, dir) {
  const fs = require('fs');
  let out;
  if (v instanceof fs.Stats || (v && typeof v === 'object' && typeof v.isFile === 'function' && 'ino' in v)) {
    out = `Stats{file:${v.isFile()},dir:${v.isDirectory()},link:${v.isSymbolicLink()},size:${show(v.size)},perm:${show(typeof v.mode === 'bigint' ? v.mode & 0o7777n : v.mode & 0o7777)}}`;
  } else if (v instanceof fs.Dirent) {
    out = `Dirent{${esc(String(v.name))},file:${v.isFile()},dir:${v.isDirectory()},link:${v.isSymbolicLink()}}`;
  } else if (Array.isArray(v) && v.some((x) => x instanceof fs.Dirent)) {
    out = `[${v.map((x) => fsShow(x, dir)).join(',')}]`;
  } else {
    out = show(v);
  }
  return out.split(dir).join('<dir>').split(fsRoot).join('<root>');
}
// What the case directory holds afterwards: names, kinds, sizes, permissions.
function fsTree() {
  const fs = require('fs');
  const out = [];
  const walk = (rel) => {
    for (const name of fs.readdirSync(rel === '' ? '.' : rel).sort()) {
      const p = rel === '' ? name : `${rel}/${name}`;
      const st = fs.lstatSync(p);
      if (st.isSymbolicLink()) out.push(`${p}->${fs.readlinkSync(p)}`);
      else if (st.isDirectory()) { out.push(`${p}/${(st.mode & 0o777).toString(8)}`); walk(p); }
      else {
        // The head only: a huge position makes a sparse file of gigabytes.
        const head = Buffer.alloc(12);
        const fd = fs.openSync(p, 'r');
        const got = fs.readSync(fd, head, 0, 12, 0);
        fs.closeSync(fd);
        out.push(`${p}:${st.size}:${(st.mode & 0o777).toString(8)}:${head.toString('hex', 0, got)}`);
      }
    }
  };
  walk('');
  return out.join(' ');
}
function genFs(n) {
  const fs = require('fs');
  const dir = fsScratch();
  const P = () => fsPath(dir);
  // node 20 aborts (a failed assertion in its C++) on writeSync(fd, buf, 1, -0).
  const oddArg = () => {
    const v = oddArgAny();
    return Object.is(v, -0) ? 0 : v;
  };
  const data = () => pick([() => randomString(4), () => randomBytes(6), () => oddArg(), () => new Uint16Array([0x4142, 0x4344])])();
  const encOpt = () => pick([undefined, pick(ENCODINGS), { encoding: pick(ENCODINGS) }, { flag: pick(FS_FLAGS) }, { encoding: 'utf8', flag: pick(FS_FLAGS), mode: pick(FS_MODES) }, oddArg()]);
  // Real descriptors print as `fd`; odd numbers never name one that is open
  // (or stdio): both runtimes have internal descriptors of their own.
  const fds = [];
  const fdOf = (flags) => { try { const d = fs.openSync('f', flags); fds.push(d); return d; } catch { return -1; } };
  const fdArg = () => {
    // node 20 aborts (a fatal error in its C++) on fstatSync(Symbol()).
    let v = oddArg();
    if (typeof v === 'symbol') v = 'fd';
    return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 2 ** 31 ? pick([4096, 2 ** 31 - 1]) : v;
  };
  const f = pick(['openSync', 'readSync', 'writeSync', 'readFileSync', 'writeFileSync', 'appendFileSync', 'existsSync', 'statSync',
    'lstatSync', 'fstatSync', 'mkdirSync', 'rmdirSync', 'rmSync', 'unlinkSync', 'renameSync', 'copyFileSync', 'truncateSync',
    'ftruncateSync', 'readdirSync', 'accessSync', 'chmodSync', 'realpathSync', 'readlinkSync', 'symlinkSync', 'linkSync',
    'mkdtempSync', 'closeSync', 'utimesSync', 'readvSync', 'fsyncSync']);
  let args;
  let fd = null;
  switch (f) {
    case 'openSync': args = [P(), pick(FS_FLAGS), pick(FS_MODES)].slice(0, 1 + int(3)); break;
    case 'readSync': case 'writeSync': {
      fd = chance(85) ? fdOf(f === 'readSync' ? 'r+' : pick(['r+', 'a', 'r'])) : fdArg();
      const buf = chance(80) ? Buffer.alloc(int(8)) : oddArg();
      if (f === 'writeSync' && chance(40)) args = [fd, chance(80) ? randomString(4) : oddArg(), oddArg(), pick(ENCODINGS)].slice(0, 2 + int(3));
      else if (chance(20)) args = [fd, buf, { offset: oddArg(), length: oddArg(), position: oddArg() }];
      else args = [fd, buf, oddArg(), oddArg(), chance(50) ? oddArg() : pick([null, 0, 1, -1, 1n, 2n ** 63n, 2 ** 53])].slice(0, 2 + int(4));
      break;
    }
    case 'readvSync': fd = chance(85) ? fdOf('r') : fdArg(); args = [fd, chance(80) ? [Buffer.alloc(3), Buffer.alloc(int(4))] : oddArg(), oddArg()].slice(0, 2 + int(2)); break;
    case 'readFileSync': args = [chance(90) ? P() : fdOf('r'), encOpt()].slice(0, 1 + int(2)); break;
    case 'writeFileSync': case 'appendFileSync': args = [P(), data(), encOpt()].slice(0, 2 + int(2)); break;
    case 'existsSync': case 'readlinkSync': case 'rmdirSync': case 'unlinkSync': args = [P()]; break;
    case 'realpathSync': case 'readdirSync': args = [P(), pick([undefined, 'buffer', 'utf8', 'bogus', { withFileTypes: true }, { encoding: 'buffer' }, { recursive: true }, oddArg()])].slice(0, 1 + int(2)); break;
    case 'statSync': case 'lstatSync': args = [P(), pick([undefined, { bigint: true }, { throwIfNoEntry: false }, oddArg()])].slice(0, 1 + int(2)); break;
    case 'fstatSync': case 'fsyncSync': fd = chance(80) ? fdOf('r') : fdArg(); args = [fd]; break;
    case 'closeSync': fd = chance(60) ? fdOf('r') : fdArg(); args = [fd]; break;
    case 'ftruncateSync': fd = chance(80) ? fdOf(pick(['r+', 'r'])) : fdArg(); args = [fd, oddArg()].slice(0, 1 + int(2)); break;
    case 'truncateSync': args = [P(), oddArg()].slice(0, 1 + int(2)); break;
    case 'mkdirSync': args = [P(), pick([undefined, pick(FS_MODES), { recursive: true }, { recursive: pick([false, 1, 'yes']), mode: pick(FS_MODES) }])].slice(0, 1 + int(2)); break;
    case 'rmSync': args = [P(), pick([undefined, { recursive: true }, { force: true }, { recursive: true, force: true }, { maxRetries: oddArg() }, oddArg()])].slice(0, 1 + int(2)); break;
    case 'renameSync': case 'linkSync': args = [P(), P()]; break;
    case 'symlinkSync': args = [P(), P(), pick([undefined, 'file', 'dir', 'junction', 'bogus', 1])].slice(0, 2 + int(2)); break;
    case 'copyFileSync': args = [P(), P(), pick([undefined, 0, 1, 2, 4, 7, 8, -1, 1.5, 'x', 1n])].slice(0, 2 + int(2)); break;
    case 'accessSync': args = [P(), pick([undefined, 0, 1, 2, 4, 7, 8, -1, 1.5, 'x', null])].slice(0, 1 + int(2)); break;
    case 'chmodSync': args = [P(), pick(FS_MODES)]; break;
    case 'mkdtempSync': args = [pick(['t-', 'd/t-', 'missing/t-', '', 'a\u0000', 1, null, Buffer.from('b-')]), pick([undefined, 'utf8', 'buffer', 'bogus', { encoding: 'hex' }])]; break;
    case 'utimesSync': args = [P(), oddArg(), oddArg()]; break;
    default: break;
  }
  const label = `${f}(${args.map((a, i) => (i === 0 && fds.includes(a) ? 'fd' : fsShow(a, dir))).join(',')})`;
  run(n, label, () => {
    let r = fs[f](...args);
    if (f === 'mkdtempSync') { r = `${typeof r} ${r.length}`; return `${r} | ${fsTree().replace(/([tb])-[A-Za-z0-9]{6}\//, '$1-XXXXXX/')}`; }
    if (f === 'openSync') { fs.closeSync(r); r = 'fd'; }
    return `${fsShow(r, dir)} | ${fsTree()}`;
  });
  for (const d of fds) try { fs.closeSync(d); } catch { /* closed by the case */ }
}

// ---- stream ----------------------------------------------------------------
// A random sequence of calls on one Readable/Writable/Transform (object or
// byte mode), with turns of the event loop in between: the log holds every
// call to the implementation, every event in order, and after each step the
// state fields (lengths, flowing, ended/finished, destroyed, errored).
function genStream(n) {
  const { Readable, Writable, Transform } = require('stream');
  const kind = pick(['Readable', 'Writable', 'Transform']);
  const objectMode = chance(35);
  const hwm = pick([undefined, undefined, 0, 1, 2, 5]);
  const asyncCb = chance(50);
  const chunkArg = () => {
    if (chance(8)) return pick([1, undefined, {}, true, 1n]);
    if (objectMode) return pick([() => int(10), () => randomString(2), () => ({ k: int(3) }), () => [int(3)], () => Buffer.from('xy'), () => ''])();
    return pick([() => randomString(3), () => Buffer.from(randomString(2)), () => new Uint8Array([int(256)]), () => ''])();
  };
  const R = ['push', 'push', 'push-end', 'unshift', 'read', 'read', 'pause', 'resume', 'on-data', 'on-readable', 'off-data', 'setEncoding', 'isPaused'];
  const W = ['write', 'write', 'write', 'write-cb', 'end', 'cork', 'uncork', 'setDefaultEncoding'];
  const common = ['tick', 'tick', 'destroy'];
  const opsPool = kind === 'Readable' ? [...R, ...common] : kind === 'Writable' ? [...W, ...common] : [...R, ...W, ...common];
  const ops = Array.from({ length: 3 + int(10) }, () => {
    const op = pick(opsPool);
    if (op === 'push' || op === 'unshift' || op === 'write' || op === 'write-cb') return [op, chunkArg()];
    if (op === 'end') return [op, chance(40) ? chunkArg() : undefined];
    if (op === 'read') return [op, pick([undefined, 0, 1, 3, 100, -1, NaN, 2 ** 31])];
    if (op === 'destroy') return [op, chance(40) ? 'boom' : undefined];
    if (op === 'setEncoding') return [op, pick(['utf8', 'hex', 'base64', 'latin1'])];
    if (op === 'setDefaultEncoding') return [op, pick(['utf8', 'hex', 'latin1', 'bogus'])];
    return [op];
  });
  const label = `stream ${kind}${objectMode ? ' object' : ''} hwm=${hwm} ${asyncCb ? 'async' : 'sync'}: ${ops.map(([o, a]) => (a === undefined && o !== 'push' ? o : `${o}(${show(a)})`)).join(' ')}`;
  const log = [];
  const val = (c) => (typeof c === 'string' ? esc(c) : show(c));
  const opts = { objectMode };
  if (hwm !== undefined) opts.highWaterMark = hwm;
  let errorOnWrite = chance(15);
  // A callback that throws later (a push into a decoder that refuses the
  // chunk) is logged, not left to end the process.
  const later = (f) => (asyncCb ? setImmediate(() => {
    try {
      f();
    } catch (e) {
      log.push(`later THROW ${e.code ?? '-'} ${e.name}`);
    }
  }) : f());
  if (kind !== 'Writable') opts.read = function read(size) { log.push(`_read(${objectMode ? '' : size})`); };
  if (kind === 'Writable') {
    opts.write = function write(chunk, enc, cb) {
      log.push(`_write(${val(chunk)},${enc})`);
      later(() => cb(errorOnWrite ? (errorOnWrite = false, new Error('write failed')) : null));
    };
    if (chance(30)) {
      opts.writev = function writev(chunks, cb) {
        log.push(`_writev(${chunks.map((c) => val(c.chunk)).join(',')})`);
        later(() => cb());
      };
    }
    if (chance(30)) opts.final = function final(cb) { log.push('_final'); later(() => cb()); };
  }
  if (kind === 'Transform') {
    delete opts.read;
    opts.transform = function transform(chunk, enc, cb) {
      log.push(`_transform(${val(chunk)},${enc})`);
      later(() => cb(errorOnWrite ? (errorOnWrite = false, new Error('transform failed')) : null, chunk));
    };
    if (chance(50)) opts.flush = function flush(cb) { log.push('_flush'); later(() => cb(null, objectMode ? 'F' : 'F')); };
  }
  const ctor = { Readable, Writable, Transform }[kind];
  const state = (st) => {
    const parts = [];
    if (kind !== 'Writable') parts.push(`rl=${st.readableLength} rf=${st.readableFlowing} re=${st.readableEnded}`);
    if (kind !== 'Readable') parts.push(`wl=${st.writableLength} we=${st.writableEnded} wf=${st.writableFinished} nd=${st.writableNeedDrain} wc=${st.writableCorked}`);
    parts.push(`d=${st.destroyed} err=${st.errored ? st.errored.message : st.errored}`);
    return `[${parts.join(' ')}]`;
  };
  const tick = () => new Promise((resolve) => setImmediate(resolve));
  const done = (async () => {
    let st;
    try {
      st = new ctor(opts);
    } catch (e) {
      log.push(`ctor THROW ${e.code ?? e.name}`);
      return;
    }
    for (const ev of ['end', 'finish', 'close', 'drain', 'pause', 'resume', 'prefinish']) st.on(ev, () => log.push(`@${ev}`));
    st.on('error', (e) => log.push(`@error(${e.code ?? '-'},${esc(e.message)})`));
    for (const [op, arg] of ops) {
      try {
        let r;
        switch (op) {
          case 'push': r = st.push(arg); break;
          case 'push-end': r = st.push(null); break;
          case 'unshift': r = st.unshift(arg); break;
          case 'read': r = st.read(arg); break;
          case 'pause': st.pause(); break;
          case 'resume': st.resume(); break;
          case 'isPaused': r = st.isPaused(); break;
          case 'on-data': st.on('data', (c) => log.push(`@data(${val(c)})`)); break;
          case 'on-readable': st.on('readable', () => log.push('@readable')); break;
          case 'off-data': st.removeAllListeners('data'); break;
          case 'setEncoding': st.setEncoding(arg); break;
          case 'write': r = st.write(arg); break;
          case 'write-cb': r = st.write(arg, (e) => log.push(`cb(${e ? e.code ?? e.message : e})`)); break;
          case 'end': st.end(arg); break;
          case 'cork': st.cork(); break;
          case 'uncork': st.uncork(); break;
          case 'setDefaultEncoding': st.setDefaultEncoding(arg); break;
          case 'destroy': st.destroy(arg ? new Error(arg) : undefined); break;
          case 'tick': await tick(); break;
          default: break;
        }
        log.push(`${op}${r === undefined ? '' : `=${val(r)}`} ${state(st)}`);
      } catch (e) {
        log.push(`${op} THROW ${e.code ?? '-'} ${e.name} ${esc(String(e.message))}`);
      }
    }
    for (let i = 0; i < 3; i++) await tick();
    log.push(`final ${state(st)}`);
  })();
  return done.then(() => run(n, label, () => log.join(' ')));
}

const GENERATORS = { path: genPath, buffer: genBuffer, util: genUtil, string_decoder: genStringDecoder, events: genEvents,
  parse_args: genParseArgs, fs: genFs, stream: genStream };
if (!GENERATORS[mod]) {
  console.error(`usage: gen.js <${Object.keys(GENERATORS).join('|')}> <seed> <count>`);
  process.exitCode = 2;
} else {
  if (typeof process.removeAllListeners === 'function') process.removeAllListeners('warning');
  process.emitWarning = () => {};
  // Cases that wait for the event loop (stream) run one after another.
  (async () => {
    for (let i = 0; i < count; i++) {
      const r = GENERATORS[mod](i);
      if (r !== undefined) await r;
    }
  })();
}
