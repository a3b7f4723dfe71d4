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

  let defaultMaxListeners = 10;

  ObjectDefineProperty(EventEmitter, 'defaultMaxListeners', {
    __proto__: null,
    enumerable: true,
    get: function () {
      return defaultMaxListeners;
    },
    set: function (arg) {
      validateNumber(arg, 'defaultMaxListeners', 0);
      defaultMaxListeners = arg;
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

  EventEmitter.setMaxListeners = function (n = defaultMaxListeners, ...eventTargets) {
    validateNumber(n, 'setMaxListeners', 0);
    if (eventTargets.length === 0) {
      defaultMaxListeners = n;
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

  function _addListener(target, type, listener, prepend) {
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
      if (events.newListener !== undefined) {
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
      const root = emitterOrTarget[kEvents].get(type);
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

  // ----- EventTarget, Event, CustomEvent (lib/internal/event_target.js) ------------

  const kIsEventTarget = Symbol.for('nodejs.event_target');
  const kEvents = Symbol('kEvents');
  const kIsBeingDispatched = Symbol('kIsBeingDispatched');
  const kStop = Symbol('kStop');
  const kTarget = Symbol('kTarget');
  const kHandlers = Symbol('kHandlers');
  const kWeakHandler = Symbol('kWeak');
  const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
  const kCreateEvent = Symbol('kCreateEvent');
  const kNewListener = Symbol('kNewListener');
  const kRemoveListener = Symbol('kRemoveListener');
  const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
  const kTrustEvent = Symbol('kTrustEvent');
  const kType = Symbol('type');
  const kDetail = Symbol('detail');
  const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
  const kEnumerableProperty = { __proto__: null, enumerable: true };

  function errInvalidThis(type) {
    return nodeError('TypeError', 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
  }

  function errMissingArgs(...names) {
    // lib/internal/errors.js ERR_MISSING_ARGS
    let msg = 'The ';
    const len = names.length;
    const wrap = (a) => `"${a}"`;
    const parts = names.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
    switch (len) {
      case 1:
        msg += `${parts[0]} argument`;
        break;
      case 2:
        msg += `${parts[0]} and ${parts[1]} arguments`;
        break;
      default:
        msg += parts.slice(0, len - 1).join(', ');
        msg += `, and ${parts[len - 1]} arguments`;
        break;
    }
    return nodeError('TypeError', 'ERR_MISSING_ARGS', `${msg} must be specified`);
  }

  const perfStart = Date.now();
  function now() {
    if (typeof performance === 'object' && performance !== null && typeof performance.now === 'function') {
      return performance.now();
    }
    return Date.now() - perfStart;
  }

  const isTrustedSet = new WeakSet();
  const isTrusted = Object.getOwnPropertyDescriptor({
    get isTrusted() {
      return isTrustedSet.has(this);
    },
  }, 'isTrusted').get;

  function isEvent(value) {
    return typeof value?.[kType] === 'string';
  }

  class Event {
    #cancelable = false;
    #bubbles = false;
    #composed = false;
    #defaultPrevented = false;
    #timestamp = now();
    #propagationStopped = false;

    constructor(type, options = undefined) {
      if (arguments.length === 0) throw errMissingArgs('type');
      if (options != null) validateObject(options, 'options', true);
      this.#bubbles = !!options?.bubbles;
      this.#cancelable = !!options?.cancelable;
      this.#composed = !!options?.composed;

      this[kType] = `${type}`;
      if (options?.[kTrustEvent]) {
        isTrustedSet.add(this);
      }

      this[kTarget] = null;
      this[kIsBeingDispatched] = false;
    }

    initEvent(type, bubbles = false, cancelable = false) {
      if (arguments.length === 0) throw errMissingArgs('type');
      if (this[kIsBeingDispatched]) return;
      this[kType] = `${type}`;
      this.#bubbles = !!bubbles;
      this.#cancelable = !!cancelable;
    }

    [customInspectSymbol](depth, options) {
      if (!isEvent(this)) throw errInvalidThis('Event');
      const name = this.constructor.name;
      if (depth < 0) return name;
      const opts = Object.assign({}, options, {
        depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
      });
      return `${name} ${inspect({
        type: this[kType],
        defaultPrevented: this.#defaultPrevented,
        cancelable: this.#cancelable,
        timeStamp: this.#timestamp,
      }, opts)}`;
    }

    stopImmediatePropagation() {
      if (!isEvent(this)) throw errInvalidThis('Event');
      // Sets both "stop propagation" and "stop immediate propagation" flags.
      this.stopPropagation();
      this[kStop] = true;
    }

    preventDefault() {
      if (!isEvent(this)) throw errInvalidThis('Event');
      this.#defaultPrevented = true;
    }

    get target() {
      if (!isEvent(this)) throw errInvalidThis('Event');
      return this[kTarget];
    }

    get currentTarget() {
      if (!isEvent(this)) throw errInvalidThis('Event');
      return this[kIsBeingDispatched] ? this[kTarget] : null;
    }

    get srcElement() {
      if (!isEvent(this)) throw errInvalidThis('Event');
      return this[kTarget];
    }

    get type() {
      if (!isEvent(this)) throw errInvalidThis('Event');
      return this[kType];
    }

    get cancelable() {
      if (!isEvent(this)) throw errInvalidThis('Event');
      return this.#cancelable;
    }

    get defaultPrevented() {
      if (!isEvent(this)) throw errInvalidThis('Event');
      return this.#cancelable && this.#defaultPrevented;
    }

    get timeStamp() {
      if (!isEvent(this)) throw errInvalidThis('Event');
      return this.#timestamp;
    }

    composedPath() {
      if (!isEvent(this)) throw errInvalidThis('Event');
      return this[kIsBeingDispatched] ? [this[kTarget]] : [];
    }

    get returnValue() {
      if (!isEvent(this)) throw errInvalidThis('Event');
      return !this.#cancelable || !this.#defaultPrevented;
    }

    get bubbles() {
      if (!isEvent(this)) throw errInvalidThis('Event');
      return this.#bubbles;
    }

    get composed() {
      if (!isEvent(this)) throw errInvalidThis('Event');
      return this.#composed;
    }

    get eventPhase() {
      if (!isEvent(this)) throw errInvalidThis('Event');
      return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
    }

    get cancelBubble() {
      if (!isEvent(this)) throw errInvalidThis('Event');
      return this.#propagationStopped;
    }

    set cancelBubble(value) {
      if (!isEvent(this)) throw errInvalidThis('Event');
      if (value) this.#propagationStopped = true;
    }

    stopPropagation() {
      if (!isEvent(this)) throw errInvalidThis('Event');
      this.#propagationStopped = true;
    }
  }

  ObjectDefineProperties(Event.prototype, {
    [Symbol.toStringTag]: { __proto__: null, writable: false, enumerable: false, configurable: true, value: 'Event' },
    initEvent: kEnumerableProperty,
    stopImmediatePropagation: kEnumerableProperty,
    preventDefault: kEnumerableProperty,
    target: kEnumerableProperty,
    currentTarget: kEnumerableProperty,
    srcElement: kEnumerableProperty,
    type: kEnumerableProperty,
    cancelable: kEnumerableProperty,
    defaultPrevented: kEnumerableProperty,
    timeStamp: kEnumerableProperty,
    composedPath: kEnumerableProperty,
    returnValue: kEnumerableProperty,
    bubbles: kEnumerableProperty,
    composed: kEnumerableProperty,
    eventPhase: kEnumerableProperty,
    cancelBubble: kEnumerableProperty,
    stopPropagation: kEnumerableProperty,
    isTrusted: { __proto__: null, configurable: false, enumerable: true, get: isTrusted },
  });

  ['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE'].forEach((name, index) => {
    ObjectDefineProperty(Event, name, {
      __proto__: null, writable: false, configurable: false, enumerable: true, value: index,
    });
  });

  function isCustomEvent(value) {
    return isEvent(value) && (value?.[kDetail] !== undefined);
  }

  class CustomEvent extends Event {
    constructor(type, options = kEmptyObject) {
      if (arguments.length === 0) throw errMissingArgs('type');
      super(type, options);
      this[kDetail] = options?.detail ?? null;
    }

    get detail() {
      if (!isCustomEvent(this)) throw errInvalidThis('CustomEvent');
      return this[kDetail];
    }
  }

  ObjectDefineProperties(CustomEvent.prototype, {
    [Symbol.toStringTag]: {
      __proto__: null, writable: false, enumerable: false, configurable: true, value: 'CustomEvent',
    },
    detail: kEnumerableProperty,
  });

  const kFlagOnce = 1 << 0;
  const kFlagCapture = 1 << 1;
  const kFlagPassive = 1 << 2;
  const kFlagNodeStyle = 1 << 3;
  const kFlagRemoved = 1 << 5;
  const kFlagResistStopPropagation = 1 << 6;

  // Listeners of one type form a linked list; a listener is identified by the
  // pair (callback, capture).
  class Listener {
    constructor(previous, listener, once, capture, passive, isNodeStyleListener, resistStopPropagation) {
      this.next = undefined;
      if (previous !== undefined) previous.next = this;
      this.previous = previous;
      this.listener = listener;

      let flags = 0;
      if (once) flags |= kFlagOnce;
      if (capture) flags |= kFlagCapture;
      if (passive) flags |= kFlagPassive;
      if (isNodeStyleListener) flags |= kFlagNodeStyle;
      if (resistStopPropagation) flags |= kFlagResistStopPropagation;
      this.flags = flags;

      if (typeof listener === 'function') {
        this.callback = listener;
      } else {
        this.callback = async (...args) => {
          if (listener.handleEvent) await ReflectApply(listener.handleEvent, listener, args);
        };
      }
    }

    get once() {
      return Boolean(this.flags & kFlagOnce);
    }
    get capture() {
      return Boolean(this.flags & kFlagCapture);
    }
    get passive() {
      return Boolean(this.flags & kFlagPassive);
    }
    get isNodeStyleListener() {
      return Boolean(this.flags & kFlagNodeStyle);
    }
    get resistStopPropagation() {
      return Boolean(this.flags & kFlagResistStopPropagation);
    }
    get removed() {
      return Boolean(this.flags & kFlagRemoved);
    }
    set removed(value) {
      if (value) this.flags |= kFlagRemoved;
      else this.flags &= ~kFlagRemoved;
    }

    same(listener, capture) {
      return this.listener === listener && this.capture === capture;
    }

    remove() {
      if (this.previous !== undefined) this.previous.next = this.next;
      if (this.next !== undefined) this.next.previous = this.previous;
      this.removed = true;
    }
  }

  function initEventTarget(self) {
    self[kEvents] = new Map();
    self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
    self[kMaxEventTargetListenersWarned] = false;
    self[kHandlers] = new Map();
  }

  function toDOMString(v) {
    if (typeof v === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    return `${v}`;
  }

  class EventTarget {
    constructor() {
      initEventTarget(this);
    }

    [kNewListener](size, type, listener, once, capture, passive, weak) {
      if (this[kMaxEventTargetListeners] > 0 &&
          size > this[kMaxEventTargetListeners] &&
          !this[kMaxEventTargetListenersWarned]) {
        this[kMaxEventTargetListenersWarned] = true;
        const w = new Error('Possible EventTarget memory leak detected. ' +
                            `${size} ${type} listeners ` +
                            `added to ${inspect(this, { depth: -1 })}. MaxListeners is ${this[kMaxEventTargetListeners]}. Use ` +
                            'events.setMaxListeners() to increase limit');
        w.name = 'MaxListenersExceededWarning';
        w.target = this;
        w.type = type;
        w.count = size;
        emitWarning(w);
      }
    }
    [kRemoveListener](size, type, listener, capture) {}

    addEventListener(type, listener, options = kEmptyObject) {
      if (!isEventTarget(this)) throw errInvalidThis('EventTarget');
      if (arguments.length < 2) throw errMissingArgs('type', 'listener');

      let once = false;
      let capture = false;
      let passive = false;
      let isNodeStyleListener = false;
      let resistStopPropagation = false;

      if (options !== kEmptyObject) {
        // Options are read before the listener check: the spec requires hitting getters.
        options = validateEventListenerOptions(options);

        once = options.once;
        capture = options.capture;
        passive = options.passive;
        isNodeStyleListener = options.isNodeStyleListener;
        resistStopPropagation = options.resistStopPropagation;

        const signal = options.signal;

        validateAbortSignal(signal, 'options.signal');

        if (signal) {
          if (signal.aborted) return;
          signal.addEventListener('abort', () => {
            this.removeEventListener(type, listener, options);
          }, { __proto__: null, once: true, [kResistStopPropagation]: true });
        }
      }

      if (!validateEventListener(listener)) {
        // The DOM silently allows undefined as the listener.
        const w = new Error(`addEventListener called with ${listener} which has no effect.`);
        w.name = 'AddEventListenerArgumentTypeWarning';
        w.target = this;
        w.type = type;
        emitWarning(w);
        return;
      }

      type = toDOMString(type);

      let root = this[kEvents].get(type);

      if (root === undefined) {
        root = { size: 1, next: undefined, resistStopPropagation: Boolean(resistStopPropagation) };
        new Listener(root, listener, once, capture, passive, isNodeStyleListener, resistStopPropagation);
        this[kNewListener](root.size, type, listener, once, capture, passive, false);
        this[kEvents].set(type, root);
        return;
      }

      let handler = root.next;
      let previous = root;

      while (handler !== undefined && !handler.same(listener, capture)) {
        previous = handler;
        handler = handler.next;
      }

      if (handler !== undefined) return; // a duplicate is ignored

      new Listener(previous, listener, once, capture, passive, isNodeStyleListener, resistStopPropagation);
      root.size++;
      root.resistStopPropagation ||= Boolean(resistStopPropagation);
      this[kNewListener](root.size, type, listener, once, capture, passive, false);
    }

    removeEventListener(type, listener, options = kEmptyObject) {
      if (!isEventTarget(this)) throw errInvalidThis('EventTarget');
      if (arguments.length < 2) throw errMissingArgs('type', 'listener');
      if (!validateEventListener(listener)) return;

      type = toDOMString(type);
      const capture = options?.capture === true;

      const root = this[kEvents].get(type);
      if (root === undefined || root.next === undefined) return;

      let handler = root.next;
      while (handler !== undefined) {
        if (handler.same(listener, capture)) {
          handler.remove();
          root.size--;
          if (root.size === 0) this[kEvents].delete(type);
          this[kRemoveListener](root.size, type, listener, capture);
          break;
        }
        handler = handler.next;
      }
    }

    dispatchEvent(event) {
      if (!isEventTarget(this)) throw errInvalidThis('EventTarget');
      if (arguments.length < 1) throw errMissingArgs('event');

      if (!(event instanceof Event)) throw errInvalidArgType('event', 'Event', event);

      if (event[kIsBeingDispatched]) {
        throw nodeError('Error', 'ERR_EVENT_RECURSION', `The event "${event.type}" is already being dispatched`);
      }

      this[kHybridDispatch](event, event.type, event);

      return event.defaultPrevented !== true;
    }

    [kHybridDispatch](nodeValue, type, event) {
      const createEvent = () => {
        if (event === undefined) {
          event = this[kCreateEvent](nodeValue, type);
          event[kTarget] = this;
          event[kIsBeingDispatched] = true;
        }
        return event;
      };
      if (event !== undefined) {
        event[kTarget] = this;
        event[kIsBeingDispatched] = true;
      }

      const root = this[kEvents].get(type);
      if (root === undefined || root.next === undefined) {
        if (event !== undefined) event[kIsBeingDispatched] = false;
        return true;
      }

      let handler = root.next;
      let next;

      const iterationCondition = () => {
        if (handler === undefined) return false;
        return root.resistStopPropagation || handler.passive || event?.[kStop] !== true;
      };
      while (iterationCondition()) {
        // The listener may remove itself: remember the next one first.
        next = handler.next;

        if (handler.removed || (event?.[kStop] === true && !handler.resistStopPropagation)) {
          handler = next;
          continue;
        }
        if (handler.once) {
          handler.remove();
          root.size--;
          const { listener, capture } = handler;
          this[kRemoveListener](root.size, type, listener, capture);
        }

        try {
          let arg;
          if (handler.isNodeStyleListener) {
            arg = nodeValue;
          } else {
            arg = createEvent();
          }
          const callback = handler.callback;
          let result;
          if (callback) {
            result = callback.call(this, arg);
            if (!handler.isNodeStyleListener) arg[kIsBeingDispatched] = false;
          }
          if (result !== undefined && result !== null) addCatchEventTarget(result);
        } catch (err) {
          emitUncaughtException(err);
        }

        handler = next;
      }

      if (event !== undefined) event[kIsBeingDispatched] = false;
    }

    [kCreateEvent](nodeValue, type) {
      return new CustomEvent(type, { detail: nodeValue });
    }

    [customInspectSymbol](depth, options) {
      if (!isEventTarget(this)) throw errInvalidThis('EventTarget');
      const name = this.constructor.name;
      if (depth < 0) return name;
      const opts = Object.assign({}, options, {
        depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
      });
      return `${name} ${inspect({}, opts)}`;
    }
  }
  // A well-known symbol, so EventTargets are recognised across realms.
  ObjectDefineProperty(EventTarget, kIsEventTarget, {
    __proto__: null, value: true, writable: true, enumerable: false, configurable: true,
  });

  ObjectDefineProperties(EventTarget.prototype, {
    addEventListener: kEnumerableProperty,
    removeEventListener: kEnumerableProperty,
    dispatchEvent: kEnumerableProperty,
    [Symbol.toStringTag]: {
      __proto__: null, writable: false, enumerable: false, configurable: true, value: 'EventTarget',
    },
  });

  function validateEventListener(listener) {
    if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
    if (listener == null) return false;
    if (typeof listener === 'object') return true; // handleEvent is looked up lazily
    throw errInvalidArgType('listener', 'EventListener', listener);
  }

  function validateEventListenerOptions(options) {
    if (typeof options === 'boolean') return { capture: options };
    if (options === null) return kEmptyObject;
    validateObject(options, 'options', true);
    return {
      once: Boolean(options.once),
      capture: Boolean(options.capture),
      passive: Boolean(options.passive),
      signal: options.signal,
      weak: options[kWeakHandler],
      resistStopPropagation: options[kResistStopPropagation] ?? false,
      isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
    };
  }

  // Far from fool-proof (`{ constructor: EventTarget }` passes), as in Node.
  function isEventTarget(obj) {
    return obj?.constructor?.[kIsEventTarget];
  }

  function addCatchEventTarget(promise) {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, function (err) {
        emitUncaughtException(err);
      });
    }
  }

  function emitUncaughtException(err) {
    nextTick(() => {
      throw err;
    });
  }

  // 8.1.5.1 Event handlers: `on<name>` attributes.
  function makeEventHandler(handler) {
    // Handlers are dispatched in the order they were first set.
    function eventHandler(...args) {
      if (typeof eventHandler.handler !== 'function') return;
      return ReflectApply(eventHandler.handler, this, args);
    }
    eventHandler.handler = handler;
    return eventHandler;
  }

  function defineEventHandler(emitter, name, event = name) {
    const propName = `on${name}`;
    function get() {
      if (this?.[kHandlers] === undefined) throw errInvalidThis('EventTarget');
      return this[kHandlers]?.get(event)?.handler ?? null;
    }
    ObjectDefineProperty(get, 'name', { __proto__: null, value: `get ${propName}` });

    function set(value) {
      if (this?.[kHandlers] === undefined) throw errInvalidThis('EventTarget');
      let wrappedHandler = this[kHandlers]?.get(event);
      if (wrappedHandler) {
        if (typeof wrappedHandler.handler === 'function') {
          this[kEvents].get(event).size--;
          const size = this[kEvents].get(event).size;
          this[kRemoveListener](size, event, wrappedHandler.handler, false);
        }
        wrappedHandler.handler = value;
        if (typeof wrappedHandler.handler === 'function') {
          this[kEvents].get(event).size++;
          const size = this[kEvents].get(event).size;
          this[kNewListener](size, event, value, false, false, false, false);
        }
      } else {
        wrappedHandler = makeEventHandler(value);
        this.addEventListener(event, wrappedHandler);
      }
      this[kHandlers].set(event, wrappedHandler);
    }
    ObjectDefineProperty(set, 'name', { __proto__: null, value: `set ${propName}` });

    ObjectDefineProperty(emitter, propName, {
      __proto__: null, get, set, configurable: true, enumerable: true,
    });
  }

  // ----- AbortController, AbortSignal (lib/internal/abort_controller.js) ----------

  const kAborted = Symbol('kAborted');
  const kReason = Symbol('kReason');
  const kTimeout = Symbol('kTimeout');
  const kComposite = Symbol('kComposite');
  const kSourceSignals = Symbol('kSourceSignals');
  const kDependantSignals = Symbol('kDependantSignals');

  function makeDOMException(message, name) {
    if (typeof DOMException === 'function') return new DOMException(message, name);
    // Bellard's QuickJS has no DOMException: an Error with the same name,
    // message and legacy code.
    const e = new Error(message);
    ObjectDefineProperty(e, 'name', { __proto__: null, value: name, writable: true, configurable: true });
    ObjectDefineProperty(e, 'code', {
      __proto__: null, value: name === 'AbortError' ? 20 : name === 'TimeoutError' ? 23 : 0, writable: true, configurable: true,
    });
    return e;
  }

  function validateThisAbortSignal(obj) {
    if (obj?.[kAborted] === undefined) throw errInvalidThis('AbortSignal');
  }

  class AbortSignal extends EventTarget {
    constructor() {
      throw nodeError('TypeError', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
    }

    get aborted() {
      validateThisAbortSignal(this);
      return !!this[kAborted];
    }

    get reason() {
      validateThisAbortSignal(this);
      return this[kReason];
    }

    throwIfAborted() {
      validateThisAbortSignal(this);
      if (this[kAborted]) throw this[kReason];
    }

    [customInspectSymbol](depth, options) {
      return customInspect(this, { aborted: this.aborted }, depth, options);
    }

    static abort(reason = makeDOMException('This operation was aborted', 'AbortError')) {
      return createAbortSignal({ aborted: true, reason });
    }

    static timeout(delay) {
      validateUint32(delay, 'delay', false);
      const signal = createAbortSignal();
      signal[kTimeout] = true;
      if (typeof setTimeout === 'function') {
        const t = setTimeout(() => {
          abortSignal(signal, makeDOMException('The operation was aborted due to timeout', 'TimeoutError'));
        }, delay);
        // The timer alone must not keep the program alive.
        if (t !== null && typeof t === 'object' && typeof t.unref === 'function') t.unref();
      }
      return signal;
    }

    static any(signals) {
      if (!Array.isArray(signals)) throw errInvalidArgType('signals', 'Array', signals);
      for (let i = 0; i < signals.length; i++) validateAbortSignal(signals[i], `signals[${i}]`);
      const resultSignal = createAbortSignal({ composite: true });
      if (!signals.length) return resultSignal;
      resultSignal[kSourceSignals] = new Set();
      for (let i = 0; i < signals.length; i++) {
        const signal = signals[i];
        if (signal.aborted) {
          abortSignal(resultSignal, signal.reason);
          return resultSignal;
        }
        signal[kDependantSignals] ??= new Set();
        if (!signal[kComposite]) {
          resultSignal[kSourceSignals].add(signal);
          signal[kDependantSignals].add(resultSignal);
        } else if (!signal[kSourceSignals]) {
          continue;
        } else {
          for (const sourceSignal of signal[kSourceSignals]) {
            if (resultSignal[kSourceSignals].has(sourceSignal)) continue;
            resultSignal[kSourceSignals].add(sourceSignal);
            sourceSignal[kDependantSignals].add(resultSignal);
          }
        }
      }
      return resultSignal;
    }
  }

  ObjectDefineProperties(AbortSignal.prototype, { aborted: kEnumerableProperty });
  ObjectDefineProperty(AbortSignal.prototype, Symbol.toStringTag, {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'AbortSignal',
  });
  defineEventHandler(AbortSignal.prototype, 'abort');

  function customInspect(self, obj, depth, options) {
    if (depth < 0) return self;
    const opts = Object.assign({}, options, { depth: options.depth === null ? null : options.depth - 1 });
    return `${self.constructor.name} ${inspect(obj, opts)}`;
  }

  function createAbortSignal(init = kEmptyObject) {
    const { aborted = false, reason = undefined, composite = false } = init;
    const signal = new EventTarget();
    ObjectSetPrototypeOf(signal, AbortSignal.prototype);
    signal[kAborted] = aborted;
    signal[kReason] = reason;
    signal[kComposite] = composite;
    return signal;
  }

  function abortSignal(signal, reason) {
    if (signal[kAborted]) return;
    signal[kAborted] = true;
    signal[kReason] = reason;
    const event = new Event('abort', { [kTrustEvent]: true });
    signal.dispatchEvent(event);
    signal[kDependantSignals]?.forEach((s) => abortSignal(s, reason));
  }

  class AbortController {
    #signal;

    get signal() {
      this.#signal ??= createAbortSignal();
      return this.#signal;
    }

    abort(reason = makeDOMException('This operation was aborted', 'AbortError')) {
      abortSignal(this.#signal ??= createAbortSignal(), reason);
    }

    [customInspectSymbol](depth, options) {
      return customInspect(this, { signal: this.signal }, depth, options);
    }
  }

  ObjectDefineProperties(AbortController.prototype, {
    signal: kEnumerableProperty,
    abort: kEnumerableProperty,
  });
  ObjectDefineProperty(AbortController.prototype, Symbol.toStringTag, {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'AbortController',
  });

  return {
    EventEmitter,
    emit,
    addCatch,
    addListenerSlow: _addListener,
    removeListenerSlow: EventEmitter.prototype.removeListener,
    warnLeak,
    kShapeMode,
    EventTarget,
    Event,
    CustomEvent,
    AbortController,
    AbortSignal,
  };
})
