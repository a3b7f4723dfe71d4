// The reference host's console, after Node 20's lib/internal/console/
// constructor.js and lib/internal/cli_table.js. Line output goes through the
// natives in `b` (console.rs): `log`/`error` format with util.formatWithOptions,
// `write(fd, line)` prints a preformatted line, both honour group().
(function (b) {
  'use strict';
  const proc = () => globalThis.process;
  const warn = (msg) => { const p = proc(); if (p && typeof p.emitWarning === 'function') p.emitWarning(msg); };
  const inspectOptions = (fd) => (b.colors(fd) ? { colors: true } : {});

  let groupIndent = '';
  const counts = new Map();
  const times = new Map();

  const console = {};
  const method = (name, fn) => {
    console[name] = fn;
  };

  method('log', b.log);
  method('warn', b.warn);

  method('dir', function dir(object, options) {
    b.write(1, b.inspect(object, { customInspect: false, ...inspectOptions(1), ...options }));
  });

  const now = () => (typeof performance === 'object' && performance && typeof performance.now === 'function' ?
    performance.now() : Date.now());

  const kSecond = 1000;
  const kMinute = 60 * kSecond;
  const kHour = 60 * kMinute;
  const pad = (value) => `${value}`.padStart(2, '0');
  function formatTime(ms) {
    let hours = 0;
    let minutes = 0;
    let seconds = 0;
    if (ms >= kSecond) {
      if (ms >= kMinute) {
        if (ms >= kHour) {
          hours = Math.floor(ms / kHour);
          ms = ms % kHour;
        }
        minutes = Math.floor(ms / kMinute);
        ms = ms % kMinute;
      }
      seconds = ms / kSecond;
    }
    if (hours !== 0 || minutes !== 0) {
      const [s, m] = seconds.toFixed(3).split('.');
      const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
      return `${res}:${pad(s)}.${m} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
    }
    if (seconds !== 0) return `${seconds.toFixed(3)}s`;
    return `${Number(ms.toFixed(3))}ms`;
  }

  function timeLogImpl(name, label, data) {
    const start = times.get(label);
    if (start === undefined) {
      warn(`No such label '${label}' for console.${name}()`);
      return false;
    }
    const formatted = formatTime(now() - start);
    if (data === undefined) {
      console.log('%s: %s', label, formatted);
    } else {
      console.log('%s: %s', label, formatted, ...data);
    }
    return true;
  }

  method('time', function time(label = 'default') {
    label = `${label}`;
    if (times.has(label)) {
      warn(`Label '${label}' already exists for console.time()`);
      return;
    }
    times.set(label, now());
  });
  method('timeEnd', function timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl('timeEnd', label)) times.delete(label);
  });
  method('timeLog', function timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl('timeLog', label, data);
  });

  method('trace', function trace(...args) {
    const err = new Error();
    const frames = typeof err.stack === 'string' ? err.stack.replace(/\n$/, '') : '';
    const msg = args.length ? b.format(...args) : '';
    const head = `Trace${msg ? `: ${msg}` : ''}`;
    b.write(2, frames.startsWith('    at ') ? `${head}\n${frames.split('\n').slice(1).join('\n')}` : head);
  });

  method('assert', function assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      Reflect.apply(console.warn, console, args);
    }
  });

  method('clear', function clear() {
    const out = b.stream(1);
    if (out && out.isTTY && typeof out.write === 'function') {
      out.write('\u001b[1;1H\u001b[0J');
    }
  });

  method('count', function count(label = 'default') {
    label = `${label}`;
    let n = counts.get(label);
    n = n === undefined ? 1 : n + 1;
    counts.set(label, n);
    console.log(`${label}: ${n}`);
  });
  method('countReset', function countReset(label = 'default') {
    label = `${label}`;
    if (!counts.has(label)) {
      warn(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(label);
  });

  method('group', function group(...data) {
    if (data.length > 0) Reflect.apply(console.log, console, data);
    groupIndent += '  ';
    b.setIndent(groupIndent);
  });
  method('groupEnd', function groupEnd() {
    groupIndent = groupIndent.slice(0, groupIndent.length - 2);
    b.setIndent(groupIndent);
  });

  // ----- table (lib/internal/cli_table.js) --------------------------------------------
  const tableChars = {
    middleMiddle: '\u2500', rowMiddle: '\u253c', topRight: '\u2510', topLeft: '\u250c', leftMiddle: '\u251c',
    topMiddle: '\u252c', bottomRight: '\u2518', bottomLeft: '\u2514', bottomMiddle: '\u2534', rightMiddle: '\u2524',
    left: '\u2502 ', right: ' \u2502', middle: ' \u2502 ',
  };
  const renderRow = (row, widths) => {
    let out = tableChars.left;
    for (let i = 0; i < row.length; i++) {
      const cell = row[i];
      const needed = widths[i] - b.stringWidth(cell);
      out += cell + ' '.repeat(Math.ceil(needed));
      if (i !== row.length - 1) out += tableChars.middle;
    }
    return out + tableChars.right;
  };
  const cliTable = (head, columns) => {
    const rows = [];
    const widths = head.map((h) => b.stringWidth(h));
    const longest = Math.max(...columns.map((a) => a.length));
    for (let i = 0; i < head.length; i++) {
      const column = columns[i];
      for (let j = 0; j < longest; j++) {
        if (rows[j] === undefined) rows[j] = [];
        const value = rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
        widths[i] = Math.max(widths[i] || 0, b.stringWidth(value));
      }
    }
    const divider = widths.map((w) => tableChars.middleMiddle.repeat(w + 2));
    let result = tableChars.topLeft + divider.join(tableChars.topMiddle) + tableChars.topRight + '\n' +
      renderRow(head, widths) + '\n' +
      tableChars.leftMiddle + divider.join(tableChars.rowMiddle) + tableChars.rightMiddle + '\n';
    for (const row of rows) result += `${renderRow(row, widths)}\n`;
    return result + tableChars.bottomLeft + divider.join(tableChars.bottomMiddle) + tableChars.bottomRight;
  };

  const isMap = (v) => { try { Map.prototype.has.call(v); return true; } catch { return false; } };
  const isSet = (v) => { try { Set.prototype.has.call(v); return true; } catch { return false; } };

  method('table', function table(tabularData, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
      throw b.invalidArgType('properties', 'Array', properties);
    }
    if (tabularData === null || typeof tabularData !== 'object') return console.log(tabularData);
    const final = (k, v) => console.log(cliTable(k, v));
    const _inspect = (v) => {
      const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
      return b.inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...inspectOptions(1) });
    };
    const getIndexArray = (length) => Array.from({ length }, (_, i) => _inspect(i));
    if (isMap(tabularData)) {
      const keys = [];
      const values = [];
      let length = 0;
      for (const [k, v] of tabularData) {
        keys.push(_inspect(k));
        values.push(_inspect(v));
        length++;
      }
      return final(['(iteration index)', 'Key', 'Values'], [getIndexArray(length), keys, values]);
    }
    if (isSet(tabularData)) {
      const values = [];
      let length = 0;
      for (const v of tabularData) {
        values.push(_inspect(v));
        length++;
      }
      return final(['(iteration index)', 'Values'], [getIndexArray(length), values]);
    }
    const map = { __proto__: null };
    let hasPrimitives = false;
    const valuesKeyArray = [];
    const indexKeyArray = Object.keys(tabularData);
    for (let i = 0; i < indexKeyArray.length; i++) {
      const item = tabularData[indexKeyArray[i]];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        valuesKeyArray[i] = _inspect(item);
      } else {
        const keys = properties || Object.keys(item);
        for (const key of keys) {
          map[key] ??= [];
          if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) map[key][i] = '';
          else map[key][i] = _inspect(item[key]);
        }
      }
    }
    const keys = Object.keys(map);
    const values = Object.values(map);
    if (hasPrimitives) {
      keys.push('Values');
      values.push(valuesKeyArray);
    }
    keys.unshift('(index)');
    values.unshift(indexKeyArray);
    return final(keys, values);
  });

  method('debug', b.debug);
  method('info', b.info);
  method('dirxml', b.dirxml);
  method('error', b.error);
  method('groupCollapsed', function groupCollapsed(...data) {
    Reflect.apply(console.group, console, data);
  });
  // Inspector-only in Node: no-ops without one.
  method('profile', function profile() {});
  method('profileEnd', function profileEnd() {});
  method('timeStamp', function timeStamp() {});
  // Where output goes: process.stdout/stderr at the time of each call,
  // unless a program assigns its own stream here (as Node allows).
  for (const [key, fd] of [['_stdout', 1], ['_stderr', 2]]) {
    Object.defineProperty(console, key, {
      get() { return b.stream(fd); },
      set(stream) { b.setStream(fd, stream); },
      enumerable: false,
      configurable: true,
    });
  }
  return console;
})
