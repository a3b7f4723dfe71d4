// node:events for jsrt-node: the JavaScript half of EventEmitter. Evaluated
// once per context by src/modules/events/mod.rs, which calls it with a host
// object of native helpers and then puts the native hot methods (emit, on,
// off, once and their aliases) into the prototype slots reserved below.
//
// Why this half is JavaScript: EventEmitter is subclassed in every way Node
// allows (`class extends`, `EventEmitter.call(this)` with util.inherits,
// copying the prototype as a mixin), so the constructor, the prototype and
// the statics must be ordinary JS objects whose names, lengths and key order
// user code observes; `once`/`on` are promise and async-iterator plumbing.
// Everything here is either off the hot path or shape. Behaviour is Node 20's
// as documented and as `node` shows it; errors carry Node's codes and text
// (built in Rust by the host helpers).
(function (host) {
  'use strict';

  const { errInvalidArgType, errOutOfRange, nodeError, inspect, getProcess } = host;

  // Symbols whose descriptions user code sees (Reflect.ownKeys of an emitter).
  const CAPTURE = Symbol('kCapture');
  const SHAPE_MODE = Symbol('shapeMode');
  const ERROR_MONITOR = Symbol('events.errorMonitor');
  const REJECTION_HANDLER = Symbol.for('nodejs.rejection');
  const ET_MAX = Symbol('events.maxEventTargetListeners');
  const ET_WARNED = Symbol('events.maxEventTargetListenersWarned');
  // Shared with EventTarget (a well-known key, so targets from other realms count).
  const IS_EVENT_TARGET = Symbol.for('nodejs.event_target');
  // A listener registered through this key ignores stopImmediatePropagation.
  const RESIST_STOP = Symbol('kResistStopPropagation');
  const WATERMARKS = Symbol.for('nodejs.watermarkData');
  // Node 20 has Symbol.dispose; Bellard's QuickJS does not.
  const DISPOSE = Symbol.dispose || Symbol.for('nodejs.dispose');
  const FROZEN_EMPTY = Object.freeze({ __proto__: null });

  // `mirror` is put here by emitter.rs: the native adding methods keep a copy
  // of the default limit.
  const settings = { __proto__: null, defaultMaxListeners: 10, mirror: undefined };
  function setDefaultLimit(n) {
    settings.defaultMaxListeners = n;
    if (settings.mirror !== undefined) settings.mirror(n);
  }

  function process() {
    const p = getProcess();
    return p !== null && typeof p === 'object' ? p : undefined;
  }

  function later(fn, a, b, c, d) {
    const p = process();
    if (p && typeof p.nextTick === 'function') p.nextTick(fn, a, b, c, d);
    else Promise.resolve().then(() => fn(a, b, c, d));
  }

  function microtask(fn) {
    if (typeof queueMicrotask === 'function') queueMicrotask(fn);
    else Promise.resolve().then(fn);
  }

  function warn(w) {
    const p = process();
    if (p && typeof p.emitWarning === 'function') p.emitWarning(w);
  }

  // ----- argument checks -----------------------------------------------------------

  function needFunction(v, name) {
    if (typeof v !== 'function') throw errInvalidArgType(name, 'Function', v);
  }

  function needBoolean(v, name) {
    if (typeof v !== 'boolean') throw errInvalidArgType(name, 'boolean', v);
  }

  // A listener limit: any number >= 0 (Infinity included).
  function needLimit(v, name) {
    if (typeof v !== 'number') throw errInvalidArgType(name, 'number', v);
    if (!(v >= 0)) throw errOutOfRange(name, '>= 0', v);
  }

  function needIntegerAtLeast(v, name, low) {
    if (typeof v !== 'number') throw errInvalidArgType(name, 'number', v);
    if (!Number.isInteger(v)) throw errOutOfRange(name, 'an integer', v);
    if (v < low || v > Number.MAX_SAFE_INTEGER) {
      throw errOutOfRange(name, `>= ${low} && <= ${Number.MAX_SAFE_INTEGER}`, v);
    }
  }

  function needUint32(v, name) {
    if (typeof v !== 'number') throw errInvalidArgType(name, 'number', v);
    if (!Number.isInteger(v)) throw errOutOfRange(name, 'an integer', v);
    if (v < 0 || v > 0xffffffff) throw errOutOfRange(name, '>= 0 && <= 4294967295', v);
  }

  function needObject(v, name, functionsToo) {
    const ok = v !== null && !Array.isArray(v) &&
      (typeof v === 'object' || (functionsToo && typeof v === 'function'));
    if (!ok) throw errInvalidArgType(name, 'Object', v);
  }

  // Duck-typed, as in Node: anything with an `aborted` key passes.
  function needSignalOrUndefined(v, name) {
    if (v === undefined) return;
    if (v === null || typeof v !== 'object' || !('aborted' in v)) throw errInvalidArgType(name, 'AbortSignal', v);
  }

  class AbortError extends Error {
    constructor(message = 'The operation was aborted', options = undefined) {
      super(message, options);
      this.code = 'ABORT_ERR';
      this.name = 'AbortError';
      host.headStack(this);
    }
  }

  function abortedBy(signal) {
    return new AbortError(undefined, { cause: signal?.reason });
  }

  // ----- the constructor and its statics ---------------------------------------------

  function EventEmitter(opts) {
    EventEmitter.init.call(this, opts);
  }
  const proto = EventEmitter.prototype;

  // Statics, in the order Object.keys(require('events')) lists them in Node.
  EventEmitter.addAbortListener = addAbortListener;
  EventEmitter.once = once;
  EventEmitter.on = on;
  EventEmitter.getEventListeners = getEventListeners;
  EventEmitter.getMaxListeners = getMaxListeners;
  EventEmitter.EventEmitter = EventEmitter;
  EventEmitter.usingDomains = false;
  EventEmitter.captureRejectionSymbol = REJECTION_HANDLER;
  Object.defineProperty(EventEmitter, 'captureRejections', {
    __proto__: null,
    enumerable: true,
    get() {
      return proto[CAPTURE];
    },
    set(on) {
      needBoolean(on, 'EventEmitter.captureRejections');
      proto[CAPTURE] = on;
    },
  });
  let asyncResourceClass;
  Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get: function lazyEventEmitterAsyncResource() {
      return (asyncResourceClass ??= defineAsyncResource());
    },
    set: undefined,
  });
  EventEmitter.errorMonitor = ERROR_MONITOR;
  Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
    __proto__: null,
    enumerable: true,
    get: function () {
      return settings.defaultMaxListeners;
    },
    set: function (n) {
      needLimit(n, 'defaultMaxListeners');
      setDefaultLimit(n);
    },
  });
  Object.defineProperty(EventEmitter, 'kMaxEventTargetListeners', { __proto__: null, value: ET_MAX });
  Object.defineProperty(EventEmitter, 'kMaxEventTargetListenersWarned', { __proto__: null, value: ET_WARNED });

  EventEmitter.setMaxListeners = function (n = settings.defaultMaxListeners, ...targets) {
    needLimit(n, 'setMaxListeners');
    if (targets.length === 0) {
      setDefaultLimit(n);
      return;
    }
    for (const t of targets) {
      if (isEventTarget(t)) {
        t[ET_MAX] = n;
        t[ET_WARNED] = false;
      } else if (typeof t.setMaxListeners === 'function') {
        t.setMaxListeners(n);
      } else {
        throw errInvalidArgType('eventTargets', ['EventEmitter', 'EventTarget'], t);
      }
    }
  };

  // Also what `EventEmitter.call(this)` runs. An object that already carries
  // its own listener table (set up by a subclass before calling us) keeps it,
  // and removals then blank entries instead of deleting them ("shape mode").
  EventEmitter.init = function (opts) {
    const inherited = this._events === undefined || this._events === Object.getPrototypeOf(this)._events;
    if (inherited) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    }
    this[SHAPE_MODE] = !inherited;
    // An inherited limit becomes the instance's own (undefined when unset).
    const limit = this._maxListeners;
    this._maxListeners = limit ? limit : undefined;
    const capture = opts?.captureRejections;
    if (capture) {
      needBoolean(capture, 'options.captureRejections');
      this[CAPTURE] = true;
    } else {
      this[CAPTURE] = proto[CAPTURE];
    }
  };

  EventEmitter.listenerCount = function (emitter, type) {
    return typeof emitter.listenerCount === 'function'
      ? emitter.listenerCount(type)
      : countListeners(emitter, type, undefined);
  };

  // ----- the prototype ---------------------------------------------------------------

  Object.defineProperty(proto, CAPTURE, { __proto__: null, value: false, writable: true });
  proto._events = undefined;
  proto._eventsCount = 0;
  proto._maxListeners = undefined;

  function limitOf(emitter) {
    const own = emitter._maxListeners;
    return own === undefined ? settings.defaultMaxListeners : own;
  }

  proto.setMaxListeners = function setMaxListeners(n) {
    needLimit(n, 'setMaxListeners');
    this._maxListeners = n;
    return this;
  };

  proto.getMaxListeners = function getMaxListeners() {
    return limitOf(this);
  };

  // The native methods (mod.rs) take these slots, so the key order stays Node's.
  const NATIVE_SLOTS = ['emit', 'addListener', 'on', 'prependListener', 'once', 'prependOnceListener',
    'removeListener', 'off'];
  for (const name of NATIVE_SLOTS) proto[name] = undefined;

  proto.removeAllListeners = function removeAllListeners(type) {
    const table = this._events;
    if (table === undefined) return this;
    const everything = arguments.length === 0;
    if (table.removeListener === undefined) {
      // Nobody listens for removals: drop entries without announcing them.
      if (everything) {
        this._events = { __proto__: null };
        this._eventsCount = 0;
      } else if (table[type] !== undefined) {
        this._eventsCount -= 1;
        if (this._eventsCount === 0) this._events = { __proto__: null };
        else delete table[type];
      }
      this[SHAPE_MODE] = false;
      return this;
    }
    if (everything) {
      // 'removeListener' listeners go last, so they hear about all the others.
      for (const key of Reflect.ownKeys(table)) {
        if (key !== 'removeListener') this.removeAllListeners(key);
      }
      this.removeAllListeners('removeListener');
      this._events = { __proto__: null };
      this._eventsCount = 0;
      this[SHAPE_MODE] = false;
      return this;
    }
    const entry = table[type];
    if (typeof entry === 'function') {
      this.removeListener(type, entry);
    } else if (entry !== undefined) {
      // Newest first.
      for (let i = entry.length - 1; i >= 0; i--) this.removeListener(type, entry[i]);
    }
    return this;
  };

  // The entry for `type` as a fresh array; `unwrap` swaps once-wrappers for
  // the functions they wrap.
  function listenerArray(emitter, type, unwrap) {
    const table = emitter._events;
    const entry = table === undefined ? undefined : table[type];
    if (entry === undefined) return [];
    const list = typeof entry === 'function' ? [entry] : Array.prototype.slice.call(entry);
    if (unwrap) {
      for (let i = 0; i < list.length; i++) {
        const inner = list[i].listener;
        if (typeof inner === 'function') list[i] = inner;
      }
    }
    return list;
  }

  proto.listeners = function listeners(type) {
    return listenerArray(this, type, true);
  };

  proto.rawListeners = function rawListeners(type) {
    return listenerArray(this, type, false);
  };

  function countListeners(emitter, type, fn) {
    const table = emitter._events;
    if (table === undefined) return 0;
    const entry = table[type];
    if (entry === undefined) return 0;
    const many = typeof entry !== 'function';
    if (fn == null) return many ? entry.length : 1;
    let n = 0;
    const total = many ? entry.length : 1;
    for (let i = 0; i < total; i++) {
      const l = many ? entry[i] : entry;
      if (l === fn || l.listener === fn) n++;
    }
    return n;
  }

  proto.listenerCount = function listenerCount(type, listener) {
    return countListeners(this, type, listener);
  };

  proto.eventNames = function eventNames() {
    return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
  };

  // ----- helpers the native methods call -------------------------------------------------

  // emit('error') with no 'error' listener: what to throw.
  function throwUnhandled(er) {
    if (er instanceof Error) throw er;
    let shown;
    try {
      shown = inspect(er);
    } catch {
      shown = er;
    }
    const err = nodeError('Error', 'ERR_UNHANDLED_ERROR',
                          shown === undefined ? 'Unhandled error.' : `Unhandled error. (${shown})`);
    err.context = er;
    throw err;
  }

  // A listener of an emitter with captureRejections returned `result`: route
  // its rejection to the emitter's handler or 'error' event.
  function captureRejection(emitter, result, type, args) {
    let then;
    try {
      then = result.then;
      if (typeof then !== 'function') return;
      then.call(result, undefined, (reason) => later(deliverRejection, emitter, reason, type, args));
    } catch (err) {
      emitter.emit('error', err);
    }
  }

  function deliverRejection(emitter, reason, type, args) {
    const handler = emitter[REJECTION_HANDLER];
    if (typeof handler === 'function') {
      handler.call(emitter, reason, type, ...args);
      return;
    }
    // Off while the 'error' event runs, so a rejecting 'error' listener cannot loop.
    const saved = emitter[CAPTURE];
    emitter[CAPTURE] = false;
    try {
      emitter.emit('error', reason);
    } finally {
      emitter[CAPTURE] = saved;
    }
  }

  // The list for `type` just grew past the emitter's limit.
  function leakWarning(emitter, type, list, limit) {
    list.warned = true;
    const w = new Error(`Possible EventEmitter memory leak detected. ${list.length} ${String(type)} listeners ` +
                        `added to ${inspect(emitter, { depth: -1 })}. MaxListeners is ${limit}. ` +
                        'Use emitter.setMaxListeners() to increase limit');
    w.name = 'MaxListenersExceededWarning';
    w.emitter = emitter;
    w.type = type;
    w.count = list.length;
    warn(w);
  }

  // ----- EventEmitter or EventTarget: the statics that take either ---------------------

  function isEventTarget(obj) {
    return obj?.constructor?.[IS_EVENT_TARGET];
  }

  function listenTo(source, type, fn, once) {
    if (typeof source.on === 'function') {
      if (once) source.once(type, fn);
      else source.on(type, fn);
    } else if (typeof source.addEventListener === 'function') {
      source.addEventListener(type, fn, once ? { __proto__: null, once, [RESIST_STOP]: true } : undefined);
    } else {
      throw errInvalidArgType('emitter', 'EventEmitter', source);
    }
  }

  function stopListening(source, type, fn) {
    if (typeof source.removeListener === 'function') source.removeListener(type, fn);
    else if (typeof source.removeEventListener === 'function') source.removeEventListener(type, fn);
    else throw errInvalidArgType('emitter', 'EventEmitter', source);
  }

  function getEventListeners(emitterOrTarget, type) {
    if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
    if (isEventTarget(emitterOrTarget)) return webEvents().listenersOf(emitterOrTarget, type);
    throw errInvalidArgType('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
  }

  function getMaxListeners(emitterOrTarget) {
    if (typeof emitterOrTarget?.getMaxListeners === 'function') return limitOf(emitterOrTarget);
    const forTarget = emitterOrTarget?.[ET_MAX];
    if (forTarget) return forTarget;
    throw errInvalidArgType('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
  }

  function addAbortListener(signal, listener) {
    if (signal === undefined) throw errInvalidArgType('signal', 'AbortSignal', signal);
    needSignalOrUndefined(signal, 'signal');
    needFunction(listener, 'listener');
    let detach = null;
    if (signal.aborted) {
      microtask(() => listener());
    } else {
      signal.addEventListener('abort', listener, { __proto__: null, once: true, [RESIST_STOP]: true });
      detach = () => signal.removeEventListener('abort', listener);
    }
    return {
      __proto__: null,
      [DISPOSE]() {
        if (detach !== null) detach();
      },
    };
  }

  // events.once(): a promise of the next `type` event's arguments; an 'error'
  // event (EventEmitters only) or the signal rejects it instead.
  async function once(emitter, type, options = FROZEN_EMPTY) {
    const signal = options?.signal;
    needSignalOrUndefined(signal, 'options.signal');
    if (signal?.aborted) throw abortedBy(signal);
    return new Promise((resolve, reject) => {
      const watchesErrors = type !== 'error' && typeof emitter.once === 'function';
      const cleanUp = () => {
        if (watchesErrors) emitter.removeListener('error', onError);
        if (signal != null) stopListening(signal, 'abort', onAbort);
      };
      const onEvent = (...args) => {
        if (typeof emitter.removeListener === 'function') emitter.removeListener('error', onError);
        if (signal != null) stopListening(signal, 'abort', onAbort);
        resolve(args);
      };
      const onError = (err) => {
        emitter.removeListener(type, onEvent);
        if (signal != null) stopListening(signal, 'abort', onAbort);
        reject(err);
      };
      const onAbort = () => {
        stopListening(emitter, type, onEvent);
        cleanUp();
        reject(abortedBy(signal));
      };
      listenTo(emitter, type, onEvent, true);
      if (watchesErrors) emitter.once('error', onError);
      if (signal != null) listenTo(signal, 'abort', onAbort, true);
    });
  }

  // ----- parts in their own files, read on first use --------------------------------

  // events.on (on.js) and EventEmitterAsyncResource (async_resource.js): a
  // script's bytecode is read whole, so what require('events') does not need
  // stays out of this file.
  let partShared;
  const share = () => (partShared ??= {
    EventEmitter, FROZEN_EMPTY, DISPOSE, WATERMARKS, errInvalidArgType, nodeError, needSignalOrUndefined,
    needIntegerAtLeast, abortedBy, listenTo, stopListening, addAbortListener,
  });
  let onImpl;
  function on(emitter, type, options = FROZEN_EMPTY) {
    onImpl ??= host.loadPart('on', share());
    return onImpl(emitter, type, options);
  }
  const defineAsyncResource = () => host.loadPart('async_resource', { ...share(), AsyncResource: host.asyncResourceClass() });

  // ----- the web event classes, loaded on first use -----------------------------------

  // EventTarget, Event, CustomEvent, AbortController and AbortSignal live in
  // event_target.js, evaluated the first time one is needed: most programs
  // never use them, and QuickJS compiles a whole script up front.
  let web;
  function webEvents() {
    web ??= host.loadEventTarget({
      host,
      EventEmitter,
      FROZEN_EMPTY,
      IS_EVENT_TARGET,
      ET_MAX,
      ET_WARNED,
      RESIST_STOP,
      needObject,
      needSignalOrUndefined,
      needUint32,
      warn,
      later,
    });
    return web;
  }

  // Accessors on the global object that load the classes when first read,
  // then turn into the plain data properties Node has.
  function installWebGlobals(global, names) {
    for (const name of names) {
      const settle = (value) => Object.defineProperty(global, name, {
        __proto__: null, value, writable: true, enumerable: false, configurable: true,
      });
      // Named `get X`/`set X`, as Node's lazy globals' accessors are.
      const { get, set } = Object.getOwnPropertyDescriptor({
        get [name]() {
          const value = webEvents()[name];
          settle(value);
          return value;
        },
        set [name](value) {
          settle(value);
        },
      }, name);
      Object.defineProperty(global, name, { __proto__: null, enumerable: false, configurable: true, get, set });
    }
  }

  return {
    EventEmitter,
    AbortError,
    settings,
    symbols: { capture: CAPTURE, shapeMode: SHAPE_MODE, errorMonitor: ERROR_MONITOR },
    throwUnhandled,
    captureRejection,
    leakWarning,
    installWebGlobals,
    lazyEventTarget: webEvents,
  };
})
