// node:stream core for jsrt-node: the Readable/Writable state machine, Duplex,
// Transform and PassThrough. Evaluated once per context by
// src/modules/stream/mod.rs as a function expression called with a native
// binding (Node errors, Buffer, StringDecoder, nextTick, EventEmitter).
//
// Written for this project from Node 20's documented behaviour and from
// traces of `node` itself; docs/STREAMS.md describes the state machine and
// why it is JavaScript (every step a user can override or observe must stay a
// JS-visible function) while the data-heavy leaves are native.
(function (binding) {
  'use strict';

  const { EventEmitter, Buffer, nextTick, nodeError, errInvalidArgType, inspect } = binding;
  // node:string_decoder is read when a stream first decodes, not with node:stream.
  let StringDecoder;
  const newDecoder = (enc) => new (StringDecoder ??= binding.stringDecoder())(enc);
  // One native copy (Buffer.concat) for joining the queued chunks.
  const bufferConcat = (q, from, total) => Buffer.concat(from === 0 ? q : q.slice(from), total);

  const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  const noop = () => {};
  const sConstructDone = Symbol('kConstruct');
  const sDestroyRequest = Symbol('kDestroy');
  const sIsDestroyed = Symbol('kIsDestroyed');
  const sTransformCallback = Symbol('kCallback');
  const sTransformStep = Symbol('kTransformStep');
  // The ReadableState whose read() (one that returns data) is inside _read:
  // a variable, not a field, because it is written twice per chunk.
  let taking = null;

  // ----- errors (code, name and message as Node 20 has them) -----------------------------

  const E = {
    pushAfterEof: () => nodeError('Error', 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF'),
    unshiftAfterEnd: () => nodeError('Error', 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event'),
    writeAfterEnd: () => nodeError('Error', 'ERR_STREAM_WRITE_AFTER_END', 'write after end'),
    destroyed: (what) => nodeError('Error', 'ERR_STREAM_DESTROYED', `Cannot call ${what} after a stream was destroyed`),
    alreadyFinished: (what) => nodeError('Error', 'ERR_STREAM_ALREADY_FINISHED', `Cannot call ${what} after a stream was finished`),
    notImplemented: (what) => nodeError('Error', 'ERR_METHOD_NOT_IMPLEMENTED', `The ${what} method is not implemented`),
    multipleCallback: () => nodeError('Error', 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times'),
    nullValues: () => nodeError('TypeError', 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream'),
    prematureClose: () => nodeError('Error', 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'),
    cannotPipe: () => nodeError('Error', 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable'),
    unknownEncoding: (enc) =>
      nodeError('TypeError', 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${typeof enc === 'string' ? enc : inspect(enc)}`),
    missingArgs: (name) => nodeError('TypeError', 'ERR_MISSING_ARGS', `The "${name}" argument must be specified`),
    notSupported: (api) => nodeError('Error', 'ERR_NOT_SUPPORTED', `stream.${api} is not supported`),
    argValue: (name, value) => {
      const kind = name.includes('.') ? 'property' : 'argument';
      return nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The ${kind} '${name}' is invalid. Received ${inspect(value)}`);
    },
    argValueReason: (name, value, reason) => {
      const kind = name.includes('.') ? 'property' : 'argument';
      return nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The ${kind} '${name}' ${reason}. Received ${inspect(value)}`);
    },
    outOfRange: (name, range, value) =>
      nodeError('RangeError', 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be ${range}. Received ${value}`),
    returnValue: (input, name, value) => {
      let got = `type ${typeof value}`;
      if (value && typeof value === 'object' && value.constructor && value.constructor.name) {
        got = `instance of ${value.constructor.name}`;
      } else if (value !== void 0 && value !== null && typeof value !== 'object' && typeof value !== 'function') {
        got += ` (${inspect(value)})`;
      }
      return nodeError('TypeError', 'ERR_INVALID_RETURN_VALUE',
        `Expected ${input} to be returned from the "${name}" function but got ${got}.`);
    },
    argType: errInvalidArgType,
  };

  const { AbortError } = binding; // node:events' class

  function checkFunction(fn, name) {
    if (typeof fn !== 'function') throw E.argType(name, 'Function', fn);
  }
  function checkObject(v, name) {
    if (v === null || typeof v !== 'object') throw E.argType(name, 'Object', v);
  }
  function checkSignal(sig, name) {
    if (sig !== void 0 && (sig === null || typeof sig !== 'object' || !('aborted' in sig))) {
      throw E.argType(name, 'AbortSignal', sig);
    }
  }

  // ----- chunks ---------------------------------------------------------------------------

  const isU8 = (v) => v instanceof Uint8Array;
  const isView = ArrayBuffer.isView;
  const asBuffer = (u8) => (u8 instanceof Buffer ? u8 : Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength));

  const defaultMarks = { bytes: 16 * 1024, objects: 16 };

  // How ERR_OUT_OF_RANGE shows a large integer: 1_234_567_890_123.
  function groupDigits(n) {
    if (!Number.isInteger(n) || Math.abs(n) <= 2 ** 32) return String(n);
    const digits = String(Math.abs(n));
    let out = '';
    for (let i = digits.length; i > 0; i -= 3) out = (i > 3 ? '_' : '') + digits.slice(Math.max(0, i - 3), i) + out;
    return (n < 0 ? '-' : '') + out;
  }

  function defaultMark(objectMode) {
    return objectMode ? defaultMarks.objects : defaultMarks.bytes;
  }
  function setDefaultMark(objectMode, value) {
    if (typeof value !== 'number') throw E.argType('value', 'number', value);
    if (!Number.isInteger(value)) throw E.outOfRange('value', 'an integer', value);
    if (value < 0 || value > Number.MAX_SAFE_INTEGER) {
      throw E.outOfRange('value', `>= 0 && <= ${Number.MAX_SAFE_INTEGER}`, groupDigits(value));
    }
    if (objectMode) defaultMarks.objects = value;
    else defaultMarks.bytes = value;
  }

  // The mark from options: `highWaterMark` first, then the side's own key for
  // a Duplex (readableHighWaterMark / writableHighWaterMark).
  function markFromOptions(opts, sideKey, isDuplex, objectMode) {
    let hwm = opts ? opts.highWaterMark : undefined;
    let label = 'options.highWaterMark';
    if (hwm == null && isDuplex && opts) {
      hwm = opts[sideKey];
      label = `options.${sideKey}`;
    }
    if (hwm == null) return defaultMark(objectMode);
    if (!Number.isInteger(hwm) || hwm < 0) throw E.argValue(label, hwm);
    return Math.floor(hwm);
  }

  function checkedEncoding(enc) {
    if (enc == null) return 'utf8';
    if (!Buffer.isEncoding(enc)) throw E.unknownEncoding(enc);
    return enc;
  }

  // ----- shared destroy machinery -----------------------------------------------------------

  function statesOf(s) {
    return [s._readableState, s._writableState];
  }

  function markErrored(err, r, w) {
    if (!err) return;
    void err.stack; // materialise the stack where the error was raised, as Node does
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
  }

  function destroyStream(err, cb) {
    const [r, w] = statesOf(this);
    const main = w || r;
    if ((w && w.destroyed) || (r && r.destroyed)) {
      if (typeof cb === 'function') cb();
      return this;
    }
    markErrored(err, r, w);
    if (w) w.destroyed = true;
    if (r) r.destroyed = true;
    if (main && !main.constructed) {
      this.once(sDestroyRequest, (late) => runDestroy(this, combineErrors(late, err), cb));
    } else {
      runDestroy(this, err, cb);
    }
    return this;
  }

  function combineErrors(a, b) {
    if (a && b && a !== b) {
      if (Array.isArray(b.errors)) {
        b.errors.push(a);
        return b;
      }
      const agg = new AggregateError([b, a], b.message);
      agg.code = b.code;
      return agg;
    }
    return a || b;
  }

  function runDestroy(stream, err, cb) {
    let done = false;
    const whenDestroyed = (e) => {
      if (done) return;
      done = true;
      const [r, w] = statesOf(stream);
      markErrored(e, r, w);
      if (w) w.closed = true;
      if (r) r.closed = true;
      if (typeof cb === 'function') cb(e);
      if (e) nextTick(errorThenClose, stream, e);
      else nextTick(announceClose, stream);
    };
    try {
      stream._destroy(err || null, whenDestroyed);
    } catch (e) {
      whenDestroyed(e);
    }
  }

  function errorThenClose(stream, err) {
    announceError(stream, err);
    announceClose(stream);
  }

  function announceClose(stream) {
    const [r, w] = statesOf(stream);
    if (w) w.closeEmitted = true;
    if (r) r.closeEmitted = true;
    if ((w && w.emitClose) || (r && r.emitClose)) stream.emit('close');
  }

  function announceError(stream, err) {
    const [r, w] = statesOf(stream);
    if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
    if (w) w.errorEmitted = true;
    if (r) r.errorEmitted = true;
    stream.emit('error', err);
  }

  // An error raised by the machinery (not by destroy()): destroys the stream
  // when it auto-destroys, else only records and emits it.
  function failStream(stream, err, sync) {
    const [r, w] = statesOf(stream);
    if ((w && w.destroyed) || (r && r.destroyed)) return;
    if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
      stream.destroy(err);
    } else if (err) {
      markErrored(err, r, w);
      if (sync) nextTick(announceError, stream, err);
      else announceError(stream, err);
    }
  }

  function undestroy() {
    const [r, w] = statesOf(this);
    if (r) {
      r.constructed = true;
      r.closed = r.destroyed = false;
      r.closeEmitted = r.errorEmitted = false;
      r.errored = null;
      r.reading = false;
      r.ended = r.readable === false;
      r.endEmitted = r.readable === false;
    }
    if (w) {
      w.constructed = true;
      w.destroyed = w.closed = w.closeEmitted = false;
      w.errored = null;
      w.errorEmitted = false;
      w.finalCalled = w.prefinished = false;
      w.ended = w.writable === false;
      w.ending = w.writable === false;
      w.finished = w.writable === false;
    }
  }

  // _construct: both sides wait for its callback before reading/writing/destroying.
  function startConstruct(stream, then) {
    if (typeof stream._construct !== 'function') return;
    const [r, w] = statesOf(stream);
    if (r) r.constructed = false;
    if (w) w.constructed = false;
    stream.once(sConstructDone, then);
    if (stream.listenerCount(sConstructDone) > 1) return;
    nextTick(runConstruct, stream);
  }

  function runConstruct(stream) {
    let calls = 0;
    const onConstructed = (err) => {
      if (calls++ > 0) {
        failStream(stream, err == null ? E.multipleCallback() : err);
        return;
      }
      const [r, w] = statesOf(stream);
      if (r) r.constructed = true;
      if (w) w.constructed = true;
      if ((w || r).destroyed) stream.emit(sDestroyRequest, err);
      else if (err) failStream(stream, err, true);
      else nextTick(() => stream.emit(sConstructDone));
    };
    try {
      stream._construct((err) => nextTick(onConstructed, err));
    } catch (e) {
      nextTick(onConstructed, e);
    }
  }

  // ----- legacy Stream ---------------------------------------------------------------------

  // Made by legacy.js when node:stream was required (src/modules/stream/mod.rs).
  // `StreamModule` is the module object users hold, a proxy over Stream
  // (modules::lazy): it is what the classes inherit from and what
  // Stream.prototype.constructor names, as in Node, where both are Stream.
  const Stream = binding.Stream;
  const StreamModule = binding.StreamModule;
  Object.defineProperty(Stream.prototype, 'constructor', {
    __proto__: null, value: StreamModule, writable: true, configurable: true,
  });

  // The pre-streams2 pipe: only data/drain/end/close wiring.
  Stream.prototype.pipe = function pipe(dest, options) {
    const src = this;
    const onData = (chunk) => {
      if (dest.writable && dest.write(chunk) === false && src.pause) src.pause();
    };
    const onDrain = () => {
      if (src.readable && src.resume) src.resume();
    };
    src.on('data', onData);
    dest.on('drain', onDrain);
    let ended = false;
    const finishDest = () => {
      if (ended) return;
      ended = true;
      dest.end();
    };
    const closeDest = () => {
      if (ended) return;
      ended = true;
      if (typeof dest.destroy === 'function') dest.destroy();
    };
    if (!dest._isStdio && (!options || options.end !== false)) {
      src.on('end', finishDest);
      src.on('close', closeDest);
    }
    // `this` is whichever side emitted the error.
    const onError = function (er) {
      detach();
      if (EventEmitter.listenerCount(this, 'error') === 0) this.emit('error', er);
    };
    prependOnce(src, 'error', onError);
    prependOnce(dest, 'error', onError);
    const detach = () => {
      src.removeListener('data', onData);
      dest.removeListener('drain', onDrain);
      src.removeListener('end', finishDest);
      src.removeListener('close', closeDest);
      src.removeListener('error', onError);
      dest.removeListener('error', onError);
      src.removeListener('end', detach);
      src.removeListener('close', detach);
      dest.removeListener('close', detach);
    };
    src.on('end', detach);
    src.on('close', detach);
    dest.on('close', detach);
    dest.emit('pipe', src);
    return dest;
  };

  function prependOnce(emitter, ev, fn) {
    if (typeof emitter.prependListener === 'function') {
      emitter.prependListener(ev, fn);
    } else if (!emitter._events || !emitter._events[ev]) {
      emitter.on(ev, fn);
    } else if (Array.isArray(emitter._events[ev])) {
      emitter._events[ev].unshift(fn);
    } else {
      emitter._events[ev] = [fn, emitter._events[ev]];
    }
  }

  // ----- Readable ----------------------------------------------------------------------------

  // The booleans of both states live in one integer (`bits`) so the
  // per-chunk paths test several with one mask; the Node-shaped names
  // (`_readableState.ended` etc., which libraries read and write) are
  // accessors over those bits on the prototypes. `errored`, `decoder` and
  // `corked` are accessors too, so their bits cannot go stale.
  // The per-chunk functions write the masks as literals with the names in a
  // comment (`0x282002 /* ENDED|DESTROYED|ERRORED|DECODER */`): on QuickJS
  // each closure constant in an expression is a variable lookup (a mask of
  // four names cost ~140 instructions more than its literal). Changing a
  // bit's value means changing those literals (and plumbing.js's two).
  // Bits stay below 2^30 so `bits` is always a small integer.
  // Also for the interpreter's sake, the per-chunk functions declare their
  // locals with `var` (QuickJS checks a `let`/`const` binding for its
  // temporal dead zone at each use: var took (b) of benches/stream.js from
  // 262 M to 242 M instructions) and compare with `void 0`, not `undefined`
  // (a global variable read, ~140 instructions more per test). `x == null`
  // stays: on an object or a number it costs less than two strict tests.
  const R_OBJECT = 1, R_ENDED = 2, R_END_EMITTED = 4, R_READING = 8, R_CONSTRUCTED = 0x10, R_SYNC = 0x20,
    R_NEED_READABLE = 0x40, R_EMITTED_READABLE = 0x80, R_READABLE_LISTENING = 0x100, R_RESUME_SCHEDULED = 0x200,
    R_ERROR_EMITTED = 0x400, R_EMIT_CLOSE = 0x800, R_AUTO_DESTROY = 0x1000, R_DESTROYED = 0x2000, R_CLOSED = 0x4000,
    R_CLOSE_EMITTED = 0x8000, R_MULTI_AWAIT_DRAIN = 0x10000, R_READING_MORE = 0x20000, R_DATA_EMITTED = 0x40000,
    R_ERRORED = 0x80000, R_DATA_LISTENED = 0x100000, R_DECODER = 0x200000, R_FEED = 0x400000;
  const W_OBJECT = 1, W_FINAL_CALLED = 2, W_NEED_DRAIN = 4, W_ENDING = 8, W_ENDED = 0x10, W_FINISHED = 0x20,
    W_DESTROYED = 0x40, W_DECODE_STRINGS = 0x80, W_WRITING = 0x100, W_SYNC = 0x200, W_BUFFER_PROCESSING = 0x400,
    W_CONSTRUCTED = 0x800, W_PREFINISHED = 0x1000, W_ERROR_EMITTED = 0x2000, W_EMIT_CLOSE = 0x4000,
    W_AUTO_DESTROY = 0x8000, W_CLOSED = 0x10000, W_CLOSE_EMITTED = 0x20000, W_ALL_BUFFERS = 0x40000,
    W_ALL_NOOP = 0x80000, W_ERRORED = 0x100000, W_CORKED = 0x200000,
    W_QUEUED = 0x400000, // `buffered` holds writes from `bufferedIndex` on
    // write()'s fast path is inside _write with a write that has no
    // callback: pendingcb counts it, writecb is noop and writelen its length
    // (1 in objectMode, else `writeLength`), without those being stored.
    W_LAZY = 0x800000,
    W_TRANSFORM = 0x1000000; // a Transform: `transformStep` holds its step
  const sErrored = Symbol('kErrored');
  const sDecoder = Symbol('kDecoder');
  const sCorked = Symbol('kCorked');
  // Readable.from over an array (plumbing.js): `read` is the stream's _read,
  // `take()` does one step of it but returns the item it would push (or
  // NONE after doing anything else itself), so readOne can hand the item
  // over without push() and the queue.
  const sFeed = Symbol('kFeed');
  const NONE = Symbol('none');
  function setFeed(stream, feed) {
    const rs = stream._readableState;
    rs[sFeed] = feed;
    rs.bits |= R_FEED;
  }

  // Index loops over Object.keys at load: for-of steps an iterator per key on QuickJS.
  function flagAccessors(proto, table) {
    const names = Object.keys(table);
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      const bit = table[name];
      Object.defineProperty(proto, name, {
        __proto__: null,
        configurable: true,
        enumerable: false,
        get() {
          return (this.bits & bit) !== 0;
        },
        set(v) {
          if (v) this.bits |= bit;
          else this.bits &= ~bit;
        },
      });
    }
  }
  // A value field whose bit says "set" (non-null, or a count above zero).
  function valueAccessor(proto, name, key, bit, empty) {
    Object.defineProperty(proto, name, {
      __proto__: null,
      configurable: true,
      enumerable: false,
      get() {
        const v = this[key];
        return v === void 0 ? empty : v;
      },
      set(v) {
        this[key] = v;
        if (v) this.bits |= bit;
        else this.bits &= ~bit;
      },
    });
  }

  function ReadableState(options, stream, isDuplex) {
    if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Duplex;
    const o = options || {};
    const objectMode = !!(o.objectMode || (isDuplex && o.readableObjectMode));
    let bits = R_CONSTRUCTED | R_SYNC;
    if (objectMode) bits |= R_OBJECT;
    if (o.emitClose !== false) bits |= R_EMIT_CLOSE;
    if (o.autoDestroy !== false) bits |= R_AUTO_DESTROY;
    this.bits = bits;
    this.highWaterMark = markFromOptions(options, 'readableHighWaterMark', isDuplex, objectMode);
    // The queue: an array read from `bufferIndex` on (Node 20.20's shape).
    this.buffer = [];
    this.bufferIndex = 0;
    this.length = 0;
    this.pipes = [];
    // The 'data' listener of the last pipe() and what it does (write to
    // pipeDest, pipeHold() when that says stop): while it is the only
    // listener, a chunk is written to the destination here instead of
    // through emit and the listener (the same steps).
    this.pipeOnData = null;
    this.pipeDest = null;
    this.pipeHold = null;
    this.awaitDrainWriters = null;
    this.flowing = null;
    this.defaultEncoding = checkedEncoding(o.defaultEncoding);
    this.encoding = null;
    this.paused = null; // explicit pause() / resume(): true / false
    if (o.encoding) {
      this.decoder = newDecoder(o.encoding);
      this.encoding = o.encoding;
    }
  }
  flagAccessors(ReadableState.prototype, {
    objectMode: R_OBJECT,
    ended: R_ENDED,
    endEmitted: R_END_EMITTED,
    reading: R_READING,
    constructed: R_CONSTRUCTED,
    sync: R_SYNC,
    needReadable: R_NEED_READABLE,
    emittedReadable: R_EMITTED_READABLE,
    readableListening: R_READABLE_LISTENING,
    resumeScheduled: R_RESUME_SCHEDULED,
    errorEmitted: R_ERROR_EMITTED,
    emitClose: R_EMIT_CLOSE,
    autoDestroy: R_AUTO_DESTROY,
    destroyed: R_DESTROYED,
    closed: R_CLOSED,
    closeEmitted: R_CLOSE_EMITTED,
    multiAwaitDrain: R_MULTI_AWAIT_DRAIN,
    readingMore: R_READING_MORE,
    dataEmitted: R_DATA_EMITTED,
    dataListened: R_DATA_LISTENED,
  });
  valueAccessor(ReadableState.prototype, 'errored', sErrored, R_ERRORED, null);
  valueAccessor(ReadableState.prototype, 'decoder', sDecoder, R_DECODER, null);

  function Readable(options) {
    if (!(this instanceof Readable)) return new Readable(options);
    const isDuplex = this instanceof Duplex;
    this._readableState = new ReadableState(options, this, isDuplex);
    if (options) {
      if (typeof options.read === 'function') this._read = options.read;
      if (typeof options.destroy === 'function') this._destroy = options.destroy;
      if (typeof options.construct === 'function') this._construct = options.construct;
      if (options.signal && !isDuplex) addAbortSignalQuiet(options.signal, this);
    }
    Stream.call(this, options);
    startConstruct(this, () => {
      const r = this._readableState;
      if (r.needReadable) scheduleTopUp(this, r);
    });
  }
  Object.setPrototypeOf(Readable.prototype, Stream.prototype);
  Object.setPrototypeOf(Readable, StreamModule);
  Readable.ReadableState = ReadableState;

  const RP = Readable.prototype;
  RP.destroy = destroyStream;
  RP._undestroy = undestroy;
  RP._destroy = function _destroy(err, cb) {
    cb(err);
  };
  RP[EventEmitter.captureRejectionSymbol] = function (err) {
    this.destroy(err);
  };

  // The common push (an object, or a non-empty Buffer, onto a live stream
  // without a decoder) is done here without the validation steps of
  // acceptChunk, which it would pass.
  RP.push = function push(chunk, encoding) {
    var rs = this._readableState;
    var b = rs.bits;
    if (chunk !== null && (b & (0x282002 /* ENDED|DESTROYED|ERRORED|DECODER */)) === 0 &&
        ((b & 0x1 /* OBJECT */) !== 0 || (chunk instanceof Buffer && chunk.length > 0))) {
      b &= ~0x8 /* READING */;
      // storeChunk's steps, inline.
      if ((b & (0x100020 /* SYNC|DATA_LISTENED */)) === 0x100000 /* DATA_LISTENED */ && rs.length === 0 && rs.flowing) {
        if (b & 0x10000 /* MULTI_AWAIT_DRAIN */) rs.awaitDrainWriters.clear();
        else rs.awaitDrainWriters = null;
        rs.bits = b | 0x40000 /* DATA_EMITTED */;
        var events = this._events;
        var l = events == null ? null : events.data;
        if (l === rs.pipeOnData && l !== null && this.emit === eeEmit) {
          var hold = rs.pipeHold; // the write may unpipe (teardown clears it)
          if (rs.pipeDest.write(chunk) === false) hold();
        }
        else this.emit('data', chunk);
        b = rs.bits;
      } else {
        rs.length += (b & 0x1 /* OBJECT */) !== 0 ? 1 : chunk.length;
        rs.buffer.push(chunk);
        if (b & 0x40 /* NEED_READABLE */) {
          // queueReadable's skip, with readableUnheard inline.
          var unheard = false;
          if (taking === rs && rs.length === 1 && (b & 0x1 /* OBJECT */)) {
            var events = this._events;
            var l = events == null ? null : events.readable;
            unheard = (l === void 0 || l[sIteratorWake] === true) && this.emit === eeEmit;
          }
          if (unheard) {
            b &= ~0x40 /* NEED_READABLE */;
            rs.bits = b;
          } else {
            rs.bits = b;
            queueReadable(this);
            b = rs.bits;
          }
        } else {
          rs.bits = b;
        }
      }
      if ((b & (0x20010 /* READING_MORE|CONSTRUCTED */)) === 0x10 /* CONSTRUCTED */) {
        rs.bits = b | 0x20000 /* READING_MORE */;
        nextTick(topUp, this, rs);
      }
      return (b & 0x2 /* ENDED */) === 0 && (rs.length < rs.highWaterMark || rs.length === 0);
    }
    return acceptChunk(this, chunk, encoding, false);
  };
  // The built-in push: the fast paths that stand in for a push() call check
  // a stream's push against it (not against RP.push, which a program may patch).
  const ownPush = RP.push;
  RP.unshift = function unshift(chunk, encoding) {
    return acceptChunk(this, chunk, encoding, true);
  };

  function acceptChunk(stream, chunk, encoding, atFront) {
    var rs = stream._readableState;
    var problem;
    if ((rs.bits & R_OBJECT) === 0) {
      if (typeof chunk === 'string') {
        encoding = encoding || rs.defaultEncoding;
        if (rs.encoding !== encoding) {
          chunk = atFront && rs.encoding
            ? Buffer.from(chunk, encoding).toString(rs.encoding)
            : Buffer.from(chunk, encoding);
          encoding = '';
        }
      } else if (chunk instanceof Buffer) {
        encoding = '';
      } else if (isView(chunk)) {
        chunk = asBuffer(chunk);
        encoding = '';
      } else if (chunk != null) {
        problem = E.argType('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
    }
    if (problem) {
      failStream(stream, problem);
      return false;
    }
    if (chunk === null) {
      rs.bits &= ~R_READING;
      sawEof(stream, rs);
      return false;
    }
    var b = rs.bits;
    if ((b & R_OBJECT) !== 0 || (chunk && chunk.length > 0)) {
      if (atFront) {
        if ((b & R_END_EMITTED) !== 0) {
          failStream(stream, E.unshiftAfterEnd());
          return false;
        }
        if ((b & (R_DESTROYED | R_ERRORED)) !== 0) return false;
        storeChunk(stream, rs, chunk, true);
      } else if ((b & R_ENDED) !== 0) {
        failStream(stream, E.pushAfterEof());
        return false;
      } else if ((b & (R_DESTROYED | R_ERRORED)) !== 0) {
        return false;
      } else {
        rs.bits = b & ~R_READING;
        if ((b & R_DECODER) !== 0 && !encoding) {
          chunk = rs.decoder.write(chunk);
          if ((b & R_OBJECT) !== 0 || chunk.length !== 0) storeChunk(stream, rs, chunk, false);
          else scheduleTopUp(stream, rs);
        } else {
          storeChunk(stream, rs, chunk, false);
        }
      }
    } else if (!atFront) {
      rs.bits = b & ~R_READING;
      scheduleTopUp(stream, rs);
    }
    return (rs.bits & R_ENDED) === 0 && (rs.length < rs.highWaterMark || rs.length === 0);
  }

  function storeChunk(stream, rs, chunk, atFront) {
    // Node hands a chunk over directly when nothing is queued and a 'data'
    // listener was added and not taken off with removeListener/off (one
    // dropped by removeAllListeners still counts: the chunk is lost).
    var b = rs.bits;
    if ((b & (0x100020 /* SYNC|DATA_LISTENED */)) === 0x100000 /* DATA_LISTENED */ && rs.length === 0 && rs.flowing) {
      releaseDrainWait(rs);
      rs.bits = b | 0x40000 /* DATA_EMITTED */;
      stream.emit('data', chunk);
    } else {
      rs.length += (b & 0x1 /* OBJECT */) !== 0 ? 1 : chunk.length;
      if (atFront) {
        if (rs.bufferIndex > 0) rs.buffer[--rs.bufferIndex] = chunk;
        else rs.buffer.unshift(chunk);
      } else {
        rs.buffer.push(chunk);
      }
      if ((b & 0x40 /* NEED_READABLE */) !== 0) {
        if (taking === rs && rs.length === 1 && (b & (0x3 /* OBJECT|ENDED */)) === 0x1 /* OBJECT */ && readableUnheard(stream)) {
          rs.bits = b & ~0x40 /* NEED_READABLE */; // see queueReadable
        } else {
          queueReadable(stream);
        }
      }
    }
    scheduleTopUp(stream, rs);
  }

  function releaseDrainWait(rs) {
    if ((rs.bits & R_MULTI_AWAIT_DRAIN) !== 0) rs.awaitDrainWriters.clear();
    else rs.awaitDrainWriters = null;
  }

  function sawEof(stream, rs) {
    if ((rs.bits & R_ENDED) !== 0) return;
    if ((rs.bits & R_DECODER) !== 0) {
      const rest = rs.decoder.end();
      if (rest && rest.length) {
        rs.buffer.push(rest);
        rs.length += (rs.bits & R_OBJECT) !== 0 ? 1 : rest.length;
      }
    }
    const b = rs.bits | R_ENDED;
    if ((b & R_SYNC) !== 0) {
      rs.bits = b;
      queueReadable(stream);
    } else {
      rs.bits = (b & ~R_NEED_READABLE) | R_EMITTED_READABLE;
      fireReadable(stream);
    }
  }

  // Marks the async iterator's 'readable' listener (plumbing.js): it reads on
  // its own at each next(), so a skipped 'readable' is not missed.
  const sIteratorWake = Symbol('kIteratorWake');
  function readableUnheard(stream) {
    const events = stream._events;
    if (events == null || stream.emit !== eeEmit) return false;
    const l = events.readable;
    return l === void 0 || l[sIteratorWake] === true;
  }

  function queueReadable(stream) {
    var rs = stream._readableState;
    var b = rs.bits & ~0x40 /* NEED_READABLE */;
    rs.bits = b;
    // A chunk pushed from inside a read() that is about to return exactly
    // what is queued, while nobody hears 'readable' (no listener but the
    // async iterator's): the tick is not queued (one per chunk for for-await
    // and pipe otherwise). With a user's listener it stays: the stream may
    // end before the tick runs, and then that 'readable' is emitted.
    // Anything queued before the next read queues one as usual, since
    // emittedReadable stays false.
    if (taking === rs && (b & 0x2 /* ENDED */) === 0 &&
        ((b & 0x1 /* OBJECT */) !== 0 ? rs.length === 1 : !rs.flowing || rs.buffer.length - rs.bufferIndex === 1) &&
        readableUnheard(stream)) {
      return;
    }
    if ((b & 0x80 /* EMITTED_READABLE */) === 0) {
      rs.bits = b | 0x80 /* EMITTED_READABLE */;
      nextTick(fireReadable, stream);
    }
  }

  function fireReadable(stream) {
    var rs = stream._readableState;
    if ((rs.bits & (0x82000 /* DESTROYED|ERRORED */)) === 0 && (rs.length || (rs.bits & 0x2 /* ENDED */) !== 0)) {
      stream.emit('readable');
      rs.bits &= ~0x80 /* EMITTED_READABLE */;
    }
    if (!rs.flowing && (rs.bits & 0x2 /* ENDED */) === 0 && rs.length <= rs.highWaterMark) rs.bits |= 0x40 /* NEED_READABLE */;
    else rs.bits &= ~0x40 /* NEED_READABLE */;
    pump(stream);
  }

  // After a push, keep calling _read until the buffer reaches the mark.
  function scheduleTopUp(stream, rs) {
    var b = rs.bits;
    if ((b & (0x20010 /* READING_MORE|CONSTRUCTED */)) === 0x10 /* CONSTRUCTED */) {
      rs.bits = b | 0x20000 /* READING_MORE */;
      nextTick(topUp, stream, rs);
    }
  }

  function topUp(stream, rs) {
    while ((rs.bits & (0xa /* READING|ENDED */)) === 0 &&
           (rs.length < rs.highWaterMark || (rs.flowing && rs.length === 0))) {
      var before = rs.length;
      stream.read(0);
      if (before === rs.length) break;
    }
    rs.bits &= ~0x20000 /* READING_MORE */;
  }

  const MAX_MARK = 0x40000000;
  function growMark(n) {
    if (n > MAX_MARK) throw E.outOfRange('size', '<= 1GiB', n);
    n--;
    n |= n >>> 1;
    n |= n >>> 2;
    n |= n >>> 4;
    n |= n >>> 8;
    n |= n >>> 16;
    return n + 1;
  }

  function wanted(n, rs) {
    var b = rs.bits;
    if (n <= 0 || (rs.length === 0 && (b & 0x2 /* ENDED */) !== 0)) return 0;
    if ((b & 0x1 /* OBJECT */) !== 0) return 1;
    if (n !== n) {
      // read() with no size: everything, or the next chunk while flowing.
      return rs.flowing && rs.length ? rs.buffer[rs.bufferIndex].length : rs.length;
    }
    if (n <= rs.length) return n;
    return (b & 0x2 /* ENDED */) !== 0 ? rs.length : 0;
  }

  RP.read = function read(n) {
    var rs = this._readableState;
    if (n === void 0) {
      if (rs.bits & 0x1 /* OBJECT */) return readOne(this, rs);
      n = 0 / 0; // NaN, without the global read
    }
    else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
    var asked = n;
    if (n > rs.highWaterMark) rs.highWaterMark = growMark(n);
    var b = rs.bits;
    if (n !== 0) rs.bits = b &= ~0x80 /* EMITTED_READABLE */;
    if (n === 0 && (b & 0x40 /* NEED_READABLE */) &&
        ((rs.highWaterMark !== 0 ? rs.length >= rs.highWaterMark : rs.length > 0) || (b & 0x2 /* ENDED */) !== 0)) {
      if (rs.length === 0 && (b & 0x2 /* ENDED */)) scheduleEnd(this);
      else queueReadable(this);
      return null;
    }
    n = wanted(n, rs);
    if (n === 0 && (b & 0x2 /* ENDED */)) {
      if (rs.length === 0) scheduleEnd(this);
      return null;
    }
    if (((b & 0x40 /* NEED_READABLE */) || rs.length === 0 || rs.length - n < rs.highWaterMark) &&
        (b & (0x8201a /* ENDED|READING|DESTROYED|ERRORED|CONSTRUCTED */)) === 0x10 /* CONSTRUCTED */) {
      b |= 0x28 /* READING|SYNC */;
      if (rs.length === 0) b |= 0x40 /* NEED_READABLE */;
      rs.bits = b;
      var outer = taking;
      taking = asked !== asked ? rs : null;
      try {
        this._read(rs.highWaterMark);
      } catch (err) {
        failStream(this, err);
      }
      taking = outer;
      b = rs.bits & ~0x20 /* SYNC */;
      rs.bits = b;
      if (!(b & 0x8 /* READING */)) n = wanted(asked, rs);
    }
    var out = n > 0 ? takeFromQueue(n, rs) : null;
    b = rs.bits;
    if (out === null) {
      rs.bits = b = rs.length <= rs.highWaterMark ? b | 0x40 /* NEED_READABLE */ : b & ~0x40 /* NEED_READABLE */;
      n = 0;
      // Nothing taken after all (a read(0) inside _read left `reading` set):
      // a 'readable' skipped for a chunk pushed meanwhile is owed.
      if (asked !== asked && rs.length > 0 && !(b & 0x80 /* EMITTED_READABLE */)) {
        queueReadable(this);
        b = rs.bits;
      }
    } else {
      rs.length -= n;
      releaseDrainWait(rs);
    }
    if (rs.length === 0) {
      if (!(b & 0x2 /* ENDED */)) rs.bits = b |= 0x40 /* NEED_READABLE */;
      else if (asked !== n) scheduleEnd(this);
    }
    if (out !== null && (rs.bits & (0x8400 /* ERROR_EMITTED|CLOSE_EMITTED */)) === 0) {
      rs.bits |= 0x40000 /* DATA_EMITTED */;
      if (heard(this, 'data')) this.emit('data', out);
    }
    return out;
  };

  // Whether emitting `ev` can be observed: a listener, or an emit of the
  // stream's own. Skipping an unheard emit saves a call per chunk.
  const eeEmit = EventEmitter.prototype.emit;
  function heard(stream, ev) {
    var events = stream._events;
    return events === void 0 || events === null || events[ev] !== void 0 || stream.emit !== eeEmit;
  }

  // read() without a size on an object-mode stream: read()'s steps for one
  // object, without the size arithmetic.
  function readOne(stream, rs) {
    var b = rs.bits & ~0x80 /* EMITTED_READABLE */;
    rs.bits = b;
    if (rs.length === 0 && (b & 0x2 /* ENDED */)) {
      scheduleEnd(stream);
      return null;
    }
    if (((b & 0x40 /* NEED_READABLE */) || rs.length <= rs.highWaterMark) &&
        (b & (0x8201a /* ENDED|READING|DESTROYED|ERRORED|CONSTRUCTED */)) === 0x10 /* CONSTRUCTED */) {
      b |= 0x28 /* READING|SYNC */;
      if (rs.length === 0) b |= 0x40 /* NEED_READABLE */;
      rs.bits = b;
      if (b & 0x400000 /* FEED */) {
        var out = readFeed(stream, rs);
        if (out !== NONE) return out;
      } else {
        var outer = taking;
        taking = rs;
        try {
          stream._read(rs.highWaterMark);
        } catch (err) {
          failStream(stream, err);
        }
        taking = outer;
      }
      rs.bits &= ~0x20 /* SYNC */;
    }
    // readTail's steps, inline (one call less per chunk for for-await).
    var out = null;
    if (rs.length > 0) {
      var q = rs.buffer;
      var i = rs.bufferIndex;
      out = q[i];
      q[i++] = null;
      if (i === q.length) {
        q.length = 0;
        rs.bufferIndex = 0;
      } else if (i > 1024) {
        q.splice(0, i);
        rs.bufferIndex = 0;
      } else {
        rs.bufferIndex = i;
      }
      b = rs.bits;
      if (b & 0x10000 /* MULTI_AWAIT_DRAIN */) rs.awaitDrainWriters.clear();
      else rs.awaitDrainWriters = null;
      if (--rs.length === 0) {
        if (!(b & 0x2 /* ENDED */)) b |= 0x40 /* NEED_READABLE */;
        else {
          scheduleEnd(stream);
          b = rs.bits;
        }
      }
      if ((b & (0x8400 /* ERROR_EMITTED|CLOSE_EMITTED */)) === 0) {
        rs.bits = b | 0x40000 /* DATA_EMITTED */;
        var events = stream._events;
        if (events == null) {
          stream.emit('data', out);
        } else {
          var l = events.data;
          if (l === void 0) {
            if (stream.emit !== eeEmit) stream.emit('data', out);
          } else if (l === rs.pipeOnData && l !== null && stream.emit === eeEmit) {
            l(out);
          } else {
            stream.emit('data', out);
          }
        }
      } else {
        rs.bits = b;
      }
    } else {
      b = rs.bits | 0x40 /* NEED_READABLE */;
      if (!(b & 0x2 /* ENDED */)) rs.bits = b;
      else {
        rs.bits = b;
        scheduleEnd(stream);
      }
    }
    return out;
  }

  // readOne after its _read: takes the head of the queue and emits it
  // (pumpFeed's fallbacks; readOne has these steps inline).
  function readTail(stream, rs) {
    var b;
    var out = null;
    if (rs.length > 0) {
      var q = rs.buffer;
      var i = rs.bufferIndex;
      out = q[i];
      q[i++] = null;
      if (i === q.length) {
        q.length = 0;
        rs.bufferIndex = 0;
      } else if (i > 1024) {
        q.splice(0, i);
        rs.bufferIndex = 0;
      } else {
        rs.bufferIndex = i;
      }
      b = rs.bits;
      if (b & 0x10000 /* MULTI_AWAIT_DRAIN */) rs.awaitDrainWriters.clear();
      else rs.awaitDrainWriters = null;
      if (--rs.length === 0) {
        if (!(b & 0x2 /* ENDED */)) b |= 0x40 /* NEED_READABLE */;
        else {
          scheduleEnd(stream);
          b = rs.bits;
        }
      }
      if ((b & (0x8400 /* ERROR_EMITTED|CLOSE_EMITTED */)) === 0) {
        rs.bits = b | 0x40000 /* DATA_EMITTED */;
        var events = stream._events;
        if (events == null) {
          stream.emit('data', out);
        } else {
          var l = events.data;
          if (l === void 0) {
            if (stream.emit !== eeEmit) stream.emit('data', out);
          } else if (l === rs.pipeOnData && l !== null && stream.emit === eeEmit) {
            l(out);
          } else {
            stream.emit('data', out);
          }
        }
      } else {
        rs.bits = b;
      }
    } else {
      b = rs.bits | 0x40 /* NEED_READABLE */;
      if (!(b & 0x2 /* ENDED */)) rs.bits = b;
      else {
        rs.bits = b;
        scheduleEnd(stream);
      }
    }
    return out;
  }

  // readOne's _read call for a stream with a feed (Readable.from over an
  // array). The item the feed gives is handed over without push() and the
  // queue when push would store it without a 'readable' tick (the
  // conditions of the push fast path, and of queueReadable's skip when
  // nothing is queued; or one chunk is queued and no read is wanted): what
  // push(v), then readOne taking the head of the queue, would do. Returns
  // what readOne returns, or NONE when it pushed as _read would.
  function readFeed(stream, rs) {
    var outer = taking;
    taking = rs;
    var feed = (rs.bits & 0x1 /* OBJECT */) !== 0 && rs.highWaterMark <= 1 ? rs[sFeed] : null;
    if (feed !== null && feed.read === stream._read && stream.push === ownPush) {
      var v = NONE;
      try {
        v = feed.take();
      } catch (err) {
        failStream(stream, err);
      }
      if (v === NONE) {
        taking = outer;
        return NONE;
      }
      var b = rs.bits;
      var n = rs.length;
      var events = stream._events;
      var out = v;
      var direct = (b & (0x282003 /* ENDED|DESTROYED|ERRORED|DECODER|OBJECT */)) === 0x1 /* OBJECT */ && events != null &&
        stream.emit === eeEmit;
      if (!direct) {
        // push() below
      } else if (n === 0) {
        var l = events.readable;
        direct = (b & 0x40 /* NEED_READABLE */) !== 0 && (l === void 0 || l[sIteratorWake] === true);
      } else if (n === 1 && !(b & 0x40 /* NEED_READABLE */)) {
        // v goes behind the one queued, which is taken.
        var q = rs.buffer;
        var i = rs.bufferIndex;
        out = q[i];
        q[i] = v;
      } else {
        direct = false;
      }
      if (!direct) {
        try {
          if (stream.push(v)) feed.read.call(stream, rs.highWaterMark);
        } catch (err) {
          failStream(stream, err);
        }
        taking = outer;
        return NONE;
      }
      taking = outer;
      // Not reading any more, not inside _read; with nothing left queued a read is wanted.
      b &= ~(0x28 /* READING|SYNC */);
      if (n === 0) b |= 0x40 /* NEED_READABLE */;
      if ((b & (0x20010 /* READING_MORE|CONSTRUCTED */)) === 0x10 /* CONSTRUCTED */) {
        b |= 0x20000 /* READING_MORE */;
        rs.bits = b;
        nextTick(topUp, stream, rs);
      }
      if (b & 0x10000 /* MULTI_AWAIT_DRAIN */) rs.awaitDrainWriters.clear();
      else rs.awaitDrainWriters = null;
      if ((b & (0x8400 /* ERROR_EMITTED|CLOSE_EMITTED */)) === 0) {
        rs.bits = b | 0x40000 /* DATA_EMITTED */;
        var l = events.data;
        if (l === rs.pipeOnData && l !== null) l(out); // emit is EventEmitter's (checked above)
        else if (l !== void 0) stream.emit('data', out);
      } else {
        rs.bits = b;
      }
      return out;
    }
    try {
      stream._read(rs.highWaterMark);
    } catch (err) {
      failStream(stream, err);
    }
    taking = outer;
    return NONE;
  }

  // pump() over a stream with a feed: readOne's steps with readFeed's
  // hand-over inline, for as long as its conditions hold before the step
  // (those that can only change in user code are checked again after it);
  // readOne otherwise.
  function pumpFeed(stream, rs, feed) {
    while (rs.flowing) {
      var b = rs.bits;
      var n = rs.length;
      if ((b & (0x28a41b /* ENDED|READING|DESTROYED|ERRORED|CONSTRUCTED|DECODER|OBJECT|ERROR_EMITTED|CLOSE_EMITTED */)) !== 0x11 /* CONSTRUCTED|OBJECT */ ||
          (n !== 0 && (n !== 1 || (b & 0x40 /* NEED_READABLE */) !== 0)) || feed.read !== stream._read) {
        if (readOne(stream, rs) === null) return;
        continue;
      }
      // readOne up to _read
      b = (b & ~0x80 /* EMITTED_READABLE */) | 0x28 /* READING|SYNC */;
      if (n === 0) b |= 0x40 /* NEED_READABLE */;
      rs.bits = b;
      var outer = taking;
      taking = rs;
      var v = NONE;
      try {
        v = feed.take();
      } catch (err) {
        failStream(stream, err);
      }
      var out = v;
      if (v !== NONE) {
        // Whether push(v) would store v without a 'readable' tick and return
        // false (the step may have run user code: a `then` getter).
        b = rs.bits;
        var events = stream._events;
        var direct = (b & (0x28a403 /* ENDED|DESTROYED|ERRORED|DECODER|OBJECT|ERROR_EMITTED|CLOSE_EMITTED */)) === 0x1 /* OBJECT */ && rs.length === n &&
          events != null && rs.highWaterMark === 1 && stream.push === ownPush && stream.emit === eeEmit;
        if (direct) {
          if (n === 0) {
            direct = (b & 0x40 /* NEED_READABLE */) !== 0 && unheardReadable(events);
          } else if (!(b & 0x40 /* NEED_READABLE */)) {
            // v goes behind the one queued, which is taken.
            var q = rs.buffer;
            var i = rs.bufferIndex;
            out = q[i];
            q[i] = v;
          } else {
            direct = false;
          }
        }
        if (direct) {
          // (NEED_READABLE is as it was: set when nothing was queued)
          taking = outer;
          b &= ~(0x28 /* READING|SYNC */);
          if ((b & (0x20010 /* READING_MORE|CONSTRUCTED */)) === 0x10 /* CONSTRUCTED */) {
            b |= 0x20000 /* READING_MORE */;
            rs.bits = b;
            nextTick(topUp, stream, rs);
          }
          if (b & 0x10000 /* MULTI_AWAIT_DRAIN */) rs.awaitDrainWriters.clear();
          else rs.awaitDrainWriters = null;
          rs.bits = b | 0x40000 /* DATA_EMITTED */;
          var l = events.data;
          if (l === rs.pipeOnData && l !== null) {
            var hold = rs.pipeHold; // the write may unpipe (teardown clears it)
            if (rs.pipeDest.write(out) === false) hold();
          }
          else if (l !== void 0) stream.emit('data', out);
          continue;
        }
        try {
          if (stream.push(v)) feed.read.call(stream, rs.highWaterMark);
        } catch (err) {
          failStream(stream, err);
        }
      }
      taking = outer;
      rs.bits &= ~0x20 /* SYNC */;
      if (readTail(stream, rs) === null) return;
    }
  }

  function unheardReadable(events) {
    if (events == null) return false;
    var l = events.readable;
    return l === void 0 || l[sIteratorWake] === true;
  }

  // Removes `n` units (bytes, characters or one object) from the queue.
  function takeFromQueue(n, rs) {
    if (rs.length === 0) return null;
    var q = rs.buffer;
    var i = rs.bufferIndex;
    var out;
    var b = rs.bits;
    if ((b & 0x1 /* OBJECT */) !== 0) {
      out = q[i];
      q[i++] = null;
    } else if (!n || n >= rs.length) {
      // Everything.
      if ((b & 0x200000 /* DECODER */) !== 0) {
        out = '';
        while (i < q.length) {
          out += q[i];
          q[i++] = null;
        }
      } else if (q.length - i === 1) {
        out = q[i];
        q[i++] = null;
      } else {
        out = bufferConcat(q, i, rs.length);
        i = q.length;
      }
    } else if (n < q[i].length) {
      // A part of the first chunk.
      out = q[i].slice(0, n);
      q[i] = q[i].slice(n);
    } else if (n === q[i].length) {
      out = q[i];
      q[i++] = null;
    } else if ((b & 0x200000 /* DECODER */) !== 0) {
      out = '';
      while (n > 0) {
        var s = q[i];
        if (n >= s.length) {
          out += s;
          n -= s.length;
          q[i++] = null;
        } else {
          out += s.slice(0, n);
          q[i] = s.slice(n);
          n = 0;
        }
      }
    } else {
      out = Buffer.allocUnsafe(n);
      var at = 0;
      while (at < n) {
        var c = q[i];
        var take = Math.min(c.length, n - at);
        out.set(take === c.length ? c : c.subarray(0, take), at);
        at += take;
        if (take === c.length) q[i++] = null;
        else q[i] = c.slice(take);
      }
    }
    if (i === q.length) {
      q.length = 0;
      rs.bufferIndex = 0;
    } else if (i > 1024) {
      q.splice(0, i);
      rs.bufferIndex = 0;
    } else {
      rs.bufferIndex = i;
    }
    return out;
  }

  function scheduleEnd(stream) {
    var rs = stream._readableState;
    var b = rs.bits;
    if ((b & R_END_EMITTED) === 0) {
      rs.bits = b | R_ENDED;
      nextTick(emitEnd, rs, stream);
    }
  }

  function emitEnd(rs, stream) {
    if ((rs.bits & (R_ERRORED | R_CLOSE_EMITTED | R_END_EMITTED)) !== 0 || rs.length !== 0) return;
    rs.bits |= R_END_EMITTED;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      nextTick(endWritableSide, stream);
    } else if (rs.autoDestroy) {
      const ws = stream._writableState;
      const done = !ws || (ws.autoDestroy && (ws.finished || ws.writable === false));
      if (done) stream.destroy();
    }
  }

  function endWritableSide(stream) {
    const ws = stream._writableState;
    if (stream.writable && !stream.writableEnded && !(ws && ws.destroyed)) stream.end();
  }

  RP._read = function _read(n) {
    throw E.notImplemented('_read()');
  };

  RP.isPaused = function isPaused() {
    const rs = this._readableState;
    return rs.paused === true || rs.flowing === false;
  };

  RP.setEncoding = function setEncoding(enc) {
    const decoder = newDecoder(enc);
    const rs = this._readableState;
    rs.decoder = decoder;
    rs.encoding = decoder.encoding;
    let text = '';
    for (let i = rs.bufferIndex; i < rs.buffer.length; i++) text += decoder.write(rs.buffer[i]);
    rs.buffer.length = 0;
    rs.bufferIndex = 0;
    if (text !== '') rs.buffer.push(text);
    rs.length = text.length;
    return this;
  };

  const eeOn = EventEmitter.prototype.on;
  const eeRemove = EventEmitter.prototype.removeListener;
  const eeRemoveAll = EventEmitter.prototype.removeAllListeners;

  RP.on = function on(ev, fn) {
    const result = eeOn.call(this, ev, fn);
    const rs = this._readableState;
    if (ev === 'data') {
      if (this.listenerCount('readable') > 0) rs.bits |= R_DATA_LISTENED | R_READABLE_LISTENING;
      else rs.bits = (rs.bits | R_DATA_LISTENED) & ~R_READABLE_LISTENING;
      if (rs.flowing !== false) this.resume();
    } else if (ev === 'readable') {
      const b = rs.bits;
      if ((b & (R_END_EMITTED | R_READABLE_LISTENING)) === 0) {
        rs.bits = (b | R_READABLE_LISTENING | R_NEED_READABLE) & ~R_EMITTED_READABLE;
        rs.flowing = false;
        if (rs.length) queueReadable(this);
        else if ((b & R_READING) === 0) nextTick((s) => s.read(0), this);
      }
    }
    return result;
  };
  RP.addListener = RP.on;

  RP.removeListener = function removeListener(ev, fn) {
    const result = eeRemove.call(this, ev, fn);
    if (ev === 'readable') nextTick(recheckReadableListeners, this);
    // The last 'data' listener removed one by one ends direct hand-over
    // (removeAllListeners does not: it does not come through here).
    if (ev === 'data' && this.listenerCount('data') === 0) this._readableState.dataListened = false;
    return result;
  };
  RP.off = RP.removeListener;

  RP.removeAllListeners = function removeAllListeners(ev) {
    const result = eeRemoveAll.apply(this, arguments);
    if (ev === 'readable' || ev === void 0) nextTick(recheckReadableListeners, this);
    return result;
  };

  function recheckReadableListeners(stream) {
    const rs = stream._readableState;
    rs.readableListening = stream.listenerCount('readable') > 0;
    if (rs.resumeScheduled && rs.paused === false) rs.flowing = true;
    else if (stream.listenerCount('data') > 0) stream.resume();
    else if (!rs.readableListening) rs.flowing = null;
  }

  RP.resume = function resume() {
    const rs = this._readableState;
    if (!rs.flowing) {
      const b = rs.bits;
      rs.flowing = (b & R_READABLE_LISTENING) === 0;
      if ((b & R_RESUME_SCHEDULED) === 0) {
        rs.bits = b | R_RESUME_SCHEDULED;
        nextTick(doResume, this, rs);
      }
    }
    rs.paused = false;
    return this;
  };

  function doResume(stream, rs) {
    if ((rs.bits & R_READING) === 0) stream.read(0);
    rs.bits &= ~R_RESUME_SCHEDULED;
    stream.emit('resume');
    pump(stream);
    if (rs.flowing && (rs.bits & R_READING) === 0) stream.read(0);
  }

  RP.pause = function pause() {
    const rs = this._readableState;
    if (rs.flowing !== false) {
      rs.flowing = false;
      this.emit('pause');
    }
    rs.paused = true;
    return this;
  };

  function pump(stream) {
    var rs = stream._readableState;
    if ((rs.bits & 0x1 /* OBJECT */) && stream.read === RP.read) {
      if (rs.bits & 0x400000 /* FEED */) pumpFeed(stream, rs, rs[sFeed]);
      else while (rs.flowing && readOne(stream, rs) !== null);
    } else {
      while (rs.flowing && stream.read() !== null);
    }
  }

  RP.pipe = function pipe(dest, pipeOpts) {
    const src = this;
    const rs = this._readableState;
    if (rs.pipes.length === 1 && !rs.multiAwaitDrain) {
      rs.multiAwaitDrain = true;
      rs.awaitDrainWriters = new Set(rs.awaitDrainWriters ? [rs.awaitDrainWriters] : []);
    }
    rs.pipes.push(dest);
    const proc = binding.getProcess();
    const endsDest = (!pipeOpts || pipeOpts.end !== false) && !(proc && (dest === proc.stdout || dest === proc.stderr));
    const onEnd = () => dest.end();
    const detachSelf = () => src.unpipe(dest);
    const atEnd = endsDest ? onEnd : detachSelf;
    if (rs.endEmitted) nextTick(atEnd);
    else src.once('end', atEnd);

    let drainHandler = null;
    let detached = false;

    const onUnpipe = (readable, info) => {
      if (readable === src && info && info.hasUnpiped === false) {
        info.hasUnpiped = true;
        teardown();
      }
    };
    const onData = (chunk) => {
      if (dest.write(chunk) === false) hold();
    };
    const hold = () => {
      if (!detached) {
        if (rs.pipes.length === 1 && rs.pipes[0] === dest) {
          rs.awaitDrainWriters = dest;
          rs.multiAwaitDrain = false;
        } else if (rs.pipes.length > 1 && rs.pipes.includes(dest)) {
          rs.awaitDrainWriters.add(dest);
        }
        src.pause();
      }
      if (!drainHandler) {
        drainHandler = () => {
          if (rs.awaitDrainWriters === dest) rs.awaitDrainWriters = null;
          else if (rs.multiAwaitDrain) rs.awaitDrainWriters.delete(dest);
          if ((!rs.awaitDrainWriters || rs.awaitDrainWriters.size === 0) && src.listenerCount('data')) {
            src.resume();
          }
        };
        dest.on('drain', drainHandler);
      }
    };
    const onError = (er) => {
      detachSelf();
      dest.removeListener('error', onError);
      if (dest.listenerCount('error') === 0) {
        const st = dest._writableState || dest._readableState;
        if (st && !st.errorEmitted) failStream(dest, er);
        else dest.emit('error', er);
      }
    };
    const onClose = () => {
      dest.removeListener('finish', onFinish);
      detachSelf();
    };
    const onFinish = () => {
      dest.removeListener('close', onClose);
      detachSelf();
    };
    const teardown = () => {
      dest.removeListener('close', onClose);
      dest.removeListener('finish', onFinish);
      if (drainHandler) dest.removeListener('drain', drainHandler);
      dest.removeListener('error', onError);
      dest.removeListener('unpipe', onUnpipe);
      src.removeListener('end', onEnd);
      src.removeListener('end', detachSelf);
      src.removeListener('data', onData);
      if (rs.pipeOnData === onData) rs.pipeOnData = rs.pipeDest = rs.pipeHold = null;
      detached = true;
      if (drainHandler && rs.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) {
        drainHandler();
      }
    };

    dest.on('unpipe', onUnpipe);
    rs.pipeOnData = onData;
    rs.pipeDest = dest;
    rs.pipeHold = hold;
    src.on('data', onData);
    prependOnce(dest, 'error', onError);
    dest.once('close', onClose);
    dest.once('finish', onFinish);
    dest.emit('pipe', src);
    if (dest.writableNeedDrain === true) hold();
    else if (!rs.flowing) src.resume();
    return dest;
  };

  RP.unpipe = function unpipe(dest) {
    const rs = this._readableState;
    if (rs.pipes.length === 0) return this;
    if (!dest) {
      const all = rs.pipes;
      rs.pipes = [];
      this.pause();
      for (let i = 0; i < all.length; i++) all[i].emit('unpipe', this, { hasUnpiped: false });
      return this;
    }
    const at = rs.pipes.indexOf(dest);
    if (at === -1) return this;
    rs.pipes.splice(at, 1);
    if (rs.pipes.length === 0) this.pause();
    dest.emit('unpipe', this, { hasUnpiped: false });
    return this;
  };

  // Old-style source (data/end events, pause/resume) as this Readable's input.
  RP.wrap = function wrap(source) {
    let paused = false;
    source.on('data', (chunk) => {
      if (!this.push(chunk) && source.pause) {
        paused = true;
        source.pause();
      }
    });
    source.on('end', () => this.push(null));
    source.on('error', (err) => failStream(this, err));
    source.on('close', () => this.destroy());
    source.on('destroy', () => this.destroy());
    this._read = () => {
      if (paused && source.resume) {
        paused = false;
        source.resume();
      }
    };
    for (const key of Object.keys(source)) {
      if (this[key] === void 0 && typeof source[key] === 'function') {
        this[key] = source[key].bind(source);
      }
    }
    return this;
  };

  // `table`: name -> getter, or -> { get, set }.
  function defineGetters(proto, table) {
    const names = Object.keys(table);
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      const d = table[name];
      if (typeof d === 'function') {
        Object.defineProperty(proto, name, { __proto__: null, configurable: true, enumerable: false, get: d });
      } else {
        Object.defineProperty(proto, name, { __proto__: null, configurable: true, enumerable: false, get: d.get, set: d.set });
      }
    }
  }

  defineGetters(RP, {
    readable: {
      get() {
        const r = this._readableState;
        return !!r && r.readable !== false && (r.bits & (R_DESTROYED | R_ERROR_EMITTED | R_END_EMITTED)) === 0;
      },
      set(v) {
        if (this._readableState) this._readableState.readable = !!v;
      },
    },
    readableDidRead() {
      return (this._readableState.bits & R_DATA_EMITTED) !== 0;
    },
    readableAborted() {
      const r = this._readableState;
      const b = r.bits;
      return r.readable !== false && (b & (R_DESTROYED | R_ERRORED)) !== 0 && (b & R_END_EMITTED) === 0;
    },
    readableHighWaterMark() {
      return this._readableState.highWaterMark;
    },
    readableBuffer() {
      const r = this._readableState;
      return r && r.buffer.slice(r.bufferIndex);
    },
    readableFlowing: {
      get() {
        return this._readableState.flowing;
      },
      set(v) {
        if (this._readableState) this._readableState.flowing = v;
      },
    },
    readableLength() {
      return this._readableState.length;
    },
    readableObjectMode() {
      const r = this._readableState;
      return r ? (r.bits & R_OBJECT) !== 0 : false;
    },
    readableEncoding() {
      return this._readableState ? this._readableState.encoding : null;
    },
    errored() {
      return this._readableState ? this._readableState.errored : null;
    },
    closed() {
      const r = this._readableState;
      return r ? (r.bits & R_CLOSED) !== 0 : false;
    },
    destroyed: {
      get() {
        const r = this._readableState;
        return r ? (r.bits & R_DESTROYED) !== 0 : false;
      },
      set(v) {
        if (this._readableState) this._readableState.destroyed = v;
      },
    },
    readableEnded() {
      const r = this._readableState;
      return r ? (r.bits & R_END_EMITTED) !== 0 : false;
    },
  });

  // ----- Writable ----------------------------------------------------------------------------

  function WritableState(options, stream, isDuplex) {
    if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Duplex;
    const o = options || {};
    const objectMode = !!(o.objectMode || (isDuplex && o.writableObjectMode));
    let bits = W_SYNC | W_CONSTRUCTED | W_ALL_BUFFERS | W_ALL_NOOP;
    if (objectMode) bits |= W_OBJECT;
    if (o.decodeStrings !== false) bits |= W_DECODE_STRINGS;
    if (o.emitClose !== false) bits |= W_EMIT_CLOSE;
    if (o.autoDestroy !== false) bits |= W_AUTO_DESTROY;
    this.bits = bits;
    this.highWaterMark = markFromOptions(options, 'writableHighWaterMark', isDuplex, objectMode);
    this.defaultEncoding = checkedEncoding(o.defaultEncoding);
    this.length = 0;
    // The common completion (success, synchronous, of write()'s fast path,
    // nothing queued or owed) inline: the write's bookkeeping was never
    // stored (W_LAZY), so there is none to undo but `length`. writeDone
    // has the rest.
    const ws = this;
    this.onwrite = (er) => {
      var b = ws.bits;
      if ((er === void 0 || er === null) && (b & (0xc0020c /* SYNC|NEED_DRAIN|ENDING|QUEUED|LAZY */)) === 0x800200 /* SYNC|LAZY */) {
        ws.bits = b & ~0x800100 /* WRITING|LAZY */;
        if (b & 0x1 /* OBJECT */) ws.length--;
        else {
          ws.length -= ws.writeLength;
          ws.writeLength = 0;
        }
        return;
      }
      if (b & 0x800000 /* LAZY */) storeLazyWrite(ws);
      writeDone(stream, er);
    };
    // What `writecb`, `writelen` and `pendingcb` show (accessors), apart
    // from a W_LAZY write.
    this.writeCallback = null;
    this.writeLength = 0;
    this.afterWriteTickInfo = null;
    this.buffered = [];
    this.bufferedIndex = 0;
    this.pendingCount = 0;
    this.endCallbacks = [];
  }
  flagAccessors(WritableState.prototype, {
    objectMode: W_OBJECT,
    finalCalled: W_FINAL_CALLED,
    needDrain: W_NEED_DRAIN,
    ending: W_ENDING,
    ended: W_ENDED,
    finished: W_FINISHED,
    destroyed: W_DESTROYED,
    decodeStrings: W_DECODE_STRINGS,
    writing: W_WRITING,
    sync: W_SYNC,
    bufferProcessing: W_BUFFER_PROCESSING,
    constructed: W_CONSTRUCTED,
    prefinished: W_PREFINISHED,
    errorEmitted: W_ERROR_EMITTED,
    emitClose: W_EMIT_CLOSE,
    autoDestroy: W_AUTO_DESTROY,
    closed: W_CLOSED,
    closeEmitted: W_CLOSE_EMITTED,
    allBuffers: W_ALL_BUFFERS,
    allNoop: W_ALL_NOOP,
  });
  valueAccessor(WritableState.prototype, 'errored', sErrored, W_ERRORED, null);
  valueAccessor(WritableState.prototype, 'corked', sCorked, W_CORKED, 0);
  defineGetters(WritableState.prototype, {
    pendingcb: {
      get() {
        return this.pendingCount + ((this.bits & W_LAZY) !== 0 ? 1 : 0);
      },
      set(v) {
        storeLazyWrite(this);
        this.pendingCount = v;
      },
    },
    writecb: {
      get() {
        return (this.bits & W_LAZY) !== 0 ? noop : this.writeCallback;
      },
      set(v) {
        storeLazyWrite(this);
        this.writeCallback = v;
      },
    },
    writelen: {
      get() {
        return (this.bits & (W_LAZY | W_OBJECT)) === (W_LAZY | W_OBJECT) ? 1 : this.writeLength;
      },
      set(v) {
        storeLazyWrite(this);
        this.writeLength = v;
      },
    },
  });
  // A W_LAZY write's bookkeeping, stored: it completes some other way than
  // the fast one (asynchronously, with an error, with a 'drain' owed ...).
  function storeLazyWrite(ws) {
    var b = ws.bits;
    if ((b & W_LAZY) === 0) return;
    ws.bits = b & ~W_LAZY;
    ws.pendingCount++;
    ws.writeCallback = noop;
    if ((b & W_OBJECT) !== 0) ws.writeLength = 1;
  }
  WritableState.prototype.getBuffer = function getBuffer() {
    return this.buffered.slice(this.bufferedIndex);
  };
  Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
    __proto__: null,
    configurable: true,
    get() {
      return this.buffered.length - this.bufferedIndex;
    },
  });

  function Writable(options) {
    const isDuplex = this instanceof Duplex;
    if (!isDuplex && !Function.prototype[Symbol.hasInstance].call(Writable, this)) return new Writable(options);
    this._writableState = new WritableState(options, this, isDuplex);
    if (options) {
      if (typeof options.write === 'function') this._write = options.write;
      if (typeof options.writev === 'function') this._writev = options.writev;
      if (typeof options.destroy === 'function') this._destroy = options.destroy;
      if (typeof options.final === 'function') this._final = options.final;
      if (typeof options.construct === 'function') this._construct = options.construct;
      if (options.signal) addAbortSignalQuiet(options.signal, this);
    }
    Stream.call(this, options);
    startConstruct(this, () => {
      const ws = this._writableState;
      if (!ws.writing) flushQueue(this, ws);
      maybeFinish(this, ws);
    });
  }
  Object.setPrototypeOf(Writable.prototype, Stream.prototype);
  Object.setPrototypeOf(Writable, StreamModule);
  Writable.WritableState = WritableState;

  // A Duplex is `instanceof Writable` too (it only inherits from Readable).
  Object.defineProperty(Writable, Symbol.hasInstance, {
    __proto__: null,
    configurable: true,
    value(obj) {
      if (Function.prototype[Symbol.hasInstance].call(this, obj)) return true;
      if (this !== Writable) return false;
      return !!obj && obj._writableState instanceof WritableState;
    },
  });

  const WP = Writable.prototype;

  WP.pipe = function pipe() {
    failStream(this, E.cannotPipe());
  };

  function doWriteCall(stream, chunk, encoding, cb) {
    var ws = stream._writableState;
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = null;
    } else {
      if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) throw E.unknownEncoding(encoding);
      if (typeof cb !== 'function') cb = noop;
    }
    if (chunk === null) throw E.nullValues();
    if ((ws.bits & 0x1 /* OBJECT */) === 0) {
      if (typeof chunk === 'string') {
        if (!encoding) encoding = ws.defaultEncoding;
        if ((ws.bits & 0x80 /* DECODE_STRINGS */) !== 0) {
          chunk = Buffer.from(chunk, encoding);
          encoding = 'buffer';
        }
      } else if (chunk instanceof Buffer) {
        encoding = 'buffer';
      } else if (isView(chunk)) {
        chunk = asBuffer(chunk);
        encoding = 'buffer';
      } else {
        throw E.argType('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
    }
    var b = ws.bits;
    var err;
    if ((b & 0x8 /* ENDING */) !== 0) err = E.writeAfterEnd();
    else if ((b & 0x40 /* DESTROYED */) !== 0) err = E.destroyed('write');
    if (err) {
      nextTick(cb, err);
      failStream(stream, err, true);
      return err;
    }
    ws.pendingCount++;
    var len = (b & 0x1 /* OBJECT */) !== 0 ? 1 : chunk.length;
    ws.length += len;
    if ((b & (0x300900 /* WRITING|CORKED|ERRORED|CONSTRUCTED */)) !== 0x800 /* CONSTRUCTED */) {
      ws.buffered.push({ chunk, encoding, callback: cb });
      b |= 0x400000 /* QUEUED */;
      if (encoding !== 'buffer') b &= ~0x40000 /* ALL_BUFFERS */;
      if (cb !== noop) b &= ~0x80000 /* ALL_NOOP */;
      ws.bits = b;
    } else {
      ws.writeLength = len;
      ws.writeCallback = cb;
      ws.bits = b | 0x300 /* WRITING|SYNC */;
      stream._write(chunk, encoding, ws.onwrite);
      ws.bits &= ~0x200 /* SYNC */;
    }
    // Measured after the write was handed on, as Node does: a chunk the
    // implementation took synchronously no longer counts, and an empty
    // queue is never "full", even with highWaterMark 0.
    var below = ws.length < ws.highWaterMark || ws.length === 0;
    if (!below) ws.bits |= 0x4 /* NEED_DRAIN */;
    return below && (ws.bits & (0x100040 /* ERRORED|DESTROYED */)) === 0;
  }

  WP.write = function write(chunk, encoding, cb) {
    var ws = this._writableState;
    var b = ws.bits;
    // The common write (an object, or a Buffer, without encoding or
    // callback, onto an idle open stream) goes straight to _write, its
    // bookkeeping not stored unless it completes some other way than at once
    // (W_LAZY); doWriteCall has the checks and the queueing it would pass.
    if (encoding === void 0 && cb === void 0 && chunk !== null &&
        (b & (0x300948 /* WRITING|CORKED|ENDING|DESTROYED|ERRORED|CONSTRUCTED */)) === 0x800 /* CONSTRUCTED */) {
      var enc; // objectMode: undefined, as node passes it
      if (b & 0x1 /* OBJECT */) {
        ws.length++;
      } else if (chunk instanceof Buffer) {
        var len = chunk.length;
        ws.length += len;
        ws.writeLength = len;
        enc = 'buffer';
      } else {
        return doWriteCall(this, chunk, encoding, cb) === true;
      }
      ws.bits = b | 0x800300 /* WRITING|SYNC|LAZY */;
      if ((b & 0x1000000 /* TRANSFORM */) !== 0 && this._write === tpWrite) {
        // Transform.prototype._write's steps.
        var step = ws.transformStep;
        step.before = this._readableState.length;
        this._transform(chunk, enc, step.direct);
      } else {
        this._write(chunk, enc, ws.onwrite);
      }
      var after = ws.bits;
      // Not completed inside _write: its bookkeeping is stored now.
      if (after & 0x800000 /* LAZY */) {
        storeLazyWrite(ws);
        after = ws.bits;
      }
      after &= ~0x200 /* SYNC */;
      if (ws.length < ws.highWaterMark || ws.length === 0) {
        ws.bits = after;
        return (after & (0x100040 /* ERRORED|DESTROYED */)) === 0;
      }
      ws.bits = after | 0x4 /* NEED_DRAIN */;
      return false;
    }
    return doWriteCall(this, chunk, encoding, cb) === true;
  };

  WP.cork = function cork() {
    this._writableState.corked++;
  };

  WP.uncork = function uncork() {
    const ws = this._writableState;
    if (ws.corked) {
      ws.corked--;
      if ((ws.bits & W_WRITING) === 0) flushQueue(this, ws);
    }
  };

  WP.setDefaultEncoding = function setDefaultEncoding(encoding) {
    if (typeof encoding === 'string') encoding = encoding.toLowerCase();
    if (!Buffer.isEncoding(encoding)) throw E.unknownEncoding(encoding);
    this._writableState.defaultEncoding = encoding;
    return this;
  };

  function writeDone(stream, er) {
    var ws = stream._writableState;
    var sync = (ws.bits & 0x200 /* SYNC */) !== 0;
    var cb = ws.writeCallback;
    if (typeof cb !== 'function') {
      failStream(stream, E.multipleCallback());
      return;
    }
    ws.bits &= ~0x100 /* WRITING */;
    ws.writeCallback = null;
    ws.length -= ws.writeLength;
    ws.writeLength = 0;
    if (er) {
      void er.stack;
      if (!ws.errored) ws.errored = er;
      var r = stream._readableState;
      if (r && !r.errored) r.errored = er;
      if (sync) nextTick(writeFailed, stream, ws, er, cb);
      else writeFailed(stream, ws, er, cb);
      return;
    }
    if (ws.buffered.length > ws.bufferedIndex) flushQueue(stream, ws);
    if (sync && cb === noop && (ws.bits & (0xc /* NEED_DRAIN|ENDING */)) === 0) {
      // A synchronous write without a callback and no 'drain' owed: Node
      // does no deferred bookkeeping for it (queued callbacks of a stream
      // destroyed meanwhile fail only on destroy's own tick).
      ws.pendingCount--;
    } else if (sync) {
      var info = ws.afterWriteTickInfo;
      if (info !== null && info.cb === cb) {
        info.count++;
      } else {
        ws.afterWriteTickInfo = { count: 1, cb, stream, state: ws };
        nextTick(afterWriteLater, ws.afterWriteTickInfo);
      }
    } else {
      afterWrite(stream, ws, 1, cb);
    }
  }

  function writeFailed(stream, ws, er, cb) {
    --ws.pendingCount;
    cb(er);
    failQueued(ws);
    failStream(stream, er);
  }

  function afterWriteLater(info) {
    info.state.afterWriteTickInfo = null;
    afterWrite(info.stream, info.state, info.count, info.cb);
  }

  function afterWrite(stream, ws, count, cb) {
    var b = ws.bits;
    if ((b & (0xc /* ENDING|NEED_DRAIN */)) === 0x4 /* NEED_DRAIN */ && ws.length === 0 && !stream.destroyed) {
      ws.bits = b & ~0x4 /* NEED_DRAIN */;
      stream.emit('drain');
    }
    while (count-- > 0) {
      ws.pendingCount--;
      cb(null);
    }
    if (ws.bits & 0x40 /* DESTROYED */) failQueued(ws);
    maybeFinish(stream, ws);
  }

  // Destroyed or errored: every queued write and end() callback gets the error.
  function failQueued(ws) {
    if ((ws.bits & W_WRITING) !== 0) return;
    for (let i = ws.bufferedIndex; i < ws.buffered.length; i++) {
      const req = ws.buffered[i];
      ws.length -= (ws.bits & W_OBJECT) !== 0 ? 1 : req.chunk.length;
      req.callback(ws.errored || E.destroyed('write'));
    }
    const ends = ws.endCallbacks.splice(0);
    for (let i = 0; i < ends.length; i++) ends[i](ws.errored || E.destroyed('end'));
    clearQueue(ws);
  }

  function clearQueue(ws) {
    ws.buffered = [];
    ws.bufferedIndex = 0;
    ws.bits = (ws.bits | W_ALL_BUFFERS | W_ALL_NOOP) & ~W_QUEUED;
  }

  function flushQueue(stream, ws) {
    const b = ws.bits;
    if ((b & (0x200c40 /* CORKED|BUFFER_PROCESSING|DESTROYED|CONSTRUCTED */)) !== 0x800 /* CONSTRUCTED */) return;
    const q = ws.buffered;
    let i = ws.bufferedIndex;
    const waiting = q.length - i;
    if (!waiting) return;
    ws.bits = b | 0x400 /* BUFFER_PROCESSING */;
    if (waiting > 1 && stream._writev) {
      ws.pendingCount -= waiting - 1;
      const from = i;
      const allNoop = (b & 0x80000 /* ALL_NOOP */) !== 0;
      const cb = allNoop ? noop : (err) => {
        for (let k = from; k < q.length; k++) q[k].callback(err);
      };
      const chunks = allNoop && from === 0 ? q : q.slice(from);
      chunks.allBuffers = (b & 0x40000 /* ALL_BUFFERS */) !== 0;
      startWrite(stream, ws, true, ws.length, chunks, '', cb);
      clearQueue(ws);
    } else {
      const one = (b & 0x1 /* OBJECT */) !== 0;
      do {
        const req = q[i];
        q[i++] = null;
        startWrite(stream, ws, false, one ? 1 : req.chunk.length, req.chunk, req.encoding, req.callback);
      } while (i < q.length && (ws.bits & 0x100 /* WRITING */) === 0);
      if (i === q.length) {
        clearQueue(ws);
      } else if (i > 256) {
        q.splice(0, i);
        ws.bufferedIndex = 0;
      } else {
        ws.bufferedIndex = i;
      }
    }
    ws.bits &= ~0x400 /* BUFFER_PROCESSING */;
  }

  function startWrite(stream, ws, many, len, chunk, encoding, cb) {
    ws.writeLength = len;
    ws.writeCallback = cb;
    var b = ws.bits | 0x300 /* WRITING|SYNC */;
    ws.bits = b;
    if ((b & 0x40 /* DESTROYED */) !== 0) ws.onwrite(E.destroyed('write'));
    else if (many) stream._writev(chunk, ws.onwrite);
    else stream._write(chunk, encoding, ws.onwrite);
    ws.bits &= ~0x200 /* SYNC */;
  }

  WP._write = function _write(chunk, encoding, cb) {
    if (this._writev) this._writev([{ chunk, encoding }], cb);
    else throw E.notImplemented('_write()');
  };
  WP._writev = null;

  WP.end = function end(chunk, encoding, cb) {
    const ws = this._writableState;
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = null;
      encoding = null;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = null;
    }
    let err;
    if (chunk !== null && chunk !== void 0) {
      const r = doWriteCall(this, chunk, encoding);
      if (r instanceof Error) err = r;
    }
    if (ws.corked) {
      ws.corked = 1;
      this.uncork();
    }
    if (err) {
      // the write already reported it
    } else if (!ws.errored && !ws.ending) {
      ws.ending = true;
      maybeFinish(this, ws, true);
      ws.ended = true;
    } else if (ws.finished) {
      err = E.alreadyFinished('end');
    } else if (ws.destroyed) {
      err = E.destroyed('end');
    }
    if (typeof cb === 'function') {
      if (err) nextTick(cb, err);
      else if (ws.errored) nextTick(cb, ws.errored);
      else if (ws.finished) nextTick(cb, null);
      else ws.endCallbacks.push(cb);
    }
    return this;
  };

  function readyToFinish(ws) {
    return (ws.bits & (W_ENDING | W_DESTROYED | W_CONSTRUCTED | W_ERRORED | W_FINISHED | W_WRITING |
      W_ERROR_EMITTED | W_CLOSE_EMITTED)) === (W_ENDING | W_CONSTRUCTED) && ws.length === 0 && ws.buffered.length === 0;
  }

  function runFinal(stream, ws) {
    let calls = 0;
    const finalDone = (err) => {
      if (calls++ > 0) {
        failStream(stream, err == null ? E.multipleCallback() : err);
        return;
      }
      ws.pendingCount--;
      if (err) {
        const ends = ws.endCallbacks.splice(0);
        for (let i = 0; i < ends.length; i++) ends[i](err);
        failStream(stream, err, ws.sync);
      } else if (readyToFinish(ws)) {
        ws.prefinished = true;
        stream.emit('prefinish');
        ws.pendingCount++;
        nextTick(completeFinish, stream, ws);
      }
    };
    ws.sync = true;
    ws.pendingCount++;
    try {
      stream._final(finalDone);
    } catch (e) {
      finalDone(e);
    }
    ws.sync = false;
  }

  function prefinishStep(stream, ws) {
    if (ws.prefinished || ws.finalCalled) return;
    if (typeof stream._final === 'function' && !ws.destroyed) {
      ws.finalCalled = true;
      runFinal(stream, ws);
    } else {
      ws.prefinished = true;
      stream.emit('prefinish');
    }
  }

  function maybeFinish(stream, ws, sync) {
    if (!readyToFinish(ws)) return;
    prefinishStep(stream, ws);
    if (ws.pendingCount !== 0) return;
    if (sync) {
      ws.pendingCount++;
      nextTick(() => {
        if (readyToFinish(ws)) completeFinish(stream, ws);
        else ws.pendingCount--;
      });
    } else if (readyToFinish(ws)) {
      ws.pendingCount++;
      completeFinish(stream, ws);
    }
  }

  function completeFinish(stream, ws) {
    ws.pendingCount--;
    ws.finished = true;
    const ends = ws.endCallbacks.splice(0);
    for (let i = 0; i < ends.length; i++) ends[i](null);
    stream.emit('finish');
    if (ws.autoDestroy) {
      const r = stream._readableState;
      if (!r || (r.autoDestroy && (r.endEmitted || r.readable === false))) stream.destroy();
    }
  }

  const writableGetters = {
    closed() {
      const w = this._writableState;
      return w ? (w.bits & W_CLOSED) !== 0 : false;
    },
    destroyed: {
      get() {
        const w = this._writableState;
        return w ? (w.bits & W_DESTROYED) !== 0 : false;
      },
      set(v) {
        if (this._writableState) this._writableState.destroyed = v;
      },
    },
    writable: {
      get() {
        const w = this._writableState;
        return !!w && w.writable !== false && (w.bits & (W_DESTROYED | W_ERRORED | W_ENDING | W_ENDED)) === 0;
      },
      set(v) {
        if (this._writableState) this._writableState.writable = !!v;
      },
    },
    writableFinished() {
      const w = this._writableState;
      return w ? (w.bits & W_FINISHED) !== 0 : false;
    },
    writableObjectMode() {
      const w = this._writableState;
      return w ? (w.bits & W_OBJECT) !== 0 : false;
    },
    writableBuffer() {
      return this._writableState && this._writableState.getBuffer();
    },
    writableEnded() {
      const w = this._writableState;
      return w ? (w.bits & W_ENDING) !== 0 : false;
    },
    writableNeedDrain() {
      const w = this._writableState;
      if (!w) return false;
      return (w.bits & (W_DESTROYED | W_ENDING | W_NEED_DRAIN)) === W_NEED_DRAIN;
    },
    writableHighWaterMark() {
      return this._writableState && this._writableState.highWaterMark;
    },
    writableCorked() {
      return this._writableState ? this._writableState.corked : 0;
    },
    writableLength() {
      return this._writableState && this._writableState.length;
    },
    errored() {
      return this._writableState ? this._writableState.errored : null;
    },
    writableAborted() {
      const w = this._writableState;
      const b = w.bits;
      return w.writable !== false && (b & (W_DESTROYED | W_ERRORED)) !== 0 && (b & W_FINISHED) === 0;
    },
  };
  defineGetters(WP, writableGetters);

  WP.destroy = function destroy(err, cb) {
    const ws = this._writableState;
    if (!ws.destroyed && (ws.bufferedIndex < ws.buffered.length || ws.endCallbacks.length)) {
      nextTick(failQueued, ws);
    }
    destroyStream.call(this, err, cb);
    return this;
  };
  WP._undestroy = undestroy;
  WP._destroy = function _destroy(err, cb) {
    cb(err);
  };
  WP[EventEmitter.captureRejectionSymbol] = function (err) {
    this.destroy(err);
  };

  // ----- Duplex ------------------------------------------------------------------------------

  function Duplex(options) {
    if (!(this instanceof Duplex)) return new Duplex(options);
    this._readableState = new ReadableState(options, this, true);
    this._writableState = new WritableState(options, this, true);
    if (options) {
      this.allowHalfOpen = options.allowHalfOpen !== false;
      if (options.readable === false) {
        const r = this._readableState;
        r.readable = false;
        r.ended = true;
        r.endEmitted = true;
      }
      if (options.writable === false) {
        const w = this._writableState;
        w.writable = false;
        w.ending = true;
        w.ended = true;
        w.finished = true;
      }
      if (typeof options.read === 'function') this._read = options.read;
      if (typeof options.write === 'function') this._write = options.write;
      if (typeof options.writev === 'function') this._writev = options.writev;
      if (typeof options.destroy === 'function') this._destroy = options.destroy;
      if (typeof options.final === 'function') this._final = options.final;
      if (typeof options.construct === 'function') this._construct = options.construct;
      if (options.signal) addAbortSignalQuiet(options.signal, this);
    } else {
      this.allowHalfOpen = true;
    }
    Stream.call(this, options);
    startConstruct(this, () => {
      const r = this._readableState;
      if (r.needReadable) scheduleTopUp(this, r);
      const ws = this._writableState;
      if (!ws.writing) flushQueue(this, ws);
      maybeFinish(this, ws);
    });
  }
  Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
  Object.setPrototypeOf(Duplex, Readable);

  const DP = Duplex.prototype;
  DP.write = WP.write;
  DP.cork = WP.cork;
  DP.uncork = WP.uncork;
  DP.setDefaultEncoding = WP.setDefaultEncoding;
  DP._write = WP._write;
  DP._writev = WP._writev;
  DP.end = WP.end;
  DP.destroy = WP.destroy;
  const wg = writableGetters;
  const duplexOwn = {
    writable: wg.writable, writableHighWaterMark: wg.writableHighWaterMark, writableObjectMode: wg.writableObjectMode,
    writableBuffer: wg.writableBuffer, writableLength: wg.writableLength, writableFinished: wg.writableFinished,
    writableCorked: wg.writableCorked, writableEnded: wg.writableEnded, writableNeedDrain: wg.writableNeedDrain,
  };
  duplexOwn.destroyed = {
    get() {
      const r = this._readableState;
      const w = this._writableState;
      if (r === void 0 || w === void 0) return false;
      return (r.bits & R_DESTROYED) !== 0 && (w.bits & W_DESTROYED) !== 0;
    },
    set(v) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = v;
        this._writableState.destroyed = v;
      }
    },
  };
  defineGetters(DP, duplexOwn);

  // ----- Transform / PassThrough -------------------------------------------------------------

  function Transform(options) {
    if (!(this instanceof Transform)) return new Transform(options);
    Duplex.call(this, options);
    this._readableState.sync = false;
    this[sTransformCallback] = null;
    // What the pending _transform's callback completes: one closure per
    // stream, not one per chunk.
    const ws = this._writableState;
    const step = transformStep(this, ws);
    this[sTransformStep] = step;
    ws.transformStep = step;
    ws.bits |= W_TRANSFORM;
    if (options) {
      if (typeof options.transform === 'function') this._transform = options.transform;
      if (typeof options.flush === 'function') this._flush = options.flush;
    }
    this.on('prefinish', transformPrefinish);
  }
  Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
  Object.setPrototypeOf(Transform, Duplex);

  function flushTransform(cb) {
    if (typeof this._flush === 'function' && !this.destroyed) {
      this._flush((er, data) => {
        if (er) {
          if (cb) cb(er);
          else this.destroy(er);
          return;
        }
        if (data != null) this.push(data);
        this.push(null);
        if (cb) cb();
      });
    } else {
      this.push(null);
      if (cb) cb();
    }
  }

  function transformPrefinish() {
    if (this._final !== flushTransform) flushTransform.call(this);
  }

  const TP = Transform.prototype;
  TP._final = flushTransform;
  TP._transform = function _transform(chunk, encoding, callback) {
    throw E.notImplemented('_transform()');
  };
  TP._write = function _write(chunk, encoding, callback) {
    var step = this[sTransformStep];
    // A Transform.prototype._write borrowed by an object the constructor
    // did not set up.
    if (step === void 0) step = this[sTransformStep] = transformStep(this);
    step.callback = callback;
    step.before = this._readableState.length;
    this._transform(chunk, encoding, step.done);
  };

  const tpWrite = TP._write;

  // The pending write of a Transform (its callback, the readable length
  // before it) and the one function every _transform call gets back.
  // `direct` is the one write() hands to _transform itself when _write is
  // Transform's (the fast path: the callback is the stream's onwrite, whose
  // common completion it does inline).
  function transformStep(stream, ws) {
    const step = { callback: null, before: 0, done: null, direct: null };
    if (ws !== void 0) {
      step.direct = (err, val) => {
        if (err) {
          ws.onwrite(err);
          return;
        }
        var r = stream._readableState;
        if (val != null) stream.push(val);
        if (r.bits & 0x2 /* ENDED */) nextTick(ws.onwrite);
        else if (step.before === r.length || r.length < r.highWaterMark || (ws.bits & 0x10 /* ENDED */)) {
          // onwrite's fast completion, inline.
          var b = ws.bits;
          if ((b & (0xc0020c /* SYNC|NEED_DRAIN|ENDING|QUEUED|LAZY */)) === 0x800200 /* SYNC|LAZY */) {
            ws.bits = b & ~0x800100 /* WRITING|LAZY */;
            if (b & 0x1 /* OBJECT */) ws.length--;
            else {
              ws.length -= ws.writeLength;
              ws.writeLength = 0;
            }
          } else {
            ws.onwrite();
          }
        } else {
          stream[sTransformCallback] = ws.onwrite;
        }
      };
    }
    step.done = (err, val) => {
      var callback = step.callback;
      if (err) {
        callback(err);
        return;
      }
      var r = stream._readableState;
      if (val != null) stream.push(val);
      // Once push(null) was called, Node completes the write a tick later,
      // after the events that ending (or a push after it) queued.
      if (r.bits & 0x2 /* ENDED */) nextTick(callback);
      else if (step.before === r.length || r.length < r.highWaterMark || (stream._writableState.bits & 0x10 /* ENDED */)) callback();
      else stream[sTransformCallback] = callback;
    };
    return step;
  }

  TP._read = function _read() {
    var cb = this[sTransformCallback];
    if (cb) {
      this[sTransformCallback] = null;
      cb();
    }
  };

  function PassThrough(options) {
    if (!(this instanceof PassThrough)) return new PassThrough(options);
    Transform.call(this, options);
  }
  Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
  Object.setPrototypeOf(PassThrough, Transform);
  PassThrough.prototype._transform = function _transform(chunk, encoding, cb) {
    cb(null, chunk);
  };

  // Filled in by plumbing.js (the abort wiring needs finished()).
  let addAbortSignalQuiet = () => {};

  const ctors = [Readable, Writable, Duplex, Transform, PassThrough];
  for (let i = 0; i < ctors.length; i++) {
    const C = ctors[i];
    Object.defineProperty(C.prototype, 'constructor', { __proto__: null, value: C, writable: true, configurable: true, enumerable: false });
  }

  return {
    Stream,
    StreamModule,
    Readable,
    Writable,
    Duplex,
    Transform,
    PassThrough,
    ReadableState,
    WritableState,
    AbortError,
    E,
    checkFunction,
    checkObject,
    checkSignal,
    failStream,
    prependOnce,
    noop,
    isU8,
    isView,
    asBuffer,
    defaultMark,
    setDefaultMark,
    combineErrors,
    sIsDestroyed,
    readOne,
    sIteratorWake,
    setFeed,
    NONE,
    R_DESTROYED,
    R_OBJECT,
    setAbortHook(fn) {
      addAbortSignalQuiet = fn;
    },
  };
})
