// node:stream/web, part 5 of 5: TransformStream and its controller, the
// text encoding streams over util's TextEncoder/TextDecoder, and the module
// object in Node 20's key order. A transform record `ts` joins a readable
// record and a writable record made from algorithms; `tc` is its controller.
(function (binding, web) {
  'use strict';

  const {
    err, self, attach, recordOf, INTERNAL, deferred, resolved, rejected, invoke,
    optionBag, member, highWaterMarkOf, sizeOf, finishClass, rs: R, ws: W,
  } = web;

  // ----- the algorithms ----------------------------------------------------------------------

  function setBackpressure(ts, value) {
    if (ts.backpressureChange !== null) ts.backpressureChange.resolve();
    ts.backpressureChange = deferred();
    ts.backpressure = value;
  }

  function unblockWrite(ts) {
    if (ts.backpressure) setBackpressure(ts, false);
  }

  function errorWritableAndUnblockWrite(ts, e) {
    clearAlgorithms(ts.controller);
    W.errorIfNeeded(ts.writable.controller, e);
    unblockWrite(ts);
  }

  function transformError(ts, e) {
    R.controllerError(ts.readable.controller, e);
    errorWritableAndUnblockWrite(ts, e);
  }

  function clearAlgorithms(tc) {
    tc.transformer = tc.flusher = tc.canceler = null;
  }

  function controllerEnqueue(tc, chunk) {
    const ts = tc.stream;
    const rc = ts.readable.controller;
    if (!R.canCloseOrEnqueue(rc)) throw err.state('Unable to enqueue');
    try {
      R.controllerEnqueue(rc, chunk);
    } catch (e) {
      errorWritableAndUnblockWrite(ts, e);
      throw ts.readable.storedError;
    }
    const pressed = !R.shouldPull(rc);
    if (pressed !== ts.backpressure) setBackpressure(ts, true);
  }

  function terminate(tc) {
    const ts = tc.stream;
    R.controllerClose(ts.readable.controller);
    errorWritableAndUnblockWrite(ts, err.state('TransformStream has been terminated'));
  }

  function performTransform(tc, chunk) {
    if (tc.transformFailed === undefined) {
      tc.transformFailed = (e) => {
        transformError(tc.stream, e);
        throw e;
      };
    }
    return tc.transformer(chunk).then(undefined, tc.transformFailed);
  }

  // Settles `finish` when the user's flush/cancel promise `p` settles; `ok` runs on success.
  function finishWith(tc, p, ok, onFail) {
    tc.finish = deferred();
    const finish = tc.finish;
    clearAlgorithms(tc);
    p.then(() => {
      const failure = ok();
      if (failure !== undefined) finish.reject(failure.error);
      else finish.resolve();
    }, (e) => {
      onFail(e);
      finish.reject(e);
    });
    return finish.promise;
  }

  function sinkWrite(ts, chunk) {
    const tc = ts.controller;
    if (!ts.backpressure) return performTransform(tc, chunk);
    return ts.backpressureChange.promise.then(() => {
      const writable = ts.writable;
      if (writable.state === 'erroring') throw writable.storedError;
      return performTransform(tc, chunk);
    });
  }

  function sinkAbort(ts, reason) {
    const tc = ts.controller;
    if (tc.finish !== null) return tc.finish.promise;
    const readable = ts.readable;
    return finishWith(tc, tc.canceler(reason), () => {
      if (readable.state === 'errored') return { error: readable.storedError };
      R.controllerError(readable.controller, reason);
      return undefined;
    }, (e) => R.controllerError(readable.controller, e));
  }

  function sinkClose(ts) {
    const tc = ts.controller;
    if (tc.finish !== null) return tc.finish.promise;
    const readable = ts.readable;
    return finishWith(tc, tc.flusher(), () => {
      if (readable.state === 'errored') return { error: readable.storedError };
      R.controllerClose(readable.controller);
      return undefined;
    }, (e) => R.controllerError(readable.controller, e));
  }

  function sourcePull(ts) {
    setBackpressure(ts, false);
    return ts.backpressureChange.promise;
  }

  function sourceCancel(ts, reason) {
    const tc = ts.controller;
    if (tc.finish !== null) return tc.finish.promise;
    const writable = ts.writable;
    return finishWith(tc, tc.canceler(reason), () => {
      if (writable.state === 'errored') return { error: writable.storedError };
      W.errorIfNeeded(writable.controller, reason);
      unblockWrite(ts);
      return undefined;
    }, (e) => {
      W.errorIfNeeded(writable.controller, e);
      unblockWrite(ts);
    });
  }

  // The two halves, then the controller (InitializeTransformStream and
  // SetUpTransformStreamDefaultController of the standard).
  function setUp(ts, started, writableMark, writableSizer, readableMark, readableSizer, transform, flush, cancel) {
    const start = () => started;
    ts.writable = W.createWritable(start, (chunk) => sinkWrite(ts, chunk), () => sinkClose(ts),
      (reason) => sinkAbort(ts, reason), writableMark, writableSizer);
    ts.readable = R.createReadable(start, () => sourcePull(ts), (reason) => sourceCancel(ts, reason),
      readableMark, readableSizer);
    ts.backpressure = false;
    ts.backpressureChange = null;
    setBackpressure(ts, true);
    const tc = attach(Object.create(TransformStreamDefaultController.prototype), {
      kind: 'TransformStreamDefaultController', stream: ts, finish: null,
      transformer: transform, flusher: flush, canceler: cancel,
    });
    ts.controller = tc;
    return tc;
  }

  function passThrough(tc) {
    return (chunk) => {
      try {
        controllerEnqueue(tc, chunk);
        return resolved();
      } catch (e) {
        return rejected(e);
      }
    };
  }

  // A TransformStream from plain functions `transform(chunk, tc)` and `flush(tc)`
  // (the encoding streams; the Node adapters).
  function createTransform(transform, flush) {
    const ts = attach(Object.create(TransformStream.prototype), { kind: 'TransformStream' });
    const tc = setUp(ts, resolved(), 1, null, 0, null, null, null, () => resolved());
    tc.transformer = (chunk) => {
      try {
        transform(chunk, tc);
        return resolved();
      } catch (e) {
        return rejected(e);
      }
    };
    tc.flusher = () => {
      try {
        if (flush) flush(tc);
        return resolved();
      } catch (e) {
        return rejected(e);
      }
    };
    return ts;
  }

  // ----- the public classes ----------------------------------------------------------------------

  class TransformStream {
    constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
      const ts = attach(this, { kind: 'TransformStream' });
      const t = optionBag(transformer, 'transformer', false);
      const thisArg = transformer == null ? undefined : transformer;
      writableStrategy = optionBag(writableStrategy, 'writableStrategy');
      readableStrategy = optionBag(readableStrategy, 'readableStrategy');
      const start = member(t, 'start', 'transformer');
      const transform = member(t, 'transform', 'transformer');
      const flush = member(t, 'flush', 'transformer');
      const cancel = member(t, 'cancel', 'transformer');
      if (t.readableType !== undefined) throw err.argValue('transformer.readableType', t.readableType, undefined, true);
      if (t.writableType !== undefined) throw err.argValue('transformer.writableType', t.writableType, undefined, true);
      const readableMark = highWaterMarkOf(readableStrategy, 0);
      const readableSizer = readableStrategy.size === undefined ? null : sizeOf(readableStrategy);
      const writableMark = highWaterMarkOf(writableStrategy, 1);
      const writableSizer = writableStrategy.size === undefined ? null : sizeOf(writableStrategy);
      const started = deferred();
      const tc = setUp(ts, started.promise, writableMark, writableSizer, readableMark, readableSizer, null, null, null);
      tc.transformer = transform ? (chunk) => invoke(transform, thisArg, [chunk, tc.shell]) : passThrough(tc);
      tc.flusher = flush ? () => invoke(flush, thisArg, [tc.shell]) : () => resolved();
      tc.canceler = cancel ? (reason) => invoke(cancel, thisArg, [reason]) : () => resolved();
      if (start) started.resolve(Reflect.apply(start, thisArg, [tc.shell]));
      else started.resolve();
    }
    get readable() {
      return self(this, 'TransformStream').readable.shell;
    }
    get writable() {
      return self(this, 'TransformStream').writable.shell;
    }
  }

  class TransformStreamDefaultController {
    constructor(token = undefined) {
      if (token !== INTERNAL) throw err.illegal();
    }
    get desiredSize() {
      const tc = self(this, 'TransformStreamDefaultController');
      return R.desiredSize(tc.stream.readable.controller);
    }
    enqueue(chunk = undefined) {
      controllerEnqueue(self(this, 'TransformStreamDefaultController'), chunk);
    }
    error(reason = undefined) {
      transformError(self(this, 'TransformStreamDefaultController').stream, reason);
    }
    terminate() {
      terminate(self(this, 'TransformStreamDefaultController'));
    }
  }

  finishClass(TransformStream, (t) => {
    const ts = recordOf(t, 'TransformStream');
    return { readable: ts.readable.shell, writable: ts.writable.shell, backpressure: ts.backpressure };
  });
  finishClass(TransformStreamDefaultController, (c) => ({ stream: recordOf(c, 'TransformStreamDefaultController').stream.shell }));

  // ----- text encoding streams -----------------------------------------------------------------

  const { TextEncoder, TextDecoder } = binding.encoding();

  class TextEncoderStream {
    constructor() {
      const encoder = new TextEncoder();
      // A high surrogate that ended the last chunk waits for its pair.
      let held = '';
      const ts = createTransform((chunk, tc) => {
        let text = held + String(chunk);
        held = '';
        const last = text.charCodeAt(text.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          held = text[text.length - 1];
          text = text.slice(0, -1);
        }
        if (text.length > 0) controllerEnqueue(tc, encoder.encode(text));
      }, (tc) => {
        if (held !== '') controllerEnqueue(tc, new Uint8Array([0xef, 0xbf, 0xbd]));
      });
      attach(this, { kind: 'TextEncoderStream', ts });
    }
    get encoding() {
      self(this, 'TextEncoderStream');
      return 'utf-8';
    }
    get readable() {
      return self(this, 'TextEncoderStream').ts.readable.shell;
    }
    get writable() {
      return self(this, 'TextEncoderStream').ts.writable.shell;
    }
  }

  class TextDecoderStream {
    constructor(encoding = 'utf-8', options = undefined) {
      const decoder = new TextDecoder(encoding, options);
      const ts = createTransform((chunk, tc) => {
        const text = decoder.decode(chunk, { stream: true });
        if (text) controllerEnqueue(tc, text);
      }, (tc) => {
        const text = decoder.decode();
        if (text) controllerEnqueue(tc, text);
      });
      attach(this, { kind: 'TextDecoderStream', ts, decoder });
    }
    get encoding() {
      return self(this, 'TextDecoderStream').decoder.encoding;
    }
    get fatal() {
      return self(this, 'TextDecoderStream').decoder.fatal;
    }
    get ignoreBOM() {
      return self(this, 'TextDecoderStream').decoder.ignoreBOM;
    }
    get readable() {
      return self(this, 'TextDecoderStream').ts.readable.shell;
    }
    get writable() {
      return self(this, 'TextDecoderStream').ts.writable.shell;
    }
  }

  finishClass(TextEncoderStream, (s) => ({ encoding: s.encoding, readable: s.readable, writable: s.writable }));
  finishClass(TextDecoderStream, (s) => ({
    encoding: s.encoding, fatal: s.fatal, ignoreBOM: s.ignoreBOM, readable: s.readable, writable: s.writable,
  }));

  // No zlib in this library: named, and loud under new.
  function notSupported(name) {
    const C = {
      [name]: class {
        constructor() {
          throw err.unsupported(name);
        }
      },
    }[name];
    return C;
  }

  web.ts = { createTransform, controllerEnqueue, terminate };

  // For node:stream: which web stream a value is, and when one is over.
  web.kindOf = (v) => {
    if (recordOf(v, 'ReadableStream') !== null) return 'readable';
    if (recordOf(v, 'WritableStream') !== null) return 'writable';
    if (recordOf(v, 'TransformStream') !== null) return 'transform';
    return null;
  };
  web.errorStream = (v, e) => {
    const readable = recordOf(v, 'ReadableStream');
    if (readable === null) {
      W.errorIfNeeded(recordOf(v, 'WritableStream').controller, e);
    } else if (readable.controller.kind === 'ReadableByteStreamController') {
      readable.controller.shell.error(e);
    } else {
      R.controllerError(readable.controller, e);
    }
  };
  web.whenDone = (v) => {
    const r = recordOf(v, 'ReadableStream') || recordOf(v, 'WritableStream');
    if (r.state === 'closed') return resolved();
    if (r.state === 'errored') return rejected(r.storedError);
    if (r.settled === null) r.settled = deferred();
    return r.settled.promise;
  };
  const exportsObject = {};
  for (const name of [
    'ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest',
    'ReadableByteStreamController', 'ReadableStreamDefaultController', 'TransformStream',
    'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
    'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy',
  ]) {
    exportsObject[name] = name.startsWith('Transform') ? { TransformStream, TransformStreamDefaultController }[name] : web[name];
  }
  exportsObject.TextEncoderStream = TextEncoderStream;
  exportsObject.TextDecoderStream = TextDecoderStream;
  exportsObject.CompressionStream = notSupported('CompressionStream');
  exportsObject.DecompressionStream = notSupported('DecompressionStream');
  Object.assign(web, { TransformStream, TransformStreamDefaultController, TextEncoderStream, TextDecoderStream });
  web.exports = exportsObject;
  return web;
})
