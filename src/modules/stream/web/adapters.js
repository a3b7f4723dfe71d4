// The bridge between node:stream and the web streams: Readable/Writable/
// Duplex.fromWeb and toWeb, and what Duplex.from, finished and pipeline do
// with a web stream. Loaded on the first call of any of them (src/modules/
// stream/web.rs), with the web record, node:stream and a few natives.
// Behaviour is Node 20's as documented and observed; the code is ours.
(function (web, stream, helper) {
  'use strict';

  const { Readable, Writable, Duplex, finished } = stream;
  const { AbortError, Buffer, nextTick } = helper;
  const { recordOf, err, deferred, binding } = web;
  const destroyStream = stream.destroy;
  const noop = () => {};

  // "must be an stream.Readable": Node's text for these checks, article included.
  const notNodeStream = (name, kind, value) => {
    const text = binding.errInvalidArgType(name, 'object', value).message;
    const received = text.slice(text.lastIndexOf('. Received ') + 2);
    return binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be an stream.${kind}. ${received}`);
  };

  function options(value, name = 'options') {
    if (value === undefined) return {};
    if (value === null || typeof value !== 'object') throw err.argType(name, 'object', value);
    return value;
  }

  // A premature close of the Node side shows as an AbortError on the web side.
  function asWebError(e) {
    if (e && e.code === 'ERR_STREAM_PREMATURE_CLOSE') return new AbortError(undefined, { cause: e });
    return e;
  }

  // ----- web -> Node ---------------------------------------------------------------------------

  // The read side of a Node stream over a web reader: `read` asks for one
  // chunk, `cancel` runs once from destroy.
  function readSide(reader, target) {
    let over = false;
    reader.closed.then(() => {
      over = true;
    }, (e) => {
      over = true;
      destroyStream(target(), e);
    });
    return {
      read() {
        reader.read().then((r) => {
          if (r.done) target().push(null);
          else target().push(r.value);
        }, (e) => destroyStream(target(), e));
      },
      cancel(error) {
        return over ? Promise.resolve() : reader.cancel(error);
      },
    };
  }

  // The write side over a web writer; `close` resolves at once if the web
  // stream is already done.
  function writeSide(writer, target) {
    let over = false;
    writer.closed.then(() => {
      over = true;
      const s = target();
      if (!s.writableEnded) destroyStream(s, binding.nodeError('Error', 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'));
    }, (e) => {
      over = true;
      destroyStream(target(), e);
    });
    return {
      write(chunk, encoding, cb) {
        writer.ready.then(() => writer.write(chunk)).then(() => cb(), cb);
      },
      writev(chunks, cb) {
        writer.ready.then(() => Promise.all(chunks.map((c) => writer.write(c.chunk)))).then(() => cb(), cb);
      },
      final(cb) {
        if (over) cb();
        else writer.close().then(() => cb(), cb);
      },
      finish(error) {
        if (over) return Promise.resolve();
        return error != null ? writer.abort(error) : writer.close();
      },
    };
  }

  const callBack = (cb, error) => () => {
    try {
      cb(error);
    } catch (thrown) {
      nextTick(() => {
        throw thrown;
      });
    }
  };

  function readableFromWeb(readableStream, opts) {
    if (recordOf(readableStream, 'ReadableStream') === null) {
      throw err.argType('readableStream', 'ReadableStream', readableStream);
    }
    const { highWaterMark, encoding, objectMode = false, signal } = options(opts);
    let r = null;
    const side = readSide(readableStream.getReader(), () => r);
    r = new Readable({
      highWaterMark, encoding, objectMode, signal,
      read: side.read,
      destroy(error, cb) {
        side.cancel(error).then(callBack(cb, error), callBack(cb, error));
      },
    });
    return r;
  }

  function writableFromWeb(writableStream, opts) {
    if (recordOf(writableStream, 'WritableStream') === null) {
      throw err.argType('writableStream', 'WritableStream', writableStream);
    }
    const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options(opts);
    let w = null;
    const side = writeSide(writableStream.getWriter(), () => w);
    w = new Writable({
      highWaterMark, decodeStrings, objectMode, signal,
      write: side.write, writev: side.writev, final: side.final,
      destroy(error, cb) {
        side.finish(error).then(callBack(cb, error), callBack(cb, error));
      },
    });
    return w;
  }

  function duplexFromWeb(pair, opts) {
    if (pair === null || typeof pair !== 'object') throw err.argType('pair', 'object', pair);
    const { readable, writable } = pair;
    if (recordOf(readable, 'ReadableStream') === null) throw err.argType('pair.readable', 'ReadableStream', readable);
    if (recordOf(writable, 'WritableStream') === null) throw err.argType('pair.writable', 'WritableStream', writable);
    const {
      allowHalfOpen = true, decodeStrings = true, encoding, highWaterMark, objectMode = false, signal,
    } = options(opts);
    let d = null;
    const rSide = readSide(readable.getReader(), () => d);
    const wSide = writeSide(writable.getWriter(), () => d);
    d = new Duplex({
      allowHalfOpen, decodeStrings, encoding, highWaterMark, objectMode, signal,
      read: rSide.read,
      write: wSide.write, writev: wSide.writev, final: wSide.final,
      destroy(error, cb) {
        Promise.all([wSide.finish(error), rSide.cancel(error)]).then(callBack(cb, error), callBack(cb, error));
      },
    });
    return d;
  }

  // ----- Node -> web ---------------------------------------------------------------------------

  function readableToWeb(source, opts) {
    if (source.destroyed || source.readable === false || source.readableEnded) {
      const dead = new web.ReadableStream();
      dead.cancel();
      return dead;
    }
    const objectMode = !!source.readableObjectMode;
    const mark = source.readableHighWaterMark;
    const strategy = opts.strategy !== undefined ? opts.strategy
      : (objectMode ? new web.CountQueuingStrategy({ highWaterMark: mark }) : { highWaterMark: mark });
    let controller = null;
    const onData = (chunk) => {
      if (!objectMode && Buffer.isBuffer(chunk)) chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      controller.enqueue(chunk);
      if (controller.desiredSize <= 0) source.pause();
    };
    const stop = finished(source, (e) => {
      stop();
      source.removeListener('data', onData);
      e = asWebError(e);
      try {
        if (e) controller.error(e);
        else controller.close();
      } catch {
        // Canceled from the web side already.
      }
    });
    source.pause();
    source.on('data', onData);
    return new web.ReadableStream({
      start(c) {
        controller = c;
      },
      pull() {
        source.resume();
      },
      cancel(reason) {
        destroyStream(source, reason);
      },
    }, strategy);
  }

  function writableToWeb(target) {
    if (target.destroyed || target.writable === false || target.writableEnded) {
      const dead = new web.WritableStream();
      dead.close();
      return dead;
    }
    const mark = target.writableHighWaterMark;
    const strategy = target.writableObjectMode ? new web.CountQueuingStrategy({ highWaterMark: mark }) : { highWaterMark: mark };
    let controller = null;
    let drained = null;
    let ended = null;
    const onDrain = () => {
      if (drained !== null) drained.resolve();
    };
    const stop = finished(target, (e) => {
      stop();
      target.removeListener('drain', onDrain);
      // Later errors have nowhere to go but must not crash the program.
      target.on('error', noop);
      e = asWebError(e);
      if (e != null) {
        if (drained !== null) drained.reject(e);
        if (ended !== null) ended.reject(e);
        else controller.error(e);
      } else if (ended !== null) {
        ended.resolve();
      }
    });
    target.on('drain', onDrain);
    return new web.WritableStream({
      start(c) {
        controller = c;
      },
      write(chunk) {
        if (target.writableNeedDrain || !target.write(chunk)) {
          drained = deferred();
          const wait = drained.promise;
          const clear = () => {
            drained = null;
          };
          wait.then(clear, clear);
          return wait;
        }
        return undefined;
      },
      abort(reason) {
        destroyStream(target, reason);
      },
      close() {
        if (ended === null && !target.writableEnded) {
          ended = deferred();
          target.end();
          return ended.promise;
        }
        return undefined;
      },
    }, strategy);
  }

  // Writes every chunk `source` yields into the WritableStream `ws`, waiting
  // for room before each; closes it at the end if `end`, aborts it on failure.
  async function writeAll(source, ws, end) {
    const writer = ws.getWriter();
    try {
      for await (const chunk of source) {
        await writer.ready;
        writer.write(chunk).catch(noop);
      }
      await writer.ready;
      if (end) await writer.close();
    } catch (e) {
      await writer.abort(e);
      throw e;
    }
  }

  const isNodeReadable = (s) => !!(s && typeof s.pipe === 'function' && typeof s.on === 'function' &&
    (!s._writableState || (s._readableState && s._readableState.readable !== false)) &&
    (!s._writableState || s._readableState));
  const isNodeWritable = (s) => !!(s && typeof s.write === 'function' && typeof s.on === 'function' &&
    (!s._readableState || (s._writableState && s._writableState.writable !== false)));

  // ----- what node:stream calls ------------------------------------------------------------------

  return {
    Readable: {
      fromWeb: readableFromWeb,
      toWeb(streamReadable, opts) {
        if (!isNodeReadable(streamReadable)) throw notNodeStream('streamReadable', 'Readable', streamReadable);
        return readableToWeb(streamReadable, opts === undefined || opts === null ? {} : opts);
      },
    },
    Writable: {
      fromWeb: writableFromWeb,
      toWeb(streamWritable) {
        if (!isNodeWritable(streamWritable)) throw notNodeStream('streamWritable', 'Writable', streamWritable);
        return writableToWeb(streamWritable);
      },
    },
    Duplex: {
      fromWeb: duplexFromWeb,
      toWeb(duplex) {
        if (!(duplex && duplex._readableState && duplex._writableState)) throw notNodeStream('duplex', 'Duplex', duplex);
        return { readable: readableToWeb(duplex, {}), writable: writableToWeb(duplex) };
      },
    },
    // Duplex.from(body) for a web stream or a pair holding one; null if none is.
    duplexFrom(body) {
      const kind = web.kindOf(body);
      if (kind === 'readable') return readableFromWeb(body);
      if (kind === 'writable') return writableFromWeb(body);
      if (kind === 'transform') return duplexFromWeb(body);
      return null;
    },
    // pipeline(): a web ReadableStream heads it as the async iterable it
    // is; a TransformStream inside it or a WritableStream ending it becomes
    // a stage that writes what the previous one yields (read with the
    // previous stage's async iterator, so Node streams hand over what they
    // have buffered as one chunk, as in Node).
    pipelineStage(s, index, count, end) {
      const kind = web.kindOf(s);
      const last = index === count - 1;
      if (kind === 'readable' && index === 0) return s;
      if (kind === 'writable' && last) return (source) => writeAll(source, s, end);
      if (kind === 'transform' && index > 0 && !last) {
        return (source) => {
          writeAll(source, s.writable, true).catch(noop);
          return s.readable;
        };
      }
      return this.toNode(s);
    },
    // compose() and the rest: a web stream becomes the Node stream that feeds or drains it.
    toNode(s) {
      const kind = web.kindOf(s);
      if (kind === 'readable') return readableFromWeb(s, { objectMode: true });
      if (kind === 'writable') return writableFromWeb(s, { objectMode: true });
      if (kind === 'transform') return duplexFromWeb(s, { objectMode: true });
      return s;
    },
    // addAbortSignal() on a web stream: abort errors it with an AbortError.
    addAbortSignal(signal, s) {
      if (web.kindOf(s) === 'transform') throw new TypeError('stream[kControllerErrorFunction] is not a function');
      const onAbort = () => web.errorStream(s, new AbortError(undefined, { cause: signal.reason }));
      if (signal.aborted) {
        onAbort();
      } else {
        signal.addEventListener('abort', onAbort, { once: true });
        web.whenDone(s).then(() => signal.removeEventListener('abort', onAbort), () => signal.removeEventListener('abort', onAbort));
      }
      return s;
    },
    // finished() on a web stream: the callback runs once it closes or errors.
    finished(s, opts, callback) {
      let aborted = false;
      const signal = opts.signal;
      let onAbort = null;
      if (signal) {
        onAbort = () => {
          aborted = true;
          callback.call(s, new AbortError(undefined, { cause: signal.reason }));
        };
        if (signal.aborted) nextTick(onAbort);
        else signal.addEventListener('abort', onAbort, { once: true });
      }
      const report = (...args) => {
        if (onAbort !== null) signal.removeEventListener('abort', onAbort);
        if (!aborted) nextTick(() => callback.apply(s, args));
      };
      web.whenDone(s).then(() => report(), (e) => report(e));
      return noop;
    },
  };
})
