// node:console — the global console for hosts without one and the Console
// class — written for this library from Node 20's documentation and its
// observed output. The global console prints through the natives in `native`
// (console.rs: `log`/`error` format with util.formatWithOptions onto
// process.stdout/stderr or the fd, `write(fd, line)` prints a finished line,
// both honour group() through `setIndent`), because console.log is hot. A
// Console instance formats here and writes to the streams it was given.
(function (native) {
  'use strict';
  const warn = (text) => {
    const p = globalThis.process;
    if (p && typeof p.emitWarning === 'function') p.emitWarning(text);
  };
  const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  const labelOf = (label) => (label === undefined ? 'default' : `${label}`);

  const clock = () => (typeof performance === 'object' && performance && typeof performance.now === 'function' ?
    performance.now() : Date.now());

  // ----- elapsed time: "12.5ms", "1.500s", "2:03.250 (m:ss.mmm)" ---------------------

  const two = (n) => (`${n}`.length < 2 ? `0${n}` : `${n}`);
  function elapsed(ms) {
    if (!(ms >= 1000)) return `${Number(ms.toFixed(3))}ms`;
    if (ms < 60000) return `${(ms / 1000).toFixed(3)}s`;
    const hours = ms >= 3600000 ? Math.floor(ms / 3600000) : 0;
    const inHour = hours ? ms % 3600000 : ms;
    const minutes = Math.floor(inHour / 60000);
    const [whole, frac] = ((inHour % 60000) / 1000).toFixed(3).split('.');
    const secs = `${two(whole)}.${frac}`;
    return hours ? `${hours}:${two(minutes)}:${secs} (h:mm:ss.mmm)` : `${minutes}:${secs} (m:ss.mmm)`;
  }

  function reportTimer(con, method, label, extra) {
    const times = state(con).times;
    if (!times.has(label)) {
      warn(`No such label '${label}' for console.${method}()`);
      return false;
    }
    const text = elapsed(clock() - times.get(label));
    con.log('%s: %s', label, text, ...extra);
    return true;
  }

  // ----- console.table ----------------------------------------------------------------

  const BOX = {
    line: '\u2500', cross: '\u253c', teeDown: '\u252c', teeUp: '\u2534', teeRight: '\u251c', teeLeft: '\u2524',
    topLeft: '\u250c', topRight: '\u2510', bottomLeft: '\u2514', bottomRight: '\u2518', bar: '\u2502',
  };

  // Draws columns (arrays, possibly sparse) under their headings.
  function drawTable(headings, columns) {
    const height = columns.reduce((h, col) => Math.max(h, col.length), 0);
    const grid = columns.map((col) => {
      const cells = [];
      for (let r = 0; r < height; r++) cells.push(hasOwn(col, r) ? col[r] : '');
      return cells;
    });
    const widths = headings.map((h, c) => grid[c].reduce((w, cell) => Math.max(w, native.stringWidth(cell)),
      native.stringWidth(h)));
    const line = (cells) => `${BOX.bar} ${cells.map((cell, c) =>
      cell + ' '.repeat(Math.ceil(widths[c] - native.stringWidth(cell)))).join(` ${BOX.bar} `)} ${BOX.bar}`;
    const rule = (l, mid, r) => l + widths.map((w) => BOX.line.repeat(w + 2)).join(mid) + r;
    const out = [rule(BOX.topLeft, BOX.teeDown, BOX.topRight), line(headings), rule(BOX.teeRight, BOX.cross, BOX.teeLeft)];
    for (let r = 0; r < height; r++) out.push(line(grid.map((cells) => cells[r])));
    out.push(rule(BOX.bottomLeft, BOX.teeUp, BOX.bottomRight));
    return out.join('\n');
  }

  // A cell shows an object with more than two keys as [Object]; the rest one
  // level deep, at most three array items, on one line.
  function cell(v, colors) {
    const big = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2;
    return native.inspect(v, { depth: big ? -1 : 0, maxArrayLength: 3, breakLength: Infinity, colors });
  }

  const isA = (proto) => (v) => {
    try {
      proto.has.call(v);
      return true;
    } catch {
      return false;
    }
  };
  const isMap = isA(Map.prototype);
  const isSet = isA(Set.prototype);

  // What a Map/Set iterator has ahead, read without advancing it: pairs for
  // entries(), single values otherwise (Node previews them the same way).
  function iteratorRows(data) {
    const src = native.iterSource(data);
    if (src === undefined) return undefined;
    const [coll, kind, done] = src;
    const proto = isMap(coll) ? Map.prototype : Set.prototype;
    if (done) return { pairs: kind === 2, rows: [] };
    const it = kind === 0 ? proto.keys.call(coll) : kind === 1 ? proto.values.call(coll) : proto.entries.call(coll);
    return { pairs: kind === 2, rows: Array.from(it) };
  }

  function tableOf(data, wanted, colors) {
    const fromIterator = iteratorRows(data);
    if (fromIterator || isMap(data) || isSet(data)) {
      const keyed = fromIterator ? fromIterator.pairs : isMap(data);
      const index = [];
      const keys = [];
      const values = [];
      for (const entry of fromIterator ? fromIterator.rows : data) {
        index.push(cell(index.length, colors));
        if (keyed) keys.push(cell(entry[0], colors));
        values.push(cell(keyed ? entry[1] : entry, colors));
      }
      return keyed ? drawTable(['(iteration index)', 'Key', 'Values'], [index, keys, values]) :
        drawTable(['(iteration index)', 'Values'], [index, values]);
    }
    const rowKeys = Object.keys(data);
    // Column names in property-key order (integer-like names first), as Node lists them.
    const byColumn = Object.create(null);
    const loose = [];
    let anyLoose = false;
    rowKeys.forEach((rowKey, r) => {
      const row = data[rowKey];
      const plain = row === null || (typeof row !== 'object' && typeof row !== 'function');
      if (plain && wanted === undefined) {
        anyLoose = true;
        loose[r] = cell(row, colors);
        return;
      }
      for (const col of wanted || Object.keys(row)) {
        if (byColumn[col] === undefined) byColumn[col] = [];
        byColumn[col][r] = plain || !hasOwn(row, col) ? '' : cell(row[col], colors);
      }
    });
    const headings = ['(index)', ...Object.keys(byColumn)];
    const columns = [rowKeys, ...Object.values(byColumn)];
    if (anyLoose) {
      headings.push('Values');
      columns.push(loose);
    }
    return drawTable(headings, columns);
  }

  // ----- the state behind a console ---------------------------------------------------

  const kState = Symbol('kState');
  const kIsConsole = Symbol('kIsConsole');
  const noop = () => {};

  function state(con) {
    const s = con != null ? con[kState] : undefined;
    if (s === undefined) throw new TypeError('Console method called on an object that is not a console');
    return s;
  }

  const streamOf = (con, fd) => (fd === 1 ? con._stdout : con._stderr);

  function colorsFor(con, fd) {
    const s = state(con);
    if (s.global) return native.colors(fd);
    if (s.colorMode !== 'auto') return s.colorMode;
    const stream = streamOf(con, fd);
    if (!stream || !stream.isTTY) return false;
    return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
  }

  function inspectOptionsFor(con, fd) {
    const given = state(con).inspectOptions;
    const colors = given === undefined || given.colors === undefined ? colorsFor(con, fd) : given.colors;
    if (given === undefined) return colors ? { colors: true } : {};
    return given.colors === undefined ? { ...given, colors } : given;
  }

  // A stack overflow inside a stream's write is the program's bug, never an
  // output error to swallow.
  const overflowed = (e) => e !== null && typeof e === 'object' &&
    (e instanceof RangeError || e.name === 'InternalError') && /call stack|stack overflow/i.test(e.message);

  // A write that fails later (a pipe whose reader left) must not become an
  // unhandled 'error' when the console ignores errors.
  const afterWrite = (stream) => (err) => {
    if (err == null) return;
    const ws = stream._writableState;
    if (ws && ws.errorEmitted) return;
    if (typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0) stream.once('error', noop);
  };

  // One finished line onto an instance's stream, indented by its groups.
  function put(con, fd, text) {
    const s = state(con);
    if (s.indent !== '') text = s.indent + (text.includes('\n') ? text.replace(/\n/g, `\n${s.indent}`) : text);
    text += '\n';
    const stream = streamOf(con, fd);
    if (!s.ignoreErrors) {
      stream.write(text);
      return;
    }
    let guard = false;
    try {
      if (typeof stream.listenerCount === 'function' && typeof stream.once === 'function' &&
          stream.listenerCount('error') === 0) {
        stream.once('error', noop);
        guard = true;
      }
      stream.write(text, fd === 1 ? con._stdoutErrorHandler : con._stderrErrorHandler);
    } catch (e) {
      if (overflowed(e)) throw e;
    } finally {
      if (guard) stream.removeListener('error', noop);
    }
  }

  function print(con, fd, args) {
    if (state(con).global) {
      Reflect.apply(fd === 1 ? native.log : native.error, undefined, args);
      return;
    }
    put(con, fd, native.formatWith(inspectOptionsFor(con, fd), ...args));
  }

  function printLine(con, fd, text) {
    if (state(con).global) native.write(fd, text);
    else put(con, fd, text);
  }

  function setIndent(con, indent) {
    const s = state(con);
    s.indent = indent;
    if (s.global) native.setIndent(indent);
  }

  // ----- the methods, in Node's key order (Console.prototype) ---------------------------

  const methods = {
    log(...args) {
      print(this, 1, args);
    },
    warn(...args) {
      print(this, 2, args);
    },
    dir(...args) {
      const [object, options] = args;
      printLine(this, 1, native.inspect(object, { customInspect: false, ...inspectOptionsFor(this, 1), ...options }));
    },
    time(...args) {
      const label = labelOf(args[0]);
      const times = state(this).times;
      if (times.has(label)) warn(`Label '${label}' already exists for console.time()`);
      else times.set(label, clock());
    },
    timeEnd(...args) {
      const label = labelOf(args[0]);
      if (reportTimer(this, 'timeEnd', label, [])) state(this).times.delete(label);
    },
    timeLog(...args) {
      reportTimer(this, 'timeLog', labelOf(args[0]), args.slice(1));
    },
    trace(...args) {
      const stack = new Error().stack;
      const frames = typeof stack === 'string' ? stack.replace(/\n$/, '') : '';
      const text = args.length > 0 ? native.formatWith(inspectOptionsFor(this, 2), ...args) : '';
      const title = text ? `Trace: ${text}` : 'Trace';
      // The first frame is this function's own.
      this.error(frames.startsWith('    at ') ? [title, ...frames.split('\n').slice(1)].join('\n') : title);
    },
    assert(...args) {
      if (args[0]) return;
      const rest = args.slice(1);
      rest[0] = rest.length > 0 ? `Assertion failed: ${rest[0]}` : 'Assertion failed';
      Reflect.apply(this.warn, this, rest);
    },
    clear() {
      const out = this._stdout;
      const env = globalThis.process && globalThis.process.env;
      if (out && out.isTTY && typeof out.write === 'function' && !(env && env.TERM === 'dumb')) {
        out.write('\u001b[1;1H\u001b[0J');
      }
    },
    count(...args) {
      const label = labelOf(args[0]);
      const counts = state(this).counts;
      const n = (counts.get(label) || 0) + 1;
      counts.set(label, n);
      this.log(`${label}: ${n}`);
    },
    countReset(...args) {
      const label = labelOf(args[0]);
      if (!state(this).counts.delete(label)) warn(`Count for '${label}' does not exist`);
    },
    group(...data) {
      if (data.length > 0) Reflect.apply(this.log, this, data);
      setIndent(this, state(this).indent + ' '.repeat(state(this).indentWidth));
    },
    groupEnd() {
      const s = state(this);
      setIndent(this, s.indent.slice(0, Math.max(0, s.indent.length - s.indentWidth)));
    },
    table(...args) {
      const [data, wanted] = args;
      if (wanted !== undefined && !Array.isArray(wanted)) throw native.invalidArgType('properties', 'Array', wanted);
      if (data === null || typeof data !== 'object') return this.log(data);
      return this.log(tableOf(data, wanted, colorsFor(this, 1)));
    },
  };
  methods.debug = methods.log;
  methods.info = methods.log;
  methods.dirxml = methods.log;
  methods.error = methods.warn;
  methods.groupCollapsed = methods.group;
  const METHOD_KEYS = Object.keys(methods);

  const bound = (f, con, name) => Object.defineProperty(f.bind(con), 'name', { __proto__: null, value: name, configurable: true });
  const hidden = (value) => ({ value, writable: true, enumerable: false, configurable: true });

  // ----- new Console(stdout[, stderr][, ignoreErrors]) / new Console(options) ----------

  const isWritable = (s) => s != null && typeof s.write === 'function';

  function Console(options) {
    if (!new.target) return Reflect.construct(Console, arguments);
    const o = !options || typeof options.write === 'function' ?
      { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] } : options;
    const out = o.stdout;
    const err = o.stderr === undefined ? out : o.stderr;
    if (!isWritable(out)) throw native.nodeError('TypeError', 'ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for stdout');
    if (!isWritable(err)) throw native.nodeError('TypeError', 'ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for stderr');
    const colorMode = o.colorMode === undefined ? 'auto' : o.colorMode;
    if (colorMode !== 'auto' && colorMode !== true && colorMode !== false) {
      throw native.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        `The argument 'colorMode' must be one of: 'auto', true, false. Received ${native.inspect(colorMode)}`);
    }
    const width = o.groupIndentation;
    if (width !== undefined) native.checkIndentWidth(width);
    const given = o.inspectOptions;
    if (given !== undefined) {
      if (given === null || typeof given !== 'object') throw native.invalidArgType('options.inspectOptions', 'object', given);
      if (given.colors !== undefined && o.colorMode !== undefined) {
        throw native.nodeError('TypeError', 'ERR_INCOMPATIBLE_OPTION_PAIR',
          'Option "options.inspectOptions.color" cannot be used in combination with option "colorMode"');
      }
    }
    const s = {
      global: false, colorMode, inspectOptions: given, indent: '', indentWidth: width === undefined ? 2 : width,
      ignoreErrors: o.ignoreErrors === undefined ? true : Boolean(o.ignoreErrors), counts: new Map(), times: new Map(),
    };
    Object.defineProperty(this, kState, { __proto__: null, value: s });
    Object.defineProperty(this, kIsConsole, { __proto__: null, value: true });
    // Bound to this instance, picking up a subclass's overrides, so methods
    // can be passed around as plain functions.
    for (const key of METHOD_KEYS) this[key] = bound(this[key], this, key);
    Object.defineProperties(this, {
      _stdout: hidden(out),
      _stderr: hidden(err),
      _stdoutErrorHandler: hidden(afterWrite(out)),
      _stderrErrorHandler: hidden(afterWrite(err)),
      _ignoreErrors: hidden(s.ignoreErrors),
      _times: hidden(s.times),
      [Symbol.toStringTag]: { __proto__: null, value: 'console', writable: false, enumerable: false, configurable: true },
    });
  }
  for (const key of METHOD_KEYS) {
    Object.defineProperty(Console.prototype, key, { __proto__: null, value: methods[key], writable: true, enumerable: true, configurable: true });
  }
  Object.defineProperty(Console, Symbol.hasInstance, {
    __proto__: null,
    value: (v) => v !== null && (typeof v === 'object' || typeof v === 'function') && v[kIsConsole] === true,
  });

  // ----- the global console ---------------------------------------------------------------

  const NATIVE_PRINTERS = ['log', 'warn', 'debug', 'info', 'dirxml', 'error'];
  const CONTEXT_KEYS = ['dir', 'dirXml', 'table', 'groupEnd', 'clear', 'count', 'countReset', 'profile',
    'profileEnd', 'timeLog', 'debug', 'error', 'info', 'log', 'warn', 'trace', 'group', 'groupCollapsed', 'assert',
    'time', 'timeEnd', 'timeStamp'];

  const console = Object.create({});
  const gs = {
    global: true, colorMode: 'auto', inspectOptions: undefined, indent: '', indentWidth: 2,
    ignoreErrors: true, counts: new Map(), times: new Map(),
  };
  Object.defineProperty(console, kState, { __proto__: null, value: gs });
  Object.defineProperty(console, kIsConsole, { __proto__: null, value: true });
  for (const key of METHOD_KEYS) console[key] = NATIVE_PRINTERS.includes(key) ? native[key] : bound(methods[key], console, key);
  Object.defineProperties(console, {
    _stdoutErrorHandler: hidden((e) => {
      const out = native.stream(1);
      if (out) afterWrite(out)(e);
    }),
    _stderrErrorHandler: hidden((e) => {
      const err = native.stream(2);
      if (err) afterWrite(err)(e);
    }),
    _ignoreErrors: hidden(true),
    _times: hidden(gs.times),
  });
  console.Console = Console;
  // Inspector-only in Node: nothing to do without one.
  console.profile = function profile() {};
  console.profileEnd = function profileEnd() {};
  console.timeStamp = function timeStamp() {};
  console.context = function context() {
    // V8's context consoles report to the inspector only.
    const quiet = {};
    for (const key of CONTEXT_KEYS) quiet[key] = Object.defineProperty(() => {}, 'name', { __proto__: null, value: key });
    return quiet;
  };
  console.createTask = function createTask(...args) {
    const name = args[0];
    if (typeof name !== 'string' || name === '') throw new Error('First argument must be a non-empty string.');
    return { run: (f) => f() };
  };
  // Where output goes: process.stdout/stderr at the time of each call, unless
  // a program assigns its own stream here (as Node allows).
  const outlet = (fd) => ({
    __proto__: null,
    get() { return native.stream(fd); },
    set(stream) { native.setStream(fd, stream); },
    enumerable: false,
    configurable: true,
  });
  Object.defineProperty(console, '_stdout', outlet(1));
  Object.defineProperty(console, '_stderr', outlet(2));
  Object.defineProperty(console, Symbol.toStringTag, { __proto__: null, value: 'console', writable: false, enumerable: false, configurable: true });
  return console;
})
