// events.on() for jsrt-node: the async iterator over an emitter's events.
// Evaluated on the first call of events.on (events.js forwards to it) with
// what events.js shares (`s`), so require('events') does not read it.
//
// Written for this project from Node 20's documented behaviour and traces of
// `node`.
(function (s) {
  'use strict';

  const {
    FROZEN_EMPTY, DISPOSE, WATERMARKS, errInvalidArgType, needSignalOrUndefined, needIntegerAtLeast, abortedBy,
    listenTo, stopListening, addAbortListener,
  } = s;


  const asyncIteratorProto = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

  // A first-in first-out list that does not shift its array on every take.
  function makeFifo() {
    const items = [];
    let head = 0;
    return {
      get size() {
        return items.length - head;
      },
      put(v) {
        items.push(v);
      },
      take() {
        const v = items[head];
        items[head++] = undefined;
        if (head === items.length) {
          items.length = 0;
          head = 0;
        }
        return v;
      },
    };
  }

  // events.on(): an async iterator over the argument arrays of `type` events.
  // Events nobody asked for yet wait in `buffered`; readers waiting for an
  // event wait in `readers`. With highWaterMark the emitter is paused while
  // too many events wait, and resumed once they fall below lowWaterMark.
  function on(emitter, type, options = FROZEN_EMPTY) {
    const signal = options.signal;
    needSignalOrUndefined(signal, 'options.signal');
    if (signal?.aborted) throw abortedBy(signal);
    // Node accepts both spellings of the marks.
    const high = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
    needIntegerAtLeast(high, 'options.highWaterMark', 1);
    const low = options.lowWaterMark ?? options.lowWatermark ?? 1;
    needIntegerAtLeast(low, 'options.lowWaterMark', 1);

    const buffered = makeFifo();
    const readers = makeFifo();
    const attached = [];
    let pendingError = null;
    let ended = false;
    let paused = false;
    let abortHook = null;

    const attach = (name, fn) => {
      listenTo(emitter, name, fn, false);
      attached.push(name, fn);
    };

    const finish = () => {
      if (abortHook !== null) abortHook[DISPOSE]();
      while (attached.length > 0) {
        const fn = attached.pop();
        stopListening(emitter, attached.pop(), fn);
      }
      ended = true;
      const done = { value: undefined, done: true };
      while (readers.size > 0) readers.take().resolve(done);
      return Promise.resolve(done);
    };

    const fail = (err) => {
      if (readers.size > 0) readers.take().reject(err);
      else pendingError = err;
      finish();
    };

    const deliver = (args) => {
      if (readers.size > 0) {
        readers.take().resolve({ value: args, done: false });
        return;
      }
      buffered.put(args);
      if (!paused && buffered.size > high) {
        paused = true;
        emitter.pause();
      }
    };

    const iterator = {
      next() {
        if (buffered.size > 0) {
          const value = buffered.take();
          if (paused && buffered.size < low) {
            paused = false;
            emitter.resume();
          }
          return Promise.resolve({ value, done: false });
        }
        if (pendingError !== null) {
          const err = pendingError;
          pendingError = null;
          return Promise.reject(err);
        }
        if (ended) return finish();
        return new Promise((resolve, reject) => readers.put({ resolve, reject }));
      },
      return() {
        return finish();
      },
      throw(err) {
        if (!err || !(err instanceof Error)) throw errInvalidArgType('EventEmitter.AsyncIterator', 'Error', err);
        fail(err);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      [WATERMARKS]: {
        get size() {
          return buffered.size;
        },
        get low() {
          return low;
        },
        get high() {
          return high;
        },
        get isPaused() {
          return paused;
        },
      },
    };
    Object.setPrototypeOf(iterator, asyncIteratorProto);

    attach(type, (...args) => deliver(args));
    if (type !== 'error' && typeof emitter.on === 'function') attach('error', fail);
    const closers = options?.close;
    if (closers?.length) {
      for (let i = 0; i < closers.length; i++) attach(closers[i], finish);
    }
    if (signal) abortHook = addAbortListener(signal, () => fail(abortedBy(signal)));
    return iterator;
  }

  return on;
})
