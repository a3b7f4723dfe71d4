// fs.promises for jsrt-node (docs/FS.md): FileHandle and the promise API
// object (require('fs/promises'), the same object as fs.promises). Evaluated
// the first time fs.promises is read, with what fs.js shares (`s`); the
// promise forms of the operations themselves are made by fs.js's define().
//
// Written for this project from Node's documentation and observed behaviour.
(function (s) {
  'use strict';

  const {
    binding, EventEmitter, Buffer, process, nodeError, errType, abortError, options, constants, toPath,
    promiseFns, promisify, single, checkView, readArgs, vecArgs, readvSteps, readFileSteps, writeArgs, writevSteps,
    writeAllSteps, dataBytes, streams, cpPart, watchPart, nodeLengths,
  } = s;


  const kFd = Symbol('kFd');
  // Set for good once a web stream has been taken from the handle (Node never
  // unlocks it, not even at the stream's end).
  const kWebLocked = Symbol('kWebLocked');
  // The fd for an operation; a closed handle fails with EBADF as in Node.
  function handleFd(h, syscall) {
    if (!(h instanceof FileHandle)) {
      throw nodeError('Error', 'ERR_INTERNAL_ASSERTION', 'handle must be an instance of FileHandle\n' +
        'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
        'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n');
    }
    if (h[kFd] === -1) throw binding.uvException(-9, syscall);
    return h[kFd];
  }

  // An EventEmitter by mixin, as Node's (not `instanceof EventEmitter`).
  // A FileHandle dropped without close(): its descriptor is closed when the
  // engine collects it, with Node's warnings. (QuickJS counts references, so
  // that is soon after the last reference goes.)
  let gcWarned = false;
  const kGcToken = Symbol('kGcToken');
  const handleRegistry = typeof FinalizationRegistry === 'function' ? new FinalizationRegistry((fd) => {
    try {
      binding.close(fd);
    } catch {
      return;
    }
    process.emitWarning(`Closing file descriptor ${fd} on garbage collection`);
    if (!gcWarned) {
      gcWarned = true;
      process.emitWarning('Closing a FileHandle object on garbage collection is deprecated. ' +
        'Please close FileHandle objects explicitly using FileHandle.prototype.close(). ' +
        'In the future, an error will be thrown if a file descriptor is closed during garbage collection.',
      'DeprecationWarning', 'DEP0137');
    }
  }) : null;

  class FileHandle {
    constructor(fd) {
      EventEmitter.call(this);
      this[kFd] = fd;
      // The token is its own object: an engine that holds tokens strongly
      // must not keep the handle alive through it.
      this[kGcToken] = {};
      if (handleRegistry !== null) handleRegistry.register(this, fd, this[kGcToken]);
    }
    get fd() { return this[kFd]; }
    getAsyncId() { return -1; }
    async appendFile(data, opts) { return this.writeFile(data, opts); }
    async chmod(mode) { return promiseFns.fchmod(handleFd(this, 'fchmod'), mode); }
    async chown(uid, gid) { return promiseFns.fchown(handleFd(this, 'fchown'), uid, gid); }
    async datasync() { return promiseFns.fdatasync(handleFd(this, 'fdatasync')); }
    async sync() { return promiseFns.fsync(handleFd(this, 'fsync')); }
    async read(buffer, offset, length, position) {
      let args;
      if (buffer == null || (!ArrayBuffer.isView(buffer) && typeof buffer === 'object')) {
        const o = buffer || {};
        const b = o.buffer === undefined ? Buffer.alloc(16384) : checkView(o.buffer);
        const off = o.offset === undefined ? 0 : o.offset;
        const len = o.length === undefined ? b.byteLength - off : o.length;
        args = readArgs(handleFd(this, 'read'), b, off, len, o.position === undefined ? null : o.position);
      } else {
        checkView(buffer);
        if (offset !== null && typeof offset === 'object') {
          const o = offset;
          const off = o.offset === undefined ? 0 : o.offset;
          args = readArgs(handleFd(this, 'read'), buffer, off,
            o.length === undefined ? buffer.byteLength - off : o.length, o.position === undefined ? null : o.position);
        } else {
          const off = offset == null ? 0 : offset;
          args = readArgs(handleFd(this, 'read'), buffer, off,
            length === undefined ? buffer.byteLength - off : length, position);
        }
      }
      const [f, b, o, l, p] = args;
      if (l === 0) return { bytesRead: 0, buffer: b };
      const n = await promisify(single(null, 'read', f, b, o, l, p));
      return { bytesRead: n, buffer: b };
    }
    async readv(buffers, position) {
      const [f, b, p] = vecArgs(handleFd(this, 'read'), buffers, position);
      const n = await promisify(readvSteps(f, b, p === null ? -1 : p));
      return { bytesRead: n, buffers: b };
    }
    async readFile(opts) {
      const o = options(opts, { flag: 'r' });
      return promisify(readFileSteps(handleFd(this, 'read'), 0, o.encoding, o.signal));
    }
    async stat(opts) { return promiseFns.fstat(handleFd(this, 'fstat'), opts); }
    async truncate(len) { return promiseFns.ftruncate(handleFd(this, 'ftruncate'), len); }
    async utimes(a, m) { return promiseFns.futimes(handleFd(this, 'futime'), a, m); }
    async write(data, a, b, c) {
      const [f, v, o, l, p, orig] = writeArgs(handleFd(this, 'write'), data, a, b, c);
      const n = await promisify(single(null, 'write', f, v, o, l, p));
      return { bytesWritten: n, buffer: orig };
    }
    async writev(buffers, position) {
      const [f, b, p] = vecArgs(handleFd(this, 'write'), buffers, position);
      const n = await promisify(writevSteps(f, b, p));
      return { bytesWritten: n, buffers: b };
    }
    async writeFile(data, opts) {
      if (isChunks(data)) return writeChunks(this, data, opts, 'w');
      const o = options(opts, { encoding: 'utf8' });
      return promisify(writeAllSteps(handleFd(this, 'write'), dataBytes(data, o.encoding), null, o.signal));
    }
    async close() {
      const fd = this[kFd];
      if (fd === -1) return undefined;
      this[kFd] = -1;
      if (handleRegistry !== null) handleRegistry.unregister(this[kGcToken]);
      await promisify(single(() => undefined, 'close', fd));
      this.emit('close');
      return undefined;
    }
    readLines(opts) {
      return binding.loadBuiltin('readline').createInterface({ input: this.createReadStream(opts), crlfDelay: Infinity });
    }
    readableWebStream(opts) {
      if (this[kFd] === -1) throw nodeError('Error', 'ERR_INVALID_STATE', 'Invalid state: The FileHandle is closed');
      if (this[kWebLocked]) throw nodeError('Error', 'ERR_INVALID_STATE', 'Invalid state: The FileHandle is locked');
      this[kWebLocked] = true;
      return webStreamOf(this, opts != null && opts.type === 'bytes');
    }
    createReadStream(opts) { return new (streams().ReadStream)(undefined, { ...opts, fd: this }); }
    createWriteStream(opts) { return new (streams().WriteStream)(undefined, { ...opts, fd: this }); }
  }
  for (const k of Object.getOwnPropertyNames(EventEmitter.prototype)) {
    if (k !== 'constructor' && !(k in FileHandle.prototype)) {
      Object.defineProperty(FileHandle.prototype, k, Object.getOwnPropertyDescriptor(EventEmitter.prototype, k));
    }
  }
  if (typeof Symbol.asyncDispose === 'symbol') {
    FileHandle.prototype[Symbol.asyncDispose] = function () { return this.close(); };
  }

  // FileHandle#readableWebStream: reads follow the stream's pulls. As in
  // Node, chunks of a plain stream are ArrayBuffers of up to 64 KiB; a
  // 'bytes' stream fills the reader's view (or 16 KiB it allocates itself).
  // Cancelling the stream closes the handle, and closing the handle cancels
  // the stream, so a reader waiting on either sees the end.
  function webStreamOf(fh, bytes) {
    const { ReadableStream } = binding.loadBuiltin('stream/web');
    let ctrl = null;
    let ended = false;
    let pulling = false;
    // The end of the stream: end of file, the handle closed, or a read that
    // failed because the handle was closed meanwhile. A waiting BYOB read
    // gets its `done`.
    const finish = () => {
      if (ended) return;
      ended = true;
      const req = bytes ? ctrl.byobRequest : null;
      try {
        ctrl.close();
        if (req) req.respond(0);
      } catch {
        // Already errored: its readers have their answer.
      }
    };
    const step = (view, chunk) => {
      if (fh[kFd] === -1) return finish();
      pulling = true;
      return fh.read(view, 0, view.byteLength, null).then(({ bytesRead: n }) => {
        pulling = false;
        if (ended) return;
        if (n === 0) return finish();
        chunk(n);
        if (fh[kFd] === -1) finish();
      }, (e) => {
        pulling = false;
        if (ended) return;
        if (fh[kFd] !== -1) throw e;
        finish();
      });
    };
    const source = bytes ? {
      type: 'bytes',
      autoAllocateChunkSize: 16384,
      pull(c) {
        const req = c.byobRequest;
        return step(req.view, (n) => req.respond(n));
      },
    } : {
      pull(c) {
        const ab = new ArrayBuffer(65536);
        return step(new Uint8Array(ab), (n) => c.enqueue(n === ab.byteLength ? ab : ab.slice(0, n)));
      },
    };
    source.start = (c) => { ctrl = c; };
    source.cancel = () => {
      ended = true;
      return fh[kFd] === -1 ? undefined : fh.close();
    };
    fh.once('close', () => { if (!pulling) finish(); });
    return new ReadableStream(source);
  }

  // promises.writeFile/appendFile (and FileHandle's) also take an iterable or
  // async iterable (a stream among them) of strings and byte views, written
  // chunk after chunk.
  const isChunks = (d) => d !== null && typeof d === 'object' && !ArrayBuffer.isView(d) &&
    (typeof d[Symbol.asyncIterator] === 'function' || typeof d[Symbol.iterator] === 'function');
  async function writeChunks(target, data, opts, defaultFlag) {
    const o = options(opts, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
    const own = !(target instanceof FileHandle);
    const fh = own ? await promiseApi.open(target, o.flag == null ? defaultFlag : o.flag, o.mode) : target;
    const checkAbort = () => {
      if (o.signal && o.signal.aborted) throw abortError(o.signal);
    };
    try {
      checkAbort();
      for await (const chunk of data) {
        checkAbort();
        if (typeof chunk !== 'string' && !ArrayBuffer.isView(chunk)) {
          throw errType('data', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
        }
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, o.encoding || 'utf8') : chunk;
        await promisify(writeAllSteps(handleFd(fh, 'write'), bytes, null, o.signal));
      }
    } finally {
      if (own) await fh.close();
    }
  }

  // promises.readFile/writeFile/appendFile take a path or a FileHandle.
  const handlePromise = (name) => ({
    async [name](target, ...rest) {
      if (typeof target === 'number') {
        // No descriptors here; as in Node, the options and data are checked
        // before the path.
        const o = options(rest[1], { encoding: 'utf8', mode: 0o666, flag: 'w' });
        if (!isChunks(rest[0])) dataBytes(rest[0], o.encoding);
        toPath(target);
      }
      if (name !== 'readFile' && isChunks(rest[0])) return writeChunks(target, rest[0], rest[1], name === 'writeFile' ? 'w' : 'a');
      if (target instanceof FileHandle) return target[name](...rest);
      return promiseFns[name](target, ...rest);
    },
  }[name]);

  const promiseApi = {
    access: promiseFns.access,
    copyFile: promiseFns.copyFile,
    cp: async function cp(src, dest, options) { return cpPart().promiseCp(src, dest, options); },
    open: async function open(path, flags, mode) {
      const fd = await promiseFns.open(path, flags === undefined ? 'r' : flags, mode);
      return new FileHandle(fd);
    },
    opendir: promiseFns.opendir,
    rename: promiseFns.rename,
    truncate: promiseFns.truncate,
    rm: promiseFns.rm,
    rmdir: promiseFns.rmdir,
    mkdir: promiseFns.mkdir,
    readdir: promiseFns.readdir,
    readlink: promiseFns.readlink,
    symlink: promiseFns.symlink,
    lstat: promiseFns.lstat,
    stat: promiseFns.stat,
    statfs: promiseFns.statfs,
    link: promiseFns.link,
    unlink: promiseFns.unlink,
    chmod: promiseFns.chmod,
    lchmod: async function lchmod() {
      throw nodeError('Error', 'ERR_METHOD_NOT_IMPLEMENTED', 'The lchmod() method is not implemented');
    },
    lchown: promiseFns.lchown,
    chown: promiseFns.chown,
    utimes: promiseFns.utimes,
    lutimes: promiseFns.lutimes,
    realpath: promiseFns.realpathNative,
    mkdtemp: promiseFns.mkdtemp,
    writeFile: handlePromise('writeFile'),
    appendFile: handlePromise('appendFile'),
    // A descriptor is no path here: Node opens what it is given. `return
    // await` settles one job sooner than returning the promise (QuickJS).
    readFile: async function readFile(path, opts) {
      if (path instanceof FileHandle) return path.readFile(opts);
      if (typeof path === 'number') {
        options(opts, { flag: 'r' }); // Node checks the options first
        toPath(path);
      }
      return await promiseFns.readFile(path, opts);
    },
    watch: function watch(filename, options = {}) { return watchPart().promiseWatch(filename, options); },
    constants,
  };

  nodeLengths(promiseApi, 'access:1 copyFile:3 opendir:3 rename:2 truncate:1 rm:2 rmdir:2 mkdir:2 readdir:2 readlink:2 ' +
    'symlink:3 lstat:1 stat:1 statfs:1 link:2 unlink:1 chmod:2 lchmod:2 lchown:3 chown:3 utimes:3 ' +
    'lutimes:3 realpath:2 mkdtemp:2 writeFile:3 appendFile:3 watch:1:_watch');
  return promiseApi;
})
