// Portions of this file are adapted from Node.js (lib/events.js,
// lib/internal/event_target.js), used under the MIT License:
//   Copyright Node.js contributors. All rights reserved.
//   Permission is hereby granted, free of charge, to any person obtaining a copy
//   of this software and associated documentation files (the "Software"), to
//   deal in the Software without restriction, including without limitation the
//   rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
//   sell copies of the Software, and to permit persons to whom the Software is
//   furnished to do so, subject to the following conditions: The above copyright
//   notice and this permission notice shall be included in all copies or
//   substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS",
//   WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.
//
// node:events for jsrt-node, evaluated once per context by
// src/modules/events/mod.rs as a function expression called with a native
// binding object.
//
// Why JavaScript: EventEmitter must be subclassable from JS in every way Node
// allows (`class X extends EventEmitter`, `EventEmitter.call(this)` with
// util.inherits, copying the prototype's methods as a mixin), its prototype
// methods are ordinary enumerable JS functions whose names, lengths and
// property order user code observes, and `once`/`on` are promise and
// async-iterator plumbing. All of that is natural in JS and awkward through
// the C API of two engines. The hot paths (emit, addListener/on,
// prependListener, removeListener/off) are replaced by native functions after
// evaluation (mod.rs; measured 2-5x faster on QuickJS, which has no JIT); the
// JS versions below stay as their slow paths ('error' events, odd `_events`
// entries) and as the reference semantics.
//
// The behaviour follows Node 20's lib/events.js and
// lib/internal/event_target.js; messages come from the native binding, which
// builds Node's error objects (code, name, message) in Rust.
(function (binding) {
  'use strict';

  const {
    errInvalidArgType, // (name, expected, actual) -> TypeError ERR_INVALID_ARG_TYPE
    errOutOfRange, // (name, range, actual) -> RangeError ERR_OUT_OF_RANGE
    nodeError, // (ctorName, code, message) -> Node-style error
    inspect, // (value, options) -> string, util.inspect when available
    getProcess, // () -> the process object (host's or the library's)
  } = binding;

  const ReflectApply = Reflect.apply;
  const ReflectOwnKeys = Reflect.ownKeys;
  const ObjectDefineProperty = Object.defineProperty;
  const ObjectDefineProperties = Object.defineProperties;
  const ObjectGetPrototypeOf = Object.getPrototypeOf;
  const ObjectSetPrototypeOf = Object.setPrototypeOf;

  const kRejection = Symbol.for('nodejs.rejection');
  const kCapture = Symbol('kCapture');
  const kErrorMonitor = Symbol('events.errorMonitor');
  const kShapeMode = Symbol('shapeMode');
  const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
  const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
  const kWatermarkData = Symbol.for('nodejs.watermarkData');
  const kResistStopPropagation = Symbol('kResistStopPropagation');
  const kFirstEventParam = Symbol('nodejs.kFirstEventParam');
  // Node 20 has Symbol.dispose; Bellard's QuickJS does not.
  const SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');
  const SymbolAsyncIterator = Symbol.asyncIterator;
  const kEmptyObject = Object.freeze({ __proto__: null });

  const queueMicrotaskFn = typeof queueMicrotask === 'function'
    ? queueMicrotask
    : (fn) => { Promise.resolve().then(fn); };

  function nextTick(fn, ...args) {
    const p = getProcess();
    if (p !== undefined && p !== null && typeof p.nextTick === 'function') {
      p.nextTick(fn, ...args);
    } else {
      queueMicrotaskFn(() => fn(...args));
    }
  }

  function emitWarning(w) {
    const p = getProcess();
    if (p !== undefined && p !== null && typeof p.emitWarning === 'function') p.emitWarning(w);
  }

  // ----- validators (lib/internal/validators.js) ---------------------------------

  function validateFunction(value, name) {
    if (typeof value !== 'function') throw errInvalidArgType(name, 'Function', value);
  }

  function validateBoolean(value, name) {
    if (typeof value !== 'boolean') throw errInvalidArgType(name, 'boolean', value);
  }

  function validateString(value, name) {
    if (typeof value !== 'string') throw errInvalidArgType(name, 'string', value);
  }

  function validateObject(value, name, allowFunction) {
    if (value === null || Array.isArray(value) ||
        (typeof value !== 'object' && (!allowFunction || typeof value !== 'function'))) {
      throw errInvalidArgType(name, 'Object', value);
    }
  }

  function validateNumber(value, name, min, max) {
    if (typeof value !== 'number') throw errInvalidArgType(name, 'number', value);
    if ((min != null && value < min) || (max != null && value > max) ||
        ((min != null || max != null) && Number.isNaN(value))) {
      throw errOutOfRange(
        name,
        `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`,
        value);
    }
  }

  function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
    if (typeof value !== 'number') throw errInvalidArgType(name, 'number', value);
    if (!Number.isInteger(value)) throw errOutOfRange(name, 'an integer', value);
    if (value < min || value > max) throw errOutOfRange(name, `>= ${min} && <= ${max}`, value);
  }

  function validateUint32(value, name, positive) {
    if (typeof value !== 'number') throw errInvalidArgType(name, 'number', value);
    if (!Number.isInteger(value)) throw errOutOfRange(name, 'an integer', value);
    const min = positive ? 1 : 0;
    if (value < min || value > 4294967295) throw errOutOfRange(name, `>= ${min} && <= 4294967295`, value);
  }

  function validateAbortSignal(signal, name) {
    if (signal !== undefined &&
        (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      throw errInvalidArgType(name, 'AbortSignal', signal);
    }
  }

  function checkListener(listener) {
    validateFunction(listener, 'listener');
  }

  // Node's AbortError (lib/internal/errors.js).
  class AbortError extends Error {
    constructor(message = 'The operation was aborted', options = undefined) {
      super(message, options);
      this.code = 'ABORT_ERR';
      this.name = 'AbortError';
    }
  }

  // ----- EventEmitter ------------------------------------------------------------

  function EventEmitter(opts) {
    EventEmitter.init.call(this, opts);
  }

  // Set up with this key order: the same as Node's Object.keys(require('events')).
  EventEmitter.addAbortListener = addAbortListener;
  EventEmitter.once = once;
  EventEmitter.on = on;
  EventEmitter.getEventListeners = getEventListeners;
  EventEmitter.getMaxListeners = getMaxListeners;
  EventEmitter.EventEmitter = EventEmitter;
  EventEmitter.usingDomains = false;
  EventEmitter.captureRejectionSymbol = kRejection;
  ObjectDefineProperty(EventEmitter, 'captureRejections', {
    __proto__: null,
    get() {
      return EventEmitter.prototype[kCapture];
    },
    set(value) {
      validateBoolean(value, 'EventEmitter.captureRejections');
      EventEmitter.prototype[kCapture] = value;
    },
    enumerable: true,
  });
  let EventEmitterAsyncResource;
  ObjectDefineProperty(EventEmitter, 'EventEmitterAsyncResource', {
    __proto__: null,
    enumerable: true,
    get: function lazyEventEmitterAsyncResource() {
      if (EventEmitterAsyncResource === undefined) EventEmitterAsyncResource = makeAsyncResourceClass();
      return EventEmitterAsyncResource;
    },
    set: undefined,
    configurable: true,
  });
  EventEmitter.errorMonitor = kErrorMonitor;

  ObjectDefineProperty(EventEmitter.prototype, kCapture, {
    __proto__: null,
    value: false,
    writable: true,
    enumerable: false,
  });

  EventEmitter.prototype._events = undefined;
  EventEmitter.prototype._eventsCount = 0;
  EventEmitter.prototype._maxListeners = undefined;

  // A plain data property, so the native addListener reads it without a call.
  const maxListenersState = { __proto__: null, defaultMaxListeners: 10 };

  ObjectDefineProperty(EventEmitter, 'defaultMaxListeners', {
    __proto__: null,
    enumerable: true,
    get: function () {
      return maxListenersState.defaultMaxListeners;
    },
    set: function (arg) {
      validateNumber(arg, 'defaultMaxListeners', 0);
      maxListenersState.defaultMaxListeners = arg;
    },
  });

  ObjectDefineProperties(EventEmitter, {
    kMaxEventTargetListeners: {
      __proto__: null, value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false,
    },
    kMaxEventTargetListenersWarned: {
      __proto__: null, value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false,
    },
  });

  function hasEventListener(self, type) {
    if (type === undefined) return self._events !== undefined;
    return self._events !== undefined && self._events[type] !== undefined;
  }

  EventEmitter.setMaxListeners = function (n = maxListenersState.defaultMaxListeners, ...eventTargets) {
    validateNumber(n, 'setMaxListeners', 0);
    if (eventTargets.length === 0) {
      maxListenersState.defaultMaxListeners = n;
    } else {
      for (let i = 0; i < eventTargets.length; i++) {
        const target = eventTargets[i];
        if (isEventTarget(target)) {
          target[kMaxEventTargetListeners] = n;
          target[kMaxEventTargetListenersWarned] = false;
        } else if (typeof target.setMaxListeners === 'function') {
          target.setMaxListeners(n);
        } else {
          throw errInvalidArgType('eventTargets', ['EventEmitter', 'EventTarget'], target);
        }
      }
    }
  };

  EventEmitter.init = function (opts) {
    if (this._events === undefined || this._events === ObjectGetPrototypeOf(this)._events) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
      this[kShapeMode] = false;
    } else {
      this[kShapeMode] = true;
    }

    this._maxListeners = this._maxListeners || undefined;

    if (opts?.captureRejections) {
      validateBoolean(opts.captureRejections, 'options.captureRejections');
      this[kCapture] = Boolean(opts.captureRejections);
    } else {
      this[kCapture] = EventEmitter.prototype[kCapture];
    }
  };

  function addCatch(that, promise, type, args) {
    if (!that[kCapture]) return;
    // Promises/A+: `then` may be a getter that throws on second use.
    try {
      const then = promise.then;
      if (typeof then === 'function') {
        then.call(promise, undefined, function (err) {
          // nextTick avoids a follow-up rejection from this promise.
          nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
        });
      }
    } catch (err) {
      that.emit('error', err);
    }
  }

  function emitUnhandledRejectionOrErr(ee, err, type, args) {
    if (typeof ee[kRejection] === 'function') {
      ee[kRejection](err, type, ...args);
    } else {
      // Disable capture rejections while emitting, or this could loop.
      const prev = ee[kCapture];
      try {
        ee[kCapture] = false;
        ee.emit('error', err);
      } finally {
        ee[kCapture] = prev;
      }
    }
  }

  EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
    validateNumber(n, 'setMaxListeners', 0);
    this._maxListeners = n;
    return this;
  };

  function _getMaxListeners(that) {
    if (that._maxListeners === undefined) return EventEmitter.defaultMaxListeners;
    return that._maxListeners;
  }

  EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
    return _getMaxListeners(this);
  };

  function throwUnhandledError(er) {
    if (er instanceof Error) {
      throw er; // Unhandled 'error' event
    }
    let stringifiedEr;
    try {
      stringifiedEr = inspect(er);
    } catch {
      stringifiedEr = er;
    }
    const err = nodeError('Error', 'ERR_UNHANDLED_ERROR',
                          stringifiedEr === undefined ? 'Unhandled error.' : `Unhandled error. (${stringifiedEr})`);
    err.context = er;
    throw err; // Unhandled 'error' event
  }

  // The reference emit; the prototype gets the native one (mod.rs), which calls
  // this for 'error'.
  function emit(type, ...args) {
    let doError = (type === 'error');

    const events = this._events;
    if (events !== undefined) {
      if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
      doError = (doError && events.error === undefined);
    } else if (!doError) {
      return false;
    }

    if (doError) throwUnhandledError(args.length > 0 ? args[0] : undefined);

    const handler = events[type];
    if (handler === undefined) return false;

    if (typeof handler === 'function') {
      const result = ReflectApply(handler, this, args);
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
    } else {
      const len = handler.length;
      const listeners = arrayClone(handler);
      for (let i = 0; i < len; ++i) {
        const result = ReflectApply(listeners[i], this, args);
        if (result !== undefined && result !== null) addCatch(this, result, type, args);
      }
    }
    return true;
  }
  EventEmitter.prototype.emit = emit;

  // `announced`: the native addListener already emitted 'newListener'.
  function _addListener(target, type, listener, prepend, announced) {
    let m;
    let events;
    let existing;

    checkListener(listener);

    events = target._events;
    if (events === undefined) {
      events = target._events = { __proto__: null };
      target._eventsCount = 0;
    } else {
      // Emit 'newListener' before adding, so a 'newListener' listener does not
      // see itself.
      if (events.newListener !== undefined && !announced) {
        target.emit('newListener', type, listener.listener ?? listener);
        // A newListener handler may have replaced this._events.
        events = target._events;
      }
      existing = events[type];
    }

    if (existing === undefined) {
      events[type] = listener;
      ++target._eventsCount;
    } else {
      if (typeof existing === 'function') {
        existing = events[type] = prepend ? [listener, existing] : [existing, listener];
      } else if (prepend) {
        existing.unshift(listener);
      } else {
        existing.push(listener);
      }

      m = _getMaxListeners(target);
      if (m > 0 && existing.length > m && !existing.warned) warnLeak(target, type, existing, m);
    }

    return target;
  }

  // Shared with the native addListener (mod.rs).
  function warnLeak(target, type, existing, m) {
    existing.warned = true;
    const w = new Error(
      `Possible EventEmitter memory leak detected. ${existing.length} ${String(type)} listeners ` +
      `added to ${inspect(target, { depth: -1 })}. MaxListeners is ${m}. Use emitter.setMaxListeners() to increase limit`);
    w.name = 'MaxListenersExceededWarning';
    w.emitter = target;
    w.type = type;
    w.count = existing.length;
    emitWarning(w);
  }

  EventEmitter.prototype.addListener = function addListener(type, listener) {
    return _addListener(this, type, listener, false);
  };

  EventEmitter.prototype.on = EventEmitter.prototype.addListener;

  EventEmitter.prototype.prependListener = function prependListener(type, listener) {
    return _addListener(this, type, listener, true);
  };

  function onceWrapper() {
    if (!this.fired) {
      this.target.removeListener(this.type, this.wrapFn);
      this.fired = true;
      if (arguments.length === 0) return this.listener.call(this.target);
      return this.listener.apply(this.target, arguments);
    }
  }

  function _onceWrap(target, type, listener) {
    const state = { fired: false, wrapFn: undefined, target, type, listener };
    const wrapped = onceWrapper.bind(state);
    wrapped.listener = listener;
    state.wrapFn = wrapped;
    return wrapped;
  }

  EventEmitter.prototype.once = function once(type, listener) {
    checkListener(listener);
    this.on(type, _onceWrap(this, type, listener));
    return this;
  };

  EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
    checkListener(listener);
    this.prependListener(type, _onceWrap(this, type, listener));
    return this;
  };

  EventEmitter.prototype.removeListener = function removeListener(type, listener) {
    checkListener(listener);

    if (!hasEventListener(this, type)) return this;

    const events = this._events;
    const list = events[type];

    if (list === listener || list.listener === listener) {
      this._eventsCount -= 1;

      if (this[kShapeMode]) {
        events[type] = undefined;
      } else if (this._eventsCount === 0) {
        this._events = { __proto__: null };
      } else {
        delete events[type];
        if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
      }
    } else if (typeof list !== 'function') {
      let position = -1;

      for (let i = list.length - 1; i >= 0; i--) {
        if (list[i] === listener || list[i].listener === listener) {
          position = i;
          break;
        }
      }

      if (position < 0) return this;

      if (position === 0) {
        list.shift();
      } else {
        // spliceOne
        for (; position + 1 < list.length; position++) list[position] = list[position + 1];
        list.pop();
      }

      if (list.length === 1) events[type] = list[0];

      if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
    }

    return this;
  };

  EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

  EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
    if (!hasEventListener(this)) return this;
    const events = this._events;

    // Not listening for removeListener: no need to emit.
    if (events.removeListener === undefined) {
      if (arguments.length === 0) {
        this._events = { __proto__: null };
        this._eventsCount = 0;
      } else if (events[type] !== undefined) {
        if (--this._eventsCount === 0) this._events = { __proto__: null };
        else delete events[type];
      }
      this[kShapeMode] = false;
      return this;
    }

    // Emit removeListener for every listener of every event.
    if (arguments.length === 0) {
      for (const key of ReflectOwnKeys(events)) {
        if (key === 'removeListener') continue;
        this.removeAllListeners(key);
      }
      this.removeAllListeners('removeListener');
      this._events = { __proto__: null };
      this._eventsCount = 0;
      this[kShapeMode] = false;
      return this;
    }

    const listeners = events[type];

    if (typeof listeners === 'function') {
      this.removeListener(type, listeners);
    } else if (listeners !== undefined) {
      // LIFO order
      for (let i = listeners.length - 1; i >= 0; i--) {
        this.removeListener(type, listeners[i]);
      }
    }

    return this;
  };

  function _listeners(target, type, unwrap) {
    if (!hasEventListener(target, type)) return [];

    const evlistener = target._events[type];

    if (typeof evlistener === 'function') return unwrap ? [evlistener.listener || evlistener] : [evlistener];

    return unwrap ? unwrapListeners(evlistener) : arrayClone(evlistener);
  }

  EventEmitter.prototype.listeners = function listeners(type) {
    return _listeners(this, type, true);
  };

  EventEmitter.prototype.rawListeners = function rawListeners(type) {
    return _listeners(this, type, false);
  };

  EventEmitter.listenerCount = function (emitter, type) {
    if (typeof emitter.listenerCount === 'function') {
      return emitter.listenerCount(type);
    }
    return listenerCount.call(emitter, type);
  };

  EventEmitter.prototype.listenerCount = listenerCount;

  function listenerCount(type, listener) {
    const events = this._events;

    if (events !== undefined) {
      const evlistener = events[type];

      if (typeof evlistener === 'function') {
        if (listener != null) {
          return listener === evlistener || listener === evlistener.listener ? 1 : 0;
        }
        return 1;
      } else if (evlistener !== undefined) {
        if (listener != null) {
          let matching = 0;
          for (let i = 0, l = evlistener.length; i < l; i++) {
            if (evlistener[i] === listener || evlistener[i].listener === listener) matching++;
          }
          return matching;
        }
        return evlistener.length;
      }
    }

    return 0;
  }

  EventEmitter.prototype.eventNames = function eventNames() {
    return this._eventsCount > 0 ? ReflectOwnKeys(this._events) : [];
  };

  function arrayClone(arr) {
    return Array.prototype.slice.call(arr);
  }

  function unwrapListeners(arr) {
    const ret = arrayClone(arr);
    for (let i = 0; i < ret.length; ++i) {
      const orig = ret[i].listener;
      if (typeof orig === 'function') ret[i] = orig;
    }
    return ret;
  }

  // ----- static helpers ----------------------------------------------------------

  function getEventListeners(emitterOrTarget, type) {
    if (typeof emitterOrTarget.listeners === 'function') {
      return emitterOrTarget.listeners(type);
    }
    if (isEventTarget(emitterOrTarget)) {
      const root = emitterOrTarget[lazyEventTarget().kEvents].get(type);
      const listeners = [];
      let handler = root?.next;
      while (handler?.listener !== undefined) {
        listeners.push(handler.listener);
        handler = handler.next;
      }
      return listeners;
    }
    throw errInvalidArgType('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
  }

  function getMaxListeners(emitterOrTarget) {
    if (typeof emitterOrTarget?.getMaxListeners === 'function') {
      return _getMaxListeners(emitterOrTarget);
    } else if (emitterOrTarget?.[kMaxEventTargetListeners]) {
      return emitterOrTarget[kMaxEventTargetListeners];
    }
    throw errInvalidArgType('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
  }

  async function once(emitter, name, options = kEmptyObject) {
    const signal = options?.signal;
    validateAbortSignal(signal, 'options.signal');
    if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
    return new Promise((resolve, reject) => {
      const errorListener = (err) => {
        emitter.removeListener(name, resolver);
        if (signal != null) {
          eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
        }
        reject(err);
      };
      const resolver = (...args) => {
        if (typeof emitter.removeListener === 'function') {
          emitter.removeListener('error', errorListener);
        }
        if (signal != null) {
          eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
        }
        resolve(args);
      };

      const opts = { __proto__: null, once: true, [kResistStopPropagation]: true };
      eventTargetAgnosticAddListener(emitter, name, resolver, opts);
      if (name !== 'error' && typeof emitter.once === 'function') {
        // EventTargets have no 'error' semantics; only EventEmitters get this.
        emitter.once('error', errorListener);
      }
      function abortListener() {
        eventTargetAgnosticRemoveListener(emitter, name, resolver);
        eventTargetAgnosticRemoveListener(emitter, 'error', errorListener);
        reject(new AbortError(undefined, { cause: signal?.reason }));
      }
      if (signal != null) {
        eventTargetAgnosticAddListener(
          signal, 'abort', abortListener, { __proto__: null, once: true, [kResistStopPropagation]: true });
      }
    });
  }

  const AsyncIteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf(async function* () {}).prototype);

  function createIterResult(value, done) {
    return { value, done };
  }

  function eventTargetAgnosticRemoveListener(emitter, name, listener, flags) {
    if (typeof emitter.removeListener === 'function') {
      emitter.removeListener(name, listener);
    } else if (typeof emitter.removeEventListener === 'function') {
      emitter.removeEventListener(name, listener, flags);
    } else {
      throw errInvalidArgType('emitter', 'EventEmitter', emitter);
    }
  }

  function eventTargetAgnosticAddListener(emitter, name, listener, flags) {
    if (typeof emitter.on === 'function') {
      if (flags?.once) {
        emitter.once(name, listener);
      } else {
        emitter.on(name, listener);
      }
    } else if (typeof emitter.addEventListener === 'function') {
      emitter.addEventListener(name, listener, flags);
    } else {
      throw errInvalidArgType('emitter', 'EventEmitter', emitter);
    }
  }

  // A FIFO queue (Node uses internal/fixed_queue).
  class Queue {
    constructor() {
      this.items = [];
      this.head = 0;
    }
    isEmpty() {
      return this.head === this.items.length;
    }
    push(v) {
      this.items.push(v);
    }
    shift() {
      const v = this.items[this.head];
      this.items[this.head++] = undefined;
      if (this.head === this.items.length) {
        this.items.length = 0;
        this.head = 0;
      }
      return v;
    }
  }

  function on(emitter, event, options = kEmptyObject) {
    const signal = options.signal;
    validateAbortSignal(signal, 'options.signal');
    if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
    // Both spellings are accepted for backward compatibility.
    const highWatermark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
    validateInteger(highWatermark, 'options.highWaterMark', 1);
    const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
    validateInteger(lowWatermark, 'options.lowWaterMark', 1);

    const unconsumedEvents = new Queue();
    const unconsumedPromises = new Queue();
    let paused = false;
    let error = null;
    let finished = false;
    let size = 0;

    const iterator = ObjectSetPrototypeOf({
      next() {
        // First, consume all unread events.
        if (size) {
          const value = unconsumedEvents.shift();
          size--;
          if (paused && size < lowWatermark) {
            emitter.resume();
            paused = false;
          }
          return Promise.resolve(createIterResult(value, false));
        }

        // Then the error, once, if one happened ('error' stops the listening).
        if (error) {
          const p = Promise.reject(error);
          error = null;
          return p;
        }

        if (finished) return closeHandler();

        return new Promise(function (resolve, reject) {
          unconsumedPromises.push({ resolve, reject });
        });
      },

      return() {
        return closeHandler();
      },

      throw(err) {
        if (!err || !(err instanceof Error)) {
          throw errInvalidArgType('EventEmitter.AsyncIterator', 'Error', err);
        }
        errorHandler(err);
      },
      [SymbolAsyncIterator]() {
        return this;
      },
      [kWatermarkData]: {
        get size() {
          return size;
        },
        get low() {
          return lowWatermark;
        },
        get high() {
          return highWatermark;
        },
        get isPaused() {
          return paused;
        },
      },
    }, AsyncIteratorPrototype);

    const { addEventListener, removeAll } = listenersController();
    addEventListener(emitter, event, options[kFirstEventParam] ? eventHandler : function (...args) {
      return eventHandler(args);
    });
    if (event !== 'error' && typeof emitter.on === 'function') {
      addEventListener(emitter, 'error', errorHandler);
    }
    const closeEvents = options?.close;
    if (closeEvents?.length) {
      for (let i = 0; i < closeEvents.length; i++) {
        addEventListener(emitter, closeEvents[i], closeHandler);
      }
    }

    const abortListenerDisposable = signal ? addAbortListener(signal, abortListener) : null;

    return iterator;

    function abortListener() {
      errorHandler(new AbortError(undefined, { cause: signal?.reason }));
    }

    function eventHandler(value) {
      if (unconsumedPromises.isEmpty()) {
        size++;
        if (!paused && size > highWatermark) {
          paused = true;
          emitter.pause();
        }
        unconsumedEvents.push(value);
      } else {
        unconsumedPromises.shift().resolve(createIterResult(value, false));
      }
    }

    function errorHandler(err) {
      if (unconsumedPromises.isEmpty()) error = err;
      else unconsumedPromises.shift().reject(err);

      closeHandler();
    }

    function closeHandler() {
      abortListenerDisposable?.[SymbolDispose]();
      removeAll();
      finished = true;
      const doneResult = createIterResult(undefined, true);
      while (!unconsumedPromises.isEmpty()) {
        unconsumedPromises.shift().resolve(doneResult);
      }

      return Promise.resolve(doneResult);
    }
  }

  function listenersController() {
    const listeners = [];

    return {
      addEventListener(emitter, event, handler, flags) {
        eventTargetAgnosticAddListener(emitter, event, handler, flags);
        listeners.push([emitter, event, handler, flags]);
      },
      removeAll() {
        while (listeners.length > 0) {
          ReflectApply(eventTargetAgnosticRemoveListener, undefined, listeners.pop());
        }
      },
    };
  }

  function addAbortListener(signal, listener) {
    if (signal === undefined) {
      throw errInvalidArgType('signal', 'AbortSignal', signal);
    }
    validateAbortSignal(signal, 'signal');
    validateFunction(listener, 'listener');

    let removeEventListener;
    if (signal.aborted) {
      queueMicrotaskFn(() => listener());
    } else {
      signal.addEventListener('abort', listener, { __proto__: null, once: true, [kResistStopPropagation]: true });
      removeEventListener = () => {
        signal.removeEventListener('abort', listener);
      };
    }
    return {
      __proto__: null,
      [SymbolDispose]() {
        removeEventListener?.();
      },
    };
  }

  // EventEmitterAsyncResource without async_hooks: this library has no async
  // context tracking, so the resource only numbers itself and runs callbacks
  // directly (Node's runInAsyncScope semantics without the hooks).
  let nextAsyncId = 1;
  function makeAsyncResourceClass() {
    const kEventEmitter = Symbol('kEventEmitter');
    const kAsyncResource = Symbol('kAsyncResource');
    class EventEmitterReferencingAsyncResource {
      constructor(ee, type, options) {
        this.type = type;
        this.asyncIdValue = ++nextAsyncId;
        this.triggerIdValue = options?.triggerAsyncId ?? 1;
        this[kEventEmitter] = ee;
      }
      runInAsyncScope(fn, thisArg, ...args) {
        return ReflectApply(fn, thisArg, args);
      }
      emitDestroy() {
        return this;
      }
      asyncId() {
        return this.asyncIdValue;
      }
      triggerAsyncId() {
        return this.triggerIdValue;
      }
      get eventEmitter() {
        if (this[kEventEmitter] === undefined) {
          throw nodeError('TypeError', 'ERR_INVALID_THIS',
                          'Value of "this" must be of type EventEmitterReferencingAsyncResource');
        }
        return this[kEventEmitter];
      }
    }
    function invalidThis() {
      return nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type EventEmitterAsyncResource');
    }
    return class EventEmitterAsyncResource extends EventEmitter {
      constructor(options = undefined) {
        let name;
        if (typeof options === 'string') {
          name = options;
          options = undefined;
        } else {
          if (new.target === EventEmitterAsyncResource) {
            validateString(options?.name, 'options.name');
          }
          name = options?.name || new.target.name;
        }
        super(options);
        this[kAsyncResource] = new EventEmitterReferencingAsyncResource(this, name, options);
      }
      emit(event, ...args) {
        if (this[kAsyncResource] === undefined) throw invalidThis();
        const { asyncResource } = this;
        args.unshift(super.emit, this, event);
        return ReflectApply(asyncResource.runInAsyncScope, asyncResource, args);
      }
      emitDestroy() {
        if (this[kAsyncResource] === undefined) throw invalidThis();
        this.asyncResource.emitDestroy();
      }
      get asyncId() {
        if (this[kAsyncResource] === undefined) throw invalidThis();
        return this.asyncResource.asyncId();
      }
      get triggerAsyncId() {
        if (this[kAsyncResource] === undefined) throw invalidThis();
        return this.asyncResource.triggerAsyncId();
      }
      get asyncResource() {
        if (this[kAsyncResource] === undefined) throw invalidThis();
        return this[kAsyncResource];
      }
    };
  }

  // ----- the web event classes, evaluated on first use -------------------------

  // Well-known, so EventTargets are recognised across realms (and before the
  // classes are loaded).
  const kIsEventTarget = Symbol.for('nodejs.event_target');

  // Far from fool-proof (`{ constructor: EventTarget }` passes), as in Node.
  function isEventTarget(obj) {
    return obj?.constructor?.[kIsEventTarget];
  }

  // EventTarget, Event, CustomEvent, AbortController and AbortSignal live in
  // event_target.js, evaluated the first time one of them is needed: most
  // programs never use them, and QuickJS compiles all of a script up front.
  let eventTargetInternals;
  function lazyEventTarget() {
    eventTargetInternals ??= binding.loadEventTarget({
      binding,
      EventEmitter,
      kEmptyObject,
      kIsEventTarget,
      kMaxEventTargetListeners,
      kMaxEventTargetListenersWarned,
      kResistStopPropagation,
      validateObject,
      validateAbortSignal,
      validateUint32,
      emitWarning,
      nextTick,
    });
    return eventTargetInternals;
  }

  // Global accessors that load the classes on first use, then become the
  // plain data properties Node has.
  function installWebGlobals(global, names) {
    for (const name of names) {
      const settle = (value) => ObjectDefineProperty(global, name, {
        __proto__: null, value, writable: true, enumerable: false, configurable: true,
      });
      ObjectDefineProperty(global, name, {
        __proto__: null,
        enumerable: false,
        configurable: true,
        get() {
          const value = lazyEventTarget()[name];
          settle(value);
          return value;
        },
        set(value) {
          settle(value);
        },
      });
    }
  }

  return {
    EventEmitter,
    emit,
    addCatch,
    addListenerSlow: _addListener,
    removeListenerSlow: EventEmitter.prototype.removeListener,
    warnLeak,
    kShapeMode,
    maxListenersState,
    installWebGlobals,
    lazyEventTarget,
    AbortError,
  };
})
