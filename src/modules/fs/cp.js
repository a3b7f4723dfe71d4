// fs.cp / fs.cpSync / fs.promises.cp for jsrt-node (docs/FS.md, "cp").
// Evaluated on first use with what fs.js shares (`s`).
//
// One generator walks the copy and yields its system calls as
// [op, ...args]; `runSync` performs each on the spot, `runAsync` as a libuv
// request (or awaits the user's filter), so the three forms share one walk.
//
// Written for this project from Node's documentation and observed behaviour.
(function (s) {
  'use strict';

  const { binding, pathMod, process } = s;
  const C = { S_IFMT: 0o170000, S_IFDIR: 0o40000, S_IFREG: 0o100000, S_IFLNK: 0o120000, S_IFIFO: 0o10000,
    S_IFSOCK: 0o140000, S_IFCHR: 0o20000, S_IFBLK: 0o60000 };
  const kind = (st) => st[1] & C.S_IFMT;
  const isDir = (st) => kind(st) === C.S_IFDIR;
  const sameFile = (a, b) => a[0] === b[0] && a[7] === b[7];

  // ----- Node's SystemError shape for ERR_FS_CP_* ----------------------------------------------

  const systemErrorProto = Object.create(Error.prototype, {
    name: { __proto__: null, value: 'SystemError', writable: true, configurable: true },
    toString: {
      __proto__: null,
      value: function toString() { return `${this.name} [${this.code}]: ${this.message}`; },
      writable: true, configurable: true,
    },
  });
  const ERRS = {
    ERR_FS_CP_DIR_TO_NON_DIR: ['Cannot overwrite non-directory with directory', 'EISDIR', 21],
    ERR_FS_CP_EEXIST: ['Target already exists', 'EEXIST', 17],
    ERR_FS_CP_EINVAL: ['Invalid src or dest', 'EINVAL', 22],
    ERR_FS_CP_FIFO_PIPE: ['Cannot copy a FIFO pipe', 'EINVAL', 22],
    ERR_FS_CP_NON_DIR_TO_DIR: ['Cannot overwrite directory with non-directory', 'ENOTDIR', 20],
    ERR_FS_CP_SOCKET: ['Cannot copy a socket file', 'EINVAL', 22],
    ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY: ['Cannot overwrite symlink in subdirectory of self', 'EINVAL', 22],
    ERR_FS_CP_UNKNOWN: ['Cannot copy an unknown file type', 'EINVAL', 22],
    ERR_FS_EISDIR: ['Path is a directory', 'EISDIR', 22],
  };
  function cpError(code, message, path) {
    const [prefix, sysCode, errno] = ERRS[code];
    const e = s.nodeError('Error', code, `${prefix}: cp returned ${sysCode} (${message}) ${path}`);
    Object.setPrototypeOf(e, systemErrorProto);
    delete e.code;
    e.code = code;
    e.info = { message, path, syscall: 'cp', errno, code: sysCode };
    e.errno = errno;
    e.syscall = 'cp';
    e.path = path;
    if (typeof e.stack === 'string') e.stack = e.stack.replace(/^[^\n]*/, `SystemError [${code}]: ${e.message}`);
    return e;
  }

  // ----- options ----------------------------------------------------------------------------------

  const BOOLS = ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks'];
  function cpOptions(opts) {
    if (opts === undefined) opts = {};
    else if (opts === null || typeof opts !== 'object') throw s.errType('options', 'object', opts);
    const o = { dereference: false, errorOnExist: false, force: true, preserveTimestamps: false, recursive: false,
      verbatimSymlinks: false, filter: undefined, mode: 0 };
    for (const k of BOOLS) {
      if (opts[k] !== undefined) o[k] = s.checkBool(opts[k], `options.${k}`);
    }
    if (opts.filter !== undefined) o.filter = s.checkFunction(opts.filter, 'options.filter');
    if (opts.mode !== undefined) o.mode = s.checkInteger(opts.mode, 'mode', 0, 7);
    if (o.dereference && o.verbatimSymlinks) {
      throw s.nodeError('TypeError', 'ERR_INCOMPATIBLE_OPTION_PAIR',
        'Option "dereference" cannot be used in combination with option "verbatimSymlinks"');
    }
    return o;
  }
  const pathString = (p, name) => s.pathText(s.toPath(p, name));

  // ----- the walk -----------------------------------------------------------------------------------

  // Is `dest` `src` or inside it (both resolved)?
  function isSubdir(src, dest) {
    const a = pathMod.resolve(src).split(pathMod.sep).filter(Boolean);
    const b = pathMod.resolve(dest).split(pathMod.sep).filter(Boolean);
    return a.every((part, i) => b[i] === part);
  }

  function* statOrNull(p, follow) {
    try {
      return yield [follow ? 'stat' : 'lstat', p];
    } catch (e) {
      if (e.code === 'ENOENT') return null;
      throw e;
    }
  }

  // What is checked before each item is copied.
  function* checkPaths(src, dest, o) {
    const srcStat = yield [o.dereference ? 'stat' : 'lstat', src];
    const destStat = yield* statOrNull(dest, o.dereference);
    if (destStat !== null) {
      if (sameFile(srcStat, destStat)) throw cpError('ERR_FS_CP_EINVAL', 'src and dest cannot be the same', src);
      if (isDir(srcStat) && !isDir(destStat)) {
        throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
      }
      if (!isDir(srcStat) && isDir(destStat)) {
        throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
      }
    }
    if (isDir(srcStat) && isSubdir(src, dest)) {
      throw cpError('ERR_FS_CP_EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
    }
    return [srcStat, destStat];
  }

  // Through links: is any existing parent of dest the source directory itself?
  function* checkParents(src, srcStat, dest) {
    const top = pathMod.dirname(pathMod.resolve(src));
    let p = pathMod.dirname(pathMod.resolve(dest));
    while (p !== top && p !== pathMod.dirname(p)) {
      const st = yield* statOrNull(p, true);
      if (st !== null && sameFile(st, srcStat)) {
        throw cpError('ERR_FS_CP_EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
      }
      p = pathMod.dirname(p);
    }
  }

  function* copyItem(src, dest, o, top) {
    if (o.filter) {
      const keep = yield ['filter', o.filter, src, dest];
      if (!keep) return;
    }
    const [srcStat, destStat] = yield* checkPaths(src, dest, o);
    if (top) {
      yield* checkParents(src, srcStat, dest);
      const parent = pathMod.dirname(dest);
      if ((yield* statOrNull(parent, true)) === null) yield ['mkdirp', parent];
    }
    const st = o.dereference ? yield ['stat', src] : srcStat;
    switch (kind(st)) {
      case C.S_IFDIR:
        if (!o.recursive) throw cpError('ERR_FS_EISDIR', `${src} is a directory (not copied)`, src);
        return yield* copyDir(src, dest, st, destStat, o);
      case C.S_IFREG: case C.S_IFCHR: case C.S_IFBLK:
        return yield* copyFile(src, dest, st, destStat, o);
      case C.S_IFLNK:
        return yield* copyLink(src, dest, destStat, o);
      case C.S_IFSOCK:
        throw cpError('ERR_FS_CP_SOCKET', `cannot copy a socket file: ${dest}`, dest);
      case C.S_IFIFO:
        throw cpError('ERR_FS_CP_FIFO_PIPE', `cannot copy a FIFO pipe: ${dest}`, dest);
      default:
        throw cpError('ERR_FS_CP_UNKNOWN', `cannot copy an unknown file type: ${dest}`, dest);
    }
  }

  function* copyDir(src, dest, st, destStat, o) {
    if (destStat === null) yield ['mkdir', dest, st[1] & 0o7777];
    const names = yield ['readdir', src, false, false];
    for (const name of names) yield* copyItem(pathMod.join(src, name), pathMod.join(dest, name), o, false);
    if (destStat === null) yield ['chmod', dest, st[1] & 0o7777];
  }

  function* copyFile(src, dest, st, destStat, o) {
    if (destStat !== null) {
      if (o.force) yield ['unlink', dest];
      else if (o.errorOnExist) throw cpError('ERR_FS_CP_EEXIST', `${dest} already exists`, dest);
      else return;
    }
    yield ['copyFile', src, dest, o.mode];
    const mode = st[1] & 0o7777;
    if (o.preserveTimestamps) {
      // A read-only copy is made writable for utimes, then given its mode.
      if ((mode & 0o200) === 0) yield ['chmod', dest, mode | 0o200];
      yield ['utimes', dest, st[10] + st[11] / 1e9, st[12] + st[13] / 1e9];
    }
    yield ['chmod', dest, mode];
  }

  function* copyLink(src, dest, destStat, o) {
    let target = yield ['readlink', src, false];
    if (!o.verbatimSymlinks && !pathMod.isAbsolute(target)) target = pathMod.resolve(pathMod.dirname(src), target);
    if (destStat === null) {
      yield ['symlink', target, dest, 0];
      return;
    }
    let destTarget;
    try {
      destTarget = yield ['readlink', dest, false];
    } catch (e) {
      // dest is no link (EINVAL): it is replaced by one.
      if (e.code === 'EINVAL' || e.code === 'UNKNOWN') {
        yield ['unlink', dest];
        yield ['symlink', target, dest, 0];
        return;
      }
      throw e;
    }
    if (!pathMod.isAbsolute(destTarget)) destTarget = pathMod.resolve(pathMod.dirname(dest), destTarget);
    const srcTargetStat = yield* statOrNull(src, true);
    if (srcTargetStat !== null && isDir(srcTargetStat) && isSubdir(target, destTarget)) {
      throw cpError('ERR_FS_CP_EINVAL', `cannot copy ${target} to a subdirectory of self ${destTarget}`, dest);
    }
    const destTargetStat = yield* statOrNull(dest, true);
    if (destTargetStat !== null && isDir(destTargetStat) && isSubdir(destTarget, target)) {
      throw cpError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', `cannot overwrite ${destTarget} with ${target}`, dest);
    }
    yield ['unlink', dest];
    yield ['symlink', target, dest, 0];
  }

  // ----- drivers --------------------------------------------------------------------------------------

  function runSync(gen) {
    let step = gen.next();
    while (!step.done) {
      const [op, ...a] = step.value;
      let v;
      try {
        if (op === 'filter') {
          v = a[0](a[1], a[2]);
          if (v != null && typeof v.then === 'function') {
            throw s.nodeError('TypeError', 'ERR_INVALID_RETURN_VALUE',
              'Expected boolean to be returned from the "filter" function but got an instance of Promise.');
          }
        } else if (op === 'mkdirp') {
          v = s.fs.mkdirSync(a[0], { recursive: true });
        } else {
          v = binding[op](...a);
        }
      } catch (e) {
        step = gen.throw(e);
        continue;
      }
      step = gen.next(v);
    }
  }

  function runAsync(gen, cb) {
    const resume = (how, v) => {
      let step;
      try {
        step = how === 'throw' ? gen.throw(v) : gen.next(v);
      } catch (e) {
        cb(e);
        return;
      }
      if (step.done) {
        cb(null);
        return;
      }
      const [op, ...a] = step.value;
      const ok = (x) => resume('next', x);
      const fail = (e) => resume('throw', e);
      try {
        if (op === 'filter') Promise.resolve(a[0](a[1], a[2])).then(ok, fail);
        else if (op === 'mkdirp') s.promises.mkdir(a[0], { recursive: true }).then(ok, fail);
        else binding[op](...a, (e, x) => (e ? fail(e) : ok(x)));
      } catch (e) {
        process.nextTick(fail, e);
      }
    };
    resume('next');
  }

  function prepare(src, dest, opts) {
    const o = cpOptions(opts);
    return copyItem(pathString(src, 'src'), pathString(dest, 'dest'), o, true);
  }

  function cpSync(src, dest, opts) {
    runSync(prepare(src, dest, opts));
  }

  function cp(src, dest, opts, cb) {
    if (typeof opts === 'function') {
      cb = opts;
      opts = undefined;
    }
    s.checkFunction(cb, 'cb');
    const gen = prepare(src, dest, opts);
    runAsync(gen, (e) => (e ? cb(e) : cb(null)));
  }

  async function promiseCp(src, dest, opts) {
    const gen = prepare(src, dest, opts);
    return new Promise((resolve, reject) => runAsync(gen, (e) => (e ? reject(e) : resolve())));
  }

  return { cp, cpSync, promiseCp };
});
