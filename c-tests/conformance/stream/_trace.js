'use strict';
// Shared by the stream cases: a log of events in order, and a way to run
// scenarios one after another (each ends when nothing is left to do).
const log = [];
function show(v) {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (v instanceof Error) return `${v.name}${v.code ? '[' + v.code + ']' : ''}: ${v.message}`;
  if (Buffer.isBuffer(v)) return `<Buffer ${v.toString('latin1')}>`;
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'object') { try { return JSON.stringify(v); } catch { return '[object]'; } }
  return String(v);
}
function note(...parts) { log.push(parts.map((p) => (typeof p === 'string' ? p : show(p))).join(' ')); }
function watch(stream, name, events = ['data', 'readable', 'end', 'finish', 'prefinish', 'drain', 'error', 'close', 'pause', 'resume', 'pipe', 'unpipe']) {
  for (const ev of events) {
    stream.on(ev, (...args) => {
      if (ev === 'readable') return note(`${name}:readable`);
      if (ev === 'pipe' || ev === 'unpipe') return note(`${name}:${ev}`);
      note(`${name}:${ev}`, ...args.map(show));
    });
  }
}
function flushLog(title) {
  console.log(`--- ${title}`);
  for (const l of log.splice(0)) console.log('  ' + l);
}
const scenarios = [];
function scenario(title, fn) { scenarios.push([title, fn]); }
function settle() { return new Promise((r) => setTimeout(r, 40)); }
async function runAll() {
  for (const [title, fn] of scenarios) {
    try {
      await fn();
    } catch (e) {
      note('threw', show(e));
    }
    await settle();
    flushLog(title);
  }
}
module.exports = { note, watch, show, scenario, runAll, settle };
