// The steps of node:fs's operations that walk trees or paths, for jsrt-node:
// recursive mkdir, readdir and rm/rmdir, realpath's component walk and
// truncate by path. Generators of libuv requests as in fs.js (`drive` and
// `driveAsync` run them); evaluated when one of them first runs, with what
// fs.js shares (`s`), so require('fs') does not read them.
//
// Written for this project from Node's documentation and observed behaviour.
(function (s) {
  'use strict';

  const {
    binding, Buffer, process, pathMod, pathText, makeStats, nodeError, constants: C,
    typeFromMode, encodeName, wantsRaw, Dirent, lenArg,
  } = s;
  const S_IFMT = C.S_IFMT;

  function* mkdirpSteps(path, mode) {
    // Walk up to the first ancestor that exists, then create downwards. The
    // names are the UTF-8 the system saw (a lone surrogate reads back U+FFFD).
    const text = typeof path === 'string' ? Buffer.from(path).toString() : pathText(path);
    const missing = [];
    let cur = text;
    for (;;) {
      let st = null;
      try {
        st = yield ['stat', cur];
      } catch (e) {
        if (e.code === 'ENOTDIR') throw binding.uvException(-20, 'mkdir', text);
        if (e.code !== 'ENOENT') throw e;
      }
      if (st) {
        if ((st[1] & S_IFMT) !== C.S_IFDIR) {
          if (missing.length === 0) {
            throw binding.uvException(-17, 'mkdir', text);
          }
          throw binding.uvException(-20, 'mkdir', text);
        }
        break;
      }
      missing.push(cur);
      const up = pathMod.dirname(cur);
      if (up === cur) break;
      cur = up;
    }
    let first;
    for (let i = missing.length - 1; i >= 0; i--) {
      try {
        yield ['mkdir', missing[i], mode];
        if (first === undefined) first = missing[i];
      } catch (e) {
        if (e.code !== 'EEXIST') {
          throw e.code === 'ENOTDIR' ? binding.uvException(-20, 'mkdir', text) : e;
        }
        // Something appeared there; a dangling symbolic link is ENOENT.
        try {
          yield ['stat', missing[i]];
        } catch (e2) {
          throw binding.uvException(e2.errno, 'mkdir', text);
        }
      }
    }
    return first;
  }

  function* fillUnknownTypes(dir, names, types) {
    for (let i = 0; i < names.length; i++) {
      if (types[i] !== C.UV_DIRENT_UNKNOWN) continue;
      try {
        const st = yield ['lstat', pathMod.join(pathText(dir), String(names[i]))];
        types[i] = typeFromMode(st[1]);
      } catch {
        // left unknown, as Node does when lstat fails
      }
    }
  }

  function* readdirSteps(path, enc, withTypes, recursive) {
    const raw = wantsRaw(enc);
    if (!recursive) {
      const r = yield ['readdir', path, withTypes, raw];
      if (!withTypes) return r.map((n) => encodeName(n, enc));
      const [names, types] = r;
      yield* fillUnknownTypes(path, names, types);
      const parent = pathText(path);
      return names.map((n, i) => new Dirent(encodeName(n, enc), types[i], parent));
    }
    // Recursive: breadth first, names relative to `path`.
    const root = pathText(path);
    const out = [];
    const queue = [''];
    while (queue.length) {
      const rel = queue.shift();
      const dir = rel === '' ? root : pathMod.join(root, rel);
      const [names, types] = yield ['readdir', dir, true, false];
      yield* fillUnknownTypes(dir, names, types);
      for (let i = 0; i < names.length; i++) {
        const relName = rel === '' ? names[i] : pathMod.join(rel, names[i]);
        if (withTypes) out.push(new Dirent(names[i], types[i], dir));
        else out.push(enc === 'buffer' ? Buffer.from(relName) : relName);
        if (types[i] === C.UV_DIRENT_DIR) queue.push(relName);
      }
    }
    return out;
  }

  function eisdirError(p) {
    const e = nodeError('Error', 'ERR_FS_EISDIR', `Path is a directory: rm returned EISDIR (is a directory) ${p}`);
    Object.defineProperty(e, 'name', { __proto__: null, value: 'SystemError', writable: true, configurable: true });
    e.info = { code: 'EISDIR', message: 'is a directory', path: p, syscall: 'rm', errno: 21 };
    e.errno = 21;
    e.syscall = 'rm';
    e.path = p;
    return e;
  }

  function* rmTreeSteps(p) {
    let st;
    try {
      st = yield ['lstat', p];
    } catch (e) {
      if (e.code === 'ENOENT') return;
      throw e;
    }
    if ((st[1] & S_IFMT) !== C.S_IFDIR) {
      yield ['unlink', p];
      return;
    }
    // Names as bytes: a name that is not UTF-8 must still be removable.
    const names = yield ['readdir', p, false, true];
    const dirBytes = typeof p === 'string' ? Buffer.from(p) : p;
    const slash = Buffer.from('/');
    for (const n of names) yield* rmTreeSteps(Buffer.concat([dirBytes, slash, n]));
    yield ['rmdir', p];
  }

  function* rmSteps(path, recursive, force) {
    let st;
    try {
      st = yield ['lstat', path];
    } catch (e) {
      if (force && e.code === 'ENOENT') return undefined;
      // Node's forced tree removal reports a file parent as unlink's error.
      if (force && recursive && e.code === 'ENOTDIR') throw binding.uvException(e.errno, 'unlink', pathText(path));
      throw e;
    }
    if ((st[1] & S_IFMT) === C.S_IFDIR) {
      // The message shows the path as String() does (a Uint8Array as numbers).
      if (!recursive) throw eisdirError(String(path));
      yield* rmTreeSteps(path);
      return undefined;
    }
    yield ['unlink', path];
    return undefined;
  }

  // rmdir(path, { recursive: true }) (deprecated): a tree, but never a file.
  // Node warns (DEP0147, once) when the target is missing or not a directory.
  let rmdirWarned = false;
  function rmdirWarning() {
    if (rmdirWarned) return;
    rmdirWarned = true;
    process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
      'Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
  }
  function* rmdirTreeSteps(path) {
    let st;
    try {
      st = yield ['lstat', path];
    } catch (e) {
      if (e && e.code === 'ENOENT') rmdirWarning();
      throw e;
    }
    if ((st[1] & S_IFMT) !== C.S_IFDIR) {
      rmdirWarning();
      throw binding.uvException(-20, 'rmdir', pathText(path));
    }
    yield* rmTreeSteps(path);
    return undefined;
  }

  // fs.realpath (not .native) walks the absolute path one component at a
  // time as Node's does: an error names the lstat of the first component that
  // fails (absolute), a symbolic link is read and the walk starts again from
  // the root with its target in place, and a loop ends in stat's ELOOP. Any
  // argument that is not a string or URL is made one with `+ ''` first.
  function* realpathSteps(input, enc) {
    let parts = pathMod.resolve(input).split('/').filter(Boolean);
    let done = '/';
    let i = 0;
    while (i < parts.length) {
      const next = done === '/' ? `/${parts[i]}` : `${done}/${parts[i]}`;
      const st = makeStats(yield ['lstat', next], false);
      if (!st.isSymbolicLink()) {
        done = next;
        i += 1;
        continue;
      }
      yield ['stat', next];
      const target = yield ['readlink', next, false];
      parts = pathMod.resolve(done, target).split('/').filter(Boolean).concat(parts.slice(i + 1));
      done = '/';
      i = 0;
    }
    if (!enc || enc === 'utf8' || enc === 'utf-8') return done;
    return enc === 'buffer' ? Buffer.from(done) : Buffer.from(done).toString(enc);
  }
  function* truncateSteps(path, len) {
    const fd = yield ['open', path, C.O_RDWR, 0o666];
    let failed = null;
    try {
      yield ['ftruncate', fd, lenArg(len)];
    } catch (e) {
      failed = e;
    }
    yield ['close', fd];
    if (failed) throw failed;
    return undefined;
  }

  return { mkdirpSteps, fillUnknownTypes, readdirSteps, rmSteps, rmdirTreeSteps, realpathSteps, truncateSteps };
})
