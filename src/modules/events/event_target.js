// EventTarget, Event, CustomEvent, AbortController and AbortSignal for
// jsrt-node: the web classes Node has as globals, for engines and hosts that
// lack them. Evaluated on first use by events.js (through mod.rs) as a
// function expression called with what it shares with node:events. JS for
// the reasons events.js gives: user code subclasses these classes and sees
// their shape. Behaviour is Node 20's (the DOM standard, with Node's
// differences where `node` shows them).
(function (shared) {
  'use strict';

  const {
    host, EventEmitter, FROZEN_EMPTY, IS_EVENT_TARGET, ET_MAX, ET_WARNED, RESIST_STOP,
    needObject, needSignalOrUndefined, needUint32, warn, later,
  } = shared;
  const { errInvalidArgType, errMissingArgs, nodeError, inspect } = host;
  const INSPECT = Symbol.for('nodejs.util.inspect.custom');

  const badThis = (type) => nodeError('TypeError', 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);

  const clockZero = Date.now();
  const clock = () => (typeof performance === 'object' && performance !== null && typeof performance.now === 'function'
    ? performance.now()
    : Date.now() - clockZero);

  // `{ name, value }` made enumerable on a prototype, in the order given.
  function enumerate(target, names) {
    for (const name of names) {
      const d = Object.getOwnPropertyDescriptor(target, name);
      Object.defineProperty(target, name, { __proto__: null, ...d, enumerable: true });
    }
  }

  function tag(target, name) {
    Object.defineProperty(target, Symbol.toStringTag, { __proto__: null, value: name, configurable: true });
  }

  function inspected(self, fields, depth, options) {
    const name = self.constructor.name;
    if (depth < 0) return name;
    const nested = Object.assign({}, options, {
      depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
    });
    return `${name} ${inspect(fields, nested)}`;
  }

  // ----- Event -------------------------------------------------------------------------

  // What EventTarget needs to reach inside an Event (its private state).
  let ev;

  class Event {
    #type;
    #bubbles = false;
    #cancelable = false;
    #composed = false;
    #canceled = false;
    #stopped = false;
    #stopNow = false;
    #trusted = false;
    #target = null;
    #active = false;
    #stamp = clock();

    static #setup = (ev = {
      is: (v) => v !== null && typeof v === 'object' && #type in v,
      begin(e, target) {
        e.#target = target;
        e.#active = true;
      },
      end(e) {
        e.#active = false;
      },
      active: (e) => e.#active,
      stoppedNow: (e) => e.#stopNow,
      trust(e) {
        e.#trusted = true;
      },
      trusted: (e) => e.#trusted,
    });

    constructor(type, options = undefined) {
      if (arguments.length === 0) throw errMissingArgs('type');
      if (options != null) needObject(options, 'options', true);
      this.#type = `${type}`;
      this.#bubbles = !!options?.bubbles;
      this.#cancelable = !!options?.cancelable;
      this.#composed = !!options?.composed;
    }

    static #check(self) {
      if (!ev.is(self)) throw badThis('Event');
    }

    initEvent(type, bubbles = false, cancelable = false) {
      if (arguments.length === 0) throw errMissingArgs('type');
      if (this.#active) return;
      this.#type = `${type}`;
      this.#bubbles = !!bubbles;
      this.#cancelable = !!cancelable;
    }

    stopImmediatePropagation() {
      Event.#check(this);
      this.#stopped = true;
      this.#stopNow = true;
    }

    preventDefault() {
      Event.#check(this);
      this.#canceled = true;
    }

    get target() {
      Event.#check(this);
      return this.#target;
    }

    get currentTarget() {
      Event.#check(this);
      return this.#active ? this.#target : null;
    }

    get srcElement() {
      Event.#check(this);
      return this.#target;
    }

    get type() {
      Event.#check(this);
      return this.#type;
    }

    get cancelable() {
      Event.#check(this);
      return this.#cancelable;
    }

    get defaultPrevented() {
      Event.#check(this);
      return this.#cancelable && this.#canceled;
    }

    get timeStamp() {
      Event.#check(this);
      return this.#stamp;
    }

    composedPath() {
      Event.#check(this);
      return this.#active ? [this.#target] : [];
    }

    get returnValue() {
      Event.#check(this);
      return !(this.#cancelable && this.#canceled);
    }

    get bubbles() {
      Event.#check(this);
      return this.#bubbles;
    }

    get composed() {
      Event.#check(this);
      return this.#composed;
    }

    get eventPhase() {
      Event.#check(this);
      return this.#active ? 2 : 0;
    }

    get cancelBubble() {
      Event.#check(this);
      return this.#stopped;
    }

    set cancelBubble(v) {
      Event.#check(this);
      if (v) this.#stopped = true;
    }

    stopPropagation() {
      Event.#check(this);
      this.#stopped = true;
    }

    [INSPECT](depth, options) {
      Event.#check(this);
      return inspected(this, {
        type: this.#type,
        defaultPrevented: this.#cancelable && this.#canceled,
        cancelable: this.#cancelable,
        timeStamp: this.#stamp,
      }, depth, options);
    }
  }

  enumerate(Event.prototype, ['initEvent', 'stopImmediatePropagation', 'preventDefault', 'target',
    'currentTarget', 'srcElement', 'type', 'cancelable', 'defaultPrevented', 'timeStamp', 'composedPath',
    'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble', 'stopPropagation']);
  Object.defineProperty(Event.prototype, 'isTrusted', {
    __proto__: null,
    enumerable: true,
    configurable: false,
    get: Object.getOwnPropertyDescriptor({
      get isTrusted() {
        return ev.is(this) && ev.trusted(this);
      },
    }, 'isTrusted').get,
  });
  tag(Event.prototype, 'Event');
  ['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE'].forEach((name, value) => {
    Object.defineProperty(Event, name, { __proto__: null, value, enumerable: true });
  });

  class CustomEvent extends Event {
    #detail;

    constructor(type, options = FROZEN_EMPTY) {
      if (arguments.length === 0) throw errMissingArgs('type');
      super(type, options);
      this.#detail = options?.detail ?? null;
    }

    get detail() {
      if (!(ev.is(this) && #detail in this)) throw badThis('CustomEvent');
      return this.#detail;
    }
  }
  enumerate(CustomEvent.prototype, ['detail']);
  tag(CustomEvent.prototype, 'CustomEvent');

  // ----- EventTarget -------------------------------------------------------------------

  // Per target: event type -> its registrations, in the order added.
  const REGISTRY = Symbol('kEvents');
  // Per target: `on<type>` attribute handlers by type.
  const ATTRIBUTES = Symbol('kHandlers');

  function isEventTarget(obj) {
    return obj?.constructor?.[IS_EVENT_TARGET];
  }

  function toEventType(v) {
    if (typeof v === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    return `${v}`;
  }

  // A function, an object with handleEvent (looked up when called), or
  // nothing (allowed by the DOM, with a warning here).
  function usableListener(listener) {
    if (typeof listener === 'function') return true;
    if (listener == null) return false;
    if (typeof listener === 'object') return true;
    throw errInvalidArgType('listener', 'EventListener', listener);
  }

  function readOptions(options) {
    if (typeof options === 'boolean') return { capture: options };
    if (options === null || options === FROZEN_EMPTY) return FROZEN_EMPTY;
    needObject(options, 'options', true);
    // Each read once, in this order: getters are observable.
    return {
      once: Boolean(options.once),
      capture: Boolean(options.capture),
      passive: Boolean(options.passive),
      signal: options.signal,
      resist: options[RESIST_STOP] ?? false,
    };
  }

  // A listener's error is the process's: it surfaces as an uncaught exception
  // after the dispatch, which goes on.
  function rethrowLater(err) {
    later(() => {
      throw err;
    });
  }

  class EventTarget {
    constructor() {
      this[REGISTRY] = new Map();
      this[ET_MAX] = EventEmitter.defaultMaxListeners;
      this[ET_WARNED] = false;
      this[ATTRIBUTES] = new Map();
    }

    addEventListener(type, listener, options = FROZEN_EMPTY) {
      if (!isEventTarget(this)) throw badThis('EventTarget');
      if (arguments.length < 2) throw errMissingArgs('type', 'listener');
      const opts = readOptions(options);
      const signal = opts.signal;
      needSignalOrUndefined(signal, 'options.signal');
      if (signal) {
        if (signal.aborted) return;
        signal.addEventListener('abort', () => this.removeEventListener(type, listener, opts),
                                { __proto__: null, once: true, [RESIST_STOP]: true });
      }
      if (!usableListener(listener)) {
        const w = new Error(`addEventListener called with ${listener} which has no effect.`);
        w.name = 'AddEventListenerArgumentTypeWarning';
        w.target = this;
        w.type = type;
        warn(w);
        return;
      }
      type = toEventType(type);
      const capture = Boolean(opts.capture);
      let list = this[REGISTRY].get(type);
      if (list === undefined) {
        list = [];
        this[REGISTRY].set(type, list);
      } else if (list.some((r) => r.listener === listener && r.capture === capture)) {
        return;
      }
      list.push({
        listener,
        capture,
        once: Boolean(opts.once),
        passive: Boolean(opts.passive),
        resist: Boolean(opts.resist),
        removed: false,
      });
      this.#counted(type, list.length);
    }

    // The leak warning, once per target, when a type outgrows the limit.
    #counted(type, size) {
      const max = this[ET_MAX];
      if (!(max > 0) || size <= max || this[ET_WARNED]) return;
      this[ET_WARNED] = true;
      const w = new Error(`Possible EventTarget memory leak detected. ${size} ${type} listeners added to ` +
                          `${inspect(this, { depth: -1 })}. MaxListeners is ${max}. ` +
                          'Use events.setMaxListeners() to increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      warn(w);
    }

    removeEventListener(type, listener, options = FROZEN_EMPTY) {
      if (!isEventTarget(this)) throw badThis('EventTarget');
      if (arguments.length < 2) throw errMissingArgs('type', 'listener');
      if (!usableListener(listener)) return;
      type = toEventType(type);
      // As in Node: only `{ capture: true }` names the capture registration.
      const capture = options?.capture === true;
      const list = this[REGISTRY].get(type);
      if (list === undefined) return;
      const found = list.find((r) => r.listener === listener && r.capture === capture);
      if (found !== undefined) unregister(this, type, list, found);
    }

    dispatchEvent(event) {
      if (!isEventTarget(this)) throw badThis('EventTarget');
      if (arguments.length < 1) throw errMissingArgs('event');
      if (!(event instanceof Event)) throw errInvalidArgType('event', 'Event', event);
      if (ev.active(event)) {
        throw nodeError('Error', 'ERR_EVENT_RECURSION', `The event "${event.type}" is already being dispatched`);
      }
      deliver(this, event);
      return event.defaultPrevented !== true;
    }

    [INSPECT](depth, options) {
      if (!isEventTarget(this)) throw badThis('EventTarget');
      return inspected(this, {}, depth, options);
    }
  }
  Object.defineProperty(EventTarget, IS_EVENT_TARGET, {
    __proto__: null, value: true, writable: true, configurable: true,
  });
  enumerate(EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']);
  tag(EventTarget.prototype, 'EventTarget');

  function unregister(target, type, list, r) {
    r.removed = true;
    list.splice(list.indexOf(r), 1);
    if (list.length === 0) target[REGISTRY].delete(type);
  }

  // Calls the listeners registered when the dispatch starts. As in Node, the
  // event counts as being dispatched only until the first listener returns.
  function deliver(target, event) {
    ev.begin(event, target);
    const list = target[REGISTRY].get(event.type);
    if (list !== undefined) {
      for (const r of list.slice()) {
        if (r.removed || (ev.stoppedNow(event) && !r.resist)) continue;
        if (r.once) unregister(target, event.type, list, r);
        try {
          let result;
          if (typeof r.listener === 'function') {
            result = r.listener.call(target, event);
          } else {
            const handle = r.listener.handleEvent;
            if (typeof handle === 'function') result = handle.call(r.listener, event);
          }
          ev.end(event);
          if (result !== undefined && result !== null && typeof result.then === 'function') {
            result.then(undefined, rethrowLater);
          }
        } catch (err) {
          rethrowLater(err);
        }
      }
    }
    ev.end(event);
  }

  function listenersOf(target, type) {
    const list = target[REGISTRY].get(type);
    return list === undefined ? [] : list.map((r) => r.listener);
  }

  // `on<type>` attributes: the handler is registered as a listener when first
  // set, and keeps that place in the order when replaced.
  function defineAttributeHandler(proto, type) {
    const key = `on${type}`;
    const slotOf = (self) => {
      const table = self?.[ATTRIBUTES];
      if (table === undefined) throw badThis('EventTarget');
      return table;
    };
    const accessors = {
      get [key]() {
        return slotOf(this).get(type)?.handler ?? null;
      },
      set [key](value) {
        const table = slotOf(this);
        let slot = table.get(type);
        if (slot === undefined) {
          slot = { handler: value };
          const relay = function (...args) {
            if (typeof slot.handler === 'function') return slot.handler.apply(this, args);
          };
          table.set(type, slot);
          this.addEventListener(type, relay);
        } else {
          slot.handler = value;
        }
      },
    };
    const d = Object.getOwnPropertyDescriptor(accessors, key);
    Object.defineProperty(proto, key, { __proto__: null, ...d, enumerable: true });
  }

  // ----- AbortSignal, AbortController --------------------------------------------------

  // Per signal: { aborted, reason, composite, sources, dependants }.
  const SIGNAL = Symbol('kAbortSignalState');

  // Bellard's QuickJS has no DOMException: an Error with its name, message
  // and legacy code stands in.
  function domException(message, name) {
    let e;
    if (typeof DOMException === 'function') {
      e = new DOMException(message, name);
    } else {
      e = new Error(message);
      const code = { AbortError: 20, TimeoutError: 23 }[name] ?? 0;
      Object.defineProperty(e, 'name', { __proto__: null, value: name, writable: true, configurable: true });
      Object.defineProperty(e, 'code', { __proto__: null, value: code, writable: true, configurable: true });
    }
    host.headStack(e);
    return e;
  }

  function stateOf(signal) {
    const s = signal?.[SIGNAL];
    if (s === undefined) throw badThis('AbortSignal');
    return s;
  }

  function newSignal(aborted, reason, composite) {
    const signal = new EventTarget();
    Object.setPrototypeOf(signal, AbortSignal.prototype);
    signal[SIGNAL] = { aborted, reason, composite, sources: null, dependants: null };
    return signal;
  }

  function abort(signal, reason) {
    const s = signal[SIGNAL];
    if (s.aborted) return;
    s.aborted = true;
    s.reason = reason;
    const event = new Event('abort');
    ev.trust(event);
    signal.dispatchEvent(event);
    if (s.dependants !== null) {
      for (const d of s.dependants) abort(d, reason);
    }
  }

  class AbortSignal extends EventTarget {
    constructor() {
      throw nodeError('TypeError', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
    }

    get aborted() {
      return stateOf(this).aborted;
    }

    get reason() {
      return stateOf(this).reason;
    }

    throwIfAborted() {
      const s = stateOf(this);
      if (s.aborted) throw s.reason;
    }

    [INSPECT](depth, options) {
      return inspected(this, { aborted: this.aborted }, depth, options);
    }

    static abort(reason = domException('This operation was aborted', 'AbortError')) {
      return newSignal(true, reason, false);
    }

    static timeout(delay) {
      needUint32(delay, 'delay');
      const signal = newSignal(false, undefined, false);
      if (typeof setTimeout === 'function') {
        const timer = setTimeout(
          () => abort(signal, domException('The operation was aborted due to timeout', 'TimeoutError')), delay);
        // The timer alone does not keep the process alive.
        if (typeof timer?.unref === 'function') timer.unref();
      }
      return signal;
    }

    static any(signals) {
      if (!Array.isArray(signals)) throw errInvalidArgType('signals', 'Array', signals);
      // Duck-typed like the other signal checks, but an entry must be there.
      signals.forEach((s, i) => {
        if (s === undefined) throw errInvalidArgType(`signals[${i}]`, 'AbortSignal', s);
        needSignalOrUndefined(s, `signals[${i}]`);
      });
      const result = newSignal(false, undefined, true);
      const mine = result[SIGNAL];
      const follow = (source) => {
        const st = source[SIGNAL];
        if (mine.sources.has(source)) return;
        mine.sources.add(source);
        (st.dependants ??= new Set()).add(result);
      };
      mine.sources = new Set();
      for (const s of signals) {
        if (s.aborted) {
          abort(result, s.reason);
          return result;
        }
        const st = s[SIGNAL];
        if (st === undefined) continue;
        // A composite signal is followed through its own sources.
        if (!st.composite) follow(s);
        else if (st.sources !== null) st.sources.forEach(follow);
      }
      return result;
    }
  }
  enumerate(AbortSignal.prototype, ['aborted']);
  tag(AbortSignal.prototype, 'AbortSignal');
  defineAttributeHandler(AbortSignal.prototype, 'abort');

  class AbortController {
    #signal;

    get signal() {
      return (this.#signal ??= newSignal(false, undefined, false));
    }

    abort(reason = domException('This operation was aborted', 'AbortError')) {
      abort(this.signal, reason);
    }

    [INSPECT](depth, options) {
      return inspected(this, { signal: this.signal }, depth, options);
    }
  }
  enumerate(AbortController.prototype, ['signal', 'abort']);
  tag(AbortController.prototype, 'AbortController');

  return { EventTarget, Event, CustomEvent, AbortController, AbortSignal, listenersOf };
})
