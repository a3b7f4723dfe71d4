// fs.ReadStream / fs.WriteStream for jsrt-node (docs/FS.md): node:stream over
// the callback API. Evaluated on first use (fs.createReadStream, fs.ReadStream,
// FileHandle.createReadStream, ...) with what fs.js shares (`s`), so neither
// this code nor node:stream is read when fs is required. Each stream opens
// its file in _construct (so nothing is read or written before 'open'/'ready'),
// reads or writes with fs.read/fs.write at its own position, and closes the
// descriptor in _destroy when autoClose is on.
//
// Written for this project from Node's documentation and observed behaviour.
(function (s) {
  'use strict';

  const {
    binding, Buffer, process, fs: mod, options, nodeError, errType, errRange, checkBool, checkFunction,
    checkInteger, checkFd, toPathKeep,
  } = s;
  const kImpl = Symbol('kFs');
  // A stream over the module's own read (fs.js's, not patched, no options.fs) reads natively.
  const defaultRead = s.fsRead;

  const { Readable, Writable, finished } = binding.loadStream();
  // The fs functions a stream calls: the module's own, looked up at each
  // call (user code may replace fs.open/read/close after the stream is
  // made, as Node honours), or those of `options.fs`, or a FileHandle's.
  const FS_NAMES = ['open', 'close', 'read', 'write', 'writev', 'fsync'];
  const fsImpl = (opts, names) => {
    if (opts.handle) {
      if (opts.fs != null) {
        throw nodeError('Error', 'ERR_METHOD_NOT_IMPLEMENTED', 'The FileHandle with fs method is not implemented');
      }
      return handleImpl(opts.handle);
    }
    if (opts.fs == null) return mod;
    for (const n of names) {
      if (opts.fs[n] !== undefined) checkFunction(opts.fs[n], `options.fs.${n}`);
    }
    const impl = {};
    for (const n of FS_NAMES) {
      Object.defineProperty(impl, n, { __proto__: null, get: () => (opts.fs[n] !== undefined ? opts.fs[n] : mod[n]) });
    }
    return impl;
  };
  // Streams over a FileHandle go through its (patchable) methods.
  const handleImpl = (h) => ({
    open: mod.open,
    // Closed by its owner while a read was asked for: the data ends there.
    read: (fd, buf, off, len, pos, cb) => h.read(buf, off, len, pos)
      .then((r) => cb(null, r.bytesRead), (e) => (h.fd === -1 ? cb(null, 0) : cb(e))),
    write: (fd, buf, off, len, pos, cb) => h.write(buf, off, len, pos).then((r) => cb(null, r.bytesWritten), cb),
    writev: (fd, bufs, pos, cb) => h.writev(bufs, pos).then((r) => cb(null, r.bytesWritten), cb),
    fsync: (fd, cb) => h.sync().then(() => cb(), cb),
    close: (fd, cb) => (h.fd === -1 ? process.nextTick(cb) : h.close().then(() => cb(), cb)),
  });
  const streamOptions = (opts, defaults) => {
    const o = options(opts, defaults);
    if (o.fd != null && typeof o.fd === 'object' && typeof o.fd.fd === 'number') o.handle = o.fd;
    else if (o.fd != null && typeof o.fd !== 'number') throw errType('options.fd', ['number', 'FileHandle'], o.fd);
    else if (o.fd != null) checkFd(o.fd);
    return o;
  };
  // A failed read/write: destroys the stream when it may close itself,
  // else only reports the error (autoClose false keeps the fd usable).
  const failStream = (stream, err) => {
    if (stream.destroyed) return;
    if (stream.autoClose) stream.destroy(err);
    else process.nextTick(() => stream.emit('error', err));
  };
  const position = (v, name) => (v === undefined ? undefined : checkInteger(v, name, 0));
  const openInto = (stream, path, flags, mode, impl, cb) => {
    impl.open(path, flags, mode, (err, fd) => {
      if (err) return cb(err);
      stream.fd = fd;
      cb();
      stream.emit('open', fd);
      stream.emit('ready');
    });
  };
  // The descriptor is let go of (fd = null) once close has completed.
  const closeFd = (stream, impl, err, cb) => {
    if (stream.fd === null || !stream.autoClose) return cb(err);
    const fd = stream.fd;
    impl.close(fd, (e) => {
      stream.fd = null;
      cb(err || e);
    });
  };
  // A subclass (or user code) that replaced prototype.open keeps the old
  // contract: open() is called and the stream is constructed when it
  // emits 'open' (or 'error').
  const legacyOpen = (stream, cb) => {
    const own = Object.prototype.hasOwnProperty.call(stream, 'emit');
    const saved = stream.emit;
    stream.emit = function (ev, ...rest) {
      if (ev === 'open' || ev === 'error') {
        if (own) stream.emit = saved;
        else delete stream.emit;
        if (ev === 'error') return cb(rest[0]);
        cb();
      }
      return saved.call(this, ev, ...rest);
    };
    stream.open();
  };
  const deprecatedOpen = (cls) => function open() {
    if (!deprecatedOpen.warned) {
      deprecatedOpen.warned = new Set();
    }
    if (!deprecatedOpen.warned.has(cls)) {
      deprecatedOpen.warned.add(cls);
      process.emitWarning(`${cls}.prototype.open() is deprecated`, 'DeprecationWarning', 'DEP0135');
    }
  };

  // What both file streams share: the class chain, `pending`, opening in
  // _construct and closing in _destroy.
  function fileStreamClass(cls, base) {
    Object.setPrototypeOf(cls.prototype, base.prototype);
    Object.setPrototypeOf(cls, base);
    Object.defineProperty(cls.prototype, 'pending', {
      __proto__: null,
      get() { return this.fd === null; }, enumerable: false, configurable: true,
    });
    const defaultOpen = deprecatedOpen(cls.name);
    cls.prototype.open = defaultOpen;
    cls.prototype._construct = function (cb) {
      if (this.fd !== null) return cb();
      if (this.open !== defaultOpen) return legacyOpen(this, cb);
      openInto(this, this.path, this.flags, this.mode, this[kImpl], cb);
    };
    cls.prototype._destroy = function (err, cb) {
      closeFd(this, this[kImpl], err, cb);
    };
  }
  // The fields both read from their options (the rest is per class).
  function fileStreamFields(stream, o, path, flags, names) {
    stream.fd = o.handle ? o.handle.fd : (o.fd ?? null);
    stream.handle = o.handle;
    stream.path = o.fd == null ? toPathKeep(path) : undefined;
    stream.flags = o.flags === undefined ? flags : o.flags;
    stream.mode = o.mode === undefined ? 0o666 : o.mode;
    stream.start = position(o.start, 'start');
    stream.autoClose = o.autoClose === undefined ? true : o.autoClose;
    stream[kImpl] = fsImpl(o, names);
    // The handle closed by its owner ends the stream.
    if (o.handle) {
      o.handle.once('close', () => {
        if (!stream.destroyed) stream.destroy();
      });
    }
  }

  function ReadStream(path, opts) {
    if (!(this instanceof ReadStream)) return new ReadStream(path, opts);
    const o = streamOptions(opts, {});
    fileStreamFields(this, o, path, 'r', ['open', 'read', 'close']);
    this.end = o.end === undefined || o.end === Infinity ? Infinity : position(o.end, 'end');
    if (this.start !== undefined && this.start > this.end) {
      throw errRange('start', `<= "end" (here: ${this.end})`, this.start);
    }
    this.pos = this.start;
    this.bytesRead = 0;
    Readable.call(this, {
      highWaterMark: o.highWaterMark ?? 64 * 1024, encoding: o.encoding, signal: o.signal,
      emitClose: o.emitClose ?? true, autoDestroy: this.autoClose,
    });
  }
  fileStreamClass(ReadStream, Readable);
  ReadStream.prototype._read = function (n) {
    const left = this.end === Infinity ? n : Math.min(this.end - (this.pos ?? this.bytesRead) + 1, n);
    if (left <= 0) {
      this.push(null);
      return;
    }
    if (this[kImpl].read === defaultRead) {
      // The module's own read: the bytes land in memory the new Buffer
      // takes over (no zero-filled Buffer, no copy into it).
      binding.readChunk(this.fd, left, this.pos ?? null, (err, chunk) => {
        if (err) {
          failStream(this, err);
        } else if (chunk.length > 0) {
          if (this.pos !== undefined) this.pos += chunk.length;
          this.bytesRead += chunk.length;
          this.push(chunk);
        } else {
          this.push(null);
        }
      });
      return;
    }
    const buf = Buffer.allocUnsafeSlow(left);
    this[kImpl].read(this.fd, buf, 0, left, this.pos ?? null, (err, got) => {
      if (err) {
        failStream(this, err);
      } else if (got > 0) {
        if (this.pos !== undefined) this.pos += got;
        this.bytesRead += got;
        this.push(got === buf.length ? buf : Buffer.from(buf.subarray(0, got)));
      } else {
        this.push(null);
      }
    });
  };
  ReadStream.prototype.close = function (cb) {
    if (typeof cb === 'function') finished(this, cb);
    this.destroy();
  };

  function WriteStream(path, opts) {
    if (!(this instanceof WriteStream)) return new WriteStream(path, opts);
    const o = streamOptions(opts, { encoding: 'utf8' });
    fileStreamFields(this, o, path, 'w', ['open', 'write', 'writev', 'close']);
    this.pos = this.start;
    this.bytesWritten = 0;
    this.flush = o.flush == null ? false : checkBool(o.flush, 'options.flush');
    Writable.call(this, {
      highWaterMark: o.highWaterMark, decodeStrings: true, defaultEncoding: o.encoding, signal: o.signal,
      emitClose: o.emitClose ?? true, autoDestroy: this.autoClose,
    });
  }
  fileStreamClass(WriteStream, Writable);
  // One write of `bufs` from `at` (null: the descriptor's offset), finished
  // even when the kernel takes part of it (pipes) or none (EAGAIN on a full
  // non-blocking descriptor); a stream destroyed meanwhile fails the write
  // with ERR_STREAM_DESTROYED naming the method, as Node's does.
  function writeFully(stream, bufs, at, what, cb) {
    const done = (err, n) => {
      if (err && err.code === 'EAGAIN') {
        err = null;
        n = 0;
      }
      if (err || stream.destroyed) return cb(err || streamDestroyed(what));
      stream.bytesWritten += n;
      // Empty chunks (write('')) are done once they were handed over; with
      // `n > 0` as a condition here they were written again forever.
      while (bufs.length && bufs[0].length <= n) n -= bufs.shift().length;
      if (!bufs.length) return cb();
      if (n > 0) bufs[0] = bufs[0].subarray(n);
      if (at !== null) at += n;
      writeFully(stream, bufs, at, what, cb);
    };
    if (what === 'write') stream[kImpl].write(stream.fd, bufs[0], 0, bufs[0].length, at, done);
    else stream[kImpl].writev(stream.fd, bufs, at, done);
  }
  const streamDestroyed = (what) => nodeError('Error', 'ERR_STREAM_DESTROYED', `Cannot call ${what} after a stream was destroyed`);
  WriteStream.prototype._write = function (data, encoding, cb) {
    const at = this.pos ?? null;
    if (this.pos !== undefined) this.pos += data.length;
    writeFully(this, [data], at, 'write', cb);
  };
  WriteStream.prototype._writev = function (chunks, cb) {
    const bufs = chunks.map((c) => c.chunk);
    const at = this.pos ?? null;
    if (this.pos !== undefined) this.pos += bufs.reduce((a, b) => a + b.length, 0);
    writeFully(this, bufs, at, 'writev', cb);
  };
  WriteStream.prototype._final = function (cb) {
    if (!this.flush || this.fd === null) return cb();
    this[kImpl].fsync(this.fd, cb);
  };
  WriteStream.prototype.close = function (cb) {
    if (cb) {
      if (this.closed) {
        process.nextTick(cb);
        return;
      }
      this.on('close', cb);
    }
    if (!this.autoClose) this.on('finish', this.destroy);
    this.end();
  };
  WriteStream.prototype.destroySoon = WriteStream.prototype.end;
  return { ReadStream, WriteStream };
});
