// node:stream's pipeline(), compose(), Duplex.from, the iterator helpers
// (Readable.prototype.map, filter, toArray, ...), Readable.from, async
// iteration of a Readable and duplexPair for jsrt-node. Evaluated on
// the first call of any of them, not with node:stream: plumbing.js installs
// forwarders under their names and calls this file's functions through
// them. `p` is what plumbing.js shares: its binding and core.js's helpers.
//
// Written for this project from Node 20's documented behaviour and traces of
// `node`; see docs/STREAMS.md.
(function (p) {
  'use strict';

  const {
    binding, E, webKind, checkSignal, newAbortController, AbortError, nextTick, looksLikeStream, isReadable,
    iterableOf, looksReadable, PassThrough, finished, destroyAny, readableDone, combineErrors, checkObject,
    noop, isWritable, wireAbort, Readable, Duplex, isFinishedStream, looksWritable,
    Buffer, NONE, ReadableState, readOne, sIteratorWake, setFeed, ownRead, arrayValues, ArrayIteratorProto, arrayIteratorNext,
  } = p;
  const asyncIter = Symbol.asyncIterator;

  // ----- async iteration (for await, Readable.prototype.iterator) ---------------------------------------------------------------------

  // for await over a Readable: read() what is there, else wait for
  // 'readable' or the end. Breaking out destroys the stream (unless
  // destroyOnReturn: false), before the loop's next statement runs.
  // Hand-written rather than an async generator: Bellard's QuickJS lets a
  // `break` go on before a suspended generator's finally block has run, and a
  // buffered chunk is handed over here in one promise turn.
  const AsyncIteratorProto = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

  function iterateReadable(stream, options) {
    const keepOnReturn = !!options && options.destroyOnReturn === false;
    let failure; // undefined: running; null: ended cleanly; else the error
    let over = false; // the iterator is finished
    const waiters = []; // pending next() calls: [resolve, reject]
    // A waiting next() is answered in a promise job after the event, as the
    // awaiting consumer of an async generator sees it: the chunk before the
    // 'end' that reading it schedules.
    const later = () => {
      if (waiters.length) Promise.resolve().then(serve);
    };
    later[sIteratorWake] = true;
    stream.on('readable', later);
    const stopWatching = finished(stream, { writable: false }, (err) => {
      failure = err ? combineErrors(failure, err) : null;
      later();
    });
    // Leaves the stream: destroys it, or only stops listening.
    function leave(error) {
      over = true;
      const destroyIt = error || !keepOnReturn;
      if (destroyIt && (error === void 0 || stream._readableState.autoDestroy)) {
        destroyAny(stream, null);
      } else {
        stream.off('readable', later);
        stopWatching();
      }
    }
    function serve() {
      while (waiters.length) {
        if (over) {
          waiters.shift()[0]({ value: undefined, done: true });
          continue;
        }
        var chunk;
        try {
          chunk = stream.destroyed ? null : stream.read();
        } catch (err) {
          failure = combineErrors(failure, err);
          leave(failure);
          waiters.shift()[1](failure);
          continue;
        }
        if (chunk !== null) {
          waiters.shift()[0]({ value: chunk, done: false });
        } else if (failure) {
          leave(failure);
          waiters.shift()[1](failure);
        } else if (failure === null) {
          leave(null);
          waiters.shift()[0]({ value: undefined, done: true });
        } else {
          return; // wait for 'readable' or the end
        }
      }
    }
    const it = Object.create(AsyncIteratorProto);
    // Our own state: its flags are bits (core.js).
    const rs = stream._readableState instanceof ReadableState ? stream._readableState : null;
    it.next = function next() {
      // Fast path: nothing queued before us and a chunk is there. An
      // object-mode stream whose read() is the prototype's is read without
      // the dispatch through read().
      if (waiters.length === 0 && !over && failure === void 0 &&
          (rs !== null ? (rs.bits & 0x2000 /* R_DESTROYED */) === 0 : !stream.destroyed)) {
        var chunk;
        try {
          chunk = rs !== null && (rs.bits & 0x1 /* R_OBJECT */) !== 0 && stream.read === ownRead ? readOne(stream, rs) : stream.read();
        } catch (err) {
          failure = combineErrors(failure, err);
          leave(failure);
          return Promise.reject(failure);
        }
        if (chunk !== null) return Promise.resolve({ value: chunk, done: false });
      }
      return new Promise((resolve, reject) => {
        waiters.push([resolve, reject]);
        if (waiters.length === 1) serve();
      });
    };
    it.return = function (value) {
      if (!over) leave(failure);
      return Promise.resolve({ value, done: true });
    };
    it.throw = function (err) {
      if (!over) {
        failure = combineErrors(failure, err);
        leave(failure);
      }
      return Promise.reject(err);
    };
    return it;
  }


  // ----- Readable.from -------------------------------------------------------------------------

  function readableFrom(iterable, opts, Ctor = Readable) {
    if (typeof iterable === 'string' || iterable instanceof Buffer) {
      return new Readable({
        objectMode: true,
        ...opts,
        read() {
          this.push(iterable);
          this.push(null);
        },
      });
    }
    let it;
    let isAsync;
    if (iterable && typeof iterable[asyncIter] === 'function') {
      isAsync = true;
      it = iterable[asyncIter]();
    } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
      isAsync = false;
      it = iterable[Symbol.iterator]();
    } else {
      throw E.argType('iterable', ['Iterable'], iterable);
    }
    // An array whose iteration is the built-in one is read by index: the
    // same reads (length, then the element) without a step object per item.
    const list = !isAsync && Array.isArray(iterable) && iterable[Symbol.iterator] === arrayValues &&
      ArrayIteratorProto.next === arrayIteratorNext ? iterable : null;
    let at = 0;
    const out = new Ctor({ objectMode: true, highWaterMark: 1, ...opts });
    const ownDestroy = opts && typeof opts.destroy === 'function' ? opts.destroy : null;
    let busy = false;
    out._read = function () {
      if (!busy) {
        busy = true;
        if (isAsync) pull();
        else pullSync();
      }
    };
    if (list !== null) {
      // pullSync's array case, one call less per item.
      out._read = function () {
        if (busy) return;
        for (;;) {
          if (at >= list.length) {
            busy = true;
            out.push(null);
            return;
          }
          var v = list[at++];
          if (v === null || (v && typeof v.then === 'function')) {
            busy = true;
            if (v === null) {
              busy = false;
              out.destroy(E.nullValues());
            } else {
              settle(v);
            }
            return;
          }
          if (!out.push(v)) return;
        }
      };
      // The same step for readOne (core.js), returning the item instead
      // of pushing it.
      setFeed(out, {
        read: out._read,
        take() {
          if (busy) return NONE;
          if (at >= list.length) {
            busy = true;
            out.push(null);
            return NONE;
          }
          var v = list[at++];
          if (v === null) {
            out.destroy(E.nullValues());
            return NONE;
          }
          if (v && typeof v.then === 'function') {
            busy = true;
            settle(v);
            return NONE;
          }
          return v;
        },
      });
    }
    out._destroy = function (error, cb) {
      const done = (e) => (ownDestroy ? ownDestroy.call(out, e, cb) : cb(e));
      shut(error).then(() => nextTick(done, error), (e) => nextTick(done, e || error));
    };
    let spent = false; // the iterator threw: it is finished, no return()
    async function shut(error) {
      if (spent) return;
      if (error != null && typeof it.throw === 'function') {
        const res = await it.throw(error);
        await res.value;
        if (res.done) return;
      }
      if (typeof it.return === 'function') {
        const res = await it.return();
        await res.value;
      }
    }
    // A sync iterator is stepped without a promise per item; a thenable
    // value goes through settle() and the stepping goes on after it.
    function pullSync() {
      for (;;) {
        let v;
        if (list !== null) {
          if (at >= list.length) {
            out.push(null);
            return;
          }
          v = list[at++];
        } else {
          let step;
          try {
            step = it.next();
          } catch (err) {
            spent = true;
            out.destroy(err);
            return;
          }
          if (step.done) {
            out.push(null);
            return;
          }
          v = step.value;
        }
        if (v && typeof v.then === 'function') {
          settle(v);
          return;
        }
        if (v === null) {
          busy = false;
          out.destroy(E.nullValues());
          return;
        }
        if (!out.push(v)) {
          busy = false;
          return;
        }
      }
    }
    async function settle(pending) {
      try {
        const v = await pending;
        if (v === null) {
          busy = false;
          throw E.nullValues();
        }
        if (out.push(v)) pullSync();
        else busy = false;
      } catch (err) {
        out.destroy(err);
      }
    }
    async function pull() {
      for (;;) {
        try {
          let step;
          try {
            step = await it.next();
          } catch (err) {
            spent = true;
            throw err;
          }
          if (step.done) {
            out.push(null);
          } else {
            let v = step.value;
            if (v && typeof v.then === 'function') v = await v;
            if (v === null) {
              busy = false;
              throw E.nullValues();
            }
            if (out.push(v)) continue;
            busy = false;
          }
        } catch (err) {
          out.destroy(err);
        }
        break;
      }
    }
    return out;
  }
  // Two Duplexes joined crosswise: what one side writes, the other reads.
  // A write completes when the other side's reader has taken the chunk.
  const sPeer = Symbol('peer');
  const sHeld = Symbol('held');
  class DuplexSide extends Duplex {
    constructor(options) {
      super(options);
      this[sPeer] = null;
      this[sHeld] = null;
    }
    _read() {
      const peer = this[sPeer];
      const held = peer && peer[sHeld];
      if (held) {
        peer[sHeld] = null;
        held();
      }
    }
    _write(chunk, encoding, callback) {
      if (chunk.length === 0) {
        nextTick(callback);
        return;
      }
      this[sPeer].push(chunk);
      this[sHeld] = callback;
    }
    _final(callback) {
      this[sPeer].on('end', callback);
      this[sPeer].push(null);
    }
  }
  function duplexPair(options) {
    const a = new DuplexSide(options);
    const b = new DuplexSide(options);
    a[sPeer] = b;
    b[sPeer] = a;
    return [a, b];
  }

  // ----- pipeline ----------------------------------------------------------------------------

  function runPipeline(streams, callback, opts) {
    if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
    if (streams.length < 2) throw E.missingArgs('streams');
    if (streams.some((s) => webKind(s) !== null)) {
      const web = binding.webInterop();
      const end = !opts || opts.end !== false;
      streams = streams.map((s, i) => web.pipelineStage(s, i, streams.length, end));
    }

    const outer = opts && opts.signal;
    checkSignal(outer, 'options.signal');
    const ac = newAbortController();
    const signal = ac.signal;
    const onOuterAbort = () => settle(new AbortError());
    if (outer) outer.addEventListener('abort', onOuterAbort);

    let error;
    let value;
    const destroyers = [];
    const tailCleanups = [];
    let pending = 0;
    let done = false;

    const step = (err) => settle(err, --pending === 0);
    function settle(err, last) {
      if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
      if (!error && !last) return;
      while (destroyers.length) destroyers.shift()(error);
      if (outer) outer.removeEventListener('abort', onOuterAbort);
      ac.abort();
      if (last && !done) {
        done = true;
        if (!error) tailCleanups.forEach((fn) => fn());
        nextTick(callback, error, value);
      }
    }

    let cur;
    for (let i = 0; i < streams.length; i++) {
      const s = streams[i];
      const reading = i < streams.length - 1;
      const writing = i > 0;
      const isLast = !reading;
      const end = reading || !opts || opts.end !== false;

      if (looksLikeStream(s)) {
        if (end) {
          const d = guardStream(s, reading, writing);
          destroyers.push(d.destroy);
          if (isReadable(s) && isLast) tailCleanups.push(d.cleanup);
        }
        const onErr = (err) => {
          if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') step(err);
        };
        s.on('error', onErr);
        if (isReadable(s) && isLast) tailCleanups.push(() => s.removeListener('error', onErr));
      }

      if (i === 0) {
        if (typeof s === 'function') {
          cur = s({ signal });
          if (!iterableOf(cur)) throw E.returnValue('Iterable, AsyncIterable or Stream', 'source', cur);
        } else if (iterableOf(s) || looksReadable(s)) {
          cur = s;
        } else {
          throw E.argType('source', ['Stream', 'Iterable', 'AsyncIterable', 'Function'], s);
        }
      } else if (typeof s === 'function') {
        cur = s(asAsyncSource(cur), { signal });
        if (reading) {
          if (!iterableOf(cur, true)) throw E.returnValue('AsyncIterable', `transform[${i - 1}]`, cur);
        } else {
          const pt = new PassThrough({ objectMode: true });
          const then = cur && cur.then;
          if (typeof then === 'function') {
            pending++;
            then.call(cur, (val) => {
              value = val;
              if (val != null) pt.write(val);
              if (end) pt.end();
              nextTick(step);
            }, (err) => {
              pt.destroy(err);
              nextTick(step, err);
            });
          } else if (iterableOf(cur, true)) {
            pending++;
            feedWritable(cur, pt, step, end);
          } else {
            throw E.returnValue('AsyncIterable or Promise', 'destination', cur);
          }
          cur = pt;
          const d = guardStream(cur, false, true);
          destroyers.push(d.destroy);
          if (isLast) tailCleanups.push(d.cleanup);
        }
      } else if (looksLikeStream(s)) {
        if (looksReadable(cur)) {
          pending += 2;
          const c = pipeInto(cur, s, step, end);
          if (isReadable(s) && isLast) tailCleanups.push(c);
        } else if (iterableOf(cur)) {
          pending++;
          feedWritable(cur, s, step, end);
        } else {
          throw E.argType('val', ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], cur);
        }
        cur = s;
      } else {
        cur = duplexFrom(s, `streams[${i}]`);
      }
    }
    if ((signal && signal.aborted) || (outer && outer.aborted)) nextTick(onOuterAbort);
    return cur;
  }

  // What a transform function of a pipeline receives: iterables as they are,
  // a Node stream through its async iterator.
  function asAsyncSource(v) {
    if (iterableOf(v)) return v;
    if (looksReadable(v)) return iterateReadable(v);
    throw E.argType('val', ['Readable', 'Iterable', 'AsyncIterable'], v);
  }

  function guardStream(s, reading, writing) {
    let over = false;
    s.on('close', () => {
      over = true;
    });
    const cleanup = finished(s, { readable: reading, writable: writing }, (err) => {
      over = !err;
    });
    return {
      destroy(err) {
        if (over) return;
        over = true;
        destroyAny(s, err || E.destroyed('pipe'));
      },
      cleanup,
    };
  }

  function pipeInto(src, dst, step, end) {
    let ended = false;
    dst.on('close', () => {
      if (!ended) step(E.prematureClose());
    });
    src.pipe(dst, { end: false });
    if (end) {
      const endDst = () => {
        ended = true;
        dst.end();
      };
      if (readableDone(src)) nextTick(endDst);
      else src.once('end', endDst);
      finished(src, { readable: true, writable: false }, (err) => {
        const r = src._readableState;
        if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && r && r.ended && !r.errored && !r.errorEmitted) {
          src.once('end', endDst).once('error', step);
        } else {
          step(err);
        }
      });
    } else {
      step();
    }
    return finished(dst, { readable: false, writable: true }, step);
  }

  async function feedWritable(source, dst, step, end) {
    let failure;
    let waiter = null;
    const poke = (err) => {
      if (err) failure = err;
      if (waiter) {
        const w = waiter;
        waiter = null;
        w();
      }
    };
    const ready = () => new Promise((resolve, reject) => {
      if (failure) {
        reject(failure);
      } else {
        waiter = () => (failure ? reject(failure) : resolve());
      }
    });
    dst.on('drain', poke);
    const stop = finished(dst, { readable: false }, poke);
    try {
      if (dst.writableNeedDrain) await ready();
      for await (const chunk of source) {
        if (!dst.write(chunk)) await ready();
      }
      if (end) {
        dst.end();
        await ready();
      }
      step();
    } catch (err) {
      step(failure !== err ? combineErrors(failure, err) : err);
    } finally {
      stop();
      dst.off('drain', poke);
    }
  }

  // ----- iterator helpers (Readable.prototype.map etc.) ----------------------------------------

  function checkMapper(fn, name) {
    if (typeof fn !== 'function') throw E.argType(name, ['Function', 'AsyncFunction'], fn);
  }
  function helperOptions(options) {
    if (options == null) return {};
    checkObject(options, 'options');
    checkSignal(options.signal, 'options.signal');
    if (options.concurrency != null) {
      const c = Math.floor(options.concurrency);
      if (!(c >= 1) || c > Number.MAX_SAFE_INTEGER) throw E.outOfRange('options.concurrency', '>= 1 && <= 9007199254740991', c);
    }
    return options;
  }
  function checkAborted(options) {
    if (options.signal && options.signal.aborted) throw new AbortError(undefined, { cause: options.signal.reason });
  }
  function checkCount(n, name) {
    const num = Number(n);
    if (num !== num) return 0;
    if (num < 0) throw E.outOfRange(name, '>= 0', num);
    return Math.trunc(num);
  }

  function fromGenerator(stream, genFn, options) {
    return readableFrom(genFn.call(stream), { objectMode: true, signal: options && options.signal });
  }

  const SKIP = Symbol('skip');

  // The engine under map/filter/forEach/flatMap: up to `concurrency` calls
  // of fn in flight, up to `highWaterMark` finished results waiting for the
  // consumer, results in source order. An async generator of the results.
  async function* mapConcurrently(src, fn, options) {
    const limit = options.concurrency != null ? Math.floor(options.concurrency) : 1;
    let spare = limit - 1;
    if (options.highWaterMark != null) {
      spare = Math.floor(options.highWaterMark);
      if (!(spare >= 0)) throw E.outOfRange('options.highWaterMark', '>= 0', spare);
    }
    const ac = newAbortController();
    const signal = ac.signal;
    const outer = options.signal;
    const onOuterAbort = () => ac.abort(outer.reason);
    if (outer) {
      if (outer.aborted) throw new AbortError(undefined, { cause: outer.reason });
      outer.addEventListener('abort', onOuterAbort);
    }
    const pending = []; // promises of results, in order
    let inFlight = 0;
    let sourceDone = false;
    let sourceError = null;
    let stop = false;
    let wakeConsumer = noop;
    let wakeProducer = noop;
    const poke = (which) => {
      const w = which === 'c' ? wakeConsumer : wakeProducer;
      if (which === 'c') wakeConsumer = noop;
      else wakeProducer = noop;
      w();
    };
    const producer = (async () => {
      try {
        for await (const v of src) {
          if (stop) return;
          if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
          let p;
          try {
            p = Promise.resolve(fn(v, { signal }));
          } catch (e) {
            p = Promise.reject(e);
          }
          inFlight++;
          p.then(() => {
            inFlight--;
            poke('p');
          }, () => {
            inFlight--;
            poke('p');
          });
          pending.push(p);
          poke('c');
          while (!stop && (inFlight >= limit || pending.length >= limit + spare)) {
            await new Promise((resolve) => {
              wakeProducer = resolve;
            });
          }
        }
      } catch (err) {
        sourceError = err;
      } finally {
        sourceDone = true;
        poke('c');
      }
    })();
    try {
      for (;;) {
        if (pending.length === 0) {
          if (sourceDone) {
            if (sourceError) throw sourceError;
            return;
          }
          await new Promise((resolve) => {
            wakeConsumer = resolve;
          });
          continue;
        }
        const value = await pending[0];
        if (outer && outer.aborted) throw new AbortError(undefined, { cause: outer.reason });
        // Yield first, then let the producer go on: the next call of fn
        // happens when the consumer asks for more.
        if (value !== SKIP) yield value;
        pending.shift();
        poke('p');
      }
    } finally {
      stop = true;
      if (!ac.signal.aborted) ac.abort();
      if (outer) outer.removeEventListener('abort', onOuterAbort);
      poke('p');
      void producer;
    }
  }

  const helpers = {
    asIndexedPairs(options = undefined) {
      options = helperOptions(options);
      const src = this;
      return fromGenerator(this, async function* () {
        let i = 0;
        for await (const v of src) {
          checkAborted(options);
          yield [i++, v];
        }
      }, options);
    },
    drop(number, options = undefined) {
      options = helperOptions(options);
      const n = checkCount(number, 'number');
      const src = this;
      return fromGenerator(this, async function* () {
        let left = n;
        checkAborted(options);
        for await (const v of src) {
          checkAborted(options);
          if (left-- <= 0) yield v;
        }
      }, options);
    },
    filter(fn, options = undefined) {
      checkMapper(fn, 'fn');
      options = helperOptions(options);
      const keep = async (v, o) => ((await fn(v, o)) ? v : SKIP);
      return fromGenerator(this, () => mapConcurrently(this, keep, options), options);
    },
    flatMap(fn, options = undefined) {
      checkMapper(fn, 'fn');
      options = helperOptions(options);
      const mapped = mapConcurrently(this, fn, options);
      return fromGenerator(this, async function* () {
        for await (const inner of mapped) yield* inner;
      }, options);
    },
    map(fn, options = undefined) {
      checkMapper(fn, 'fn');
      options = helperOptions(options);
      return fromGenerator(this, () => mapConcurrently(this, fn, options), options);
    },
    take(number, options = undefined) {
      options = helperOptions(options);
      const n = checkCount(number, 'number');
      const src = this;
      return fromGenerator(this, async function* () {
        let left = n;
        checkAborted(options);
        if (left <= 0) return;
        for await (const v of src) {
          checkAborted(options);
          yield v;
          if (--left <= 0) return;
        }
      }, options);
    },
    compose(stream, options = undefined) {
      options = helperOptions(options);
      if (looksLikeStream(stream) && !isWritable(stream)) {
        throw E.argValueReason('stream', stream, 'must be writable');
      }
      const composed = compose(this, stream);
      if (options.signal) wireAbort(options.signal, composed);
      return composed;
    },
    async every(fn, options = undefined) {
      checkMapper(fn, 'fn');
      options = helperOptions(options);
      for await (const v of this) {
        checkAborted(options);
        if (!(await fn(v, { signal: options.signal }))) return false;
      }
      return true;
    },
    async forEach(fn, options = undefined) {
      checkMapper(fn, 'fn');
      options = helperOptions(options);
      const each = async (v, o) => {
        await fn(v, o);
        return SKIP;
      };
      for await (const unused of mapConcurrently(this, each, options)) void unused;
    },
    async reduce(reducer, initialValue, options) {
      checkMapper(reducer, 'reducer');
      options = helperOptions(options);
      let hasAcc = arguments.length > 1;
      let acc = initialValue;
      if (options.signal && options.signal.aborted) {
        // Aborted before the first item: the stream is destroyed with it.
        const err = new AbortError(undefined, { cause: options.signal.reason });
        this.once('error', noop);
        await new Promise((resolve) => finished(this.destroy(err), () => resolve()));
        throw err;
      }
      for await (const v of this) {
        checkAborted(options);
        if (!hasAcc) {
          acc = v;
          hasAcc = true;
        } else {
          acc = await reducer(acc, v, { signal: options.signal });
        }
      }
      if (!hasAcc) throw nodeReduceEmpty();
      return acc;
    },
    async toArray(options = undefined) {
      options = helperOptions(options);
      const out = [];
      for await (const v of this) {
        checkAborted(options);
        out.push(v);
      }
      return out;
    },
    async some(fn, options = undefined) {
      checkMapper(fn, 'fn');
      options = helperOptions(options);
      for await (const v of this) {
        checkAborted(options);
        if (await fn(v, { signal: options.signal })) return true;
      }
      return false;
    },
    async find(fn, options = undefined) {
      checkMapper(fn, 'fn');
      options = helperOptions(options);
      for await (const v of this) {
        checkAborted(options);
        if (await fn(v, { signal: options.signal })) return v;
      }
      return undefined;
    },
  };
  function nodeReduceEmpty() {
    const e = new TypeError('Reduce of an empty stream requires an initial value');
    e.code = 'ERR_MISSING_ARGS';
    return e;
  }
  // ----- Duplex.from and compose ------------------------------------------------------------

  // A Duplex in front of a writable `head` and a readable `tail` (the same
  // stream, two streams, or either alone): writes go into head, reads come out
  // of tail, final waits for head to finish, destroy destroys both.
  // `onClosed(cb)` lets compose() wait for its pipeline before close.
  function facade(head, tail, opts) {
    let drainWaiter = null;
    let finishWaiter = null;
    let readWaiter = null;
    const wake = (which) => {
      let cb;
      if (which === 'drain') [cb, drainWaiter] = [drainWaiter, null];
      else if (which === 'finish') [cb, finishWaiter] = [finishWaiter, null];
      else [cb, readWaiter] = [readWaiter, null];
      if (cb) cb();
    };
    const d = new Duplex({
      writableObjectMode: !!(head && head.writableObjectMode),
      readableObjectMode: !!(tail && tail.readableObjectMode),
      writable: !!head,
      readable: !!tail,
    });
    if (head) {
      d._write = function (chunk, encoding, cb) {
        if (head.write(chunk, encoding)) cb();
        else drainWaiter = cb;
      };
      d._final = function (cb) {
        head.end();
        finishWaiter = cb;
      };
      head.on('drain', () => wake('drain'));
      (opts.finishFrom || head).on('finish', () => wake('finish'));
    }
    if (tail) {
      tail.on('readable', () => wake('read'));
      tail.on('end', () => d.push(null));
      d._read = function () {
        for (;;) {
          const chunk = tail.read();
          if (chunk === null) {
            readWaiter = d._read;
            return;
          }
          if (!d.push(chunk)) return;
        }
      };
    }
    d._destroy = function (err, cb) {
      drainWaiter = finishWaiter = readWaiter = null;
      opts.destroy(d, err, cb);
    };
    return d;
  }

  function joinSides(readable, writable) {
    let d = null;
    let closing = null;
    const watch = (s) => {
      finished(s, (err) => {
        if (err && d && !d.destroyed) destroyAny(d, err);
      });
    };
    d = facade(writable, readable, {
      destroy(self, err, cb) {
        if (!err && closing === null && !isFinishedStream(self)) err = new AbortError();
        closing = cb;
        if (writable) destroyAny(writable, err);
        if (readable) destroyAny(readable, err);
        cb(err);
      },
    });
    if (writable) watch(writable);
    if (readable && readable !== writable) watch(readable);
    return d;
  }

  // A function body: (source, { signal }) => AsyncIterable | Promise; the
  // Duplex's writes become `source`.
  function fromAsyncFunction(fn) {
    const ac = newAbortController();
    let post = null; // resolve of the consumer waiting for the next write
    let mail = null; // a write that arrived before the consumer asked
    const deliver = (msg) => {
      if (post) {
        const p = post;
        post = null;
        p(msg);
      } else {
        mail = msg;
      }
    };
    async function* source() {
      for (;;) {
        let msg;
        if (mail) {
          msg = mail;
          mail = null;
        } else {
          msg = await new Promise((resolve) => {
            post = resolve;
          });
        }
        nextTick(msg.cb);
        if (msg.done) return;
        if (ac.signal.aborted) throw new AbortError(undefined, { cause: ac.signal.reason });
        yield msg.chunk;
      }
    }
    const value = fn(source(), { signal: ac.signal });
    return {
      value,
      write(chunk, encoding, cb) {
        deliver({ chunk, cb, done: false });
      },
      final(cb) {
        deliver({ cb, done: true });
      },
      destroy(err, cb) {
        ac.abort();
        cb(err);
      },
    };
  }

  function duplexFrom(body, name = 'body') {
    if (webKind(body) !== null) body = binding.webInterop().duplexFrom(body);
    const r = looksReadable(body);
    const w = looksWritable(body);
    if (r && w) return body;
    if (r) return joinSides(body, null);
    if (w) return joinSides(null, body);
    if (typeof body === 'function') {
      const { value, write, final, destroy } = fromAsyncFunction(body);
      if (iterableOf(value)) {
        return readableFrom(value, { objectMode: true, write, final, destroy }, Duplex);
      }
      if (value && typeof value.then === 'function') {
        let d;
        value.then((v) => {
          if (v != null) throw E.returnValue('nully', name, v);
        }).catch((err) => destroyAny(d, err));
        d = new Duplex({
          objectMode: true,
          readable: false,
          write,
          final(cb) {
            final(async () => {
              try {
                await value;
                nextTick(cb, null);
              } catch (err) {
                nextTick(cb, err);
              }
            });
          },
          destroy,
        });
        return d;
      }
      throw E.returnValue('Iterable, AsyncIterable or AsyncFunction', name, value);
    }
    if (iterableOf(body)) return readableFrom(body, { objectMode: true, writable: false }, Duplex);
    if (body && Object.prototype.toString.call(body) === '[object Blob]' && typeof body.arrayBuffer === 'function') {
      body = body.arrayBuffer();
    }
    if (body && typeof body.then === 'function') {
      const d = new Duplex({ objectMode: true, writable: false, read() {} });
      body.then((v) => {
        if (v != null) d.push(v);
        d.push(null);
      }, (err) => destroyAny(d, err));
      return d;
    }
    if (body && typeof body === 'object' && (body.readable || body.writable)) {
      const rd = body.readable ? (looksReadable(body.readable) ? body.readable : duplexFrom(body.readable)) : null;
      const wr = body.writable ? (looksWritable(body.writable) ? body.writable : duplexFrom(body.writable)) : null;
      return joinSides(rd, wr);
    }
    throw E.argType(name, ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable',
      'Function', '{ readable, writable } pair', 'Promise'], body);
  }
  function compose(...streams) {
    if (streams.length === 0) throw E.missingArgs('streams');
    if (streams.length === 1) return duplexFrom(streams[0], 'streams[0]');
    const given = streams.slice();
    if (streams.some((s) => webKind(s) !== null)) {
      const web = binding.webInterop();
      streams = streams.map((s) => web.toNode(s));
    }
    const last = streams.length - 1;
    if (typeof streams[0] === 'function') streams[0] = duplexFrom(streams[0], 'streams[0]');
    if (typeof streams[last] === 'function') streams[last] = duplexFrom(streams[last], `streams[${last}]`);
    for (let i = 0; i < streams.length; i++) {
      if (!looksLikeStream(streams[i])) continue;
      if (i < last && !isReadable(streams[i])) throw E.argValueReason(`streams[${i}]`, given[i], 'must be readable');
      if (i > 0 && !isWritable(streams[i])) throw E.argValueReason(`streams[${i}]`, given[i], 'must be writable');
    }
    const head = streams[0];
    let pipelineDone = false;
    let closeCb = null; // destroy() waiting for the pipeline to wind down
    let d = null;
    const tail = runPipeline(streams, (err) => {
      pipelineDone = true;
      if (closeCb) {
        const cb = closeCb;
        closeCb = null;
        cb(err);
      } else if (err) {
        d.destroy(err);
      } else if (!readableSide && !writableSide) {
        d.destroy();
      }
    });
    const writableSide = !!isWritable(head);
    const readableSide = !!isReadable(tail);
    d = facade(writableSide ? head : null, readableSide ? tail : null, {
      finishFrom: tail,
      destroy(self, err, cb) {
        if (!err && !pipelineDone) err = new AbortError();
        if (pipelineDone) {
          cb(err);
        } else {
          closeCb = cb;
          destroyAny(tail, err);
        }
      },
    });
    return d;
  }

  return { runPipeline, helpers, duplexFrom, compose, iterateReadable, readableFrom, duplexPair };
})
