// node:timers and node:timers/promises over the host's timer globals (the
// host owns the loop and its timers; this module only gives them Node's
// module shape and the promise forms). `b` carries the error builders.
(function (b) {
  'use strict';
  const host = globalThis;
  const notSupported = (api) => function () {
    throw b.nodeError('Error', 'ERR_NOT_SUPPORTED', `timers.${api} is not supported`);
  };

  const { AbortError } = b; // node:events' class
  const aborted = (signal) => new AbortError(undefined, { cause: signal.reason });

  // Node validates the options object, then the signal (duck-typed: an object
  // with an `aborted` property), then `ref`; a bad one rejects, never throws.
  function optionsError(options) {
    if (options === null || typeof options !== 'object') return b.invalidArgType('options', 'Object', options);
    const { signal, ref } = options;
    if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      return b.invalidArgType('options.signal', 'AbortSignal', signal);
    }
    if (ref !== undefined && typeof ref !== 'boolean') return b.invalidArgType('options.ref', 'boolean', ref);
    return undefined;
  }

  // One timer (`arm(done)` returns its handle, `disarm(handle)` clears it)
  // settled by its callback or by the signal.
  function settleLater(options, value, arm, disarm) {
    const bad = optionsError(options);
    if (bad !== undefined) return Promise.reject(bad);
    const { signal, ref = true } = options;
    if (signal?.aborted) return Promise.reject(aborted(signal));
    return new Promise((resolve, reject) => {
      let onAbort;
      const handle = arm(() => {
        if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
        resolve(value);
      });
      if (!ref && typeof handle?.unref === 'function') handle.unref();
      if (signal !== undefined) {
        onAbort = () => {
          disarm(handle);
          reject(aborted(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
      }
    });
  }

  function setTimeout(delay, value, options = {}) {
    return settleLater(options, value, (done) => host.setTimeout(done, delay), (h) => host.clearTimeout(h));
  }

  function setImmediate(value, options = {}) {
    return settleLater(options, value, (done) => host.setImmediate(done), (h) => host.clearImmediate(h));
  }

  // An async iterator over the ticks of one interval: ticks that come while
  // nobody waits are counted, each `next()` takes one.
  function setInterval(delay, value, options = {}) {
    const bad = optionsError(options);
    const { signal, ref = true } = bad === undefined ? options : {};
    let ticks = 0;
    let waiting = null;
    let failure = bad;
    let finished = false;
    let handle;
    let onAbort;
    const stop = () => {
      finished = true;
      if (handle !== undefined) host.clearInterval(handle);
      if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
    };
    if (failure === undefined && signal?.aborted) failure = aborted(signal);
    if (failure === undefined) {
      handle = host.setInterval(() => {
        ticks++;
        if (waiting !== null) {
          const w = waiting;
          waiting = null;
          ticks--;
          w.resolve({ value, done: false });
        }
      }, delay);
      if (!ref && typeof handle?.unref === 'function') handle.unref();
      if (signal !== undefined) {
        onAbort = () => {
          failure = aborted(signal);
          stop();
          if (waiting !== null) {
            const w = waiting;
            waiting = null;
            w.reject(failure);
          }
        };
        signal.addEventListener('abort', onAbort, { once: true });
      }
    }
    return {
      next() {
        if (failure !== undefined) {
          const f = failure;
          failure = undefined;
          finished = true;
          return Promise.reject(f);
        }
        if (finished) return Promise.resolve({ value: undefined, done: true });
        if (ticks > 0) {
          ticks--;
          return Promise.resolve({ value, done: false });
        }
        return new Promise((resolve, reject) => { waiting = { resolve, reject }; });
      },
      return() {
        stop();
        if (waiting !== null) {
          const w = waiting;
          waiting = null;
          w.resolve({ value: undefined, done: true });
        }
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }

  // Its methods live on the prototype, as Node's (Object.keys(scheduler) is []).
  const scheduler = {
    __proto__: Object.freeze({
      wait(delay, options) { return setTimeout(delay, undefined, options); },
      yield() { return setImmediate(); },
    }),
  };

  const promises = { setTimeout, setImmediate, setInterval, scheduler };

  const timers = {
    setTimeout: host.setTimeout,
    clearTimeout: host.clearTimeout,
    setImmediate: host.setImmediate,
    clearImmediate: host.clearImmediate,
    setInterval: host.setInterval,
    clearInterval: host.clearInterval,
    _unrefActive: notSupported('_unrefActive'),
    active: notSupported('active'),
    unenroll: notSupported('unenroll'),
    enroll: notSupported('enroll'),
  };
  Object.defineProperty(timers, 'promises', { __proto__: null, enumerable: true, configurable: true, get: () => promises });
  return { timers, promises };
})
