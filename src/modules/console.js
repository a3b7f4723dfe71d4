// The reference host's console, written for this library from Node 20's
// documentation and its observed output. Line output goes through the natives
// in `native` (console.rs): `log`/`error` format with util.formatWithOptions,
// `write(fd, line)` prints a finished line; both honour group().
(function (native) {
  'use strict';
  const warn = (text) => {
    const p = globalThis.process;
    if (p && typeof p.emitWarning === 'function') p.emitWarning(text);
  };
  const colorOpts = (fd) => (native.colors(fd) ? { colors: true } : {});
  const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  const labelOf = (label) => (label === undefined ? 'default' : `${label}`);

  let indent = '';
  const counters = new Map();
  const timers = new Map();
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

  function reportTimer(method, label, extra) {
    if (!timers.has(label)) {
      warn(`No such label '${label}' for console.${method}()`);
      return false;
    }
    const text = elapsed(clock() - timers.get(label));
    console.log('%s: %s', label, text, ...extra);
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
  function cell(v) {
    const big = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2;
    return native.inspect(v, { depth: big ? -1 : 0, maxArrayLength: 3, breakLength: Infinity, ...colorOpts(1) });
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

  function tableOf(data, wanted) {
    if (isMap(data) || isSet(data)) {
      const keyed = isMap(data);
      const index = [];
      const keys = [];
      const values = [];
      for (const entry of data) {
        index.push(cell(index.length));
        if (keyed) keys.push(cell(entry[0]));
        values.push(cell(keyed ? entry[1] : entry));
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
        loose[r] = cell(row);
        return;
      }
      for (const col of wanted || Object.keys(row)) {
        if (byColumn[col] === undefined) byColumn[col] = [];
        byColumn[col][r] = plain || !hasOwn(row, col) ? '' : cell(row[col]);
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

  // ----- the methods, in Node's key order -------------------------------------------------

  const console = {
    log: native.log,
    warn: native.warn,
    dir(...args) {
      const [object, options] = args;
      native.write(1, native.inspect(object, { customInspect: false, ...colorOpts(1), ...options }));
    },
    time(...args) {
      const label = labelOf(args[0]);
      if (timers.has(label)) warn(`Label '${label}' already exists for console.time()`);
      else timers.set(label, clock());
    },
    timeEnd(...args) {
      const label = labelOf(args[0]);
      if (reportTimer('timeEnd', label, [])) timers.delete(label);
    },
    timeLog(...args) {
      reportTimer('timeLog', labelOf(args[0]), args.slice(1));
    },
    trace(...args) {
      const stack = new Error().stack;
      const frames = typeof stack === 'string' ? stack.replace(/\n$/, '') : '';
      const text = args.length > 0 ? native.format(...args) : '';
      const title = text ? `Trace: ${text}` : 'Trace';
      // The first frame is this function's own.
      native.write(2, frames.startsWith('    at ') ? [title, ...frames.split('\n').slice(1)].join('\n') : title);
    },
    assert(...args) {
      if (args[0]) return;
      const rest = args.slice(1);
      rest[0] = rest.length > 0 ? `Assertion failed: ${rest[0]}` : 'Assertion failed';
      Reflect.apply(console.warn, console, rest);
    },
    clear() {
      const out = native.stream(1);
      if (out && out.isTTY && typeof out.write === 'function') out.write('\u001b[1;1H\u001b[0J');
    },
    count(...args) {
      const label = labelOf(args[0]);
      const n = (counters.get(label) || 0) + 1;
      counters.set(label, n);
      console.log(`${label}: ${n}`);
    },
    countReset(...args) {
      const label = labelOf(args[0]);
      if (!counters.delete(label)) warn(`Count for '${label}' does not exist`);
    },
    group(...data) {
      if (data.length > 0) Reflect.apply(console.log, console, data);
      indent += '  ';
      native.setIndent(indent);
    },
    groupEnd() {
      indent = indent.slice(2);
      native.setIndent(indent);
    },
    table(...args) {
      const [data, wanted] = args;
      if (wanted !== undefined && !Array.isArray(wanted)) throw native.invalidArgType('properties', 'Array', wanted);
      if (data === null || typeof data !== 'object') return console.log(data);
      return console.log(tableOf(data, wanted));
    },
    debug: native.debug,
    info: native.info,
    dirxml: native.dirxml,
    error: native.error,
    groupCollapsed(...data) {
      Reflect.apply(console.group, console, data);
    },
    // Inspector-only in Node: nothing to do without one.
    profile() {},
    profileEnd() {},
    timeStamp() {},
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
  return console;
})
