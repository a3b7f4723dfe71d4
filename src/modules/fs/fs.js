// node:fs for jsrt-node, evaluated once per context by src/modules/fs/mod.rs
// as a function expression called with the native binding (docs/FS.md).
//
// The binding does the system calls: binding.op(...args, cb) runs a libuv
// request, synchronously when cb is undefined (returns or throws), else on
// the host's loop (cb(err) / cb(null, value) later). This file is the API on
// top: argument checks with Node 20's error codes and messages, options, and
// the three forms of every call. Operations made of several requests
// (writeFile, recursive mkdir/rm/readdir, truncate by path, ...) are written
// once, as generators that yield requests; `drive` runs them synchronously,
// `driveAsync` runs them on the loop.
//
// Written for this project from Node's documentation and observed behaviour.
(function (binding) {
  'use strict';

  const { Buffer } = binding.buffer;
  const EventEmitter = binding.EventEmitter;
  const pathMod = binding.path;
  const process = binding.process;

  // ----- errors ---------------------------------------------------------------------------

  const errType = binding.errInvalidArgType;
  const errValue = binding.errInvalidArgValue;
  const errRange = binding.errOutOfRange;
  const nodeError = binding.nodeError;
  const unsupported = (api) => nodeError('Error', 'ERR_NOT_SUPPORTED', `fs.${api} is not supported`);

  // ----- constants (Linux values, in Node's order) -----------------------------------------

  // A literal, not a loop over pairs: one object made in one step at load.
  const constants = {
    __proto__: null,
    UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, UV_DIRENT_UNKNOWN: 0,
    UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5,
    UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7, EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1,
    S_IFMT: 0o170000, S_IFREG: 0o100000, S_IFDIR: 0o40000, S_IFCHR: 0o20000, S_IFBLK: 0o60000, S_IFIFO: 0o10000,
    S_IFLNK: 0o120000, S_IFSOCK: 0o140000, O_CREAT: 0o100, O_EXCL: 0o200, UV_FS_O_FILEMAP: 0, O_NOCTTY: 0o400,
    O_TRUNC: 0o1000, O_APPEND: 0o2000, O_DIRECTORY: 0o200000, O_NOATIME: 0o1000000, O_NOFOLLOW: 0o400000,
    O_SYNC: 0o4010000, O_DSYNC: 0o10000, O_DIRECT: 0o40000, O_NONBLOCK: 0o4000, S_IRWXU: 0o700, S_IRUSR: 0o400,
    S_IWUSR: 0o200, S_IXUSR: 0o100, S_IRWXG: 0o70, S_IRGRP: 0o40, S_IWGRP: 0o20, S_IXGRP: 0o10, S_IRWXO: 0o7,
    S_IROTH: 0o4, S_IWOTH: 0o2, S_IXOTH: 0o1, F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, UV_FS_COPYFILE_EXCL: 1,
    COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4,
    COPYFILE_FICLONE_FORCE: 4,
  };
  const C = constants;

  // ----- validation -------------------------------------------------------------------------

  function checkInteger(v, name, lo = Number.MIN_SAFE_INTEGER, hi = Number.MAX_SAFE_INTEGER) {
    if (typeof v !== 'number') throw errType(name, 'number', v);
    if (!Number.isInteger(v)) throw errRange(name, 'an integer', v);
    if (v < lo || v > hi) throw errRange(name, `>= ${lo} && <= ${hi}`, v);
    return v;
  }
  const checkInt32 = (v, name, lo = -2147483648) => checkInteger(v, name, lo, 2147483647);
  const checkUint32 = (v, name) => checkInteger(v, name, 0, 4294967295);
  const checkFd = (fd) => checkInt32(fd, 'fd', 0);
  // Node 20.20 checks the descriptor of close/fsync/fstat/ftruncate/fchmod/
  // fchown/futimes in C++, which words the errors its own way: a bigint shows
  // without `n`, a function without its name, a number as String(n) without
  // digit separators, and the range is tested before integrality.
  function checkFdNative(fd) {
    const typeMsg = 'The "fd" argument must be of type number. Received';
    if (typeof fd === 'bigint') throw nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', `${typeMsg} type bigint (${fd})`);
    if (typeof fd === 'function') throw nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', `${typeMsg} function`);
    // Its text of a string is UTF-8 (a lone surrogate shows as U+FFFD).
    if (typeof fd === 'string') throw errType('fd', 'number', Buffer.from(fd).toString());
    if (typeof fd !== 'number') throw errType('fd', 'number', fd);
    const range = (what) => nodeError('RangeError', 'ERR_OUT_OF_RANGE', `The value of "fd" is out of range. It must be ${what}. Received ${fd}`);
    if (!Number.isFinite(fd)) throw range('an integer');
    if (fd < 0 || fd > 2147483647) throw range('>= 0 && <= 2147483647');
    if (!Number.isInteger(fd)) throw range('an integer');
    return fd;
  }
  // readFile/writeFile take any int32 as a descriptor (a negative one fails
  // with EBADF); other numbers are checked as paths. As in Node, a bigint or
  // a symbol fails the test itself with the engine's TypeError.
  const isFd = (v) => (v | 0) === v;

  // access/copyFile modes: checked natively in Node, with that message.
  function smallMode(m) {
    if (m === undefined || m === null) return 0;
    if (typeof m !== 'number') throw nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
    if (!Number.isFinite(m)) throw nodeError('RangeError', 'ERR_OUT_OF_RANGE', 'mode is out of range');
    if (m < 0 || m > 7) throw nodeError('RangeError', 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
    return Math.trunc(m);
  }

  function checkBool(v, name) {
    if (typeof v !== 'boolean') throw errType(name, 'boolean', v);
    return v;
  }

  function checkFunction(v, name) {
    if (typeof v !== 'function') throw errType(name, 'function', v);
    return v;
  }

  function checkObjectOrNull(v, name) {
    if (v !== undefined && (v === null || typeof v !== 'object')) throw errType(name, 'object', v);
  }

  const NUL_REASON = 'must be a string, Uint8Array, or URL without null bytes';

  function looksLikeUrl(v) {
    return v != null && typeof v === 'object' && typeof v.href === 'string' &&
      typeof v.protocol === 'string' && v.auth === undefined && v.path === undefined;
  }

  function fileUrlPath(url) {
    if (url.protocol !== 'file:') throw nodeError('TypeError', 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    if (url.hostname !== '' && url.hostname !== undefined) {
      throw nodeError('TypeError', 'ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on linux');
    }
    const p = String(url.pathname);
    if (/%2f/i.test(p)) {
      throw nodeError('TypeError', 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
    }
    return decodeURIComponent(p);
  }

  // A path argument as the binding takes it: a string or a Uint8Array.
  function toPath(p, name = 'path') {
    if (looksLikeUrl(p)) p = fileUrlPath(p);
    if (typeof p === 'string') {
      if (p.indexOf('\u0000') !== -1) throw errValue(name, p, NUL_REASON);
      return p;
    }
    if (p instanceof Uint8Array) {
      if (p.indexOf(0) !== -1) throw errValue(name, p, NUL_REASON);
      return p;
    }
    throw errType(name, ['string', 'Buffer', 'URL'], p);
  }
  const pathText = (p) => (typeof p === 'string' ? p : Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString());

  const FLAGS = {
    r: C.O_RDONLY,
    rs: C.O_RDONLY | C.O_SYNC,
    'r+': C.O_RDWR,
    'rs+': C.O_RDWR | C.O_SYNC,
    w: C.O_TRUNC | C.O_CREAT | C.O_WRONLY,
    wx: C.O_TRUNC | C.O_CREAT | C.O_WRONLY | C.O_EXCL,
    'w+': C.O_TRUNC | C.O_CREAT | C.O_RDWR,
    'wx+': C.O_TRUNC | C.O_CREAT | C.O_RDWR | C.O_EXCL,
    a: C.O_APPEND | C.O_CREAT | C.O_WRONLY,
    ax: C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_EXCL,
    as: C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_SYNC,
    'a+': C.O_APPEND | C.O_CREAT | C.O_RDWR,
    'ax+': C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_EXCL,
    'as+': C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_SYNC,
  };
  // Spellings with the letters swapped mean the same.
  FLAGS.sr = FLAGS.rs;
  FLAGS['sr+'] = FLAGS['rs+'];
  FLAGS.xw = FLAGS.wx;
  FLAGS['xw+'] = FLAGS['wx+'];
  FLAGS.xa = FLAGS.ax;
  FLAGS.sa = FLAGS.as;
  FLAGS['xa+'] = FLAGS['ax+'];
  FLAGS['sa+'] = FLAGS['as+'];

  function toFlags(f, name = 'flags') {
    if (typeof f === 'number') return checkInt32(f, name);
    if (f == null) return C.O_RDONLY;
    if (typeof f === 'string' && Object.prototype.hasOwnProperty.call(FLAGS, f)) return FLAGS[f];
    throw errValue(name, f);
  }

  function toMode(m, name, fallback) {
    if (m === undefined || m === null) m = fallback;
    if (typeof m === 'string') {
      if (!/^[0-7]+$/.test(m)) throw errValue(name, m, 'must be a 32-bit unsigned integer or an octal string');
      m = parseInt(m, 8);
    }
    return checkUint32(m, name);
  }

  function checkEncoding(enc) {
    if (enc && enc !== 'buffer' && !Buffer.isEncoding(enc)) throw errValue('encoding', enc, 'is invalid encoding');
  }

  // Options as Node reads them: a string is the encoding; null/undefined or a
  // function (the callback) give the defaults.
  function options(o, defaults) {
    if (o == null || typeof o === 'function') return defaults;
    let out;
    if (typeof o === 'string') {
      out = Object.assign({}, defaults, { encoding: o });
    } else if (typeof o === 'object') {
      out = Object.assign({}, defaults);
      for (const k in o) out[k] = o[k];
    } else {
      throw errType('options', ['string', 'object'], o);
    }
    checkEncoding(out.encoding);
    if (out.signal !== undefined) checkSignal(out.signal);
    return out;
  }

  function checkSignal(s) {
    if (s === null || typeof s !== 'object' || !('aborted' in s)) throw errType('options.signal', 'AbortSignal', s);
  }

  function abortError(signal) {
    const e = nodeError('Error', 'ABORT_ERR', 'The operation was aborted');
    e.name = 'AbortError';
    if (signal && signal.reason !== undefined) e.cause = signal.reason;
    return e;
  }

  const wantsRaw = (enc) => !!enc && enc !== 'utf8' && enc !== 'utf-8';
  // A name the binding returned (string, or Buffer when raw) in `enc`.
  function encodeName(v, enc) {
    if (typeof v === 'string' || enc === 'buffer') return v;
    return v.toString(enc);
  }

  function checkPosition(pos, name, len) {
    if (typeof pos === 'number') return checkInteger(pos, name, -1);
    if (typeof pos === 'bigint') {
      const lim = 2n ** 63n;
      if (pos < -lim || pos > lim - 1n) throw errRange(name, `>= ${-lim} && <= ${lim - 1n}`, pos);
      return pos;
    }
    throw errType(name, ['integer', 'bigint'], pos);
  }

  function checkView(v, name = 'buffer') {
    if (!ArrayBuffer.isView(v)) throw errType(name, ['Buffer', 'TypedArray', 'DataView'], v);
    return v;
  }

  function dataBytes(data, enc, name = 'data') {
    if (ArrayBuffer.isView(data)) return data;
    if (typeof data !== 'string') throw errType(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    return Buffer.from(data, enc || 'utf8');
  }

  // ----- the three forms --------------------------------------------------------------------

  // Splits a callback-form call: the callback is the first function after the
  // `required` leading arguments; without one, the argument at `last` is what
  // Node reports as the bad "cb".
  // `how.cbFirst`: Node checks the callback before the other arguments (else
  // after them); `how.cbName`: the name its error uses.
  function splitCallback(args, required, last, prepare, how) {
    if (how.orOptions) {
      // readFile, writeFile, appendFile: Node's `callback ||= options` (the
      // last parameter when it is set, else the one before; an options
      // argument that is a function is then no options).
      const cb = args[last] || args[last - 1];
      if (typeof cb !== 'function') throw errType(how.cbName || 'cb', 'function', cb);
      const rest = Array.prototype.slice.call(args, 0, last);
      if (typeof rest[last - 1] === 'function') rest.length = last - 1;
      return [rest, cb];
    }
    for (let i = required; i < args.length && i <= last; i++) {
      if (typeof args[i] === 'function') return [Array.prototype.slice.call(args, 0, i), args[i]];
    }
    if (prepare && !how.cbFirst) prepare(Array.prototype.slice.call(args, 0, last));
    // What Node reports: the argument in the callback's place, or for the
    // functions that take the last argument given as the callback, that one.
    const shown = how.lastGiven ? (args.length > required ? args[Math.min(args.length, last + 1) - 1] : undefined) : args[last];
    throw errType(how.cbName || 'cb', 'function', shown);
  }

  // Runs a generator of requests to its end synchronously.
  function drive(gen) {
    let step = gen.next();
    while (!step.done) {
      const [op, ...a] = step.value;
      let result;
      try {
        result = typeof op === 'function' ? op(...a) : binding[op](...a);
      } catch (e) {
        step = gen.throw(e);
        continue;
      }
      step = gen.next(result);
    }
    return step.value;
  }

  // The libuv requests in flight, for process._getActiveRequests() and
  // getActiveResourcesInfo(): counted (two integer updates per request, so
  // the fast paths stay fast) and listed on demand as objects of classes
  // named as Node's request wrappers are.
  class FSReqCallback {}
  class FSReqPromise {}
  const inFlight = { [FSReqCallback.name]: 0, [FSReqPromise.name]: 0 };
  binding.activeRequests = () => {
    const [cbs, promises] = binding.nativeInFlight();
    return [
      ...Array.from({ length: inFlight.FSReqCallback + cbs }, () => new FSReqCallback()),
      ...Array.from({ length: inFlight.FSReqPromise + promises }, () => new FSReqPromise()),
    ];
  };
  const PromiseReject = Promise.reject.bind(Promise);

  // Runs it on the loop: each yielded request completes before the next;
  // cb(err) or cb(null, value) at the end.
  function driveAsync(gen, cb, Wrap = FSReqCallback) {
    let first = true;
    const resume = (err, value, failed) => {
      // A generator that ends before its first request still calls back
      // after the current tick, as every async fs call does.
      const finish = first ? (...a) => process.nextTick(cb, ...a) : cb;
      first = false;
      let step;
      try {
        step = failed ? gen.throw(err) : gen.next(value);
      } catch (e) {
        finish(e);
        return;
      }
      if (step.done) {
        // Node passes one argument when there is no result.
        if (step.value === undefined) finish(null);
        else finish(null, step.value);
        return;
      }
      const [op, ...a] = step.value;
      const done = (e, v) => (e ? resume(e, undefined, true) : resume(null, v, false));
      try {
        if (typeof op === 'function' && op[kTakesCallback]) {
          // A step through a callback API of the module (e.g. fs.fsync, which user code may replace).
          op(...a, done);
        } else if (typeof op === 'function') {
          // A synchronous helper step (e.g. a decode): continue on the next tick.
          const v = op(...a);
          process.nextTick(done, null, v);
        } else {
          binding[op](...a, (e, v) => {
            inFlight[Wrap.name]--;
            done(e, v);
          });
          // Counted once started: a request that fails to start has thrown.
          inFlight[Wrap.name]++;
        }
      } catch (e) {
        process.nextTick(done, e);
      }
    };
    resume(null, undefined, false);
  }

  const kTakesCallback = Symbol('kTakesCallback');
  const promisify = (gen) => new Promise((resolve, reject) => {
    driveAsync(gen, (e, v) => (e ? reject(e) : resolve(v)), FSReqPromise);
  });

  // One request with its result mapped by `post`.
  function* single(post, op, ...a) {
    const v = yield [op, ...a];
    return post ? post(v) : v;
  }

  // Defines name / nameSync / promiseFns[name] from `prepare(args) -> generator`.
  // `required`: arguments before any callback; `last`: where the callback is
  // at the latest. `prepare` validates synchronously in every form.
  // No prototypes: a setter a program put on Object.prototype (as Node's own
  // tests do) must not catch these assignments.
  const fs = { __proto__: null };
  const callbackFns = { __proto__: null };
  // `name:length[:function name]` entries: what Node's functions report, for
  // ours made with rest parameters (their own length is 0).
  function nodeLengths(obj, table) {
    for (const entry of table.split(' ')) {
      const [key, length, name = key] = entry.split(':');
      const fn = obj[key];
      Object.defineProperty(fn, 'length', { __proto__: null, value: +length, configurable: true });
      if (fn.name !== name) Object.defineProperty(fn, 'name', { __proto__: null, value: name, configurable: true });
    }
  }
  const syncFns = { __proto__: null };
  // The promise forms are made when fs.promises or a FileHandle first needs
  // them (promiseFnsTable): require('fs') makes only the two others.
  const prepares = { __proto__: null };

  const CB_FIRST = { cbFirst: true };
  const CB_OR_OPTIONS = { orOptions: true };
  // Function expressions, not methods: Node's are ordinary functions (a
  // `prototype`, constructible).
  function define(name, required, last, prepare, how = {}) {
    callbackFns[name] = {
      [name]: function (...args) {
        const [rest, cb] = splitCallback(args, required, last, prepare, how);
        const gen = prepare(rest);
        driveAsync(gen, cb);
      },
    }[name];
    syncFns[name] = {
      [name + 'Sync']: function (...args) {
        return drive(prepare(args));
      },
    }[name + 'Sync'];
    prepares[name] = prepare;
  }
  let promiseFns;
  function promiseFnsTable() {
    if (promiseFns) return promiseFns;
    promiseFns = { __proto__: null };
    for (const name in prepares) {
      const prepare = prepares[name];
      promiseFns[name] = {
        async [name](...args) {
          return promisify(prepare(args));
        },
      }[name];
    }
    promiseFns.readFile = readFilePromise(promiseFns.readFile);
    return promiseFns;
  }

  // ----- Stats, Dirent ------------------------------------------------------------------------

  // The prototypes as Node's users see them: methods assigned (enumerable,
  // anonymous: for-in over a Stats lists them after the fields), Stats and
  // BigIntStats side by side under StatsBase (a BigIntStats is no
  // `instanceof fs.Stats`), each with its own mode check.
  const S_IFMT = C.S_IFMT;
  function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
    this.dev = dev;
    this.mode = mode;
    this.nlink = nlink;
    this.uid = uid;
    this.gid = gid;
    this.rdev = rdev;
    this.blksize = blksize;
    this.ino = ino;
    this.size = size;
    this.blocks = blocks;
  }
  // Pairs in one flat array read by index: destructuring a pair steps an
  // iterator on QuickJS, a cost paid at every require('fs').
  const modeKinds = [
    'isDirectory', C.S_IFDIR, 'isFile', C.S_IFREG, 'isBlockDevice', C.S_IFBLK,
    'isCharacterDevice', C.S_IFCHR, 'isSymbolicLink', C.S_IFLNK, 'isFIFO', C.S_IFIFO,
    'isSocket', C.S_IFSOCK,
  ];
  for (let i = 0; i < modeKinds.length; i += 2) {
    const bits = modeKinds[i + 1];
    StatsBase.prototype[modeKinds[i]] = function () { return this._checkModeProperty(bits); };
  }

  function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
    StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
    this.atimeMs = atimeMs;
    this.mtimeMs = mtimeMs;
    this.ctimeMs = ctimeMs;
    this.birthtimeMs = birthtimeMs;
    this.atime = new Date(atimeMs);
    this.mtime = new Date(mtimeMs);
    this.ctime = new Date(ctimeMs);
    this.birthtime = new Date(birthtimeMs);
  }
  Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
  Stats.prototype.isFile = StatsBase.prototype.isFile;
  Stats.prototype._checkModeProperty = function (property) { return (this.mode & S_IFMT) === property; };

  // The times come as nanoseconds; the *Ms fields are whole milliseconds.
  function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
    StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
    this.atimeMs = atimeNs / 1000000n;
    this.mtimeMs = mtimeNs / 1000000n;
    this.ctimeMs = ctimeNs / 1000000n;
    this.birthtimeMs = birthtimeNs / 1000000n;
    this.atimeNs = atimeNs;
    this.mtimeNs = mtimeNs;
    this.ctimeNs = ctimeNs;
    this.birthtimeNs = birthtimeNs;
    this.atime = new Date(Number(this.atimeMs));
    this.mtime = new Date(Number(this.mtimeMs));
    this.ctime = new Date(Number(this.ctimeMs));
    this.birthtime = new Date(Number(this.birthtimeMs));
  }
  Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
  BigIntStats.prototype._checkModeProperty = function (property) {
    return (this.mode & BigInt(S_IFMT)) === BigInt(property);
  };

  const msOf = (s, ns) => s * 1e3 + ns / 1e6;
  const nsOf = (s, ns) => BigInt(s) * 1000000000n + BigInt(ns);
  function makeStats(a, big) {
    if (!big) {
      return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
        msOf(a[10], a[11]), msOf(a[12], a[13]), msOf(a[14], a[15]), msOf(a[16], a[17]));
    }
    const n = (i) => BigInt(a[i]);
    return new BigIntStats(n(0), n(1), n(2), n(3), n(4), n(5), n(6), n(7), n(8), n(9),
      nsOf(a[10], a[11]), nsOf(a[12], a[13]), nsOf(a[14], a[15]), nsOf(a[16], a[17]));
  }

  const kType = Symbol('type');
  class Dirent {
    constructor(name, type, path) {
      this.name = name;
      this.parentPath = path;
      this.path = path;
      this[kType] = type;
    }
    isDirectory() { return this[kType] === C.UV_DIRENT_DIR; }
    isFile() { return this[kType] === C.UV_DIRENT_FILE; }
    isBlockDevice() { return this[kType] === C.UV_DIRENT_BLOCK; }
    isCharacterDevice() { return this[kType] === C.UV_DIRENT_CHAR; }
    isSymbolicLink() { return this[kType] === C.UV_DIRENT_LINK; }
    isFIFO() { return this[kType] === C.UV_DIRENT_FIFO; }
    isSocket() { return this[kType] === C.UV_DIRENT_SOCKET; }
  }

  // Stats and Dirents of the common calls are made natively (shapes.rs).
  binding.setShapes(Stats.prototype, Dirent.prototype, kType);

  function typeFromMode(mode) {
    switch (mode & S_IFMT) {
      case C.S_IFREG: return C.UV_DIRENT_FILE;
      case C.S_IFDIR: return C.UV_DIRENT_DIR;
      case C.S_IFLNK: return C.UV_DIRENT_LINK;
      case C.S_IFIFO: return C.UV_DIRENT_FIFO;
      case C.S_IFSOCK: return C.UV_DIRENT_SOCKET;
      case C.S_IFCHR: return C.UV_DIRENT_CHAR;
      case C.S_IFBLK: return C.UV_DIRENT_BLOCK;
      default: return C.UV_DIRENT_UNKNOWN;
    }
  }

  // ----- open / close / read / write --------------------------------------------------------

  define('open', 1, 3, ([path, flags, mode]) => {
    const p = toPath(path);
    return single(null, 'open', p, toFlags(flags), toMode(mode, 'mode', 0o666));
  }, { lastGiven: true });

  define('close', 1, 1, ([fd]) => single(null, 'close', checkFdNative(fd)));
  {
    const closeWithCallback = callbackFns.close;
    // fs.close(fd) without a callback is allowed (errors are then dropped).
    callbackFns.close = function close(fd, callback) {
      if (callback === undefined) return closeWithCallback(fd, () => {});
      return closeWithCallback(fd, callback);
    };
  }

  // Normalizes read(fd, buffer, offset, length, position) and its overloads to
  // [fd, buffer, offset, length, position] or null when nothing is to be read.
  // `optionsOnly`: called as read(fd, buffer, options[, cb]), where Node
  // requires that third argument to be an object (or null/undefined).
  function readArgs(fd, buffer, offset, length, position, isSync, optionsOnly) {
    checkFd(fd);
    if (!ArrayBuffer.isView(buffer)) {
      // read(fd[, options]) with options { buffer, offset, length, position }.
      const o = buffer == null ? {} : buffer;
      if (typeof o !== 'object') throw errType('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
      buffer = o.buffer === undefined ? Buffer.alloc(16384) : o.buffer;
      offset = o.offset;
      length = o.length;
      position = o.position;
      // readSync reports the options object, read the value inside it.
      if (!ArrayBuffer.isView(buffer)) throw errType('buffer', ['Buffer', 'TypedArray', 'DataView'], isSync ? o : buffer);
      if (length === undefined) length = buffer.byteLength - (offset || 0);
    } else if (optionsOnly && offset != null && (typeof offset !== 'object' || Array.isArray(offset))) {
      throw errType('options', 'object', offset);
    } else if (offset !== null && typeof offset === 'object') {
      // read(fd, buffer, options)
      const o = offset;
      offset = o.offset;
      length = o.length === undefined ? buffer.byteLength - (offset || 0) : o.length;
      position = o.position;
    } else if (offset == null && length === undefined) {
      length = buffer.byteLength;
    }
    if (offset == null) offset = 0;
    else checkInteger(offset, 'offset', 0);
    if (length === undefined) length = buffer.byteLength - offset;
    length |= 0;
    if (length === 0) return [fd, buffer, offset, 0, null];
    if (buffer.byteLength === 0) throw errValue('buffer', buffer, 'is empty and cannot be written');
    if (length < 0) throw errRange('length', '>= 0', length);
    if (offset + length > buffer.byteLength) throw errRange('length', `<= ${buffer.byteLength - offset}`, length);
    if (position == null) position = -1;
    else checkPosition(position, 'position', length);
    return [fd, buffer, offset, length, position];
  }

  fs.read = function read(fd, buffer, offset, length, position, callback) {
    // Node checks fd, then a buffer that cannot be one, then the callback:
    // the last argument in the short forms, the sixth in the long one.
    const n = arguments.length;
    checkFd(fd);
    if (n >= 3 && !ArrayBuffer.isView(buffer) && buffer !== null && typeof buffer !== 'object') {
      throw errType('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    }
    const cb = n <= 4 ? arguments[n - 1] : callback;
    if (typeof cb !== 'function') throw errType('cb', 'function', cb);
    const args = Array.prototype.slice.call(arguments, 0, n <= 4 ? n - 1 : 5);
    const [f, b, o, l, p] = readArgs(args[0], args[1], args[2], args[3], args[4], false, args.length === 3);
    if (l === 0) {
      process.nextTick(cb, null, 0, b);
      return;
    }
    binding.read(f, b, o, l, p, (e, n) => {
      inFlight.FSReqCallback--;
      if (e) cb(e);
      else cb(null, n, b);
    });
    inFlight.FSReqCallback++;
  };

  const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');
  // util.promisify(fs.x) is this function itself: it carries x's name and length.
  const asPromised = (name, length, fn) => {
    Object.defineProperty(fn, 'name', { __proto__: null, value: name, configurable: true });
    Object.defineProperty(fn, 'length', { __proto__: null, value: length, configurable: true });
    return fn;
  };
  Object.defineProperty(fs.read, promisifyCustom, {
    __proto__: null,
    value: asPromised('read', 6, (...a) => new Promise((resolve, reject) => {
      fs.read(...a, (e, bytesRead, buffer) => (e ? reject(e) : resolve({ bytesRead, buffer })));
    })),
    configurable: true,
  });

  // readSync has no (fd, options) form: the buffer must be a view. Options
  // replace the positional arguments when given as the third argument or
  // when that is any object, null included; a missing length is then 0.
  fs.readSync = function readSync(fd, buffer, offsetOrOptions, length, position) {
    checkFd(fd);
    if (!ArrayBuffer.isView(buffer)) throw errType('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    let offset = offsetOrOptions;
    if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
      if (offsetOrOptions !== undefined && offsetOrOptions !== null &&
        (typeof offsetOrOptions !== 'object' || Array.isArray(offsetOrOptions))) {
        throw errType('options', 'object', offsetOrOptions);
      }
      const o = offsetOrOptions == null ? {} : offsetOrOptions;
      offset = o.offset === undefined ? 0 : o.offset;
      length = o.length === undefined ? buffer.byteLength - offset : o.length;
      position = o.position === undefined ? null : o.position;
    }
    if (offset === undefined) offset = 0;
    else checkInteger(offset, 'offset', 0);
    length |= 0;
    if (length === 0) return 0;
    if (buffer.byteLength === 0) throw errValue('buffer', buffer, 'is empty and cannot be written');
    if (length < 0) throw errRange('length', '>= 0', length);
    if (offset + length > buffer.byteLength) throw errRange('length', `<= ${buffer.byteLength - offset}`, length);
    if (position == null) position = -1;
    else checkPosition(position, 'position', length);
    return binding.read(fd, buffer, offset, length, position);
  };

  // write(fd, buffer[, offset[, length[, position]]]) / (fd, buffer, options)
  // / (fd, string[, position[, encoding]]) -> [fd, view, offset, length, position, original]
  function writeArgs(fd, data, a, b, c) {
    checkFd(fd);
    if (ArrayBuffer.isView(data)) {
      let offset = a;
      let length = b;
      let position = c;
      // Any object in the offset place, null included, is the options.
      if (typeof offset === 'object') {
        ({ offset = 0, length = data.byteLength - offset, position = null } = offset === null ? {} : offset);
      }
      if (offset == null) offset = 0;
      else checkInteger(offset, 'offset', 0);
      if (typeof length !== 'number') length = data.byteLength - offset;
      if (!Number.isSafeInteger(position)) position = null; // the current position, as Node's C++
      if (offset > data.byteLength) throw errRange('offset', `<= ${data.byteLength}`, offset);
      if (length > data.byteLength - offset) throw errRange('length', `<= ${data.byteLength - offset}`, length);
      if (length < 0) throw errRange('length', '>= 0', length);
      checkInt32(length, 'length', 0);
      return [fd, data, offset, length, position, data];
    }
    if (typeof data !== 'string') throw errType('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    let position = a;
    // An encoding Node's C++ does not know means UTF-8 there, 'buffer' too.
    const enc = typeof b === 'string' && b !== 'buffer' && Buffer.isEncoding(b) ? b : 'utf8';
    if (typeof b === 'string' && b.toLowerCase() === 'hex' && data.length % 2 !== 0) {
      throw errValue('encoding', b, `is invalid for data of length ${data.length}`);
    }
    if (!Number.isSafeInteger(position)) position = null;
    const bytes = Buffer.from(data, enc);
    return [fd, bytes, 0, bytes.byteLength, position, data];
  }

  fs.write = function write(fd, buffer, offsetOrOptions, length, position, callback) {
    const args = Array.prototype.slice.call(arguments);
    const cb = args.length > 2 ? args[args.length - 1] : undefined;
    if (typeof cb !== 'function') throw errType('cb', 'function', cb);
    args.length -= 1;
    const [f, v, o, l, p, orig] = writeArgs(args[0], args[1], args[2], args[3], args[4]);
    binding.write(f, v, o, l, p, (e, n) => {
      inFlight.FSReqCallback--;
      if (e) cb(e);
      else cb(null, n, orig);
    });
    inFlight.FSReqCallback++;
  };

  Object.defineProperty(fs.write, promisifyCustom, {
    __proto__: null,
    value: asPromised('write', 6, (...a) => new Promise((resolve, reject) => {
      fs.write(...a, (e, bytesWritten, buffer) => (e ? reject(e) : resolve({ bytesWritten, buffer })));
    })),
    configurable: true,
  });

  fs.writeSync = function writeSync(fd, buffer, offsetOrOptions, length, position) {
    const [f, v, o, l, p] = writeArgs(fd, buffer, offsetOrOptions, length, position);
    return binding.write(f, v, o, l, p);
  };

  function* readvSteps(fd, buffers, position) {
    // An empty list is one readv(2) of no buffers in Node: EINVAL.
    if (buffers.length === 0) throw binding.uvException(-22, 'read');
    let total = 0;
    for (const b of buffers) {
      const n = yield ['read', fd, b, 0, b.byteLength, position];
      total += n;
      if (position !== null && position !== -1) position += n;
      if (n < b.byteLength) break;
    }
    return total;
  }
  function* writevSteps(fd, buffers, position) {
    let total = 0;
    for (const b of buffers) {
      const n = yield ['write', fd, b, 0, b.byteLength, position];
      total += n;
      if (position !== null) position += n;
    }
    return total;
  }
  function vecArgs(fd, buffers, position) {
    checkFd(fd);
    if (!Array.isArray(buffers) || !buffers.every((b) => ArrayBuffer.isView(b))) {
      throw errType('buffers', 'ArrayBufferView[]', buffers);
    }
    // A position that is not a safe integer means the current one (Node's C++).
    if (typeof position !== 'number' || !Number.isSafeInteger(position)) position = null;
    return [fd, buffers, position];
  }
  fs.readv = function readv(fd, buffers, position, callback) {
    if (typeof position === 'function') { callback = position; position = null; }
    checkFunction(callback, 'cb');
    const [f, b, p] = vecArgs(fd, buffers, position);
    driveAsync(readvSteps(f, b, p === null ? -1 : p), (e, n) => (e ? callback(e) : callback(null, n, b)));
  };
  Object.defineProperty(fs.readv, promisifyCustom, {
    __proto__: null,
    value: asPromised('readv', 4, (...a) => new Promise((resolve, reject) => {
      fs.readv(...a, (e, bytesRead, buffers) => (e ? reject(e) : resolve({ bytesRead, buffers })));
    })),
    configurable: true,
  });
  fs.readvSync = function readvSync(fd, buffers, position) { return drive(readvSteps(...vecArgs(fd, buffers, position))); };
  fs.writev = function writev(fd, buffers, position, callback) {
    if (typeof position === 'function') { callback = position; position = null; }
    checkFunction(callback, 'cb');
    const [f, b, p] = vecArgs(fd, buffers, position);
    driveAsync(writevSteps(f, b, p), (e, n) => (e ? callback(e) : callback(null, n, b)));
  };
  Object.defineProperty(fs.writev, promisifyCustom, {
    __proto__: null,
    value: asPromised('writev', 4, (...a) => new Promise((resolve, reject) => {
      // Node names it `buffer` here (not `buffers` as readv does).
      fs.writev(...a, (e, bytesWritten, buffers) => (e ? reject(e) : resolve({ bytesWritten, buffer: buffers })));
    })),
    configurable: true,
  });
  fs.writevSync = function writevSync(fd, buffers, position) { return drive(writevSteps(...vecArgs(fd, buffers, position))); };

  // ----- readFile / writeFile / appendFile --------------------------------------------------

  function* readFileSteps(target, flags, enc, signal) {
    if (signal && signal.aborted) throw abortError(signal);
    let buf;
    try {
      buf = yield ['readFile', target, flags];
    } catch (e) {
      // Node's UTF-8 path reads a descriptor without fstat first.
      if (typeof target === 'number' && isUtf8(enc) && e && e.syscall === 'fstat') throw binding.uvException(e.errno, 'read');
      throw e;
    }
    if (signal && signal.aborted) throw abortError(signal);
    return enc ? buf.toString(enc) : buf;
  }

  // The flag is only looked at when a path is opened, or on Node's UTF-8
  // fast path, which checks it first whatever the target.
  const isUtf8 = (enc) => enc === 'utf8' || enc === 'utf-8';
  function readFlags(target, o) {
    if (typeof target === 'number' && !isUtf8(o.encoding)) return C.O_RDONLY;
    return toFlags(o.flag === undefined ? 'r' : o.flag, 'flags');
  }
  // Any int32 is a descriptor; off the UTF-8 path Node then checks it as one.
  const readTarget = (path, o) => (isFd(path) ? (isUtf8(o.encoding) ? path : checkFdNative(path)) : toPath(path));

  function readFileArgs([path, opts]) {
    const o = options(opts, { flag: 'r' });
    const target = readTarget(path, o);
    return readFileSteps(target, readFlags(target, o), o.encoding, o.signal);
  }
  define('readFile', 1, 2, readFileArgs, CB_OR_OPTIONS);
  // The common case without a signal skips the generator: one native request
  // chain (open/fstat/read/close) and one JS callback.
  const readFileDirect = (path, opts) => {
    if (opts != null && typeof opts === 'object' && opts.signal !== undefined) return null;
    const o = options(opts, { flag: 'r' });
    const target = readTarget(path, o);
    return [target, readFlags(target, o), o.encoding];
  };
  {
    const general = callbackFns.readFile;
    const direct = readFileDirect;
    // readFile(string[, 'utf8'], cb) and promises.readFile(string[, 'utf8'])
    // skip the option parsing (a third of the call on QuickJS): the binding
    // rejects a NUL byte with toPath's error.
    callbackFns.readFile = function readFile(path, opts, callback) {
      if (typeof path === 'string') {
        if (typeof opts === 'function' && callback === undefined) {
          binding.readFileCb(path, C.O_RDONLY, undefined, opts);
          return undefined;
        }
        if (isUtf8(opts) && typeof callback === 'function') {
          binding.readFileCb(path, C.O_RDONLY, opts, callback);
          return undefined;
        }
      }
      const cb = callback || opts; // Node's `callback ||= options`
      if (typeof cb !== 'function') return general.apply(this, arguments);
      const d = direct(path, typeof opts === 'function' ? undefined : opts);
      if (!d) return general.apply(this, arguments);
      // Settled natively: cb(err) or cb(null, data), decoded there.
      binding.readFileCb(d[0], d[1], d[2], cb);
      return undefined;
    };
  }
  // Not an async function (fs.promises.readFile, which awaits it, is): the
  // binding's own promise is returned as it is, and a bad argument still
  // comes as a rejection.
  const readFilePromise = (generalPromise) => function readFile(path, opts) {
    try {
      if (typeof path === 'string' && (opts === undefined || isUtf8(opts))) return binding.readFilePromise(path, C.O_RDONLY, opts);
      const d = readFileDirect(path, opts);
      if (!d) return generalPromise(path, opts);
      return binding.readFilePromise(d[0], d[1], d[2]);
    } catch (e) {
      return PromiseReject(e);
    }
  };

  // `sync`: nothing is written for empty data (the callback forms make one
  // empty write, and report its error). The sync form writes all that is left
  // at each step, as Node's writeFileSync does; the others 512 KiB at a time.
  function* writeAllSteps(fd, bytes, position, signal, sync) {
    let off = 0;
    const total = bytes.byteLength;
    const most = sync ? 0x7fffffff : 512 * 1024;
    while (off < total || (total === 0 && !sync)) {
      if (signal && signal.aborted) throw abortError(signal);
      const chunk = Math.min(total - off, most);
      const n = yield ['write', fd, bytes, off, chunk, position];
      off += n;
      if (position !== null) position += n;
      if (total === 0 || n === 0) break;
    }
  }

  // `flush`: the data is fsync'ed before the close, through fs.fsyncSync /
  // fs.fsync as they are at the time (Node calls the module's functions).
  const flushSync = (fd) => mod.fsyncSync(fd);
  const flushAsync = (fd, cb) => mod.fsync(fd, cb);
  flushAsync[kTakesCallback] = true;
  function* writeFileSteps(target, bytes, flags, mode, signal, sync, flush = false) {
    if (signal && signal.aborted) throw abortError(signal);
    if (typeof target === 'number') {
      yield* writeAllSteps(target, bytes, null, signal, sync);
      if (flush) yield [sync ? flushSync : flushAsync, target];
      return undefined;
    }
    const fd = yield ['open', target, flags, mode];
    let failed = null;
    try {
      yield* writeAllSteps(fd, bytes, null, signal, sync);
      if (flush) yield [sync ? flushSync : flushAsync, fd];
    } catch (e) {
      failed = e;
    }
    try {
      yield ['close', fd];
    } catch (e) {
      if (!failed) failed = e;
    }
    if (failed) throw failed;
    return undefined;
  }

  function writeFileArgs(defaultFlag, sync = false) {
    return ([path, data, opts]) => {
      const o = options(opts, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
      const bytes = dataBytes(data, o.encoding); // Node checks the data first
      let target;
      if (!isFd(path)) target = toPath(path);
      // Synchronously, UTF-8 text goes to the descriptor natively (a bad one
      // fails with EBADF); anything else through writeSync, which checks it,
      // but only when there is something to write.
      else if (sync && bytes.byteLength > 0 && !(typeof data === 'string' && isUtf8(o.encoding))) target = checkFd(path);
      else target = path;
      // The flag only matters (and is only checked) when a path is opened.
      const flags = typeof target === 'number' ? 0 : toFlags(o.flag || defaultFlag, 'flags');
      const flush = o.flush == null ? false : checkBool(o.flush, 'options.flush');
      return writeFileSteps(target, bytes, flags, toMode(o.mode, 'mode', 0o666), o.signal, sync, flush);
    };
  }
  define('writeFile', 2, 3, writeFileArgs('w'), CB_OR_OPTIONS);
  define('appendFile', 2, 3, writeFileArgs('a'), CB_OR_OPTIONS);
  {
    const prepareW = writeFileArgs('w', true);
    syncFns.writeFile = function writeFileSync(...args) { return drive(prepareW(args)); };
    const prepareA = writeFileArgs('a', true);
    syncFns.appendFile = function appendFileSync(...args) { return drive(prepareA(args)); };
  }

  // ----- stat family --------------------------------------------------------------------------

  function statArgs(kind) {
    return ([target, opts]) => {
      // Node reads `options.bigint` from whatever is given, unchecked.
      const a = kind === 'fstat' ? checkFdNative(target) : toPath(target);
      const bigint = (opts === undefined || typeof opts === 'function' ? {} : opts).bigint;
      if (!bigint) return single(null, `${kind}Object`, a);
      return single((v) => makeStats(v, true), kind, a);
    };
  }
  define('stat', 1, 2, statArgs('stat'), CB_FIRST);
  define('lstat', 1, 2, statArgs('lstat'), CB_FIRST);
  define('fstat', 1, 2, statArgs('fstat'), CB_FIRST);

  // statSync/lstatSync with throwIfNoEntry: false return undefined for ENOENT.
  for (const kind of ['stat', 'lstat']) {
    const plain = syncFns[kind];
    const statObject = binding[`${kind}Object`];
    syncFns[kind] = {
      [kind + 'Sync'](path, opts) {
        // The common call, statSync(path), goes straight to the binding, which
        // rejects a string with a NUL byte with the error toPath throws.
        if (opts === undefined) return statObject(typeof path === 'string' ? path : toPath(path));
        const p = toPath(path);
        const bigint = opts.bigint;
        if (opts.throwIfNoEntry === false) {
          try {
            return makeStats(binding[kind](p), !!bigint);
          } catch (e) {
            if (e && e.code === 'ENOENT') return undefined;
            throw e;
          }
        }
        return plain(path, opts);
      },
    }[kind + 'Sync'];
    // The exported function is native: it takes statSync(string) itself and
    // hands every other call to the function above (shapes.rs, docs/FS.md).
    syncFns[kind] = binding.statSyncFn(syncFns[kind], kind === 'lstat');
  }

  function StatFs(type, bsize, blocks, bfree, bavail, files, ffree) {
    Object.assign(this, { type, bsize, blocks, bfree, bavail, files, ffree });
  }
  define('statfs', 1, 2, ([path, opts]) => {
    const o = options(opts, { bigint: false });
    return single((a) => {
      const v = o.bigint ? a.map((x) => BigInt(x)) : a;
      return new StatFs(...v);
    }, 'statfs', toPath(path));
  });

  // ----- access / exists ------------------------------------------------------------------------

  define('access', 1, 2, ([path, mode]) => {
    const p = toPath(path);
    const m = smallMode(mode);
    return single(null, 'access', p, m);
  });

  fs.exists = function exists(path, callback) {
    checkFunction(callback, 'cb');
    let p;
    try {
      p = toPath(path);
    } catch {
      process.nextTick(callback, false);
      return;
    }
    binding.access(p, C.F_OK, (e) => callback(!e));
  };
  Object.defineProperty(fs.exists, Symbol.for('nodejs.util.promisify.custom'), {
    __proto__: null,
    value: asPromised('exists', 1, (path) => new Promise((resolve) => fs.exists(path, resolve))),
    configurable: true,
  });
  fs.existsSync = function existsSync(path) {
    try {
      binding.access(toPath(path), C.F_OK);
      return true;
    } catch {
      return false;
    }
  };

  // ----- directories --------------------------------------------------------------------------

  define('mkdir', 1, 2, ([path, opts]) => {
    const p = toPath(path); // Node checks the path before the options
    let mode = 0o777;
    let recursive = false;
    if (typeof opts === 'number' || typeof opts === 'string') {
      mode = toMode(opts, 'mode', 0o777);
    } else if (opts) {
      if (opts.recursive !== undefined) recursive = checkBool(opts.recursive, 'options.recursive');
      // A null mode is not defaulted: Node reports it as undefined.
      if (opts.mode === null) throw errType('mode', 'number', undefined);
      if (opts.mode !== undefined) mode = toMode(opts.mode, 'mode', 0o777);
    }
    if (recursive) return dirs().mkdirpSteps(p, mode);
    return single(() => undefined, 'mkdir', p, mode);
  });

  let mkdtempWarned = false;
  define('mkdtemp', 1, 2, ([prefix, opts]) => {
    const o = options(opts, { encoding: 'utf8' });
    const p = toPath(prefix, 'prefix');
    // Node 20 refuses an empty prefix with libuv's EINVAL on a shortened template.
    if (p.length === 0) throw binding.uvException(-22, 'mkdtemp', 'XXXXX');
    // Platforms differ on a template that already ends in X: Node warns once.
    if (!mkdtempWarned && (typeof p === 'string' ? p.endsWith('X') : p[p.length - 1] === 0x58)) {
      mkdtempWarned = true;
      process.emitWarning('mkdtemp() templates ending with X are not portable. For details see: https://nodejs.org/api/fs.html');
    }
    return single((v) => encodeName(v, o.encoding), 'mkdtemp', p, wantsRaw(o.encoding));
  });

  function direntsOf(dir, names, types, enc) {
    const parent = pathText(dir);
    const out = new Array(names.length);
    for (let i = 0; i < names.length; i++) {
      let t = types[i];
      if (t === C.UV_DIRENT_UNKNOWN) {
        try {
          t = typeFromMode(binding.lstat(pathMod.join(parent, String(names[i])))[1]);
        } catch {
          // left unknown
        }
      }
      out[i] = new Dirent(encodeName(names[i], enc), t, parent);
    }
    return out;
  }

  define('readdir', 1, 2, ([path, opts]) => {
    const o = options(opts, { encoding: 'utf8', withFileTypes: false, recursive: false });
    const p = toPath(path);
    if (o.recursive !== undefined && o.recursive !== false) checkBool(o.recursive, 'options.recursive');
    return dirs().readdirSteps(p, o.encoding, !!o.withFileTypes, !!o.recursive);
  }, CB_FIRST);

  {
    // readdirSync without recursion: one binding call, no generator.
    const general = syncFns.readdir;
    syncFns.readdir = function readdirSync(path, opts) {
      const o = options(opts, { encoding: 'utf8', withFileTypes: false, recursive: false });
      if (o.recursive) return general(path, opts);
      const p = toPath(path);
      const enc = o.encoding;
      if (o.withFileTypes && !wantsRaw(enc)) return binding.readdirents(p, pathText(p));
      const r = binding.readdir(p, !!o.withFileTypes, wantsRaw(enc));
      if (!o.withFileTypes) return wantsRaw(enc) ? r.map((n) => encodeName(n, enc)) : r;
      return direntsOf(p, r[0], r[1], enc);
    };
  }

  define('rmdir', 1, 2, ([path, opts]) => {
    const p = toPath(path);
    if (opts && opts.recursive) return dirs().rmdirTreeSteps(p);
    return single(() => undefined, 'rmdir', p);
  });

  define('rm', 1, 2, ([path, opts]) => {
    const p = toPath(path);
    let recursive = false;
    let force = false;
    if (opts !== undefined) {
      if (opts === null || typeof opts !== 'object' || Array.isArray(opts)) throw errType('options', 'object', opts);
      if (opts.recursive !== undefined) recursive = checkBool(opts.recursive, 'options.recursive');
      if (opts.force !== undefined) force = checkBool(opts.force, 'options.force');
      if (opts.maxRetries !== undefined) checkUint32(opts.maxRetries, 'options.maxRetries');
      if (opts.retryDelay !== undefined) checkUint32(opts.retryDelay, 'options.retryDelay');
    }
    return dirs().rmSteps(p, recursive, force);
  });

  define('unlink', 1, 1, ([path]) => single(() => undefined, 'unlink', toPath(path)));

  define('rename', 2, 2, ([from, to]) => single(() => undefined, 'rename', toPath(from, 'oldPath'), toPath(to, 'newPath')));

  define('copyFile', 2, 3, ([src, dest, mode]) => {
    const s = toPath(src, 'src');
    const d = toPath(dest, 'dest');
    const m = smallMode(mode);
    return single(() => undefined, 'copyFile', s, d, m);
  });

  // ----- links ----------------------------------------------------------------------------------

  define('symlink', 2, 3, ([target, path, type]) => {
    const t = toPath(target, 'target');
    const p = toPath(path);
    // Only a string type is checked; anything else means the default.
    if (typeof type !== 'string') type = null;
    if (type != null && !['dir', 'file', 'junction'].includes(type)) {
      throw nodeError('Error', 'ERR_FS_INVALID_SYMLINK_TYPE',
        `Symlink type must be one of "dir", "file", or "junction". Received "${type}"`);
    }
    const flags = type === 'dir' ? C.UV_FS_SYMLINK_DIR : type === 'junction' ? C.UV_FS_SYMLINK_JUNCTION : 0;
    return single(() => undefined, 'symlink', t, p, flags);
  });

  define('readlink', 1, 2, ([path, opts]) => {
    const o = options(opts, { encoding: 'utf8' });
    return single((v) => encodeName(v, o.encoding), 'readlink', toPath(path, 'oldPath'), wantsRaw(o.encoding));
  });

  define('link', 2, 2, ([existing, newPath]) => single(() => undefined, 'link', toPath(existing, 'existingPath'), toPath(newPath, 'newPath')));

  define('realpath', 1, 2, ([path, opts]) => {
    const o = options(opts, { encoding: 'utf8' });
    let p = looksLikeUrl(path) ? fileUrlPath(path) : path;
    if (typeof p !== 'string') p += '';
    return dirs().realpathSteps(toPath(p), o.encoding);
  });
  define('realpathNative', 1, 2, ([path, opts]) => {
    const o = options(opts, { encoding: 'utf8' });
    return single((v) => encodeName(v, o.encoding), 'realpath', toPath(path), wantsRaw(o.encoding));
  });

  // ----- truncate, modes, owners, times, sync -------------------------------------------------

  function lenArg(len) {
    if (len === undefined) return 0;
    checkInteger(len, 'len');
    return Math.max(0, len);
  }

  let truncateFdWarned = false;
  define('truncate', 1, 2, ([path, len]) => {
    if (typeof path === 'number') {
      if (!truncateFdWarned) {
        truncateFdWarned = true;
        process.emitWarning('Using fs.truncate with a file descriptor is deprecated. Please use fs.ftruncate ' +
          'with a file descriptor instead.', 'DeprecationWarning', 'DEP0081');
      }
      const l = lenArg(len);
      return single(() => undefined, 'ftruncate', checkFdNative(path), l);
    }
    // Node opens the file first and checks the length only then.
    return dirs().truncateSteps(toPath(path), len);
  });
  define('ftruncate', 1, 2, ([fd, len]) => {
    const l = lenArg(len);
    return single(() => undefined, 'ftruncate', checkFdNative(fd), l);
  });

  const modeArg = (m) => toMode(m, 'mode');
  define('chmod', 2, 2, ([path, mode]) => single(() => undefined, 'chmod', toPath(path), modeArg(mode)));
  define('fchmod', 2, 2, ([fd, mode]) => {
    const m = modeArg(mode); // Node checks the mode first
    return single(() => undefined, 'fchmod', checkFdNative(fd), m);
  });

  const idArg = (v, name) => checkInteger(v, name, -1, 4294967295);
  define('chown', 3, 3, ([path, uid, gid]) => single(() => undefined, 'chown', toPath(path), idArg(uid, 'uid'), idArg(gid, 'gid')));
  define('fchown', 3, 3, ([fd, uid, gid]) => {
    const u = idArg(uid, 'uid'); // Node checks the ids first
    const g = idArg(gid, 'gid');
    return single(() => undefined, 'fchown', checkFdNative(fd), u, g);
  });
  define('lchown', 3, 3, ([path, uid, gid]) => single(() => undefined, 'lchown', toPath(path), idArg(uid, 'uid'), idArg(gid, 'gid')));

  function toUnixTimestamp(time) {
    const name = 'time';
    if (typeof time === 'string' && +time == time) return +time; // eslint-disable-line eqeqeq
    if (typeof time === 'number' && Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
    if (time instanceof Date) return time.getTime() / 1000;
    throw errType(name, ['Date', 'Time in seconds'], time);
  }
  define('utimes', 3, 3, ([path, a, m]) => single(() => undefined, 'utimes', toPath(path), toUnixTimestamp(a, 'atime'), toUnixTimestamp(m, 'mtime')));
  define('futimes', 3, 3, ([fd, a, m]) => single(() => undefined, 'futimes', checkFdNative(fd), toUnixTimestamp(a, 'atime'), toUnixTimestamp(m, 'mtime')));
  define('lutimes', 3, 3, ([path, a, m]) => single(() => undefined, 'lutimes', toPath(path), toUnixTimestamp(a, 'atime'), toUnixTimestamp(m, 'mtime')));

  define('fsync', 1, 1, ([fd]) => single(() => undefined, 'fsync', checkFdNative(fd)));
  define('fdatasync', 1, 1, ([fd]) => single(() => undefined, 'fdatasync', checkFdNative(fd)));

  // ----- Dir ------------------------------------------------------------------------------------

  // A Dir reads the whole directory when opened (one scandir request) and
  // hands the entries out one by one.
  const kEntries = Symbol('entries');
  const kClosed = Symbol('closed');
  const kBusy = Symbol('busy');
  const kLast = Symbol('lastRead');
  const dirClosed = () => nodeError('Error', 'ERR_DIR_CLOSED', 'Directory handle was closed');
  function checkDirSync(dir) {
    if (dir[kClosed]) throw dirClosed();
    if (dir[kBusy] > 0) {
      throw nodeError('Error', 'ERR_DIR_CONCURRENT_OPERATION',
        'Cannot do synchronous work on directory handle with concurrent asynchronous operations');
    }
  }
  class Dir {
    constructor(path, entries) {
      if (path === undefined) throw nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "handle" argument must be specified');
      this[kEntries] = entries;
      this[kClosed] = false;
      this[kBusy] = 0;
      this[kLast] = Promise.resolve();
      Object.defineProperty(this, '_path', { __proto__: null, value: path, writable: true });
    }
    get path() { return this._path; }
    readSync() {
      checkDirSync(this);
      return this[kEntries].shift() || null;
    }
    // An async read is delivered on a later tick; until then the handle is
    // busy for the sync calls, and close() waits for it, as in Node.
    read(callback) {
      if (callback !== undefined) checkFunction(callback, 'callback');
      if (this[kClosed]) throw dirClosed();
      this[kBusy]++;
      const p = (this[kLast] = this[kLast].then(() => new Promise((resolve) => process.nextTick(resolve))).then(() => {
        this[kBusy]--;
        return this[kEntries].shift() || null;
      }));
      if (callback === undefined) return p;
      p.then((v) => callback(null, v), callback);
      return undefined;
    }
    closeSync() {
      checkDirSync(this);
      this[kClosed] = true;
    }
    close(callback) {
      if (callback !== undefined) checkFunction(callback, 'callback');
      let p;
      if (this[kClosed]) {
        p = Promise.reject(dirClosed());
      } else {
        this[kClosed] = true;
        p = this[kLast].then(() => undefined);
      }
      if (callback === undefined) return p;
      p.then(() => callback(null), callback);
      return undefined;
    }
    // Not an async generator: leaving a for-await early (break, throw)
    // closes the handle at once, before the loop's next statement runs, on
    // every engine (QuickJS does not wait for return() after a throw).
    entries() {
      const dir = this;
      const done = () => {
        dir[kClosed] = true;
        return Promise.resolve({ value: undefined, done: true });
      };
      return {
        next() {
          if (dir[kClosed]) return done();
          let d;
          try {
            d = dir.readSync();
          } catch (e) {
            dir[kClosed] = true;
            return Promise.reject(e);
          }
          return d === null ? done() : Promise.resolve({ value: d, done: false });
        },
        return: done,
        [Symbol.asyncIterator]() { return this; },
      };
    }
  }
  Dir.prototype[Symbol.asyncIterator] = Dir.prototype.entries;

  function* opendirSteps(path) {
    let r;
    try {
      r = yield ['readdir', path, true, false];
    } catch (e) {
      throw binding.uvException(e.errno, 'opendir');
    }
    const [names, types] = r;
    yield* dirs().fillUnknownTypes(path, names, types);
    const parent = pathText(path);
    return new Dir(parent, names.map((n, i) => new Dirent(n, types[i], parent)));
  }
  define('opendir', 1, 2, ([path, opts]) => {
    const o = options(opts, { encoding: 'utf8' });
    if (o.bufferSize !== undefined) checkInteger(o.bufferSize, 'options.bufferSize', 1, 4294967295);
    return opendirSteps(toPath(path));
  }, { cbName: 'callback' });

  // ----- the module object, in Node's key order -----------------------------------------------

  // ----- parts in their own files (watch.js, cp.js, streams.js, promises.js), made on first use --

  let shared;
  const share = () => (shared ??= {
    binding, EventEmitter, Buffer, process, pathMod, fs: mod, options, toPath, pathText,
    checkBool, checkFunction, checkInteger, checkSignal, errType, errValue, abortError, makeStats,
    nodeError, promisify, driveAsync, drive, errRange, checkFd, toPathKeep, fsRead: fs.read,
    unsupported, constants, single, checkView, readArgs, vecArgs, readvSteps, readFileSteps,
    writeArgs, writevSteps, writeAllSteps, dataBytes, streams, cpPart, watchPart,
    typeFromMode, encodeName, wantsRaw, Dirent, lenArg, nodeLengths,
    get promises() { return promisesPart(); },
    get promiseFns() { return promiseFnsTable(); },
  });
  let watchApi;
  const watchPart = () => (watchApi ??= binding.part('watch', share()));
  // dirs.js: the steps of recursive mkdir/readdir/rm/rmdir, realpath's walk
  // and truncate by path, read when one of them first runs.
  let dirsApi;
  const dirs = () => (dirsApi ??= binding.part('dirs', share()));
  let cpApi;
  const cpPart = () => (cpApi ??= binding.part('cp', share()));

  // ----- file streams (streams.js, node:stream over the callback API), made on first use ----
  let fileStreams;
  const streams = () => (fileStreams ??= binding.part('streams', share()));
  // ----- fs.promises (promises.js: FileHandle and the promise API object), made on first read ---
  let promisesApi;
  const promisesPart = () => (promisesApi ??= binding.part('promises', share()));
  // A path kept as given (string or Buffer), URLs made paths, NULs refused.
  function toPathKeep(p) {
    toPath(p);
    return typeof p === 'string' || Buffer.isBuffer(p) ? p : toPath(p);
  }

  // The file's bytes are read when the Blob is made (Node reads lazily); a
  // file that cannot be opened fails at once, as in Node.
  function openAsBlob(path, options = {}) {
    const p = toPath(path);
    if (options === null || typeof options !== 'object') throw errType('options', 'object', options);
    const type = options.type === undefined ? '' : options.type;
    if (typeof type !== 'string') throw errType('options.type', 'string', type);
    let fd;
    try {
      fd = binding.open(p, C.O_RDONLY, 0);
    } catch {
      throw nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', 'Unable to open file as blob');
    }
    binding.close(fd);
    // The file is read when the Blob is, and refused then if it changed.
    const st = syncFns.stat(p, { bigint: true });
    return Promise.resolve(binding.fileBlob(p, st.size, st.mtimeNs, type));
  }

  const realpathFn = callbackFns.realpath;
  realpathFn.native = callbackFns.realpathNative;
  const realpathSyncFn = syncFns.realpath;
  realpathSyncFn.native = syncFns.realpathNative;

  const cb = callbackFns;
  const sy = syncFns;
  // The module object users hold is a proxy over `binding.exports`
  // (modules::lazy); the API goes onto that object itself, so that a
  // program's patches (fs.close = ...) are what the file streams call.
  // Node's accessors, named `get ReadStream` etc. as a literal names them.
  const accessors = {
    get ReadStream() { return streams().ReadStream; },
    set ReadStream(v) { streams().ReadStream = v; },
    get WriteStream() { return streams().WriteStream; },
    set WriteStream(v) { streams().WriteStream = v; },
    get FileReadStream() { return streams().ReadStream; },
    set FileReadStream(v) { streams().ReadStream = v; },
    get FileWriteStream() { return streams().WriteStream; },
    set FileWriteStream(v) { streams().WriteStream = v; },
  };
  const mod = binding.exports;
  mod.appendFile = cb.appendFile;
  mod.appendFileSync = sy.appendFile;
  mod.access = cb.access;
  mod.accessSync = sy.access;
  mod.chown = cb.chown;
  mod.chownSync = sy.chown;
  mod.chmod = cb.chmod;
  mod.chmodSync = sy.chmod;
  mod.close = cb.close;
  mod.closeSync = sy.close;
  mod.copyFile = cb.copyFile;
  mod.copyFileSync = sy.copyFile;
  mod.cp = function cp(src, dest, options, callback) { return cpPart().cp(src, dest, options, callback); };
  mod.cpSync = function cpSync(src, dest, options) { return cpPart().cpSync(src, dest, options); };
  mod.createReadStream = function createReadStream(path, opts) { return new (streams().ReadStream)(path, opts); };
  mod.createWriteStream = function createWriteStream(path, opts) { return new (streams().WriteStream)(path, opts); };
  mod.exists = fs.exists;
  mod.existsSync = fs.existsSync;
  mod.fchown = cb.fchown;
  mod.fchownSync = sy.fchown;
  mod.fchmod = cb.fchmod;
  mod.fchmodSync = sy.fchmod;
  mod.fdatasync = cb.fdatasync;
  mod.fdatasyncSync = sy.fdatasync;
  mod.fstat = cb.fstat;
  mod.fstatSync = sy.fstat;
  mod.fsync = cb.fsync;
  mod.fsyncSync = sy.fsync;
  mod.ftruncate = cb.ftruncate;
  mod.ftruncateSync = sy.ftruncate;
  mod.futimes = cb.futimes;
  mod.futimesSync = sy.futimes;
  mod.lchown = cb.lchown;
  mod.lchownSync = sy.lchown;
  mod.lchmod = undefined;
  mod.lchmodSync = undefined;
  mod.link = cb.link;
  mod.linkSync = sy.link;
  mod.lstat = cb.lstat;
  mod.lstatSync = sy.lstat;
  mod.lutimes = cb.lutimes;
  mod.lutimesSync = sy.lutimes;
  mod.mkdir = cb.mkdir;
  mod.mkdirSync = sy.mkdir;
  mod.mkdtemp = cb.mkdtemp;
  mod.mkdtempSync = sy.mkdtemp;
  mod.open = cb.open;
  mod.openSync = sy.open;
  mod.openAsBlob = openAsBlob;
  mod.readdir = cb.readdir;
  mod.readdirSync = sy.readdir;
  mod.read = fs.read;
  mod.readSync = fs.readSync;
  mod.readv = fs.readv;
  mod.readvSync = fs.readvSync;
  mod.readFile = cb.readFile;
  mod.readFileSync = sy.readFile;
  mod.readlink = cb.readlink;
  mod.readlinkSync = sy.readlink;
  mod.realpath = realpathFn;
  mod.realpathSync = realpathSyncFn;
  mod.rename = cb.rename;
  mod.renameSync = sy.rename;
  mod.rm = cb.rm;
  mod.rmSync = sy.rm;
  mod.rmdir = cb.rmdir;
  mod.rmdirSync = sy.rmdir;
  mod.stat = cb.stat;
  mod.statfs = cb.statfs;
  mod.statSync = sy.stat;
  mod.statfsSync = sy.statfs;
  mod.symlink = cb.symlink;
  mod.symlinkSync = sy.symlink;
  mod.truncate = cb.truncate;
  mod.truncateSync = sy.truncate;
  mod.unwatchFile = function unwatchFile(filename, listener) { return watchPart().unwatchFile(filename, listener); };
  mod.unlink = cb.unlink;
  mod.unlinkSync = sy.unlink;
  mod.utimes = cb.utimes;
  mod.utimesSync = sy.utimes;
  mod.watch = function watch(filename, options, listener) { return watchPart().watch(filename, options, listener); };
  mod.watchFile = function watchFile(filename, options, listener) { return watchPart().watchFile(filename, options, listener); };
  mod.writeFile = cb.writeFile;
  mod.writeFileSync = sy.writeFile;
  mod.write = fs.write;
  mod.writeSync = fs.writeSync;
  mod.writev = fs.writev;
  mod.writevSync = fs.writevSync;
  mod.Dirent = Dirent;
  mod.Stats = Stats;
  for (const key of Object.keys(accessors)) {
    Object.defineProperty(mod, key, { __proto__: null, ...Object.getOwnPropertyDescriptor(accessors, key) });
  }
  mod._toUnixTimestamp = toUnixTimestamp;
  mod.Dir = Dir;
  mod.opendir = cb.opendir;
  mod.opendirSync = sy.opendir;
  mod.F_OK = C.F_OK;
  mod.R_OK = C.R_OK;
  mod.W_OK = C.W_OK;
  mod.X_OK = C.X_OK;
  mod.constants = constants;
  Object.defineProperty(mod, 'promises', {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() { return promisesPart(); },
  });
  // Node's `length` of the functions made above with rest parameters.
  nodeLengths(mod, 'Dir:3 opendir:3 opendirSync:2 appendFile:4 appendFileSync:3 access:3 accessSync:2 chown:4 chownSync:3 chmod:3 chmodSync:2 ' +
    'close:1 closeSync:1 copyFile:4 copyFileSync:3 fchown:4 fchownSync:3 fchmod:3 fchmodSync:2 ' +
    'fdatasync:2 fdatasyncSync:1 fstat:1 fstatSync:1 fsync:2 fsyncSync:1 ftruncate:1 ' +
    'ftruncateSync:1 futimes:4 futimesSync:3 lchown:4 lchownSync:3 link:3 linkSync:2 lstat:1 ' +
    'lutimes:4 lutimesSync:3 mkdir:3 mkdirSync:2 mkdtemp:3 mkdtempSync:2 open:4 openSync:3 ' +
    'readdir:3 readvSync:3 readFileSync:2 readlink:3 readlinkSync:2 realpath:3 realpathSync:2 ' +
    'rename:3 renameSync:2 rm:3 rmSync:2 rmdir:3 rmdirSync:2 stat:1 statfs:1 statfsSync:1 ' +
    'symlink:4 symlinkSync:3 truncate:3 truncateSync:2 unlink:2 unlinkSync:1 utimes:4 ' +
    'utimesSync:3 writeFile:4 writeFileSync:3 writevSync:3');
  // Made without a prototype (src/modules/fs/mod.rs), so that the
  // assignments above cannot meet a setter a program put on Object.prototype.
  Object.setPrototypeOf(mod, Object.getPrototypeOf({}));
  return mod;
});
