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

  const { EventEmitter, Buffer, StringDecoder, nextTick, nodeError, errInvalidArgType, inspect } = binding;
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
      } else if (value !== undefined && value !== null && typeof value !== 'object' && typeof value !== 'function') {
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
    if (sig !== undefined && (sig === null || typeof sig !== 'object' || !('aborted' in sig))) {
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

  function Stream(opts) {
    EventEmitter.call(this, opts);
  }
  Object.setPrototypeOf(Stream.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(Stream, EventEmitter);

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

  function ReadableState(options, stream, isDuplex) {
    if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Duplex;
    const o = options || {};
    this.objectMode = !!(o.objectMode || (isDuplex && o.readableObjectMode));
    this.highWaterMark = markFromOptions(options, 'readableHighWaterMark', isDuplex, this.objectMode);
    // The queue: an array read from `bufferIndex` on (Node 20.20's shape).
    this.buffer = [];
    this.bufferIndex = 0;
    this.length = 0;
    this.pipes = [];
    this.awaitDrainWriters = null;
    this.flowing = null;
    this.ended = false;
    this.endEmitted = false;
    this.reading = false;
    this.constructed = true;
    this.sync = true;
    this.needReadable = false;
    this.emittedReadable = false;
    this.readableListening = false;
    this.resumeScheduled = false;
    this.errorEmitted = false;
    this.emitClose = o.emitClose !== false;
    this.autoDestroy = o.autoDestroy !== false;
    this.destroyed = false;
    this.errored = null;
    this.closed = false;
    this.closeEmitted = false;
    this.defaultEncoding = checkedEncoding(o.defaultEncoding);
    this.multiAwaitDrain = false;
    this.readingMore = false;
    this.dataEmitted = false;
    this.decoder = null;
    this.encoding = null;
    this.paused = null; // explicit pause() / resume(): true / false
    if (o.encoding) {
      this.decoder = new StringDecoder(o.encoding);
      this.encoding = o.encoding;
    }
  }

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
  Object.setPrototypeOf(Readable, Stream);
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
    const rs = this._readableState;
    if (chunk !== null && rs.decoder === null && !rs.ended && !rs.destroyed && !rs.errored &&
        (rs.objectMode || (chunk instanceof Buffer && chunk.length > 0))) {
      rs.reading = false;
      // storeChunk's steps, inline.
      if (rs.flowing && rs.length === 0 && !rs.sync && rs.dataListened) {
        if (rs.multiAwaitDrain) rs.awaitDrainWriters.clear();
        else rs.awaitDrainWriters = null;
        rs.dataEmitted = true;
        this.emit('data', chunk);
      } else {
        rs.length += rs.objectMode ? 1 : chunk.length;
        rs.buffer.push(chunk);
        if (rs.needReadable) {
          // queueReadable's skip, with readableUnheard inline.
          let unheard = false;
          if (taking === rs && rs.length === 1 && rs.objectMode) {
            const events = this._events;
            const l = events == null ? null : events.readable;
            unheard = (l === undefined || l[sIteratorWake] === true) && this.emit === eeEmit;
          }
          if (unheard) rs.needReadable = false;
          else queueReadable(this);
        }
      }
      if (!rs.readingMore && rs.constructed) {
        rs.readingMore = true;
        nextTick(topUp, this, rs);
      }
      return !rs.ended && (rs.length < rs.highWaterMark || rs.length === 0);
    }
    return acceptChunk(this, chunk, encoding, false);
  };
  RP.unshift = function unshift(chunk, encoding) {
    return acceptChunk(this, chunk, encoding, true);
  };

  function acceptChunk(stream, chunk, encoding, atFront) {
    const rs = stream._readableState;
    let problem;
    if (!rs.objectMode) {
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
      rs.reading = false;
      sawEof(stream, rs);
      return false;
    }
    if (rs.objectMode || (chunk && chunk.length > 0)) {
      if (atFront) {
        if (rs.endEmitted) {
          failStream(stream, E.unshiftAfterEnd());
          return false;
        }
        if (rs.destroyed || rs.errored) return false;
        storeChunk(stream, rs, chunk, true);
      } else if (rs.ended) {
        failStream(stream, E.pushAfterEof());
        return false;
      } else if (rs.destroyed || rs.errored) {
        return false;
      } else {
        rs.reading = false;
        if (rs.decoder && !encoding) {
          chunk = rs.decoder.write(chunk);
          if (rs.objectMode || chunk.length !== 0) storeChunk(stream, rs, chunk, false);
          else scheduleTopUp(stream, rs);
        } else {
          storeChunk(stream, rs, chunk, false);
        }
      }
    } else if (!atFront) {
      rs.reading = false;
      scheduleTopUp(stream, rs);
    }
    return !rs.ended && (rs.length < rs.highWaterMark || rs.length === 0);
  }

  function storeChunk(stream, rs, chunk, atFront) {
    // Node hands a chunk over directly when nothing is queued and a 'data'
    // listener was added and not taken off with removeListener/off (one
    // dropped by removeAllListeners still counts: the chunk is lost).
    if (rs.flowing && rs.length === 0 && !rs.sync && rs.dataListened) {
      releaseDrainWait(rs);
      rs.dataEmitted = true;
      stream.emit('data', chunk);
    } else {
      rs.length += rs.objectMode ? 1 : chunk.length;
      if (atFront) {
        if (rs.bufferIndex > 0) rs.buffer[--rs.bufferIndex] = chunk;
        else rs.buffer.unshift(chunk);
      } else {
        rs.buffer.push(chunk);
      }
      if (rs.needReadable) {
        if (taking === rs && rs.length === 1 && rs.objectMode && !rs.ended && readableUnheard(stream)) rs.needReadable = false; // see queueReadable
        else queueReadable(stream);
      }
    }
    if (!rs.readingMore && rs.constructed) {
      rs.readingMore = true;
      nextTick(topUp, stream, rs);
    }
  }

  function releaseDrainWait(rs) {
    if (rs.multiAwaitDrain) rs.awaitDrainWriters.clear();
    else rs.awaitDrainWriters = null;
  }

  function sawEof(stream, rs) {
    if (rs.ended) return;
    if (rs.decoder) {
      const rest = rs.decoder.end();
      if (rest && rest.length) {
        rs.buffer.push(rest);
        rs.length += rs.objectMode ? 1 : rest.length;
      }
    }
    rs.ended = true;
    if (rs.sync) {
      queueReadable(stream);
    } else {
      rs.needReadable = false;
      rs.emittedReadable = true;
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
    return l === undefined || l[sIteratorWake] === true;
  }

  function queueReadable(stream) {
    const rs = stream._readableState;
    rs.needReadable = false;
    // A chunk pushed from inside a read() that is about to return exactly
    // what is queued, while nobody hears 'readable' (no listener but the
    // async iterator's): the tick is not queued (one per chunk for for-await
    // and pipe otherwise). With a user's listener it stays: the stream may
    // end before the tick runs, and then that 'readable' is emitted.
    // Anything queued before the next read queues one as usual, since
    // emittedReadable stays false.
    if (taking === rs && !rs.ended &&
        (rs.objectMode ? rs.length === 1 : !rs.flowing || rs.buffer.length - rs.bufferIndex === 1) &&
        readableUnheard(stream)) {
      return;
    }
    if (!rs.emittedReadable) {
      rs.emittedReadable = true;
      nextTick(fireReadable, stream);
    }
  }

  function fireReadable(stream) {
    const rs = stream._readableState;
    if (!rs.destroyed && !rs.errored && (rs.length || rs.ended)) {
      stream.emit('readable');
      rs.emittedReadable = false;
    }
    rs.needReadable = !rs.flowing && !rs.ended && rs.length <= rs.highWaterMark;
    pump(stream);
  }

  // After a push, keep calling _read until the buffer reaches the mark.
  function scheduleTopUp(stream, rs) {
    if (!rs.readingMore && rs.constructed) {
      rs.readingMore = true;
      nextTick(topUp, stream, rs);
    }
  }

  function topUp(stream, rs) {
    while (!rs.reading && !rs.ended && (rs.length < rs.highWaterMark || (rs.flowing && rs.length === 0))) {
      const before = rs.length;
      stream.read(0);
      if (before === rs.length) break;
    }
    rs.readingMore = false;
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
    if (n <= 0 || (rs.length === 0 && rs.ended)) return 0;
    if (rs.objectMode) return 1;
    if (n !== n) {
      // read() with no size: everything, or the next chunk while flowing.
      return rs.flowing && rs.length ? rs.buffer[rs.bufferIndex].length : rs.length;
    }
    if (n <= rs.length) return n;
    return rs.ended ? rs.length : 0;
  }

  RP.read = function read(n) {
    if (n === undefined) {
      const rs = this._readableState;
      if (rs.objectMode) return readOne(this, rs);
      n = NaN;
    }
    else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
    const rs = this._readableState;
    const asked = n;
    if (n > rs.highWaterMark) rs.highWaterMark = growMark(n);
    if (n !== 0) rs.emittedReadable = false;
    if (n === 0 && rs.needReadable &&
        ((rs.highWaterMark !== 0 ? rs.length >= rs.highWaterMark : rs.length > 0) || rs.ended)) {
      if (rs.length === 0 && rs.ended) scheduleEnd(this);
      else queueReadable(this);
      return null;
    }
    n = wanted(n, rs);
    if (n === 0 && rs.ended) {
      if (rs.length === 0) scheduleEnd(this);
      return null;
    }
    let callRead = rs.needReadable || rs.length === 0 || rs.length - n < rs.highWaterMark;
    if (rs.ended || rs.reading || rs.destroyed || rs.errored || !rs.constructed) callRead = false;
    if (callRead) {
      rs.reading = true;
      rs.sync = true;
      if (rs.length === 0) rs.needReadable = true;
      const outer = taking;
      taking = asked !== asked ? rs : null;
      try {
        this._read(rs.highWaterMark);
      } catch (err) {
        failStream(this, err);
      }
      taking = outer;
      rs.sync = false;
      if (!rs.reading) n = wanted(asked, rs);
    }
    let out = n > 0 ? takeFromQueue(n, rs) : null;
    if (out === null) {
      rs.needReadable = rs.length <= rs.highWaterMark;
      n = 0;
      // Nothing taken after all (a read(0) inside _read left `reading` set):
      // a 'readable' skipped for a chunk pushed meanwhile is owed.
      if (asked !== asked && rs.length > 0 && !rs.emittedReadable) queueReadable(this);
    } else {
      rs.length -= n;
      releaseDrainWait(rs);
    }
    if (rs.length === 0) {
      if (!rs.ended) rs.needReadable = true;
      if (asked !== n && rs.ended) scheduleEnd(this);
    }
    if (out !== null && !rs.errorEmitted && !rs.closeEmitted) {
      rs.dataEmitted = true;
      if (heard(this, 'data')) this.emit('data', out);
    }
    return out;
  };

  // Whether emitting `ev` can be observed: a listener, or an emit of the
  // stream's own. Skipping an unheard emit saves a call per chunk.
  const eeEmit = EventEmitter.prototype.emit;
  function heard(stream, ev) {
    const events = stream._events;
    return events === undefined || events === null || events[ev] !== undefined || stream.emit !== eeEmit;
  }

  // read() without a size on an object-mode stream: read()'s steps for one
  // object, without the size arithmetic.
  function readOne(stream, rs) {
    rs.emittedReadable = false;
    if (rs.length === 0 && rs.ended) {
      scheduleEnd(stream);
      return null;
    }
    if ((rs.needReadable || rs.length <= rs.highWaterMark) &&
        !rs.ended && !rs.reading && !rs.destroyed && !rs.errored && rs.constructed) {
      rs.reading = true;
      rs.sync = true;
      if (rs.length === 0) rs.needReadable = true;
      const outer = taking;
      taking = rs;
      try {
        stream._read(rs.highWaterMark);
      } catch (err) {
        failStream(stream, err);
      }
      taking = outer;
      rs.sync = false;
    }
    let out = null;
    if (rs.length > 0) {
      const q = rs.buffer;
      let i = rs.bufferIndex;
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
      rs.length--;
      if (rs.multiAwaitDrain) rs.awaitDrainWriters.clear();
      else rs.awaitDrainWriters = null;
    } else {
      rs.needReadable = true;
    }
    if (rs.length === 0) {
      if (!rs.ended) rs.needReadable = true;
      else scheduleEnd(stream);
    }
    if (out !== null && !rs.errorEmitted && !rs.closeEmitted) {
      rs.dataEmitted = true;
      const events = stream._events;
      if (events == null || events.data !== undefined || stream.emit !== eeEmit) stream.emit('data', out);
    }
    return out;
  }

  // Removes `n` units (bytes, characters or one object) from the queue.
  function takeFromQueue(n, rs) {
    if (rs.length === 0) return null;
    const q = rs.buffer;
    let i = rs.bufferIndex;
    let out;
    if (rs.objectMode) {
      out = q[i];
      q[i++] = null;
    } else if (!n || n >= rs.length) {
      // Everything.
      if (rs.decoder) {
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
    } else if (rs.decoder) {
      out = '';
      while (n > 0) {
        const s = q[i];
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
      let at = 0;
      while (at < n) {
        const b = q[i];
        const take = Math.min(b.length, n - at);
        out.set(take === b.length ? b : b.subarray(0, take), at);
        at += take;
        if (take === b.length) q[i++] = null;
        else q[i] = b.slice(take);
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
    const rs = stream._readableState;
    if (!rs.endEmitted) {
      rs.ended = true;
      nextTick(emitEnd, rs, stream);
    }
  }

  function emitEnd(rs, stream) {
    if (rs.errored || rs.closeEmitted || rs.endEmitted || rs.length !== 0) return;
    rs.endEmitted = true;
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
    const decoder = new StringDecoder(enc);
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
      rs.dataListened = true;
      rs.readableListening = this.listenerCount('readable') > 0;
      if (rs.flowing !== false) this.resume();
    } else if (ev === 'readable') {
      if (!rs.endEmitted && !rs.readableListening) {
        rs.readableListening = rs.needReadable = true;
        rs.flowing = false;
        rs.emittedReadable = false;
        if (rs.length) queueReadable(this);
        else if (!rs.reading) nextTick((s) => s.read(0), this);
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
    if (ev === 'readable' || ev === undefined) nextTick(recheckReadableListeners, this);
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
      rs.flowing = !rs.readableListening;
      if (!rs.resumeScheduled) {
        rs.resumeScheduled = true;
        nextTick(doResume, this, rs);
      }
    }
    rs.paused = false;
    return this;
  };

  function doResume(stream, rs) {
    if (!rs.reading) stream.read(0);
    rs.resumeScheduled = false;
    stream.emit('resume');
    pump(stream);
    if (rs.flowing && !rs.reading) stream.read(0);
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
    const rs = stream._readableState;
    if (rs.objectMode && stream.read === RP.read) {
      while (rs.flowing && readOne(stream, rs) !== null);
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
      detached = true;
      if (drainHandler && rs.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) {
        drainHandler();
      }
    };

    dest.on('unpipe', onUnpipe);
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
      if (this[key] === undefined && typeof source[key] === 'function') {
        this[key] = source[key].bind(source);
      }
    }
    return this;
  };

  function defineGetters(proto, table) {
    for (const name of Object.keys(table)) {
      const d = table[name];
      const desc = { configurable: true, enumerable: false };
      if (typeof d === 'function') desc.get = d;
      else Object.assign(desc, d);
      Object.defineProperty(proto, name, desc);
    }
  }

  defineGetters(RP, {
    readable: {
      get() {
        const r = this._readableState;
        return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
      },
      set(v) {
        if (this._readableState) this._readableState.readable = !!v;
      },
    },
    readableDidRead() {
      return this._readableState.dataEmitted;
    },
    readableAborted() {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
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
      return this._readableState ? this._readableState.objectMode : false;
    },
    readableEncoding() {
      return this._readableState ? this._readableState.encoding : null;
    },
    errored() {
      return this._readableState ? this._readableState.errored : null;
    },
    closed() {
      return this._readableState ? this._readableState.closed : false;
    },
    destroyed: {
      get() {
        return this._readableState ? this._readableState.destroyed : false;
      },
      set(v) {
        if (this._readableState) this._readableState.destroyed = v;
      },
    },
    readableEnded() {
      return this._readableState ? this._readableState.endEmitted : false;
    },
  });

  // ----- Writable ----------------------------------------------------------------------------

  function WritableState(options, stream, isDuplex) {
    if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Duplex;
    const o = options || {};
    this.objectMode = !!(o.objectMode || (isDuplex && o.writableObjectMode));
    this.highWaterMark = markFromOptions(options, 'writableHighWaterMark', isDuplex, this.objectMode);
    this.finalCalled = false;
    this.needDrain = false;
    this.ending = false;
    this.ended = false;
    this.finished = false;
    this.destroyed = false;
    this.decodeStrings = o.decodeStrings !== false;
    this.defaultEncoding = checkedEncoding(o.defaultEncoding);
    this.length = 0;
    this.writing = false;
    this.corked = 0;
    this.sync = true;
    this.bufferProcessing = false;
    // The common completion (success, synchronous, no callback, nothing
    // queued or owed) inline; writeDone has the rest.
    const ws = this;
    this.onwrite = (er) => {
      if (er == null && ws.sync && ws.writecb === noop && ws.buffered.length === ws.bufferedIndex && !ws.needDrain && !ws.ending) {
        ws.writing = false;
        ws.writecb = null;
        ws.length -= ws.writelen;
        ws.writelen = 0;
        ws.pendingcb--;
        return;
      }
      writeDone(stream, er);
    };
    this.writecb = null;
    this.writelen = 0;
    this.afterWriteTickInfo = null;
    this.buffered = [];
    this.bufferedIndex = 0;
    this.allBuffers = true;
    this.allNoop = true;
    this.pendingcb = 0;
    this.constructed = true;
    this.prefinished = false;
    this.errorEmitted = false;
    this.emitClose = o.emitClose !== false;
    this.autoDestroy = o.autoDestroy !== false;
    this.errored = null;
    this.closed = false;
    this.closeEmitted = false;
    this.endCallbacks = [];
  }
  WritableState.prototype.getBuffer = function getBuffer() {
    return this.buffered.slice(this.bufferedIndex);
  };
  Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
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
  Object.setPrototypeOf(Writable, Stream);
  Writable.WritableState = WritableState;

  // A Duplex is `instanceof Writable` too (it only inherits from Readable).
  Object.defineProperty(Writable, Symbol.hasInstance, {
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
    const ws = stream._writableState;
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = null;
    } else {
      if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) throw E.unknownEncoding(encoding);
      if (typeof cb !== 'function') cb = noop;
    }
    if (chunk === null) throw E.nullValues();
    if (!ws.objectMode) {
      if (typeof chunk === 'string') {
        if (!encoding) encoding = ws.defaultEncoding;
        if (ws.decodeStrings !== false) {
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
    let err;
    if (ws.ending) err = E.writeAfterEnd();
    else if (ws.destroyed) err = E.destroyed('write');
    if (err) {
      nextTick(cb, err);
      failStream(stream, err, true);
      return err;
    }
    ws.pendingcb++;
    const len = ws.objectMode ? 1 : chunk.length;
    ws.length += len;
    if (ws.writing || ws.corked || ws.errored || !ws.constructed) {
      ws.buffered.push({ chunk, encoding, callback: cb });
      if (ws.allBuffers && encoding !== 'buffer') ws.allBuffers = false;
      if (ws.allNoop && cb !== noop) ws.allNoop = false;
    } else {
      ws.writelen = len;
      ws.writecb = cb;
      ws.writing = true;
      ws.sync = true;
      stream._write(chunk, encoding, ws.onwrite);
      ws.sync = false;
    }
    // Measured after the write was handed on, as Node does: a chunk the
    // implementation took synchronously no longer counts, and an empty
    // queue is never "full", even with highWaterMark 0.
    const below = ws.length < ws.highWaterMark || ws.length === 0;
    if (!below) ws.needDrain = true;
    return below && !ws.errored && !ws.destroyed;
  }

  WP.write = function write(chunk, encoding, cb) {
    const ws = this._writableState;
    // The common write (an object, or a Buffer, no callback or only one,
    // onto an idle open stream) goes straight to _write; doWriteCall has the
    // checks and the queueing it would pass.
    if (cb === undefined && (encoding === undefined || typeof encoding === 'function') && chunk !== null &&
        !ws.writing && !ws.corked && !ws.ending && !ws.destroyed && !ws.errored && ws.constructed) {
      let len;
      let enc;
      if (ws.objectMode) {
        len = 1;
        enc = encoding === undefined ? undefined : null;
      } else if (chunk instanceof Buffer) {
        len = chunk.length;
        enc = 'buffer';
      } else {
        return doWriteCall(this, chunk, encoding, cb) === true;
      }
      ws.pendingcb++;
      ws.length += len;
      ws.writelen = len;
      ws.writecb = encoding === undefined ? noop : encoding;
      ws.writing = true;
      ws.sync = true;
      this._write(chunk, enc, ws.onwrite);
      ws.sync = false;
      const below = ws.length < ws.highWaterMark || ws.length === 0;
      if (!below) ws.needDrain = true;
      return below && !ws.errored && !ws.destroyed;
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
      if (!ws.writing) flushQueue(this, ws);
    }
  };

  WP.setDefaultEncoding = function setDefaultEncoding(encoding) {
    if (typeof encoding === 'string') encoding = encoding.toLowerCase();
    if (!Buffer.isEncoding(encoding)) throw E.unknownEncoding(encoding);
    this._writableState.defaultEncoding = encoding;
    return this;
  };

  function writeDone(stream, er) {
    const ws = stream._writableState;
    const sync = ws.sync;
    const cb = ws.writecb;
    if (typeof cb !== 'function') {
      failStream(stream, E.multipleCallback());
      return;
    }
    ws.writing = false;
    ws.writecb = null;
    ws.length -= ws.writelen;
    ws.writelen = 0;
    if (er) {
      void er.stack;
      if (!ws.errored) ws.errored = er;
      const r = stream._readableState;
      if (r && !r.errored) r.errored = er;
      if (sync) nextTick(writeFailed, stream, ws, er, cb);
      else writeFailed(stream, ws, er, cb);
      return;
    }
    if (ws.buffered.length > ws.bufferedIndex) flushQueue(stream, ws);
    if (sync && cb === noop && !ws.needDrain && !ws.ending) {
      // A synchronous write without a callback and no 'drain' owed: Node
      // does no deferred bookkeeping for it (queued callbacks of a stream
      // destroyed meanwhile fail only on destroy's own tick).
      ws.pendingcb--;
    } else if (sync) {
      const info = ws.afterWriteTickInfo;
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
    --ws.pendingcb;
    cb(er);
    failQueued(ws);
    failStream(stream, er);
  }

  function afterWriteLater(info) {
    info.state.afterWriteTickInfo = null;
    afterWrite(info.stream, info.state, info.count, info.cb);
  }

  function afterWrite(stream, ws, count, cb) {
    if (!ws.ending && !stream.destroyed && ws.length === 0 && ws.needDrain) {
      ws.needDrain = false;
      stream.emit('drain');
    }
    while (count-- > 0) {
      ws.pendingcb--;
      cb(null);
    }
    if (ws.destroyed) failQueued(ws);
    maybeFinish(stream, ws);
  }

  // Destroyed or errored: every queued write and end() callback gets the error.
  function failQueued(ws) {
    if (ws.writing) return;
    for (let i = ws.bufferedIndex; i < ws.buffered.length; i++) {
      const req = ws.buffered[i];
      ws.length -= ws.objectMode ? 1 : req.chunk.length;
      req.callback(ws.errored || E.destroyed('write'));
    }
    const ends = ws.endCallbacks.splice(0);
    for (let i = 0; i < ends.length; i++) ends[i](ws.errored || E.destroyed('end'));
    clearQueue(ws);
  }

  function clearQueue(ws) {
    ws.buffered = [];
    ws.bufferedIndex = 0;
    ws.allBuffers = true;
    ws.allNoop = true;
  }

  function flushQueue(stream, ws) {
    if (ws.corked || ws.bufferProcessing || ws.destroyed || !ws.constructed) return;
    const q = ws.buffered;
    let i = ws.bufferedIndex;
    const waiting = q.length - i;
    if (!waiting) return;
    ws.bufferProcessing = true;
    if (waiting > 1 && stream._writev) {
      ws.pendingcb -= waiting - 1;
      const from = i;
      const cb = ws.allNoop ? noop : (err) => {
        for (let k = from; k < q.length; k++) q[k].callback(err);
      };
      const chunks = ws.allNoop && from === 0 ? q : q.slice(from);
      chunks.allBuffers = ws.allBuffers;
      startWrite(stream, ws, true, ws.length, chunks, '', cb);
      clearQueue(ws);
    } else {
      do {
        const req = q[i];
        q[i++] = null;
        startWrite(stream, ws, false, ws.objectMode ? 1 : req.chunk.length, req.chunk, req.encoding, req.callback);
      } while (i < q.length && !ws.writing);
      if (i === q.length) {
        clearQueue(ws);
      } else if (i > 256) {
        q.splice(0, i);
        ws.bufferedIndex = 0;
      } else {
        ws.bufferedIndex = i;
      }
    }
    ws.bufferProcessing = false;
  }

  function startWrite(stream, ws, many, len, chunk, encoding, cb) {
    ws.writelen = len;
    ws.writecb = cb;
    ws.writing = true;
    ws.sync = true;
    if (ws.destroyed) ws.onwrite(E.destroyed('write'));
    else if (many) stream._writev(chunk, ws.onwrite);
    else stream._write(chunk, encoding, ws.onwrite);
    ws.sync = false;
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
    if (chunk !== null && chunk !== undefined) {
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
    return ws.ending && !ws.destroyed && ws.constructed && ws.length === 0 && !ws.errored &&
      ws.buffered.length === 0 && !ws.finished && !ws.writing && !ws.errorEmitted && !ws.closeEmitted;
  }

  function runFinal(stream, ws) {
    let calls = 0;
    const finalDone = (err) => {
      if (calls++ > 0) {
        failStream(stream, err == null ? E.multipleCallback() : err);
        return;
      }
      ws.pendingcb--;
      if (err) {
        const ends = ws.endCallbacks.splice(0);
        for (let i = 0; i < ends.length; i++) ends[i](err);
        failStream(stream, err, ws.sync);
      } else if (readyToFinish(ws)) {
        ws.prefinished = true;
        stream.emit('prefinish');
        ws.pendingcb++;
        nextTick(completeFinish, stream, ws);
      }
    };
    ws.sync = true;
    ws.pendingcb++;
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
    if (ws.pendingcb !== 0) return;
    if (sync) {
      ws.pendingcb++;
      nextTick(() => {
        if (readyToFinish(ws)) completeFinish(stream, ws);
        else ws.pendingcb--;
      });
    } else if (readyToFinish(ws)) {
      ws.pendingcb++;
      completeFinish(stream, ws);
    }
  }

  function completeFinish(stream, ws) {
    ws.pendingcb--;
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
      return this._writableState ? this._writableState.closed : false;
    },
    destroyed: {
      get() {
        return this._writableState ? this._writableState.destroyed : false;
      },
      set(v) {
        if (this._writableState) this._writableState.destroyed = v;
      },
    },
    writable: {
      get() {
        const w = this._writableState;
        return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
      },
      set(v) {
        if (this._writableState) this._writableState.writable = !!v;
      },
    },
    writableFinished() {
      return this._writableState ? this._writableState.finished : false;
    },
    writableObjectMode() {
      return this._writableState ? this._writableState.objectMode : false;
    },
    writableBuffer() {
      return this._writableState && this._writableState.getBuffer();
    },
    writableEnded() {
      return this._writableState ? this._writableState.ending : false;
    },
    writableNeedDrain() {
      const w = this._writableState;
      if (!w) return false;
      return !w.destroyed && !w.ending && w.needDrain;
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
      return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
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
  for (const name of ['write', 'cork', 'uncork', 'setDefaultEncoding', '_write', '_writev', 'end']) {
    DP[name] = WP[name];
  }
  DP.destroy = WP.destroy;
  const duplexOwn = {};
  for (const name of ['writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer', 'writableLength',
    'writableFinished', 'writableCorked', 'writableEnded', 'writableNeedDrain']) {
    duplexOwn[name] = writableGetters[name];
  }
  duplexOwn.destroyed = {
    get() {
      const r = this._readableState;
      const w = this._writableState;
      if (r === undefined || w === undefined) return false;
      return r.destroyed && w.destroyed;
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
    this[sTransformStep] = transformStep(this);
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
    let step = this[sTransformStep];
    // A Transform.prototype._write borrowed by an object the constructor
    // did not set up.
    if (step === undefined) step = this[sTransformStep] = transformStep(this);
    step.callback = callback;
    step.before = this._readableState.length;
    this._transform(chunk, encoding, step.done);
  };

  // The pending write of a Transform (its callback, the readable length
  // before it) and the one function every _transform call gets back.
  function transformStep(stream) {
    const step = { callback: null, before: 0, done: null };
    step.done = (err, val) => {
      const callback = step.callback;
      if (err) {
        callback(err);
        return;
      }
      const r = stream._readableState;
      if (val != null) stream.push(val);
      // Once push(null) was called, Node completes the write a tick later,
      // after the events that ending (or a push after it) queued.
      if (r.ended) nextTick(callback);
      else if (stream._writableState.ended || step.before === r.length || r.length < r.highWaterMark) callback();
      else stream[sTransformCallback] = callback;
    };
    return step;
  }

  TP._read = function _read() {
    const cb = this[sTransformCallback];
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

  for (const [C, proto] of [[Readable, RP], [Writable, WP], [Duplex, DP], [Transform, TP], [PassThrough, PassThrough.prototype]]) {
    Object.defineProperty(proto, 'constructor', { value: C, writable: true, configurable: true, enumerable: false });
  }

  return {
    Stream,
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
    setAbortHook(fn) {
      addAbortSignalQuiet = fn;
    },
  };
})
