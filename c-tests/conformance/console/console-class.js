'use strict';
// node:console's Console class: construction forms and their errors, output
// onto the given streams (indentation, colors, inspectOptions), bound methods,
// subclassing, ignoreErrors, and require('console') being the global console.
const { Console } = require('console');
const { Writable } = require('stream');

function sink(name) {
  const w = new Writable({
    write(chunk, enc, cb) {
      w.text += chunk;
      cb();
    },
  });
  w.text = '';
  w.label = name;
  return w;
}
const show = (w) => console.log(w.label, JSON.stringify(w.text));
const attempt = (what, fn) => {
  try {
    fn();
    console.log(what, 'ok');
  } catch (e) {
    console.log(what, e.name, e.code, e.message);
  }
};

console.log('same object', require('console') === console, console instanceof Console, {} instanceof Console);
console.log('keys', Object.keys(console).join());
console.log('proto keys', Object.keys(Console.prototype).join(), Console.length, Console.name);

const out = sink('out');
const err = sink('err');
const c = new Console(out, err);
console.log('instance keys', Object.keys(c).join());
console.log('hidden', Object.getOwnPropertyNames(c).filter((k) => k.startsWith('_')).join(),
  c._stdout === out, c._stderr === err, c._ignoreErrors, Object.prototype.toString.call(c));
c.log('hello %s', 'world', { a: 1 });
c.error(new Map([[1, { b: [2] }]]));
c.info('info'); c.debug('debug'); c.warn('warn');
c.dir({ x: { y: { z: { w: 1 } } } }, { depth: 0 });
[1, 2].forEach(c.log);
c.group('Label');
c.log('inside\ntwo lines');
c.groupCollapsed();
c.warn({ deep: 'er' });
c.groupEnd();
c.groupEnd();
c.groupEnd();
c.log('outside');
c.count(); c.count(); c.count('x'); c.countReset();
c.count();
c.assert(true, 'no');
c.assert(false, 'yes %d', 5);
c.assert(false);
c.table([{ a: 1, b: 'two' }, { a: 3 }]);
c.table(new Map([['k', 'v']]).entries());
c.table(new Set(['s']).values());
c.table(5);
show(out);
show(err);

const wide = sink('wide');
const c2 = new Console({ stdout: wide, groupIndentation: 5, colorMode: true });
c2.group();
c2.log('%o', { n: 1, s: 'str' });
c2.log([true, null, undefined]);
show(wide);

const opts = sink('opts');
const c3 = new Console({ stdout: opts, inspectOptions: { depth: 0, breakLength: 20 } });
c3.log({ a: { b: 1 }, c: 'long enough to break' });
show(opts);

const bare = Console(sink('x'));
console.log('without new', bare instanceof Console);

class MyConsole extends Console {
  log() {
    return 'overridden';
  }
}
const mine = new MyConsole(sink('mine'));
const { log } = mine;
console.log('subclass', mine instanceof Console, mine.log(), log(), mine.log.name, mine.error.name);

attempt('no stdout', () => new Console());
attempt('bad stderr', () => new Console({ stdout: out, stderr: {} }));
attempt('number', () => new Console(5));
for (const colorMode of ['x', 1, null]) attempt(`colorMode ${String(colorMode)}`, () => new Console({ stdout: out, colorMode }));
for (const g of [-1, 1001, 'x', 1.5]) attempt(`groupIndentation ${g}`, () => new Console({ stdout: out, groupIndentation: g }));
for (const io of [null, 5, () => {}]) attempt(`inspectOptions ${typeof io}`, () => new Console({ stdout: out, inspectOptions: io }));
attempt('colors + colorMode', () => new Console({ stdout: out, colorMode: false, inspectOptions: { colors: true } }));
attempt('colors alone', () => new Console({ stdout: out, inspectOptions: { colors: false } }));
try { new c.log(); } catch (e) { console.log('method as constructor', e.name); }

const throwing = new Writable({ write() { throw new Error('write failed'); } });
attempt('ignoreErrors default', () => new Console(throwing).log('x'));
attempt('ignoreErrors false', () => new Console(throwing, throwing, false).log('x'));
const later = new Writable({ write(chunk, enc, cb) { process.nextTick(cb, new Error('later')); } });
new Console(later).log('async failure is ignored');

const ctx = console.context('name');
console.log('context', Object.keys(ctx).length, typeof ctx.log);
console.log('task', console.createTask('t').run(() => 42));
attempt('createTask()', () => console.createTask());

// Warnings print on the next tick, through process.stderr, after this line.
console.countReset('nothing');
console.log('warning is queued');
process.on('warning', (w) => console.log('warning event', w.name, w.message));
