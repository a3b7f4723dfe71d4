// node:stream/web, part 1 of 5: what every web-stream class shares — the
// hidden-record registry (brand checks), Node's error objects, promise and
// queue helpers, the queuing strategies. Written for jsrt-node from the WHATWG
// Streams standard and Node 20's documented behaviour (docs/STREAMS.md §6).
//
// Every public object (stream, reader, writer, controller) is a thin shell;
// its state lives in a plain record kept in one WeakMap, so no state is
// reachable from user code and a wrong `this` is one failed lookup. The
// records point at each other directly; the algorithms work on records only.
(function (binding, web) {
  'use strict';

  const { nodeError, errInvalidArgType, errInvalidArgValue, inspect } = binding;
  const records = new WeakMap();
  const noop = () => {};

  // ----- errors (Node's codes and texts) -----------------------------------------------------

  const err = {
    badThis: (type) => nodeError('TypeError', 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`),
    state: (what) => nodeError('TypeError', 'ERR_INVALID_STATE', `Invalid state: ${what}`),
    argType: (name, expected, actual) => errInvalidArgType(name, expected, actual),
    argValue(name, value, reason, asRange) {
      const e = errInvalidArgValue(name, value, reason === undefined ? 'is invalid' : reason);
      return asRange ? nodeError('RangeError', e.code, e.message) : e;
    },
    illegal: () => nodeError('TypeError', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor'),
    unsupported: (api) => nodeError('Error', 'ERR_NOT_SUPPORTED', `stream/web ${api} is not supported`),
  };

  // A record of `kind` behind `obj`, or null.
  function recordOf(obj, kind) {
    if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) return null;
    const r = records.get(obj);
    return r !== undefined && r.kind === kind ? r : null;
  }
  // The record behind `this` of a method, or Node's ERR_INVALID_THIS.
  function self(obj, kind) {
    const r = recordOf(obj, kind);
    if (r === null) throw err.badThis(kind);
    return r;
  }
  function attach(obj, record) {
    record.shell = obj;
    records.set(obj, record);
    return record;
  }

  // Internal constructors run behind this token; a user's `new X()` of a
  // class that has no public constructor is "Illegal constructor".
  const INTERNAL = Symbol('internal');

  // ----- promises ----------------------------------------------------------------------------

  // A promise with its settle methods, and whether it is still pending
  // (the standard asks "if promise is pending" in several places). Settling
  // twice is harmless: the engine's resolve functions ignore later calls.
  class Deferred {
    constructor() {
      this.pending = true;
      this.settle = null;
      this.fail = null;
      this.promise = new Promise((resolve, reject) => {
        this.settle = resolve;
        this.fail = reject;
      });
    }
    resolve(v) {
      this.pending = false;
      this.settle(v);
    }
    reject(e) {
      this.pending = false;
      this.fail(e);
    }
  }
  const deferred = () => new Deferred();
  function settledWith(value) {
    const d = deferred();
    d.resolve(value);
    return d;
  }
  function failedWith(reason) {
    const d = deferred();
    d.reject(reason);
    d.promise.catch(noop);
    return d;
  }
  const resolved = (v) => Promise.resolve(v);
  const rejected = (e) => Promise.reject(e);
  const quiet = (p) => {
    p.then(undefined, noop);
    return p;
  };
  // Promise-returning call of a user callback: a synchronous throw becomes a rejection.
  function invoke(fn, thisArg, args) {
    try {
      return Promise.resolve(Reflect.apply(fn, thisArg, args));
    } catch (e) {
      return Promise.reject(e);
    }
  }
  // Bellard's QuickJS has no queueMicrotask.
  const microtask = typeof queueMicrotask === 'function'
    ? queueMicrotask
    : (fn) => {
      Promise.resolve().then(fn);
    };

  // ----- queue with sizes ----------------------------------------------------------------------

  // Items and their sizes side by side, read from `head` (no shifting).
  function newQueue() {
    return { items: [], sizes: [], head: 0, total: 0 };
  }
  function queueEmpty(q) {
    return q.head >= q.items.length;
  }
  function queuePush(q, value, size) {
    if (typeof size !== 'number' || !(size >= 0) || size === Infinity) {
      throw err.argValue('size', size, undefined, true);
    }
    q.items.push(value);
    q.sizes.push(size);
    q.total += size;
  }
  function queueShift(q) {
    const i = q.head;
    const value = q.items[i];
    q.total -= q.sizes[i];
    if (q.total < 0) q.total = 0;
    q.items[i] = undefined;
    if (++q.head === q.items.length || q.head > 1024) {
      q.items = q.items.slice(q.head);
      q.sizes = q.sizes.slice(q.head);
      q.head = 0;
    }
    return value;
  }
  function queuePeek(q) {
    return q.items[q.head];
  }
  function queueReset(q) {
    q.items = [];
    q.sizes = [];
    q.head = 0;
    q.total = 0;
  }

  // ----- strategies and option bags ----------------------------------------------------------

  // A dictionary argument; `nullable` ones (strategies, options) take null as {}.
  function optionBag(value, name, nullable = true) {
    if (value === undefined || (value === null && nullable)) return {};
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) throw err.argType(name, 'object', value);
    return value;
  }
  // A callback member of a dictionary: undefined, or a function (Node's wording).
  function member(dict, key, name) {
    const v = dict[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'function') throw err.argType(`${name}.${key}`, 'Function', v);
    return v;
  }
  function highWaterMarkOf(strategy, fallback) {
    const raw = strategy.highWaterMark;
    if (raw === undefined) return fallback;
    const mark = Number(raw);
    if (Number.isNaN(mark) || mark < 0) throw err.argValue('strategy.highWaterMark', mark, undefined, true);
    return mark;
  }
  function sizeOf(strategy) {
    const size = strategy.size;
    if (size === undefined) return () => 1;
    if (typeof size !== 'function') throw err.argType('strategy.size', 'Function', size);
    return (chunk) => size(chunk);
  }

  function strategyInit(init) {
    if (init === null || typeof init !== 'object') throw err.argType('init', 'object', init);
    if (init.highWaterMark === undefined) {
      throw nodeError('TypeError', 'ERR_MISSING_OPTION', 'init.highWaterMark is required');
    }
    return Number(init.highWaterMark);
  }

  // The size functions are shared by every instance (Node: same function each read).
  const byteLengthSize = { size(chunk) {
    return chunk.byteLength;
  } }.size;
  const countSize = { size() {
    return 1;
  } }.size;

  class ByteLengthQueuingStrategy {
    constructor(init) {
      attach(this, { kind: 'ByteLengthQueuingStrategy', mark: strategyInit(init) });
    }
    get highWaterMark() {
      return self(this, 'ByteLengthQueuingStrategy').mark;
    }
    get size() {
      self(this, 'ByteLengthQueuingStrategy');
      return byteLengthSize;
    }
  }
  class CountQueuingStrategy {
    constructor(init) {
      attach(this, { kind: 'CountQueuingStrategy', mark: strategyInit(init) });
    }
    get highWaterMark() {
      return self(this, 'CountQueuingStrategy').mark;
    }
    get size() {
      self(this, 'CountQueuingStrategy');
      return countSize;
    }
  }

  // ----- class shape -------------------------------------------------------------------------

  const INSPECT = Symbol.for('nodejs.util.inspect.custom');

  // Accessors and methods enumerable (WebIDL), the tag, and what util.inspect prints.
  function finishClass(C, fields) {
    const proto = C.prototype;
    for (const key of Object.getOwnPropertyNames(proto)) {
      if (key === 'constructor') continue;
      const d = Object.getOwnPropertyDescriptor(proto, key);
      Object.defineProperty(proto, key, { __proto__: null, ...d, enumerable: true });
    }
    Object.defineProperty(proto, Symbol.toStringTag, { __proto__: null, value: C.name, configurable: true });
    if (fields) {
      Object.defineProperty(proto, INSPECT, {
        __proto__: null,
        configurable: true,
        writable: true,
        value(depth, options) {
          self(this, C.name);
          // Node prints an exhausted depth as `undefined`.
          if (depth < 0) return undefined;
          const nested = Object.assign({}, options, {
            depth: options && Number.isInteger(options.depth) ? options.depth - 1 : options && options.depth,
          });
          return `${C.name} ${inspect(fields(this), nested)}`;
        },
      });
    }
  }
  finishClass(ByteLengthQueuingStrategy, (s) => ({ highWaterMark: s.highWaterMark }));
  finishClass(CountQueuingStrategy, (s) => ({ highWaterMark: s.highWaterMark }));

  // The pull loop both readable controllers share: at most one pull at a
  // time, one more when asked for during it, a failed pull errors the
  // controller. `ready(c)` and `fail(c, e)` are the controller kind's own.
  function puller(ready, fail) {
    function pullIfNeeded(c) {
      if (!ready(c)) return;
      if (c.pulling) {
        c.pullAgain = true;
        return;
      }
      c.pulling = true;
      c.pullSource().then(c.pulled, c.pullFailed);
    }
    // Made once per controller.
    function pullReactions(c) {
      c.pulled = () => {
        c.pulling = false;
        if (c.pullAgain) {
          c.pullAgain = false;
          pullIfNeeded(c);
        }
      };
      c.pullFailed = (e) => fail(c, e);
    }
    return { pullIfNeeded, pullReactions };
  }

  Object.assign(web, {
    puller,
    binding, records, noop, err, recordOf, self, attach, INTERNAL,
    deferred, settledWith, failedWith, resolved, rejected, quiet, invoke, microtask,
    newQueue, queueEmpty, queuePush, queueShift, queuePeek, queueReset,
    optionBag, member, highWaterMarkOf, sizeOf, finishClass,
    ByteLengthQueuingStrategy, CountQueuingStrategy,
  });
  return web;
})
