// fs.watch, fs.watchFile/unwatchFile and fs.promises.watch for jsrt-node
// (docs/FS.md, "Watchers"). Evaluated on first use with what fs.js shares
// (`s`); the handles themselves are in watch.rs: binding.watchStart /
// pollStart return a number naming a libuv handle, watcherClose/watcherRef
// act on it.
//
// Written for this project from Node's documentation and observed behaviour.
(function (s) {
  'use strict';

  const { binding, EventEmitter, Buffer, process, pathMod } = s;

  // Node's `watch` error: the uvException with the path also as `filename`.
  function watchError(code, filename) {
    const e = binding.uvException(code, 'watch', filename);
    const { errno, syscall, path } = e;
    for (const k of ['errno', 'code', 'syscall', 'path']) delete e[k];
    Object.assign(e, { errno, syscall, code: e.message.slice(0, e.message.indexOf(':')), path, filename });
    return e;
  }

  const encodeFilename = (buf, enc) => (buf === null ? null : enc === 'buffer' ? buf : buf.toString(enc));

  // "Received ..." as Node's argument errors word it.
  const received = (v) => {
    const m = s.errType('x', 'string', v).message;
    return m.slice(m.indexOf('Received'));
  };

  function watchOptions(opts) {
    if (opts != null && typeof opts !== 'string' && typeof opts !== 'object') {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE',
        `The "options" argument must be one of type string or object. ${received(opts)}`);
    }
    const o = s.options(opts, { persistent: true, recursive: false, encoding: 'utf8' });
    if (o.recursive !== undefined) s.checkBool(o.recursive, 'options.recursive');
    return o;
  }

  // The abort signal closes the watcher; closing lets go of the signal.
  function watchSignal(w, signal) {
    if (signal === undefined) return;
    if (signal.aborted) {
      process.nextTick(() => w.close());
      return;
    }
    const onAbort = () => w.close();
    signal.addEventListener('abort', onAbort, { once: true });
    w.once('close', () => signal.removeEventListener('abort', onAbort));
  }

  // ----- FSWatcher: one uv_fs_event handle -------------------------------------------------------

  const kId = Symbol('kId');
  // The handle a watcher holds (FSWatcher and StatWatcher alike): adopted
  // once started, released on close/stop, ref'd and unref'd while held.
  function adopt(w, id, persistent) {
    w._handle = { [kId]: id };
    if (persistent === false) binding.watcherRef(id, false);
  }
  // True when there was a handle to let go.
  function release(w) {
    if (w._handle === null) return false;
    binding.watcherClose(w._handle[kId]);
    w._handle = null;
    return true;
  }
  function setRef(w, on) {
    if (w._handle !== null) binding.watcherRef(w._handle[kId], on);
    return w;
  }

  class FSWatcher extends EventEmitter {
    constructor() {
      super();
      this._handle = null;
    }
    start(filename, persistent, recursive, encoding) {
      if (this._handle !== null) return;
      const p = s.toPath(filename);
      const enc = encoding || 'utf8';
      const id = binding.watchStart(p, (status, kind, name) => {
        if (this._handle === null) return;
        if (status < 0) {
          binding.watcherClose(id);
          this._handle = null;
          this.emit('error', watchError(status, s.pathText(p)));
          return;
        }
        this.emit('change', kind, encodeFilename(name, enc));
      });
      if (id < 0) throw watchError(id, s.pathText(p));
      adopt(this, id, persistent);
    }
    close() {
      if (release(this)) process.nextTick(() => this.emit('close'));
    }
    ref() {
      return setRef(this, true);
    }
    unref() {
      return setRef(this, false);
    }
  }

  // ----- recursive: libuv watches one directory per handle on Linux, so the
  // tree is walked and every directory gets its own handle; directories that
  // appear later are added when their 'rename' arrives, names are reported
  // relative to the watched root. Symbolic links are not followed.

  const kStart = Symbol('kStart');
  class RecursiveWatcher extends EventEmitter {
    #dirs = new Map(); // directory path (relative to the root, '' for it) -> handle id
    #root;
    #enc;
    #persistent;
    #closed = false;

    [kStart](filename, persistent, encoding) {
      this.#root = s.pathText(s.toPath(filename));
      this.#enc = encoding || 'utf8';
      this.#persistent = persistent !== false;
      let st;
      try {
        st = s.fs.statSync(this.#root);
      } catch (e) {
        throw watchError(e.errno, this.#root);
      }
      if (!st.isDirectory()) {
        // A file: its own events, named by its base name.
        this.#add('', this.#root, pathMod.basename(this.#root));
        return;
      }
      this.#addTree('');
    }
    #add(rel, full, fixedName) {
      const id = binding.watchStart(full, (status, kind, name) => {
        if (this.#closed) return;
        if (status < 0) {
          this.close();
          this.emit('error', watchError(status, full));
          return;
        }
        if (name === null) return;
        const sub = fixedName ?? (rel === '' ? name.toString() : pathMod.join(rel, name.toString()));
        if (kind === 'rename' && fixedName === undefined) this.#renamed(sub);
        const shown = this.#enc === 'buffer' ? Buffer.from(sub) : Buffer.from(sub).toString(this.#enc);
        this.emit('change', kind, shown);
      });
      if (id < 0) {
        if (rel === '') throw watchError(id, full);
        return;
      }
      if (!this.#persistent) binding.watcherRef(id, false);
      this.#dirs.set(rel, id);
    }
    #addTree(rel) {
      const full = rel === '' ? this.#root : pathMod.join(this.#root, rel);
      this.#add(rel, full);
      let entries;
      try {
        entries = s.fs.readdirSync(full, { withFileTypes: true });
      } catch {
        return;
      }
      for (const d of entries) {
        if (d.isDirectory()) this.#addTree(rel === '' ? d.name : pathMod.join(rel, d.name));
      }
    }
    // A name came or went: a new directory is watched (with what it holds
    // already), a removed one lets go of its handles.
    #renamed(sub) {
      let isDir = false;
      try {
        isDir = s.fs.lstatSync(pathMod.join(this.#root, sub)).isDirectory();
      } catch {
        // gone
      }
      if (isDir) {
        if (!this.#dirs.has(sub)) this.#addTree(sub);
        return;
      }
      for (const [rel, id] of this.#dirs) {
        if (rel === sub || rel.startsWith(sub + pathMod.sep)) {
          binding.watcherClose(id);
          this.#dirs.delete(rel);
        }
      }
    }
    close() {
      if (this.#closed) return;
      this.#closed = true;
      for (const id of this.#dirs.values()) binding.watcherClose(id);
      this.#dirs.clear();
      this.emit('close');
    }
    ref() {
      for (const id of this.#dirs.values()) binding.watcherRef(id, true);
      return this;
    }
    unref() {
      for (const id of this.#dirs.values()) binding.watcherRef(id, false);
      return this;
    }
  }
  Object.defineProperty(RecursiveWatcher, 'name', { __proto__: null, value: 'FSWatcher' });

  function watch(filename, opts, listener) {
    if (typeof opts === 'function') {
      listener = opts;
      opts = undefined;
    }
    const o = watchOptions(opts);
    s.toPath(filename);
    let w;
    if (o.recursive) {
      w = new RecursiveWatcher();
      w[kStart](filename, o.persistent, o.encoding);
    } else {
      w = new FSWatcher();
      w.start(filename, o.persistent, false, o.encoding);
    }
    if (listener) w.addListener('change', listener);
    watchSignal(w, o.signal);
    return w;
  }

  // ----- watchFile: one uv_fs_poll handle per file, shared by its listeners -----------------------

  class StatWatcher extends EventEmitter {
    constructor(bigint) {
      super();
      this._handle = null;
      this[kBig] = !!bigint;
    }
    start(filename, persistent, interval) {
      if (this._handle !== null) return;
      const p = s.toPath(filename);
      const id = binding.pollStart(p, interval, (status, curr, prev) => {
        if (this._handle === null) return;
        this.emit('change', s.makeStats(curr, this[kBig]), s.makeStats(prev, this[kBig]));
      });
      if (id < 0) throw watchError(id, s.pathText(p));
      adopt(this, id, persistent);
    }
    stop() {
      if (release(this)) process.nextTick(() => this.emit('stop'));
    }
    ref() {
      return setRef(this, true);
    }
    unref() {
      return setRef(this, false);
    }
  }
  const kBig = Symbol('kBigint');

  const statWatchers = new Map();
  const watcherKey = (filename) => pathMod.resolve(s.pathText(s.toPath(filename)));

  function watchFile(filename, opts, listener) {
    s.toPath(filename);
    let o = { interval: 5007, persistent: true, bigint: false };
    // Anything but an options object is taken as the listener, as in Node.
    if (opts !== null && typeof opts === 'object') o = Object.assign(o, opts);
    else listener = opts;
    s.checkFunction(listener, 'listener');
    if (typeof o.interval !== 'number') throw s.errType('interval', 'number', o.interval);
    s.checkInteger(o.interval, 'interval', 0, 4294967295);
    const key = watcherKey(filename);
    let w = statWatchers.get(key);
    if (w === undefined) {
      w = new StatWatcher(o.bigint);
      w.start(filename, o.persistent, o.interval);
      statWatchers.set(key, w);
    }
    w.addListener('change', listener);
    return w;
  }

  function unwatchFile(filename, listener) {
    const key = watcherKey(filename);
    const w = statWatchers.get(key);
    if (w === undefined) return;
    if (typeof listener === 'function') w.removeListener('change', listener);
    else w.removeAllListeners('change');
    if (w.listenerCount('change') === 0) {
      w.stop();
      statWatchers.delete(key);
    }
  }

  // ----- fs.promises.watch: an async iterator of { eventType, filename } -------------------------

  async function* promiseWatch(filename, opts = {}) {
    s.toPath(filename);
    if (opts === null || typeof opts !== 'object') throw s.errType('options', 'Object', opts);
    const { persistent = true, recursive = false, encoding = 'utf8', signal } = opts;
    s.checkBool(persistent, 'options.persistent');
    s.checkBool(recursive, 'options.recursive');
    if (signal !== undefined) s.checkSignal(signal);
    if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
      throw s.errValue('encoding', encoding, 'is invalid encoding');
    }
    if (signal?.aborted) throw s.abortError(signal);
    const w = recursive ? new RecursiveWatcher() : new FSWatcher();
    if (recursive) w[kStart](filename, persistent, encoding);
    else w.start(filename, persistent, false, encoding);
    const queue = [];
    let failure = null;
    let wake = null;
    const poke = () => {
      if (wake !== null) wake();
      wake = null;
    };
    const onAbort = () => {
      failure = s.abortError(signal);
      poke();
    };
    if (signal !== undefined) signal.addEventListener('abort', onAbort, { once: true });
    w.on('change', (eventType, name) => {
      queue.push({ eventType, filename: name });
      poke();
    });
    w.on('error', (e) => {
      failure = e;
      poke();
    });
    try {
      for (;;) {
        if (failure !== null) throw failure;
        if (queue.length > 0) {
          yield queue.shift();
          continue;
        }
        await new Promise((resolve) => { wake = resolve; });
      }
    } finally {
      w.close();
      if (signal !== undefined) signal.removeEventListener('abort', onAbort);
    }
  }

  return { watch, watchFile, unwatchFile, promiseWatch, FSWatcher, StatWatcher };
});
