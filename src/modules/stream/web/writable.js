// node:stream/web, part 2 of 5: WritableStream, its default writer and
// controller. The standard's algorithms, named as the standard names them,
// acting on the hidden records of common.js: a stream record `ws`, its
// controller record `wc` and writer record `wr`.
(function (binding, web) {
  'use strict';

  const {
    err, self, attach, recordOf, INTERNAL, deferred, settledWith, failedWith, resolved, rejected, quiet,
    invoke, noop, newQueue, queueEmpty, queuePush, queueShift, queuePeek, queueReset,
    optionBag, member, highWaterMarkOf, sizeOf, finishClass,
  } = web;

  const CLOSE_MARK = Symbol('close');

  // ----- the stream ----------------------------------------------------------------------------

  function newStreamRecord() {
    return {
      kind: 'WritableStream', shell: null, state: 'writable', storedError: undefined, writer: null,
      controller: null, inFlightWrite: null, closeRequest: null, inFlightClose: null,
      pendingAbort: null, writeRequests: [], backpressure: false, settled: null,
    };
  }

  function isLocked(ws) {
    return ws.writer !== null;
  }
  function closeQueuedOrInFlight(ws) {
    return ws.closeRequest !== null || ws.inFlightClose !== null;
  }
  function hasOperationInFlight(ws) {
    return ws.inFlightWrite !== null || ws.inFlightClose !== null;
  }

  function streamAbort(ws, reason) {
    if (ws.state === 'closed' || ws.state === 'errored') return resolved();
    signalAbort(ws.controller, reason);
    const state = ws.state;
    if (state === 'closed' || state === 'errored') return resolved();
    if (ws.pendingAbort !== null) return ws.pendingAbort.d.promise;
    const wasErroring = state === 'erroring';
    const d = deferred();
    ws.pendingAbort = { d, reason: wasErroring ? undefined : reason, wasErroring };
    if (!wasErroring) startErroring(ws, reason);
    return d.promise;
  }

  function streamClose(ws) {
    const state = ws.state;
    if (state === 'closed' || state === 'errored') return rejected(err.state('WritableStream is closed'));
    const d = deferred();
    ws.closeRequest = d;
    const wr = ws.writer;
    if (wr !== null && ws.backpressure && state === 'writable') wr.ready.resolve();
    queuePush(ws.controller.queue, CLOSE_MARK, 0);
    advanceQueue(ws.controller);
    return d.promise;
  }

  function dealWithRejection(ws, error) {
    if (ws.state === 'writable') startErroring(ws, error);
    else finishErroring(ws);
  }

  function startErroring(ws, reason) {
    const wc = ws.controller;
    ws.state = 'erroring';
    ws.storedError = reason;
    if (ws.writer !== null) writerReadyRejected(ws.writer, reason);
    if (!hasOperationInFlight(ws) && wc.started) finishErroring(ws);
  }

  function finishErroring(ws) {
    ws.state = 'errored';
    queueReset(ws.controller.queue);
    const stored = ws.storedError;
    if (ws.settled !== null) {
      ws.settled.reject(stored);
      quiet(ws.settled.promise);
    }
    const waiting = ws.writeRequests;
    ws.writeRequests = [];
    for (const d of waiting) d.reject(stored);
    const abort = ws.pendingAbort;
    if (abort === null) {
      rejectCloseAndClosed(ws);
      return;
    }
    ws.pendingAbort = null;
    if (abort.wasErroring) {
      abort.d.reject(stored);
      rejectCloseAndClosed(ws);
      return;
    }
    const wc = ws.controller;
    const p = wc.abortSink(abort.reason);
    clearAlgorithms(wc);
    p.then(() => {
      abort.d.resolve();
      rejectCloseAndClosed(ws);
    }, (e) => {
      abort.d.reject(e);
      rejectCloseAndClosed(ws);
    });
  }

  function rejectCloseAndClosed(ws) {
    if (ws.closeRequest !== null) {
      ws.closeRequest.reject(ws.storedError);
      ws.closeRequest = null;
    }
    const wr = ws.writer;
    if (wr !== null) {
      wr.closed.reject(ws.storedError);
      quiet(wr.closed.promise);
    }
  }

  function finishInFlightWrite(ws, error, failed) {
    const d = ws.inFlightWrite;
    ws.inFlightWrite = null;
    if (!failed) {
      d.resolve();
      return;
    }
    d.reject(error);
    dealWithRejection(ws, error);
  }

  function finishInFlightClose(ws, error, failed) {
    const d = ws.inFlightClose;
    ws.inFlightClose = null;
    if (failed) {
      d.reject(error);
      if (ws.pendingAbort !== null) {
        ws.pendingAbort.d.reject(error);
        ws.pendingAbort = null;
      }
      dealWithRejection(ws, error);
      return;
    }
    d.resolve();
    if (ws.state === 'erroring') {
      ws.storedError = undefined;
      if (ws.pendingAbort !== null) {
        ws.pendingAbort.d.resolve();
        ws.pendingAbort = null;
      }
    }
    ws.state = 'closed';
    if (ws.settled !== null) ws.settled.resolve();
    if (ws.writer !== null) ws.writer.closed.resolve();
  }

  function updateBackpressure(ws, backpressure) {
    const wr = ws.writer;
    if (wr !== null && backpressure !== ws.backpressure) {
      if (backpressure) wr.ready = deferred();
      else wr.ready.resolve();
    }
    ws.backpressure = backpressure;
  }

  // ----- the controller ------------------------------------------------------------------------

  function signalAbort(wc, reason) {
    if (wc.aborted) return;
    wc.aborted = true;
    wc.abortReason = reason;
    if (wc.abortController !== null) wc.abortController.abort(reason);
  }

  function desiredSize(wc) {
    return wc.mark - wc.queue.total;
  }

  function advanceQueue(wc) {
    const ws = wc.stream;
    if (!wc.started || ws.inFlightWrite !== null) return;
    if (ws.state === 'erroring') {
      finishErroring(ws);
      return;
    }
    if (queueEmpty(wc.queue)) return;
    const value = queuePeek(wc.queue);
    if (value === CLOSE_MARK) processClose(wc);
    else processWrite(wc, value);
  }

  function processClose(wc) {
    const ws = wc.stream;
    ws.inFlightClose = ws.closeRequest;
    ws.closeRequest = null;
    queueShift(wc.queue);
    const p = wc.closeSink();
    clearAlgorithms(wc);
    p.then(() => finishInFlightClose(ws), (e) => finishInFlightClose(ws, e, true));
  }

  function processWrite(wc, chunk) {
    const ws = wc.stream;
    ws.inFlightWrite = ws.writeRequests.shift();
    wc.writeSink(chunk).then(wc.wrote, wc.writeFailed);
  }

  // The reactions to a sink write, made once per controller (one write at a time).
  function writeReactions(wc) {
    wc.wrote = () => {
      const ws = wc.stream;
      finishInFlightWrite(ws);
      queueShift(wc.queue);
      if (!closeQueuedOrInFlight(ws) && ws.state === 'writable') updateBackpressure(ws, desiredSize(wc) <= 0);
      advanceQueue(wc);
    };
    wc.writeFailed = (e) => {
      const ws = wc.stream;
      if (ws.state === 'writable') clearAlgorithms(wc);
      finishInFlightWrite(ws, e, true);
    };
  }

  function clearAlgorithms(wc) {
    wc.writeSink = wc.closeSink = wc.abortSink = null;
    wc.sizer = null;
  }

  function controllerError(wc, e) {
    clearAlgorithms(wc);
    startErroring(wc.stream, e);
  }
  function errorIfNeeded(wc, e) {
    if (wc.stream.state === 'writable') controllerError(wc, e);
  }

  function chunkSize(wc, chunk) {
    if (wc.sizer === null) return 1;
    try {
      return wc.sizer(chunk);
    } catch (e) {
      errorIfNeeded(wc, e);
      return 1;
    }
  }

  function controllerWrite(wc, chunk, size) {
    const ws = wc.stream;
    try {
      queuePush(wc.queue, chunk, size);
    } catch (e) {
      errorIfNeeded(wc, e);
      return;
    }
    if (!closeQueuedOrInFlight(ws) && ws.state === 'writable') updateBackpressure(ws, desiredSize(wc) <= 0);
    advanceQueue(wc);
  }

  // Wires a controller to a stream and runs `start` (the standard's
  // SetUpWritableStreamDefaultController); algorithms return promises.
  function setUpController(ws, wc, start, write, close, abort, mark, sizer) {
    Object.assign(wc, {
      stream: ws, queue: newQueue(), started: false, mark, sizer,
      writeSink: write, closeSink: close, abortSink: abort,
      abortController: null, aborted: false, abortReason: undefined,
    });
    ws.controller = wc;
    writeReactions(wc);
    updateBackpressure(ws, desiredSize(wc) <= 0);
    // A synchronous throw from `start` is the constructor's (the standard rethrows).
    resolved(start()).then(() => {
      wc.started = true;
      advanceQueue(wc);
    }, (e) => {
      wc.started = true;
      dealWithRejection(ws, e);
    });
  }

  // A WritableStream from algorithms (TransformStream, the Node adapters).
  function createWritable(start, write, close, abort, mark = 1, sizer = null) {
    const stream = Object.create(WritableStream.prototype);
    const ws = attach(stream, newStreamRecord());
    const wc = attach(Object.create(WritableStreamDefaultController.prototype), { kind: 'WritableStreamDefaultController' });
    setUpController(ws, wc, start, write, close, abort, mark, sizer);
    return ws;
  }

  // ----- the writer ------------------------------------------------------------------------------

  function setUpWriter(wr, ws) {
    if (isLocked(ws)) throw err.state('WritableStream is locked');
    wr.stream = ws;
    ws.writer = wr;
    const state = ws.state;
    if (state === 'writable') {
      wr.ready = !closeQueuedOrInFlight(ws) && ws.backpressure ? deferred() : settledWith(undefined);
      wr.closed = deferred();
    } else if (state === 'erroring') {
      wr.ready = failedWith(ws.storedError);
      wr.closed = deferred();
    } else if (state === 'closed') {
      wr.ready = settledWith(undefined);
      wr.closed = settledWith(undefined);
    } else {
      wr.ready = failedWith(ws.storedError);
      wr.closed = failedWith(ws.storedError);
    }
  }

  function writerReadyRejected(wr, e) {
    if (wr.ready.pending) wr.ready.reject(e);
    else wr.ready = failedWith(e);
    quiet(wr.ready.promise);
  }
  function writerClosedRejected(wr, e) {
    if (wr.closed.pending) wr.closed.reject(e);
    else wr.closed = failedWith(e);
    quiet(wr.closed.promise);
  }

  function writerDesiredSize(wr) {
    const ws = wr.stream;
    if (ws.state === 'errored' || ws.state === 'erroring') return null;
    if (ws.state === 'closed') return 0;
    return desiredSize(ws.controller);
  }

  function writerRelease(wr) {
    const ws = wr.stream;
    const released = err.state('Writer has been released');
    writerReadyRejected(wr, released);
    writerClosedRejected(wr, released);
    ws.writer = null;
    wr.stream = null;
  }

  function writerWrite(wr, chunk) {
    const ws = wr.stream;
    const wc = ws.controller;
    const size = chunkSize(wc, chunk);
    if (ws !== wr.stream) return rejected(err.state('Writer has been released'));
    const state = ws.state;
    if (state === 'errored') return rejected(ws.storedError);
    if (closeQueuedOrInFlight(ws) || state === 'closed') return rejected(err.state('WritableStream is closed'));
    if (state === 'erroring') return rejected(ws.storedError);
    const d = deferred();
    ws.writeRequests.push(d);
    controllerWrite(wc, chunk, size);
    return d.promise;
  }

  // Close unless closing, closed or errored already (pipeTo's close propagation).
  function writerCloseWithErrorPropagation(wr) {
    const ws = wr.stream;
    if (closeQueuedOrInFlight(ws) || ws.state === 'closed') return resolved();
    if (ws.state === 'errored') return rejected(ws.storedError);
    return streamClose(ws);
  }

  function acquireWriter(ws) {
    const wr = attach(Object.create(WritableStreamDefaultWriter.prototype), { kind: 'WritableStreamDefaultWriter' });
    setUpWriter(wr, ws);
    return wr;
  }

  const unbound = () => err.state('Writer is not bound to a WritableStream');

  // ----- the public classes ----------------------------------------------------------------------

  class WritableStream {
    constructor(sink = undefined, strategy = undefined) {
      const ws = attach(this, newStreamRecord());
      const thisArg = sink === undefined ? undefined : sink;
      const s = optionBag(sink, 'sink', false);
      strategy = optionBag(strategy, 'strategy');
      const start = member(s, 'start', 'sink');
      const write = member(s, 'write', 'sink');
      const close = member(s, 'close', 'sink');
      const abort = member(s, 'abort', 'sink');
      if (s.type !== undefined) throw err.argValue('type', s.type, undefined, true);
      const mark = highWaterMarkOf(strategy, 1);
      const sizer = strategy.size === undefined ? null : sizeOf(strategy);
      const wc = attach(Object.create(WritableStreamDefaultController.prototype), { kind: 'WritableStreamDefaultController' });
      setUpController(ws, wc,
        start ? () => Reflect.apply(start, thisArg, [wc.shell]) : () => undefined,
        write ? (chunk) => invoke(write, thisArg, [chunk, wc.shell]) : () => resolved(),
        close ? () => invoke(close, thisArg, []) : () => resolved(),
        abort ? (reason) => invoke(abort, thisArg, [reason]) : () => resolved(),
        mark, sizer);
    }
    get locked() {
      return isLocked(self(this, 'WritableStream'));
    }
    abort(reason = undefined) {
      const ws = recordOf(this, 'WritableStream');
      if (ws === null) return rejected(err.badThis('WritableStream'));
      if (isLocked(ws)) return rejected(err.state('WritableStream is locked'));
      return streamAbort(ws, reason);
    }
    close() {
      const ws = recordOf(this, 'WritableStream');
      if (ws === null) return rejected(err.badThis('WritableStream'));
      if (isLocked(ws)) return rejected(err.state('WritableStream is locked'));
      if (closeQueuedOrInFlight(ws)) return rejected(err.state('Failure to close WritableStream'));
      return streamClose(ws);
    }
    getWriter() {
      return acquireWriter(self(this, 'WritableStream')).shell;
    }
  }

  class WritableStreamDefaultWriter {
    constructor(stream) {
      const ws = recordOf(stream, 'WritableStream');
      if (ws === null) throw err.argType('stream', 'WritableStream', stream);
      setUpWriter(attach(this, { kind: 'WritableStreamDefaultWriter' }), ws);
    }
    get closed() {
      const wr = recordOf(this, 'WritableStreamDefaultWriter');
      if (wr === null) return rejected(err.badThis('WritableStreamDefaultWriter'));
      return wr.closed.promise;
    }
    get desiredSize() {
      const wr = self(this, 'WritableStreamDefaultWriter');
      if (wr.stream === null) throw unbound();
      return writerDesiredSize(wr);
    }
    get ready() {
      const wr = recordOf(this, 'WritableStreamDefaultWriter');
      if (wr === null) return rejected(err.badThis('WritableStreamDefaultWriter'));
      return wr.ready.promise;
    }
    abort(reason = undefined) {
      const wr = recordOf(this, 'WritableStreamDefaultWriter');
      if (wr === null) return rejected(err.badThis('WritableStreamDefaultWriter'));
      if (wr.stream === null) return rejected(unbound());
      return streamAbort(wr.stream, reason);
    }
    close() {
      const wr = recordOf(this, 'WritableStreamDefaultWriter');
      if (wr === null) return rejected(err.badThis('WritableStreamDefaultWriter'));
      const ws = wr.stream;
      if (ws === null) return rejected(unbound());
      if (closeQueuedOrInFlight(ws)) return rejected(err.state('Failure to close WritableStream'));
      return streamClose(ws);
    }
    releaseLock() {
      const wr = self(this, 'WritableStreamDefaultWriter');
      if (wr.stream !== null) writerRelease(wr);
    }
    write(chunk = undefined) {
      const wr = recordOf(this, 'WritableStreamDefaultWriter');
      if (wr === null) return rejected(err.badThis('WritableStreamDefaultWriter'));
      if (wr.stream === null) return rejected(unbound());
      return writerWrite(wr, chunk);
    }
  }

  class WritableStreamDefaultController {
    constructor(token = undefined) {
      if (token !== INTERNAL) throw err.illegal();
    }
    get signal() {
      const wc = self(this, 'WritableStreamDefaultController');
      if (wc.abortController === null) {
        wc.abortController = new (binding.abortController())();
        if (wc.aborted) wc.abortController.abort(wc.abortReason);
      }
      return wc.abortController.signal;
    }
    error(error = undefined) {
      const wc = self(this, 'WritableStreamDefaultController');
      if (wc.stream.state !== 'writable') return;
      controllerError(wc, error);
    }
  }

  const IS_ERRORED = Symbol.for('nodejs.stream.errored');
  Object.defineProperty(WritableStream.prototype, IS_ERRORED, {
    __proto__: null,
    configurable: true,
    get() {
      const ws = recordOf(this, 'WritableStream');
      return ws !== null && ws.state === 'errored';
    },
  });

  finishClass(WritableStream, (s) => {
    const ws = recordOf(s, 'WritableStream');
    return { locked: isLocked(ws), state: ws.state };
  });
  finishClass(WritableStreamDefaultWriter, (w) => {
    const wr = recordOf(w, 'WritableStreamDefaultWriter');
    return {
      stream: wr.stream === null ? undefined : wr.stream.shell,
      close: wr.closed.promise,
      ready: wr.ready.promise,
      desiredSize: wr.stream === null ? undefined : writerDesiredSize(wr),
    };
  });
  finishClass(WritableStreamDefaultController, (c) => {
    const wc = recordOf(c, 'WritableStreamDefaultController');
    return { stream: wc.stream.shell };
  });

  Object.assign(web, {
    WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController,
    ws: {
      createWritable, streamAbort, streamClose, isLocked, closeQueuedOrInFlight, acquireWriter,
      writerRelease, writerWrite, writerDesiredSize, writerCloseWithErrorPropagation, errorIfNeeded,
      desiredSize,
    },
  });
  return web;
})
