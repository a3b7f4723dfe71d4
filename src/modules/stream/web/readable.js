// node:stream/web, part 3 of 5: ReadableStream, the default controller and
// reader, tee, pipeTo/pipeThrough, async iteration and ReadableStream.from.
// The standard's algorithms on the hidden records of common.js: stream `rs`,
// controller `rc`, reader `rd`. A read request is `{ chunk, close, error }`.
// Byte streams (bytes.js) plug in through the controller's `pull`, `cancel`
// and `release` steps.
(function (binding, web) {
  'use strict';

  const {
    err, self, attach, recordOf, INTERNAL, deferred, settledWith, failedWith, resolved, rejected, quiet,
    invoke, noop, microtask, newQueue, queueEmpty, queuePush, queueShift, queueReset,
    optionBag, member, highWaterMarkOf, sizeOf, finishClass, ws: W,
  } = web;

  // ----- the stream ----------------------------------------------------------------------------

  function newStreamRecord() {
    return {
      kind: 'ReadableStream', shell: null, state: 'readable', reader: null, storedError: undefined, disturbed: false,
      controller: null, settled: null,
    };
  }

  function isLocked(rs) {
    return rs.reader !== null;
  }

  function streamCancel(rs, reason) {
    rs.disturbed = true;
    if (rs.state === 'closed') return resolved();
    if (rs.state === 'errored') return rejected(rs.storedError);
    streamClose(rs);
    const rd = rs.reader;
    if (rd !== null && rd.kind === 'ReadableStreamBYOBReader') {
      const waiting = rd.readIntoRequests;
      rd.readIntoRequests = [];
      for (const req of waiting) req.close(undefined);
    }
    return rs.controller.cancelSteps(reason).then(noop);
  }

  function streamClose(rs) {
    rs.state = 'closed';
    if (rs.settled !== null) rs.settled.resolve();
    const rd = rs.reader;
    if (rd === null) return;
    rd.closed.resolve();
    if (rd.kind === 'ReadableStreamDefaultReader') {
      const waiting = rd.readRequests;
      rd.readRequests = [];
      for (const req of waiting) req.close();
    }
  }

  function streamError(rs, e) {
    rs.state = 'errored';
    rs.storedError = e;
    if (rs.settled !== null) {
      rs.settled.reject(e);
      quiet(rs.settled.promise);
    }
    const rd = rs.reader;
    if (rd === null) return;
    rd.closed.reject(e);
    quiet(rd.closed.promise);
    const list = rd.kind === 'ReadableStreamDefaultReader' ? 'readRequests' : 'readIntoRequests';
    const waiting = rd[list];
    rd[list] = [];
    for (const req of waiting) req.error(e);
  }

  function pendingReads(rs) {
    const rd = rs.reader;
    if (rd === null) return 0;
    return rd.kind === 'ReadableStreamDefaultReader' ? rd.readRequests.length : rd.readIntoRequests.length;
  }

  function fulfillRead(rs, chunk, done) {
    const req = rs.reader.readRequests.shift();
    if (done) req.close();
    else req.chunk(chunk);
  }

  // ----- the default controller ------------------------------------------------------------------

  function canCloseOrEnqueue(rc) {
    return !rc.closeRequested && rc.stream.state === 'readable';
  }

  function desiredSize(rc) {
    const state = rc.stream.state;
    if (state === 'errored') return null;
    if (state === 'closed') return 0;
    return rc.mark - rc.queue.total;
  }

  function shouldPull(rc) {
    if (!canCloseOrEnqueue(rc) || !rc.started) return false;
    const rs = rc.stream;
    if (isLocked(rs) && pendingReads(rs) > 0) return true;
    return desiredSize(rc) > 0;
  }

  const { pullIfNeeded, pullReactions } = web.puller(shouldPull, controllerError);

  function clearAlgorithms(rc) {
    rc.pullSource = rc.cancelSource = null;
    rc.sizer = null;
  }

  function controllerClose(rc) {
    if (!canCloseOrEnqueue(rc)) return;
    rc.closeRequested = true;
    if (queueEmpty(rc.queue)) {
      clearAlgorithms(rc);
      streamClose(rc.stream);
    }
  }

  function controllerEnqueue(rc, chunk) {
    if (!canCloseOrEnqueue(rc)) return;
    const rs = rc.stream;
    if (isLocked(rs) && pendingReads(rs) > 0) {
      fulfillRead(rs, chunk, false);
    } else {
      try {
        queuePush(rc.queue, chunk, rc.sizer === null ? 1 : rc.sizer(chunk));
      } catch (e) {
        controllerError(rc, e);
        throw e;
      }
    }
    pullIfNeeded(rc);
  }

  function controllerError(rc, e) {
    const rs = rc.stream;
    if (rs.state !== 'readable') return;
    queueReset(rc.queue);
    clearAlgorithms(rc);
    streamError(rs, e);
  }

  // The steps a reader asks of a default controller.
  const defaultSteps = {
    cancelSteps(reason) {
      queueReset(this.queue);
      const p = this.cancelSource(reason);
      clearAlgorithms(this);
      return p;
    },
    pullSteps(req) {
      const rs = this.stream;
      if (!queueEmpty(this.queue)) {
        const chunk = queueShift(this.queue);
        if (this.closeRequested && queueEmpty(this.queue)) {
          clearAlgorithms(this);
          streamClose(rs);
        } else {
          pullIfNeeded(this);
        }
        req.chunk(chunk);
      } else {
        rs.reader.readRequests.push(req);
        pullIfNeeded(this);
      }
    },
    releaseSteps: noop,
  };

  function setUpDefaultController(rs, rc, start, pull, cancel, mark, sizer) {
    Object.assign(rc, defaultSteps, {
      stream: rs, queue: newQueue(), started: false, closeRequested: false, pullAgain: false, pulling: false,
      mark, sizer, pullSource: pull, cancelSource: cancel,
    });
    rs.controller = rc;
    pullReactions(rc);
    resolved(start()).then(() => {
      rc.started = true;
      pullIfNeeded(rc);
    }, (e) => controllerError(rc, e));
  }

  function newDefaultController() {
    return attach(Object.create(ReadableStreamDefaultController.prototype), { kind: 'ReadableStreamDefaultController' });
  }

  // A ReadableStream from algorithms (tee, TransformStream, from, the Node adapters).
  function createReadable(start, pull, cancel, mark = 1, sizer = null) {
    const rs = attach(Object.create(ReadableStream.prototype), newStreamRecord());
    setUpDefaultController(rs, newDefaultController(), start, pull, cancel, mark, sizer);
    return rs;
  }

  // ----- readers -----------------------------------------------------------------------------

  function readerInit(rd, rs) {
    rd.stream = rs;
    rs.reader = rd;
    if (rs.state === 'readable') rd.closed = deferred();
    else if (rs.state === 'closed') rd.closed = settledWith(undefined);
    else rd.closed = failedWith(rs.storedError);
  }

  function readerRelease(rd) {
    const rs = rd.stream;
    const e = err.state('Reader released');
    if (rs.state === 'readable' && rd.closed.pending) rd.closed.reject(e);
    else rd.closed = failedWith(e);
    quiet(rd.closed.promise);
    rs.controller.releaseSteps();
    rs.reader = null;
    rd.stream = null;
  }

  function defaultReaderRelease(rd) {
    readerRelease(rd);
    const e = err.state('Releasing reader');
    const waiting = rd.readRequests;
    rd.readRequests = [];
    for (const req of waiting) req.error(e);
  }

  function setUpDefaultReader(rd, rs) {
    if (isLocked(rs)) throw err.state('ReadableStream is locked');
    readerInit(rd, rs);
    rd.readRequests = [];
  }

  function acquireDefaultReader(rs) {
    const rd = attach(Object.create(ReadableStreamDefaultReader.prototype), { kind: 'ReadableStreamDefaultReader' });
    setUpDefaultReader(rd, rs);
    return rd;
  }

  function defaultReaderRead(rd, req) {
    const rs = rd.stream;
    rs.disturbed = true;
    if (rs.state === 'closed') req.close();
    else if (rs.state === 'errored') req.error(rs.storedError);
    else rs.controller.pullSteps(req);
  }

  function promiseRead(rd) {
    const d = deferred();
    defaultReaderRead(rd, {
      chunk: (value) => d.resolve({ value, done: false }),
      close: () => d.resolve({ value: undefined, done: true }),
      error: (e) => d.reject(e),
    });
    return d.promise;
  }

  const detached = () => err.state('The reader is not attached to a stream');
  // `closed` and `cancel` of both readers (default and BYOB): a wrong `this`
  // or a released reader rejects, never throws.
  function readerClosed(shell, kind) {
    const rd = recordOf(shell, kind);
    return rd === null ? rejected(err.badThis(kind)) : rd.closed.promise;
  }
  function readerCancel(shell, kind, reason) {
    const rd = recordOf(shell, kind);
    if (rd === null) return rejected(err.badThis(kind));
    if (rd.stream === null) return rejected(detached());
    return streamCancel(rd.stream, reason);
  }

  // ----- tee -------------------------------------------------------------------------------------

  function tee(rs) {
    const rd = acquireDefaultReader(rs);
    let reading = false;
    let readAgain = false;
    const canceled = [false, false];
    const reasons = [undefined, undefined];
    const branches = [null, null];
    const cancelDone = deferred();

    function pull() {
      if (reading) {
        readAgain = true;
        return resolved();
      }
      reading = true;
      defaultReaderRead(rd, {
        chunk(value) {
          // Later, so a close or error that follows the chunk synchronously wins the race as
          // the standard wants.
          microtask(() => {
            readAgain = false;
            for (let i = 0; i < 2; i++) {
              if (!canceled[i]) controllerEnqueue(branches[i].controller, value);
            }
            reading = false;
            if (readAgain) pull();
          });
        },
        close() {
          reading = false;
          for (let i = 0; i < 2; i++) {
            if (!canceled[i]) controllerClose(branches[i].controller);
          }
          if (!canceled[0] || !canceled[1]) cancelDone.resolve();
        },
        error() {
          reading = false;
        },
      });
      return resolved();
    }
    const cancelBranch = (i) => (reason) => {
      canceled[i] = true;
      reasons[i] = reason;
      if (canceled[1 - i]) cancelDone.resolve(streamCancel(rs, [reasons[0], reasons[1]]));
      return cancelDone.promise;
    };
    for (let i = 0; i < 2; i++) branches[i] = createReadable(noop, pull, cancelBranch(i), 1, null);
    rd.closed.promise.then(undefined, (e) => {
      for (const b of branches) controllerError(b.controller, e);
      if (!canceled[0] || !canceled[1]) cancelDone.resolve();
    });
    return branches;
  }

  // ----- pipeTo ----------------------------------------------------------------------------------

  function pipeTo(rs, ws, preventClose, preventAbort, preventCancel, signal) {
    const rd = acquireDefaultReader(rs);
    const wr = W.acquireWriter(ws);
    rs.disturbed = true;
    const result = deferred();
    let shuttingDown = false;
    let lastWrite = resolved();
    let onAbort = null;

    // Every write started has settled (writes that start meanwhile count too).
    const writesSettled = () => {
      const w = lastWrite;
      return w.then(() => (w === lastWrite ? undefined : writesSettled()), () => (w === lastWrite ? undefined : writesSettled()));
    };

    function finalize(isError, error) {
      W.writerRelease(wr);
      defaultReaderRelease(rd);
      if (onAbort !== null) signal.removeEventListener('abort', onAbort);
      if (isError) result.reject(error);
      else result.resolve();
    }
    function shutdown(action, isError, error) {
      if (shuttingDown) return;
      shuttingDown = true;
      const rest = () => {
        if (action === null) {
          finalize(isError, error);
          return;
        }
        let p;
        try {
          p = resolved(action());
        } catch (e) {
          p = rejected(e);
        }
        p.then(() => finalize(isError, error), (e) => finalize(true, e));
      };
      if (ws.state === 'writable' && !W.closeQueuedOrInFlight(ws)) writesSettled().then(rest);
      else rest();
    }

    // The four conditions of the standard, errors first.
    function check() {
      if (shuttingDown) return true;
      if (rs.state === 'errored') {
        const e = rs.storedError;
        shutdown(preventAbort ? null : () => W.streamAbort(ws, e), true, e);
        return true;
      }
      if (ws.state === 'errored') {
        const e = ws.storedError;
        shutdown(preventCancel ? null : () => streamCancel(rs, e), true, e);
        return true;
      }
      if (rs.state === 'closed') {
        shutdown(preventClose ? null : () => W.writerCloseWithErrorPropagation(wr), false);
        return true;
      }
      if (W.closeQueuedOrInFlight(ws) || ws.state === 'closed') {
        const e = err.state('Destination WritableStream is closed');
        shutdown(preventCancel ? null : () => streamCancel(rs, e), true, e);
        return true;
      }
      return false;
    }

    function step() {
      if (check()) return;
      const size = W.writerDesiredSize(wr);
      if (size === null) return;
      if (size <= 0) {
        wr.ready.promise.then(step, step);
        return;
      }
      defaultReaderRead(rd, pipeRead);
    }
    // One read is outstanding at a time, so one request serves them all.
    const pipeRead = {
      chunk(value) {
        lastWrite = W.writerWrite(wr, value);
        quiet(lastWrite);
        microtask(step);
      },
      close: () => microtask(check),
      error: () => microtask(check),
    };

    if (signal !== undefined) {
      onAbort = () => {
        const e = signal.reason;
        shutdown(() => Promise.all([
          !preventAbort && ws.state === 'writable' ? W.streamAbort(ws, e) : undefined,
          !preventCancel && rs.state === 'readable' ? streamCancel(rs, e) : undefined,
        ]), true, e);
      };
      if (signal.aborted) {
        onAbort();
        return result.promise;
      }
      signal.addEventListener('abort', onAbort);
    }
    rd.closed.promise.then(check, check);
    wr.closed.promise.then(check, check);
    step();
    return result.promise;
  }

  // node:events' AbortSignal, or a host's own (a host that brings its own
  // AbortController keeps it as the global, so user code passes that one).
  function isAbortSignal(v) {
    if (v === null || typeof v !== 'object') return false;
    if (v instanceof binding.abortSignal()) return true;
    return typeof v.aborted === 'boolean' && typeof v.addEventListener === 'function' &&
      typeof v.removeEventListener === 'function';
  }

  function pipeOptions(options) {
    if (options === undefined || options === null) options = {};
    else if (options === null || typeof options !== 'object') return { error: err.argType('options', 'object', options) };
    const signal = options.signal;
    if (signal !== undefined && !isAbortSignal(signal)) {
      return { error: err.argType('options.signal', 'AbortSignal', signal) };
    }
    return {
      preventClose: !!options.preventClose,
      preventAbort: !!options.preventAbort,
      preventCancel: !!options.preventCancel,
      signal,
    };
  }

  // ----- async iteration -----------------------------------------------------------------------

  const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
  const iterators = new WeakMap();

  const END = Symbol('end');

  // WebIDL's async iterator protocol: a call starts after the previous
  // one settled, and the result object is made one reaction later.
  // Per iterator, made once: its read request and the reactions that turn
  // a chunk into an iteration result.
  function newIterator(rd, preventCancel) {
    const it = { reader: rd, preventCancel, done: false, ongoing: null, current: null };
    it.request = {
      chunk: (value) => it.current.resolve(value),
      close() {
        defaultReaderRelease(rd);
        it.current.resolve(END);
      },
      error(e) {
        defaultReaderRelease(rd);
        it.current.reject(e);
      },
    };
    it.onValue = (value) => {
      it.ongoing = null;
      if (value !== END) return { value, done: false };
      it.done = true;
      return { done: true, value: undefined };
    };
    it.onError = (e) => {
      it.ongoing = null;
      it.done = true;
      throw e;
    };
    it.step = () => {
      if (it.done) return resolved({ done: true, value: undefined });
      if (rd.stream === null) return rejected(err.state('The reader is not attached to a stream'));
      it.current = deferred();
      defaultReaderRead(rd, it.request);
      return it.current.promise.then(it.onValue, it.onError);
    };
    return it;
  }

  function iteratorNext(it) {
    it.ongoing = it.ongoing === null ? it.step() : it.ongoing.then(it.step, it.step);
    return it.ongoing;
  }

  function iteratorReturn(it, value) {
    const step = () => {
      if (it.done) return resolved();
      it.done = true;
      const rd = it.reader;
      if (rd.stream === null) return resolved();
      if (it.preventCancel) {
        defaultReaderRelease(rd);
        return resolved();
      }
      const p = streamCancel(rd.stream, value);
      defaultReaderRelease(rd);
      return p;
    };
    it.ongoing = it.ongoing === null ? step() : it.ongoing.then(step, step);
    return it.ongoing.then(() => ({ done: true, value }));
  }

  const StreamIteratorPrototype = {
    next() {
      const it = iterators.get(this);
      if (it === undefined) return rejected(err.badThis('ReadableStreamAsyncIterator'));
      return iteratorNext(it);
    },
    return(value = undefined) {
      const it = iterators.get(this);
      if (it === undefined) return rejected(err.badThis('ReadableStreamAsyncIterator'));
      return iteratorReturn(it, value);
    },
  };
  Object.setPrototypeOf(StreamIteratorPrototype, AsyncIteratorPrototype);

  // ----- ReadableStream.from -------------------------------------------------------------------

  function fromIterable(source) {
    let method = source == null ? undefined : source[Symbol.asyncIterator];
    let isSync = false;
    if (method == null) {
      method = source == null ? undefined : source[Symbol.iterator];
      isSync = true;
    }
    if (method == null) {
      throw binding.nodeError('TypeError', 'ERR_ARG_NOT_ITERABLE', `${binding.inspect(source)} must be iterable`);
    }
    const iterator = Reflect.apply(method, source, []);
    if (iterator === null || typeof iterator !== 'object') throw new TypeError('Result of the Symbol.asyncIterator method is not an object');
    const next = iterator.next;
    let rs;
    const pull = () => {
      let p;
      try {
        p = resolved(Reflect.apply(next, iterator, []));
      } catch (e) {
        return rejected(e);
      }
      return p.then((res) => {
        if (res === null || typeof res !== 'object') throw new TypeError(`Iterator result ${binding.inspect(res)} is not an object`);
        if (res.done) {
          controllerClose(rs.controller);
          return undefined;
        }
        // A sync iterator's values may be promises; they are awaited as an async one would.
        return isSync ? resolved(res.value).then((v) => controllerEnqueue(rs.controller, v)) : controllerEnqueue(rs.controller, res.value);
      });
    };
    const cancel = (reason) => {
      let ret;
      try {
        ret = iterator.return;
      } catch (e) {
        return rejected(e);
      }
      if (ret == null) return resolved();
      return invoke(ret, iterator, [reason]).then((res) => {
        if (res === null || typeof res !== 'object') throw new TypeError('The promise returned by the iterator.return() method must fulfill with an object');
      });
    };
    rs = createReadable(noop, pull, cancel, 0, null);
    return rs;
  }

  // ----- the public classes ----------------------------------------------------------------------

  class ReadableStream {
    constructor(source = undefined, strategy = undefined) {
      const rs = attach(this, newStreamRecord());
      if (source !== undefined && (source === null || (typeof source !== 'object' && typeof source !== 'function'))) {
        throw err.argType('source', 'object', source);
      }
      const s = source == null ? {} : source;
      strategy = optionBag(strategy, 'strategy');
      const type = s.type;
      const start = s.start;
      if (start !== undefined && typeof start !== 'function') throw new TypeError('Bind must be called on a function');
      const pull = member(s, 'pull', 'source');
      const cancel = member(s, 'cancel', 'source');
      const thisArg = source == null ? undefined : source;
      if (type !== undefined && `${type}` === 'bytes') {
        if (strategy.size !== undefined) throw err.argValue('strategy.size', strategy.size, 'is invalid', true);
        web.bytes.setUpFromSource(rs, s, thisArg, start, pull, cancel, highWaterMarkOf(strategy, 0));
        return;
      }
      if (type !== undefined) throw err.argValue('source.type', type);
      const sizer = strategy.size === undefined ? null : sizeOf(strategy);
      const mark = highWaterMarkOf(strategy, 1);
      const rc = newDefaultController();
      setUpDefaultController(rs, rc,
        start ? () => Reflect.apply(start, thisArg, [rc.shell]) : () => undefined,
        pull ? () => invoke(pull, thisArg, [rc.shell]) : () => resolved(),
        cancel ? (reason) => invoke(cancel, thisArg, [reason]) : () => resolved(),
        mark, sizer);
    }
    get locked() {
      return isLocked(self(this, 'ReadableStream'));
    }
    cancel(reason = undefined) {
      const rs = recordOf(this, 'ReadableStream');
      if (rs === null) return rejected(err.badThis('ReadableStream'));
      if (isLocked(rs)) return rejected(err.state('ReadableStream is locked'));
      return streamCancel(rs, reason);
    }
    getReader(options = undefined) {
      const rs = self(this, 'ReadableStream');
      const opts = optionBag(options, 'options');
      const mode = opts.mode;
      if (mode === undefined) return acquireDefaultReader(rs).shell;
      if (`${mode}` !== 'byob') throw err.argValue('options.mode', mode);
      return web.bytes.acquireByobReader(rs).shell;
    }
    pipeThrough(transform, options = undefined) {
      const rs = self(this, 'ReadableStream');
      const t = transform == null ? {} : transform;
      const readable = t.readable;
      if (recordOf(readable, 'ReadableStream') === null) throw err.argType('transform.readable', 'ReadableStream', readable);
      const writable = t.writable;
      const ws = recordOf(writable, 'WritableStream');
      if (ws === null) throw err.argType('transform.writable', 'WritableStream', writable);
      const o = pipeOptions(options);
      if (o.error) throw o.error;
      if (isLocked(rs)) throw err.state('The ReadableStream is locked');
      if (W.isLocked(ws)) throw err.state('The WritableStream is locked');
      quiet(pipeTo(rs, ws, o.preventClose, o.preventAbort, o.preventCancel, o.signal));
      return readable;
    }
    pipeTo(destination, options = undefined) {
      const rs = recordOf(this, 'ReadableStream');
      if (rs === null) return rejected(err.badThis('ReadableStream'));
      const ws = recordOf(destination, 'WritableStream');
      if (ws === null) return rejected(err.argType('transform.writable', 'WritableStream', destination));
      const o = pipeOptions(options);
      if (o.error) return rejected(o.error);
      if (isLocked(rs)) return rejected(err.state('The ReadableStream is locked'));
      if (W.isLocked(ws)) return rejected(err.state('The WritableStream is locked'));
      return pipeTo(rs, ws, o.preventClose, o.preventAbort, o.preventCancel, o.signal);
    }
    tee() {
      const rs = self(this, 'ReadableStream');
      if (rs.controller.kind === 'ReadableByteStreamController') return web.bytes.tee(rs).map((b) => b.shell);
      return tee(rs).map((b) => b.shell);
    }
    values(options = undefined) {
      const rs = self(this, 'ReadableStream');
      const opts = optionBag(options, 'options');
      const it = Object.create(StreamIteratorPrototype);
      iterators.set(it, newIterator(acquireDefaultReader(rs), !!opts.preventCancel));
      return it;
    }
    static from(iterable) {
      return fromIterable(iterable).shell;
    }
  }
  Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
    __proto__: null,
    configurable: true, writable: true, enumerable: false, value: ReadableStream.prototype.values,
  });

  class ReadableStreamDefaultReader {
    constructor(stream) {
      const rs = recordOf(stream, 'ReadableStream');
      if (rs === null) throw err.argType('stream', 'ReadableStream', stream);
      setUpDefaultReader(attach(this, { kind: 'ReadableStreamDefaultReader' }), rs);
    }
    read() {
      const rd = recordOf(this, 'ReadableStreamDefaultReader');
      if (rd === null) return rejected(err.badThis('ReadableStreamDefaultReader'));
      if (rd.stream === null) return rejected(detached());
      return promiseRead(rd);
    }
    releaseLock() {
      const rd = self(this, 'ReadableStreamDefaultReader');
      if (rd.stream !== null) defaultReaderRelease(rd);
    }
    get closed() {
      return readerClosed(this, 'ReadableStreamDefaultReader');
    }
    cancel(reason = undefined) {
      return readerCancel(this, 'ReadableStreamDefaultReader', reason);
    }
  }

  class ReadableStreamDefaultController {
    constructor(token = undefined) {
      if (token !== INTERNAL) throw err.illegal();
    }
    get desiredSize() {
      return desiredSize(self(this, 'ReadableStreamDefaultController'));
    }
    close() {
      const rc = self(this, 'ReadableStreamDefaultController');
      if (!canCloseOrEnqueue(rc)) throw err.state('Controller is already closed');
      controllerClose(rc);
    }
    enqueue(chunk = undefined) {
      const rc = self(this, 'ReadableStreamDefaultController');
      if (!canCloseOrEnqueue(rc)) throw err.state('Controller is already closed');
      controllerEnqueue(rc, chunk);
    }
    error(error = undefined) {
      controllerError(self(this, 'ReadableStreamDefaultController'), error);
    }
  }

  // What node:stream's isReadable/isErrored/isDisturbed read from any stream.
  const protoOf = ReadableStream.prototype;
  const probe = (symbol, fn) => Object.defineProperty(protoOf, Symbol.for(symbol), {
    __proto__: null,
    configurable: true,
    get() {
      const rs = recordOf(this, 'ReadableStream');
      return rs === null ? undefined : fn(rs);
    },
  });
  probe('nodejs.stream.readable', (rs) => rs.state === 'readable');
  probe('nodejs.stream.errored', (rs) => rs.state === 'errored');
  probe('nodejs.stream.disturbed', (rs) => rs.disturbed);

  finishClass(ReadableStream, (s) => {
    const rs = recordOf(s, 'ReadableStream');
    return { locked: isLocked(rs), state: rs.state, supportsBYOB: rs.controller.kind === 'ReadableByteStreamController' };
  });
  finishClass(ReadableStreamDefaultReader, (r) => {
    const rd = recordOf(r, 'ReadableStreamDefaultReader');
    return { stream: rd.stream === null ? undefined : rd.stream.shell, readRequests: rd.readRequests.length, close: rd.closed.promise };
  });
  finishClass(ReadableStreamDefaultController, () => ({}));

  Object.assign(web, {
    ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController,
    rs: {
      createReadable, streamCancel, streamClose, streamError, isLocked, pendingReads, fulfillRead,
      controllerClose, controllerEnqueue, controllerError, canCloseOrEnqueue, desiredSize, shouldPull,
      acquireDefaultReader, defaultReaderRead, defaultReaderRelease, readerInit, readerRelease, promiseRead,
      pipeTo, newStreamRecord, readerClosed, readerCancel,
    },
  });
  return web;
})
