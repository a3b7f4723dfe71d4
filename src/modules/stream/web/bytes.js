// node:stream/web, part 4 of 5: byte streams (`type: 'bytes'`) —
// ReadableByteStreamController, the BYOB reader and request, and tee of a
// byte stream. The standard's algorithms on records: controller `bc`, BYOB
// reader `br`; a pending pull-into is a descriptor `pi` (the buffer it fills,
// where, how much so far, and the view type it is handed back as).
(function (binding, web) {
  'use strict';

  const {
    err, self, attach, recordOf, INTERNAL, deferred, resolved, rejected, invoke, noop, microtask,
    finishClass, rs: R,
  } = web;

  // ----- ArrayBuffer helpers ---------------------------------------------------------------------

  function isDetached(buffer) {
    if (typeof buffer.detached === 'boolean') return buffer.detached;
    if (buffer.byteLength !== 0) return false;
    try {
      new Uint8Array(buffer);
      return false;
    } catch {
      return true;
    }
  }
  // The standard's TransferArrayBuffer: the same bytes in a new buffer, the old one detached.
  function transfer(buffer) {
    if (isDetached(buffer)) throw err.state('The ArrayBuffer is detached');
    if (typeof buffer.transfer === 'function') return buffer.transfer();
    const moved = buffer.slice(0);
    binding.detach(buffer);
    return moved;
  }
  const isView = (v) => ArrayBuffer.isView(v);
  const elementSizeOf = (view) => (view instanceof DataView ? 1 : view.BYTES_PER_ELEMENT);
  const viewTypeOf = (view) => (view instanceof DataView ? DataView : Object.getPrototypeOf(view).constructor);

  // ----- the controller ------------------------------------------------------------------------

  function hasReaderOf(rs, kind) {
    return rs.reader !== null && rs.reader.kind === kind;
  }

  function shouldPull(bc) {
    const rs = bc.stream;
    if (rs.state !== 'readable' || bc.closeRequested || !bc.started) return false;
    if (hasReaderOf(rs, 'ReadableStreamDefaultReader') && rs.reader.readRequests.length > 0) return true;
    if (hasReaderOf(rs, 'ReadableStreamBYOBReader') && rs.reader.readIntoRequests.length > 0) return true;
    return desiredSize(bc) > 0;
  }

  const { pullIfNeeded, pullReactions } = web.puller(shouldPull, controllerError);

  function desiredSize(bc) {
    const state = bc.stream.state;
    if (state === 'errored') return null;
    if (state === 'closed') return 0;
    return bc.mark - bc.queueTotal;
  }

  function clearAlgorithms(bc) {
    bc.pullSource = bc.cancelSource = null;
  }

  function invalidateRequest(bc) {
    const req = bc.byobRequest;
    if (req === null) return;
    req.controller = null;
    req.view = null;
    bc.byobRequest = null;
  }

  function clearPullIntos(bc) {
    invalidateRequest(bc);
    bc.pullIntos = [];
  }

  function resetQueue(bc) {
    bc.queue = [];
    bc.queueTotal = 0;
  }

  function controllerError(bc, e) {
    const rs = bc.stream;
    if (rs.state !== 'readable') return;
    clearPullIntos(bc);
    resetQueue(bc);
    clearAlgorithms(bc);
    R.streamError(rs, e);
  }

  function controllerClose(bc) {
    const rs = bc.stream;
    if (bc.closeRequested || rs.state !== 'readable') return;
    if (bc.queueTotal > 0) {
      bc.closeRequested = true;
      return;
    }
    if (bc.pullIntos.length > 0) {
      const first = bc.pullIntos[0];
      if (first.bytesFilled % first.elementSize !== 0) {
        const e = err.state('Partial read');
        controllerError(bc, e);
        throw e;
      }
    }
    clearAlgorithms(bc);
    R.streamClose(rs);
  }

  function pushChunk(bc, buffer, byteOffset, byteLength) {
    bc.queue.push({ buffer, byteOffset, byteLength });
    bc.queueTotal += byteLength;
  }

  function pushCopy(bc, buffer, byteOffset, byteLength) {
    let copy;
    try {
      copy = buffer.slice(byteOffset, byteOffset + byteLength);
    } catch (e) {
      controllerError(bc, e);
      throw e;
    }
    pushChunk(bc, copy, 0, byteLength);
  }

  // A pull-into whose reader went away: what it holds goes back to the queue.
  function requeueDetached(bc, pi) {
    if (pi.bytesFilled > 0) pushCopy(bc, pi.buffer, pi.byteOffset, pi.bytesFilled);
    bc.pullIntos.shift();
  }

  function asFilledView(pi) {
    const buffer = transfer(pi.buffer);
    return new pi.viewType(buffer, pi.byteOffset, pi.bytesFilled / pi.elementSize);
  }

  function commit(rs, pi) {
    const done = rs.state === 'closed';
    const view = asFilledView(pi);
    if (pi.readerType === 'default') {
      R.fulfillRead(rs, view, done);
    } else {
      const req = rs.reader.readIntoRequests.shift();
      if (done) req.close(view);
      else req.chunk(view);
    }
  }

  // Moves queued bytes into `pi`; true once it holds at least its minimum.
  function fillFromQueue(bc, pi) {
    const room = pi.byteLength - pi.bytesFilled;
    const toCopy = Math.min(bc.queueTotal, room);
    const filledMax = pi.bytesFilled + toCopy;
    let remaining = toCopy;
    let ready = false;
    const aligned = filledMax - (filledMax % pi.elementSize);
    if (aligned >= pi.minimumFill) {
      remaining = aligned - pi.bytesFilled;
      ready = true;
    }
    const target = new Uint8Array(pi.buffer);
    while (remaining > 0) {
      const head = bc.queue[0];
      const n = Math.min(remaining, head.byteLength);
      target.set(new Uint8Array(head.buffer, head.byteOffset, n), pi.byteOffset + pi.bytesFilled);
      if (head.byteLength === n) {
        bc.queue.shift();
      } else {
        head.byteOffset += n;
        head.byteLength -= n;
      }
      bc.queueTotal -= n;
      pi.bytesFilled += n;
      remaining -= n;
    }
    return ready;
  }

  function afterDrain(bc) {
    if (bc.queueTotal === 0 && bc.closeRequested) {
      clearAlgorithms(bc);
      R.streamClose(bc.stream);
    } else {
      pullIfNeeded(bc);
    }
  }

  function readFromQueue(bc, req) {
    const entry = bc.queue.shift();
    bc.queueTotal -= entry.byteLength;
    afterDrain(bc);
    req.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
  }

  function fillPullIntosFromQueue(bc) {
    const filled = [];
    while (bc.pullIntos.length > 0 && bc.queueTotal > 0) {
      const pi = bc.pullIntos[0];
      if (!fillFromQueue(bc, pi)) break;
      bc.pullIntos.shift();
      filled.push(pi);
    }
    return filled;
  }

  function serveReadsFromQueue(bc) {
    const reads = bc.stream.reader.readRequests;
    while (reads.length > 0 && bc.queueTotal > 0) readFromQueue(bc, reads.shift());
  }

  function controllerEnqueue(bc, chunk) {
    const rs = bc.stream;
    if (bc.closeRequested || rs.state !== 'readable') return;
    const { byteOffset, byteLength } = chunk;
    if (isDetached(chunk.buffer)) throw err.state('chunk\'s buffer is detached and so cannot be enqueued');
    const moved = transfer(chunk.buffer);
    if (bc.pullIntos.length > 0) {
      const first = bc.pullIntos[0];
      if (isDetached(first.buffer)) throw err.state('The BYOB request\'s buffer has been detached and so cannot be filled with an enqueued chunk');
      invalidateRequest(bc);
      first.buffer = transfer(first.buffer);
      if (first.readerType === 'none') requeueDetached(bc, first);
    }
    if (hasReaderOf(rs, 'ReadableStreamDefaultReader')) {
      serveReadsFromQueue(bc);
      if (rs.reader.readRequests.length === 0) {
        pushChunk(bc, moved, byteOffset, byteLength);
      } else {
        if (bc.pullIntos.length > 0) bc.pullIntos.shift();
        R.fulfillRead(rs, new Uint8Array(moved, byteOffset, byteLength), false);
      }
    } else if (hasReaderOf(rs, 'ReadableStreamBYOBReader')) {
      pushChunk(bc, moved, byteOffset, byteLength);
      for (const pi of fillPullIntosFromQueue(bc)) commit(rs, pi);
    } else {
      pushChunk(bc, moved, byteOffset, byteLength);
    }
    pullIfNeeded(bc);
  }

  function currentRequest(bc) {
    if (bc.byobRequest === null && bc.pullIntos.length > 0) {
      const first = bc.pullIntos[0];
      const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled, first.byteLength - first.bytesFilled);
      const req = attach(Object.create(ReadableStreamBYOBRequest.prototype), {
        kind: 'ReadableStreamBYOBRequest', controller: bc, view,
      });
      bc.byobRequest = req;
    }
    return bc.byobRequest;
  }

  function respondClosed(bc, first) {
    if (first.readerType === 'none') bc.pullIntos.shift();
    const rs = bc.stream;
    if (hasReaderOf(rs, 'ReadableStreamBYOBReader')) {
      const ready = [];
      while (ready.length < rs.reader.readIntoRequests.length && bc.pullIntos.length > 0) ready.push(bc.pullIntos.shift());
      for (const pi of ready) commit(rs, pi);
    }
  }

  function respondReadable(bc, bytesWritten, pi) {
    pi.bytesFilled += bytesWritten;
    const rs = bc.stream;
    if (pi.readerType === 'none') {
      requeueDetached(bc, pi);
      for (const done of fillPullIntosFromQueue(bc)) commit(rs, done);
      return;
    }
    if (pi.bytesFilled < pi.minimumFill) return;
    bc.pullIntos.shift();
    const extra = pi.bytesFilled % pi.elementSize;
    if (extra > 0) pushCopy(bc, pi.buffer, pi.byteOffset + pi.bytesFilled - extra, extra);
    pi.bytesFilled -= extra;
    const more = fillPullIntosFromQueue(bc);
    commit(rs, pi);
    for (const done of more) commit(rs, done);
  }

  function respondInternal(bc, bytesWritten) {
    const first = bc.pullIntos[0];
    invalidateRequest(bc);
    if (bc.stream.state === 'closed') respondClosed(bc, first);
    else respondReadable(bc, bytesWritten, first);
    pullIfNeeded(bc);
  }

  function respond(bc, bytesWritten) {
    const first = bc.pullIntos[0];
    if (bc.stream.state === 'closed') {
      if (bytesWritten !== 0) throw err.argValue('bytesWritten', bytesWritten);
    } else {
      if (bytesWritten === 0) throw err.state('bytesWritten must be greater than 0 when the stream is readable');
      if (first.bytesFilled + bytesWritten > first.byteLength) {
        throw err.argValue('bytesWritten', bytesWritten, undefined, true);
      }
    }
    first.buffer = transfer(first.buffer);
    respondInternal(bc, bytesWritten);
  }

  function respondWithNewView(bc, view) {
    const first = bc.pullIntos[0];
    if (bc.stream.state === 'closed') {
      if (view.byteLength !== 0) throw err.state('The view\'s length must be 0 when the stream is closed');
    } else if (view.byteLength === 0) {
      throw err.state('The view\'s length must be greater than 0 when the stream is readable');
    }
    if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
      throw err.argValue('view', view, undefined, true);
    }
    if (first.bufferByteLength !== view.buffer.byteLength) {
      throw err.argValue('view', view, undefined, true);
    }
    if (first.bytesFilled + view.byteLength > first.byteLength) {
      throw err.argValue('view', view, undefined, true);
    }
    const length = view.byteLength;
    first.buffer = transfer(view.buffer);
    respondInternal(bc, length);
  }

  function pullInto(bc, view, min, req) {
    const rs = bc.stream;
    const elementSize = elementSizeOf(view);
    // Read before the move: a view over a detached buffer reports 0.
    const { byteOffset, byteLength } = view;
    let buffer;
    try {
      buffer = transfer(view.buffer);
    } catch (e) {
      req.error(e);
      return;
    }
    const pi = {
      buffer, bufferByteLength: buffer.byteLength, byteOffset, byteLength,
      bytesFilled: 0, minimumFill: min * elementSize, elementSize, viewType: viewTypeOf(view), readerType: 'byob',
    };
    if (bc.pullIntos.length > 0) {
      bc.pullIntos.push(pi);
      rs.reader.readIntoRequests.push(req);
      return;
    }
    if (rs.state === 'closed') {
      req.close(new pi.viewType(pi.buffer, pi.byteOffset, 0));
      return;
    }
    if (bc.queueTotal > 0) {
      if (fillFromQueue(bc, pi)) {
        const filled = asFilledView(pi);
        afterDrain(bc);
        req.chunk(filled);
        return;
      }
      if (bc.closeRequested) {
        const e = err.state('Partial read');
        controllerError(bc, e);
        req.error(e);
        return;
      }
    }
    bc.pullIntos.push(pi);
    rs.reader.readIntoRequests.push(req);
    pullIfNeeded(bc);
  }

  // The steps a reader asks of a byte controller.
  const byteSteps = {
    cancelSteps(reason) {
      clearPullIntos(this);
      resetQueue(this);
      const p = this.cancelSource(reason);
      clearAlgorithms(this);
      return p;
    },
    pullSteps(req) {
      if (this.queueTotal > 0) {
        readFromQueue(this, req);
        return;
      }
      const size = this.autoAllocate;
      if (size !== undefined) {
        let buffer;
        try {
          buffer = new ArrayBuffer(size);
        } catch (e) {
          req.error(e);
          return;
        }
        this.pullIntos.push({
          buffer, bufferByteLength: size, byteOffset: 0, byteLength: size, bytesFilled: 0, minimumFill: 1,
          elementSize: 1, viewType: Uint8Array, readerType: 'default',
        });
      }
      this.stream.reader.readRequests.push(req);
      pullIfNeeded(this);
    },
    releaseSteps() {
      if (this.pullIntos.length > 0) {
        const first = this.pullIntos[0];
        first.readerType = 'none';
        this.pullIntos = [first];
      }
    },
  };

  function setUpController(rs, bc, start, pull, cancel, mark, autoAllocate) {
    Object.assign(bc, byteSteps, {
      stream: rs, pullAgain: false, pulling: false, byobRequest: null, queue: [], queueTotal: 0,
      closeRequested: false, started: false, mark, pullSource: pull, cancelSource: cancel, autoAllocate,
      pullIntos: [],
    });
    rs.controller = bc;
    pullReactions(bc);
    resolved(start()).then(() => {
      bc.started = true;
      pullIfNeeded(bc);
    }, (e) => controllerError(bc, e));
  }

  function newController() {
    return attach(Object.create(ReadableByteStreamController.prototype), { kind: 'ReadableByteStreamController' });
  }

  function setUpFromSource(rs, source, thisArg, start, pull, cancel, mark) {
    let autoAllocate = source.autoAllocateChunkSize;
    if (autoAllocate !== undefined) {
      autoAllocate = Number(autoAllocate);
      if (!Number.isInteger(autoAllocate) || autoAllocate <= 0) {
        throw err.argValue('source.autoAllocateChunkSize', source.autoAllocateChunkSize);
      }
    }
    const bc = newController();
    setUpController(rs, bc,
      start ? () => Reflect.apply(start, thisArg, [bc.shell]) : () => undefined,
      pull ? () => invoke(pull, thisArg, [bc.shell]) : () => resolved(),
      cancel ? (reason) => invoke(cancel, thisArg, [reason]) : () => resolved(),
      mark, autoAllocate);
  }

  function createByteStream(start, pull, cancel) {
    const rs = attach(Object.create(web.ReadableStream.prototype), R.newStreamRecord());
    setUpController(rs, newController(), start, pull, cancel, 0, undefined);
    return rs;
  }

  // ----- the BYOB reader -------------------------------------------------------------------------

  function setUpByobReader(br, rs) {
    if (R.isLocked(rs)) throw err.state('ReadableStream is locked');
    if (rs.controller.kind !== 'ReadableByteStreamController') throw err.argValue('stream', rs.shell, 'must be a byte stream');
    R.readerInit(br, rs);
    br.readIntoRequests = [];
  }

  function acquireByobReader(rs) {
    const br = attach(Object.create(ReadableStreamBYOBReader.prototype), { kind: 'ReadableStreamBYOBReader' });
    setUpByobReader(br, rs);
    return br;
  }

  function byobRelease(br) {
    R.readerRelease(br);
    const e = err.state('Releasing reader');
    const waiting = br.readIntoRequests;
    br.readIntoRequests = [];
    for (const req of waiting) req.error(e);
  }

  function byobRead(br, view, min, req) {
    const rs = br.stream;
    rs.disturbed = true;
    if (rs.state === 'errored') req.error(rs.storedError);
    else pullInto(rs.controller, view, min, req);
  }

  // ----- tee of a byte stream --------------------------------------------------------------------

  // Both branches are byte streams fed from one default reader; the second
  // gets its own copy of every chunk, since enqueueing moves a chunk's buffer.
  function tee(rs) {
    const rd = R.acquireDefaultReader(rs);
    let reading = false;
    let readAgain = false;
    const canceled = [false, false];
    const reasons = [undefined, undefined];
    const branches = [null, null];
    const cancelDone = deferred();
    const pull = () => {
      if (reading) {
        readAgain = true;
        return resolved();
      }
      reading = true;
      R.defaultReaderRead(rd, {
        chunk(value) {
          microtask(() => {
            readAgain = false;
            const copy = canceled[0] || canceled[1] ? value : new Uint8Array(value);
            const parts = [value, copy];
            for (let i = 0; i < 2; i++) {
              if (canceled[i]) continue;
              try {
                controllerEnqueue(branches[i].controller, parts[i]);
              } catch (e) {
                controllerError(branches[0].controller, e);
                controllerError(branches[1].controller, e);
                cancelDone.resolve(R.streamCancel(rs, e));
                return;
              }
            }
            reading = false;
            if (readAgain) pull();
          });
        },
        close() {
          reading = false;
          for (let i = 0; i < 2; i++) {
            if (canceled[i]) continue;
            const bc = branches[i].controller;
            controllerClose(bc);
            if (bc.pullIntos.length > 0) respond(bc, 0);
          }
          if (!canceled[0] || !canceled[1]) cancelDone.resolve();
        },
        error() {
          reading = false;
        },
      });
      return resolved();
    };
    const cancelBranch = (i) => (reason) => {
      canceled[i] = true;
      reasons[i] = reason;
      if (canceled[1 - i]) cancelDone.resolve(R.streamCancel(rs, [reasons[0], reasons[1]]));
      return cancelDone.promise;
    };
    for (let i = 0; i < 2; i++) branches[i] = createByteStream(noop, pull, cancelBranch(i));
    rd.closed.promise.then(undefined, (e) => {
      for (const b of branches) controllerError(b.controller, e);
      if (!canceled[0] || !canceled[1]) cancelDone.resolve();
    });
    return branches;
  }

  // ----- the public classes ----------------------------------------------------------------------

  const badView = (name, v) => err.argType(name, ['Buffer', 'TypedArray', 'DataView'], v);

  class ReadableStreamBYOBReader {
    constructor(stream) {
      const rs = recordOf(stream, 'ReadableStream');
      if (rs === null) throw err.argType('stream', 'ReadableStream', stream);
      setUpByobReader(attach(this, { kind: 'ReadableStreamBYOBReader' }), rs);
    }
    read(view = undefined, options = undefined) {
      const br = recordOf(this, 'ReadableStreamBYOBReader');
      if (br === null) return rejected(err.badThis('ReadableStreamBYOBReader'));
      if (!isView(view)) return rejected(badView('view', view));
      let min = 1;
      if (options !== undefined && options !== null) {
        if (typeof options !== 'object') return rejected(err.argType('options', 'object', options));
        if (options.min !== undefined) min = Number(options.min);
      }
      if (view.byteLength === 0 || isDetached(view.buffer)) {
        return rejected(err.state('View or Viewed ArrayBuffer is zero-length or detached'));
      }
      if (view.buffer.byteLength === 0) return rejected(err.state('Viewed ArrayBuffer is zero-length'));
      if (!(min > 0) || !Number.isInteger(min)) return rejected(err.argValue('options.min', options.min, 'must be greater than 0'));
      const count = view instanceof DataView ? view.byteLength : view.length;
      if (min > count) {
        const which = view instanceof DataView ? 'view.byteLength' : 'view.length';
        return rejected(binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
          `The value of "options.min" is out of range. It must be <= ${which}. Received ${min}`));
      }
      if (br.stream === null) return rejected(err.state('The reader is not attached to a stream'));
      const d = deferred();
      byobRead(br, view, min, {
        chunk: (value) => d.resolve({ value, done: false }),
        close: (value) => d.resolve({ value, done: true }),
        error: (e) => d.reject(e),
      });
      return d.promise;
    }
    releaseLock() {
      const br = self(this, 'ReadableStreamBYOBReader');
      if (br.stream !== null) byobRelease(br);
    }
    get closed() {
      return R.readerClosed(this, 'ReadableStreamBYOBReader');
    }
    cancel(reason = undefined) {
      return R.readerCancel(this, 'ReadableStreamBYOBReader', reason);
    }
  }

  class ReadableStreamBYOBRequest {
    constructor(token = undefined) {
      if (token !== INTERNAL) throw err.illegal();
    }
    get view() {
      return self(this, 'ReadableStreamBYOBRequest').view;
    }
    respond(bytesWritten = undefined) {
      const req = self(this, 'ReadableStreamBYOBRequest');
      const n = Number(bytesWritten);
      if (!Number.isFinite(n) || n < 0) throw err.argValue('bytesWritten', bytesWritten, 'is invalid', true);
      if (req.controller === null) throw err.state('This BYOB request has been invalidated');
      if (isDetached(req.view.buffer)) throw err.state('Viewed ArrayBuffer is detached');
      respond(req.controller, Math.trunc(n));
    }
    respondWithNewView(view = undefined) {
      const req = self(this, 'ReadableStreamBYOBRequest');
      if (!isView(view)) throw badView('view', view);
      if (req.controller === null) throw err.state('This BYOB request has been invalidated');
      if (isDetached(view.buffer)) throw err.state('Viewed ArrayBuffer is detached');
      respondWithNewView(req.controller, view);
    }
  }

  class ReadableByteStreamController {
    constructor(token = undefined) {
      if (token !== INTERNAL) throw err.illegal();
    }
    get byobRequest() {
      const req = currentRequest(self(this, 'ReadableByteStreamController'));
      return req === null ? null : req.shell;
    }
    get desiredSize() {
      return desiredSize(self(this, 'ReadableByteStreamController'));
    }
    close() {
      const bc = self(this, 'ReadableByteStreamController');
      if (bc.closeRequested) throw err.state('Controller is already closed');
      if (bc.stream.state !== 'readable') throw err.state('ReadableStream is already closed');
      controllerClose(bc);
    }
    enqueue(chunk = undefined) {
      const bc = self(this, 'ReadableByteStreamController');
      if (!isView(chunk)) throw badView('chunk', chunk);
      if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0) throw err.state('chunk ArrayBuffer is zero-length or detached');
      if (bc.closeRequested) throw err.state('Controller is already closed');
      if (bc.stream.state !== 'readable') throw err.state('ReadableStream is already closed');
      controllerEnqueue(bc, chunk);
    }
    error(error = undefined) {
      controllerError(self(this, 'ReadableByteStreamController'), error);
    }
  }

  finishClass(ReadableStreamBYOBReader, (r) => {
    const br = recordOf(r, 'ReadableStreamBYOBReader');
    return { stream: br.stream === null ? undefined : br.stream.shell, requestCount: br.readIntoRequests.length, close: br.closed.promise };
  });
  finishClass(ReadableStreamBYOBRequest, (r) => {
    const req = recordOf(r, 'ReadableStreamBYOBRequest');
    return { view: req.view, controller: req.controller === null ? undefined : req.controller.shell };
  });
  finishClass(ReadableByteStreamController, () => ({}));

  web.bytes = { setUpFromSource, acquireByobReader, tee };
  Object.assign(web, { ReadableStreamBYOBReader, ReadableStreamBYOBRequest, ReadableByteStreamController });
  return web;
})
