// node:stream plumbing for jsrt-node: finished(), addAbortSignal, the is*
// predicates, stream/promises, and the module object in Node 20's key order;
// pipeline(), compose(), Duplex.from, the iterator helpers, Readable.from,
// async iteration and duplexPair are forwarders to pipeline.js, read on
// their first call.
// Evaluated once per context by src/modules/stream/mod.rs after core.js,
// called with the same binding plus core.js's result.
//
// Written for this project from Node 20's documented behaviour and traces of
// `node`; see docs/STREAMS.md.
(function (binding, core) {
  'use strict';

  const { nextTick, Buffer } = binding;
  // node:events' EventTarget family (AbortController) is compiled when a
  // pipeline, compose or iterator helper first needs one, not with node:stream.
  const newAbortController = () => new (binding.abortController())();
  const {
    Stream, StreamModule, Readable, Writable, Duplex, Transform, PassThrough, AbortError, E,
    checkFunction, checkObject, checkSignal, noop, isU8, isView, asBuffer, defaultMark, setDefaultMark,
    combineErrors, sIsDestroyed, readOne, sIteratorWake, setFeed, NONE, ReadableState,
  } = core;
  // The bits of core.js's ReadableState are written as literals on the
  // per-chunk paths (a closure constant costs a variable lookup on QuickJS).
  if (core.R_DESTROYED !== 0x2000 || core.R_OBJECT !== 0x1) throw new Error('stream: state bits changed');
  const ownRead = Readable.prototype.read;
  const arrayValues = Array.prototype[Symbol.iterator];
  const ArrayIteratorProto = Object.getPrototypeOf([][Symbol.iterator]());
  const arrayIteratorNext = ArrayIteratorProto.next;

  const asyncIter = Symbol.asyncIterator;

  // ----- what a value is ---------------------------------------------------------------------

  function looksReadable(s, strict) {
    return !!(s && typeof s.pipe === 'function' && typeof s.on === 'function' &&
      (!strict || (typeof s.pause === 'function' && typeof s.resume === 'function')) &&
      (!s._writableState || (s._readableState && s._readableState.readable !== false)));
  }
  function looksWritable(s) {
    return !!(s && typeof s.write === 'function' && typeof s.on === 'function' &&
      (!s._readableState || (s._writableState && s._writableState.writable !== false)));
  }
  function looksLikeStream(s) {
    return !!(s && (s._readableState || s._writableState ||
      (typeof s.write === 'function' && typeof s.on === 'function') ||
      (typeof s.pipe === 'function' && typeof s.on === 'function')));
  }
  function iterableOf(v, wantAsync) {
    if (v == null) return false;
    if (wantAsync === true) return typeof v[asyncIter] === 'function';
    if (wantAsync === false) return typeof v[Symbol.iterator] === 'function';
    return typeof v[asyncIter] === 'function' || typeof v[Symbol.iterator] === 'function';
  }

  function isDestroyed(s) {
    if (!looksLikeStream(s)) return null;
    const st = s._writableState || s._readableState;
    return !!(s.destroyed || s[sIsDestroyed] || (st && st.destroyed));
  }
  function writableEnded(s) {
    if (!looksWritable(s)) return null;
    if (s.writableEnded === true) return true;
    const w = s._writableState;
    if (w && w.errored) return false;
    if (!w || typeof w.ended !== 'boolean') return null;
    return w.ended;
  }
  function writableDone(s, strict) {
    if (!looksWritable(s)) return null;
    if (s.writableFinished === true) return true;
    const w = s._writableState;
    if (w && w.errored) return false;
    if (!w || typeof w.finished !== 'boolean') return null;
    return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
  }
  function readableDone(s, strict) {
    if (!looksReadable(s)) return null;
    const r = s._readableState;
    if (r && r.errored) return false;
    if (!r || typeof r.endEmitted !== 'boolean') return null;
    return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
  }
  function isReadable(s) {
    if (s && s[sIsReadable] != null) return s[sIsReadable];
    if (!s || typeof s.readable !== 'boolean') return null;
    if (isDestroyed(s)) return false;
    return looksReadable(s) && s.readable && !readableDone(s);
  }
  function isWritable(s) {
    if (!s || typeof s.writable !== 'boolean') return null;
    if (isDestroyed(s)) return false;
    return looksWritable(s) && s.writable && !writableEnded(s);
  }
  function firstDefined(...vals) {
    for (const v of vals) if (v !== void 0 && v !== null) return v;
    return vals[vals.length - 1];
  }
  function isErrored(s) {
    if (!s) return false;
    const r = s._readableState;
    const w = s._writableState;
    return !!firstDefined(s[sIsErrored], s.readableErrored, s.writableErrored,
      r && r.errorEmitted, w && w.errorEmitted, r && r.errored, w && w.errored);
  }
  function isDisturbed(s) {
    if (!s) return false;
    const own = s[sIsDisturbed];
    return !!(own != null ? own : (s.readableDidRead || s.readableAborted));
  }
  function closedState(s) {
    if (!looksLikeStream(s)) return null;
    const w = s._writableState;
    const r = s._readableState;
    if ((w && typeof w.closed === 'boolean') || (r && typeof r.closed === 'boolean')) {
      return (w && w.closed) || (r && r.closed);
    }
    return null;
  }
  function willClose(s) {
    if (!looksLikeStream(s)) return null;
    const st = s._writableState || s._readableState;
    return !!(st && st.autoDestroy && st.emitClose && st.closed === false);
  }
  function erroredOf(s, side) {
    if (!looksLikeStream(s)) return null;
    const own = side === 'r' ? s.readableErrored : s.writableErrored;
    if (own) return own;
    const st = side === 'r' ? s._readableState : s._writableState;
    return st ? (st.errored == null ? null : st.errored) : null;
  }
  function isFinishedStream(s, opts) {
    if (!looksLikeStream(s)) return null;
    if (isDestroyed(s)) return true;
    if ((!opts || opts.readable !== false) && isReadable(s)) return false;
    if ((!opts || opts.writable !== false) && isWritable(s)) return false;
    return true;
  }
  function isRequest(s) {
    return s && s.setHeader && typeof s.abort === 'function';
  }

  const sIsReadable = Symbol.for('nodejs.stream.readable');
  const sIsErrored = Symbol.for('nodejs.stream.errored');
  const sIsDisturbed = Symbol.for('nodejs.stream.disturbed');

  // stream.destroy(stream, err): destroy anything stream-like.
  function destroyAny(s, err) {
    if (!s || isDestroyed(s)) return;
    if (!err && !isFinishedStream(s)) err = new AbortError();
    if (isRequest(s)) s.abort();
    else if (isRequest(s.req)) s.req.abort();
    else if (typeof s.destroy === 'function') s.destroy(err);
    else if (typeof s.close === 'function') s.close();
    else if (err) nextTick((x, e) => x.emit('error', e), s, err);
    else nextTick((x) => x.emit('close'), s);
    if (!s.destroyed) s[sIsDestroyed] = true;
  }

  // ----- finished (end-of-stream) --------------------------------------------------------------

  function finished(stream, options, callback) {
    if (arguments.length === 2) {
      callback = options;
      options = {};
    } else if (options == null) {
      options = {};
    } else {
      checkObject(options, 'options');
    }
    checkFunction(callback, 'callback');
    checkSignal(options.signal, 'options.signal');
    if (!looksLikeStream(stream)) {
      if (webKind(stream) === 'readable' || webKind(stream) === 'writable') {
        return binding.webInterop().finished(stream, options, callback);
      }
      throw E.argType('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }

    let settled = false;
    let report = (err) => {
      if (settled) return;
      settled = true;
      callback.call(stream, err);
    };

    const wantRead = options.readable != null ? options.readable : looksReadable(stream);
    const wantWrite = options.writable != null ? options.writable : looksWritable(stream);
    const w = stream._writableState;
    const r = stream._readableState;

    let expectClose = willClose(stream) && looksReadable(stream) === wantRead && looksWritable(stream) === wantWrite;
    let writeDone = writableDone(stream, false);
    let readDone = readableDone(stream, false);
    let closed = closedState(stream);

    const onLegacyFinish = () => {
      if (!stream.writable) onFinish();
    };
    const onFinish = () => {
      writeDone = true;
      if (stream.destroyed) expectClose = false;
      if (expectClose && (!stream.readable || wantRead)) return;
      if (!wantRead || readDone) report();
    };
    const onEnd = () => {
      readDone = true;
      if (stream.destroyed) expectClose = false;
      if (expectClose && (!stream.writable || wantWrite)) return;
      if (!wantWrite || writeDone) report();
    };
    const onError = (err) => report(err);
    const onClose = () => {
      closed = true;
      const err = erroredOf(stream, 'w') || erroredOf(stream, 'r');
      if (err && typeof err !== 'boolean') return report(err);
      if (wantRead && !readDone && looksReadable(stream, true) && !readableDone(stream, false)) {
        return report(E.prematureClose());
      }
      if (wantWrite && !writeDone && !writableDone(stream, false)) return report(E.prematureClose());
      report();
    };
    const onClosedAlready = () => {
      closed = true;
      const err = erroredOf(stream, 'w') || erroredOf(stream, 'r');
      if (err && typeof err !== 'boolean') return report(err);
      report();
    };
    const onRequest = () => stream.req.on('finish', onFinish);

    if (isRequest(stream)) {
      stream.on('complete', onFinish);
      if (!expectClose) stream.on('abort', onClose);
      if (stream.req) onRequest();
      else stream.on('request', onRequest);
    } else if (wantWrite && !w) {
      stream.on('end', onLegacyFinish);
      stream.on('close', onLegacyFinish);
    }
    if (!expectClose && typeof stream.aborted === 'boolean') stream.on('aborted', onClose);
    stream.on('end', onEnd);
    stream.on('finish', onFinish);
    if (options.error !== false) stream.on('error', onError);
    stream.on('close', onClose);

    if (closed) {
      nextTick(onClose);
    } else if ((w && w.errorEmitted) || (r && r.errorEmitted)) {
      if (!expectClose) nextTick(onClosedAlready);
    } else if (!wantRead && (!expectClose || isReadable(stream)) && (writeDone || isWritable(stream) === false)) {
      nextTick(onClosedAlready);
    } else if (!wantWrite && (!expectClose || isWritable(stream)) && (readDone || isReadable(stream) === false)) {
      nextTick(onClosedAlready);
    } else if (r && stream.req && stream.aborted) {
      nextTick(onClosedAlready);
    }

    const detach = () => {
      report = noop;
      stream.removeListener('aborted', onClose);
      stream.removeListener('complete', onFinish);
      stream.removeListener('abort', onClose);
      stream.removeListener('request', onRequest);
      if (stream.req) stream.req.removeListener('finish', onFinish);
      stream.removeListener('end', onLegacyFinish);
      stream.removeListener('close', onLegacyFinish);
      stream.removeListener('finish', onFinish);
      stream.removeListener('end', onEnd);
      stream.removeListener('error', onError);
      stream.removeListener('close', onClose);
    };

    const signal = options.signal;
    if (signal && !closed) {
      const onAbort = () => {
        const last = report;
        detach();
        last(new AbortError(undefined, { cause: signal.reason }));
      };
      if (signal.aborted) {
        nextTick(onAbort);
      } else {
        signal.addEventListener('abort', onAbort);
        const inner = report;
        report = (err) => {
          signal.removeEventListener('abort', onAbort);
          inner(err);
        };
      }
    }
    return detach;
  }

  // ----- addAbortSignal ------------------------------------------------------------------------

  function addAbortSignal(signal, stream) {
    checkSignal(signal, 'signal');
    if (!looksLikeStream(stream)) {
      if (webKind(stream) !== null) return binding.webInterop().addAbortSignal(signal, stream);
      throw E.argType('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    return wireAbort(signal, stream);
  }

  function wireAbort(signal, stream) {
    if (!signal || typeof signal !== 'object' || !('aborted' in signal)) {
      throw E.argType('signal', 'AbortSignal', signal);
    }
    const onAbort = () => stream.destroy(new AbortError(undefined, { cause: signal.reason }));
    if (signal.aborted) {
      onAbort();
    } else {
      signal.addEventListener('abort', onAbort);
      finished(stream, () => signal.removeEventListener('abort', onAbort));
    }
    return stream;
  }
  core.setAbortHook(wireAbort);

  // ----- async iteration, Readable.from, duplexPair (in pipeline.js) ---------------------------

  Readable.prototype[asyncIter] = function () {
    return more().iterateReadable(this);
  };
  Readable.prototype.iterator = function iterator(options) {
    if (options !== undefined) checkObject(options, 'options');
    return more().iterateReadable(this, options);
  };
  // Node's is anonymous, of length 2.
  Readable.from = [function (iterable, opts) {
    return more().readableFrom(iterable, opts);
  }][0];
  function duplexPair(options) {
    return more().duplexPair(options);
  }

  // ----- pipeline ----------------------------------------------------------------------------

  function lastCallback(streams) {
    const cb = streams[streams.length - 1];
    checkFunction(cb, 'streams[stream.length - 1]');
    return streams.pop();
  }

  function pipeline(...streams) {
    return runPipeline(streams, lastCallback(streams));
  }

  // pipeline.js holds the rest: runPipeline, the iterator helpers, Duplex.from and
  // compose, read on the first call of any of them (a script's bytecode is read
  // whole, nested functions included, so code not needed at require time is kept
  // out of this one).
  let moreApi;
  const more = () => (moreApi ??= binding.pipelinePart({
    binding, E, webKind, checkSignal, newAbortController, AbortError, nextTick, looksLikeStream, isReadable,
    iterableOf, looksReadable, PassThrough, finished, destroyAny, readableDone, combineErrors, checkObject,
    noop, isWritable, wireAbort, Readable, Duplex, isFinishedStream, looksWritable,
    Buffer, NONE, ReadableState, readOne, sIteratorWake, setFeed, ownRead, arrayValues, ArrayIteratorProto, arrayIteratorNext,
  }));
  const runPipeline = (streams, callback, opts) => more().runPipeline(streams, callback, opts);

  // ----- iterator helpers (Readable.prototype.map etc., in pipeline.js) -----------------------

  // Forwarders with the helpers' names and lengths (concise methods, as the
  // helpers are: no prototype, not constructors).
  // Name, length pairs in one flat array (no destructuring iterator per pair at load).
  const HELPERS = ['asIndexedPairs', 0, 'drop', 1, 'filter', 1, 'flatMap', 1, 'map', 1, 'take', 1,
    'compose', 1, 'every', 1, 'forEach', 1, 'reduce', 3, 'toArray', 0, 'some', 1, 'find', 1];
  for (let i = 0; i < HELPERS.length; i += 2) {
    const name = HELPERS[i];
    const length = HELPERS[i + 1];
    const f = { [name](...args) { return more().helpers[name].apply(this, args); } }[name];
    Object.defineProperty(f, 'length', { __proto__: null, value: length });
    Object.defineProperty(Readable.prototype, name, {
      __proto__: null,
      value: f, writable: true, configurable: true, enumerable: false,
    });
  }

  // ----- not yet supported (named, never undefined) ----------------------------------------------

  const unsupported = (api) => function () {
    throw E.notSupported(api);
  };
  // ----- web streams (src/modules/stream/web/adapters.js, loaded on first use) --------------
  // Node's functions are anonymous: .name is ''.
  for (const C of [Readable, Writable, Duplex]) {
    const side = C.name;
    C.fromWeb = [function (webStream, options) {
      return binding.webInterop()[side].fromWeb(webStream, options);
    }][0];
    C.toWeb = side === 'Readable'
      ? [function (streamReadable, options) {
        return binding.webInterop()[side].toWeb(streamReadable, options);
      }][0]
      : [function (stream) {
        return binding.webInterop()[side].toWeb(stream);
      }][0];
  }
  // 'readable' | 'writable' | 'transform' for a web stream, else null; never
  // loads the web classes (none can exist before they are loaded).
  function webKind(v) {
    if (v === null || typeof v !== 'object') return null;
    const web = binding.webIfLoaded();
    return web === void 0 ? null : web.kindOf(v);
  }
  Duplex.from = function from(body) {
    return more().duplexFrom(body);
  };
  Readable.wrap = function wrap(src, options) {
    const objectMode = src.readableObjectMode != null ? src.readableObjectMode : (src.objectMode != null ? src.objectMode : true);
    return new Readable({ objectMode, ...options, destroy(err, cb) {
      destroyAny(src, err);
      cb(err);
    } }).wrap(src);
  };
  Readable._fromList = unsupported('Readable._fromList');


  // await using / explicit disposal: destroy (AbortError unless it ended) and
  // settle when the stream is finished.
  const asyncDispose = Symbol.asyncDispose || Symbol.for('nodejs.asyncDispose');
  Readable.prototype[asyncDispose] = function () {
    let error;
    if (!this.destroyed) {
      error = this.readableEnded ? null : new AbortError();
      this.destroy(error);
    }
    return new Promise((resolve, reject) => {
      finished(this, (err) => (err && err !== error ? reject(err) : resolve(null)));
    });
  };
  function compose(...streams) {
    return more().compose(...streams);
  }

  // ----- stream/promises ---------------------------------------------------------------------

  function pipelinePromise(...streams) {
    return new Promise((resolve, reject) => {
      let opts;
      const last = streams[streams.length - 1];
      if (last && typeof last === 'object' && !looksLikeStream(last) && !iterableOf(last) && webKind(last) === null) {
        opts = streams.pop();
      }
      runPipeline(streams, (err, value) => (err ? reject(err) : resolve(value)), opts);
    });
  }
  function finishedPromise(stream, opts) {
    // Checked before the promise exists: a bad option throws, not rejects.
    if (opts && opts.cleanup != null && typeof opts.cleanup !== 'boolean') {
      throw E.argType('cleanup', 'boolean', opts.cleanup);
    }
    let cleanup = noop;
    return new Promise((resolve, reject) => {
      cleanup = finished(stream, opts, (err) => (err ? reject(err) : resolve()));
    }).then((v) => {
      if (opts && opts.cleanup) cleanup();
      return v;
    }, (e) => {
      if (opts && opts.cleanup) cleanup();
      throw e;
    });
  }
  // Named as Node's are (util.promisify(stream.finished).name is 'finished').
  Object.defineProperty(finishedPromise, 'name', { __proto__: null, value: 'finished' });
  Object.defineProperty(pipelinePromise, 'name', { __proto__: null, value: 'pipeline' });
  const promises = { finished: finishedPromise, pipeline: pipelinePromise };

  const pipelineCustom = Symbol.for('nodejs.util.promisify.custom');
  Object.defineProperty(pipeline, pipelineCustom, { __proto__: null, enumerable: true, get: () => pipelinePromise });
  Object.defineProperty(finished, pipelineCustom, { __proto__: null, enumerable: true, get: () => finishedPromise });

  // ----- the module object -------------------------------------------------------------------

  const m = Stream;
  m.isDestroyed = isDestroyed;
  m.isDisturbed = isDisturbed;
  m.isErrored = isErrored;
  m.isReadable = isReadable;
  m.isWritable = isWritable;
  m.Readable = Readable;
  m.Writable = Writable;
  m.Duplex = Duplex;
  m.Transform = Transform;
  m.PassThrough = PassThrough;
  m.duplexPair = duplexPair;
  m.pipeline = pipeline;
  m.addAbortSignal = addAbortSignal;
  m.finished = finished;
  m.destroy = destroyAny;
  // The names Node's functions carry (user code sees them in stack traces and .name).
  Object.defineProperty(finished, 'name', { __proto__: null, value: 'eos', configurable: true });
  Object.defineProperty(destroyAny, 'name', { __proto__: null, value: 'destroyer', configurable: true });
  m.compose = compose;
  m.setDefaultHighWaterMark = function setDefaultHighWaterMark(objectMode, value) {
    setDefaultMark(objectMode, value);
  };
  m.getDefaultHighWaterMark = function getDefaultHighWaterMark(objectMode) {
    return defaultMark(objectMode);
  };
  Object.defineProperty(m, 'promises', { __proto__: null, configurable: true, enumerable: true, get: () => promises });
  m.Stream = StreamModule;
  m._isArrayBufferView = isView;
  m._isUint8Array = function isUint8Array(value) { return isU8(value); };
  m._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
    return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  };

  return { stream: StreamModule, promises };
})
