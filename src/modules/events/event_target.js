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
// EventTarget, Event, CustomEvent, AbortController and AbortSignal for
// jsrt-node: Node's globals (lib/internal/event_target.js and
// lib/internal/abort_controller.js), for engines and hosts that lack them.
// Evaluated on first use by events.js (through src/modules/events/mod.rs) as a
// function expression called with what it shares with node:events. JS for the
// reasons events.js gives: these are classes user code subclasses.
(function (shared) {
  'use strict';

  const {
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
  } = shared;
  const { errInvalidArgType, errMissingArgs, nodeError, inspect } = binding;
  const ReflectApply = Reflect.apply;
  const ObjectDefineProperty = Object.defineProperty;
  const ObjectDefineProperties = Object.defineProperties;
  const ObjectSetPrototypeOf = Object.setPrototypeOf;

  function isEventTarget(obj) {
    return obj?.constructor?.[kIsEventTarget];
  }

  // ----- EventTarget, Event, CustomEvent (lib/internal/event_target.js) ------------

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
    EventTarget,
    Event,
    CustomEvent,
    AbortController,
    AbortSignal,
    kEvents,
  };
})
