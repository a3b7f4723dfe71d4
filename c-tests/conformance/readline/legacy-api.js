'use strict';
// The shape of readline.Interface and readline/promises' Interface: the
// prototype layers, the underscore methods and state accessors old code
// reaches for, that readline.Interface routes its editing through those
// names (replacing rl._writeToOutput masks what is typed), the callback
// question's promisified form, and the cursor helpers' argument checks.
const readline = require('readline');
const rlp = require('readline/promises');
const util = require('util');
const { PassThrough, Writable } = require('stream');

const describe = (p) => Object.getOwnPropertyNames(p).sort().map((k) => {
  const d = Object.getOwnPropertyDescriptor(p, k);
  if (d.get || d.set) return `${k}(${d.get ? 'get' : ''}${d.set ? '/set' : ''})`;
  return typeof d.value === 'function' ? `${k}()${d.enumerable ? '+' : ''}` : k;
}).join(' ');
let p = readline.Interface.prototype;
for (let n = 0; p && p !== Object.prototype; n++, p = Object.getPrototypeOf(p)) {
  console.log(n, p.constructor && p.constructor.name, describe(p));
}
const L = readline.Interface.prototype;
const shared = Object.getPrototypeOf(L);
console.log('promises proto is shared', Object.getPrototypeOf(rlp.Interface.prototype) === shared);
console.log('names', readline.Interface.name, readline.Interface.length, Object.getPrototypeOf(readline.Interface).name,
  Object.getPrototypeOf(Object.getPrototypeOf(readline.Interface)).name, rlp.Interface.name);
console.log('legacy names', L._ttyWrite.name, L._refreshLine.name, L._getCursorPos === shared.getCursorPos,
  L._tabComplete.length, L.question.length);
console.log('promisify.custom', typeof L.question[util.promisify.custom]);
console.log('callable', readline.Interface({ input: new PassThrough() }) instanceof readline.Interface);
{
  const rl = new rlp.Interface({ input: new PassThrough() });
  console.log('promises instance', rl instanceof readline.Interface, rl instanceof shared.constructor, typeof rl._ttyWrite);
  rl.close();
}
console.log('new createInterface', new rlp.createInterface({ input: new PassThrough() }) instanceof rlp.Interface);

// Legacy state as a program sees it over a session.
const show = (label, rl) => console.log(label, JSON.stringify([
  rl._line_buffer, rl._questionCallback === undefined ? 'undefined' : rl._questionCallback === null ? 'null' : typeof rl._questionCallback,
  rl._oldPrompt, typeof rl._sawReturnAt, rl._sawKeyPress, rl._previousKey, typeof rl._decoder, rl._prompt,
]));
for (const terminal of [false, true]) {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, output: new PassThrough(), terminal });
  show(`init ${terminal}`, rl);
  input.write('ab');
  show('partial', rl);
  input.write('c\r');
  show('line', rl);
  rl.question('q?', () => {});
  show('asking', rl);
  input.write('x\n');
  show('answered', rl);
  input.write('y');
  show('y', rl);
  rl._prompt = 'p> ';
  console.log('prompt set', rl.getPrompt());
  rl.close();
}

// Replacing the underscore methods intercepts the editor.
{
  const input = new PassThrough();
  const output = new PassThrough();
  output.isTTY = true;
  output.columns = 80;
  let shown = '';
  output.on('data', (d) => { shown += d; });
  const rl = readline.createInterface({ input, output, terminal: true, prompt: 'pw: ' });
  const writes = [];
  rl._writeToOutput = function (s) {
    writes.push(s);
    this.output.write(s.startsWith('pw: ') ? 'pw: ' + '*'.repeat(s.length - 4) : '*'.repeat(s.length));
  };
  const calls = [];
  for (const m of ['_insertString', '_moveCursor', '_ttyWrite', '_onLine', '_addHistory']) {
    const orig = readline.Interface.prototype[m];
    rl[m] = function (...a) {
      calls.push(m);
      return orig.apply(this, a);
    };
  }
  rl.on('line', (l) => console.log('secret', l));
  rl.prompt();
  input.write('s');
  input.write('e');
  input.write('\x1b[D');
  input.write('c');
  input.write('\r');
  console.log(JSON.stringify(writes), JSON.stringify(shown));
  console.log(calls.join(','));
  rl.close();
}

// util.promisify(rl.question) and its abort.
{
  const input = new PassThrough();
  const rl = readline.createInterface({ input, output: new PassThrough() });
  const question = util.promisify(rl.question).bind(rl);
  question('name? ').then((a) => console.log('answer', a));
  input.write('Ada\n');
  const ac = new AbortController();
  question('again? ', { signal: ac.signal }).catch((e) => console.log('aborted', e.name, e.code));
  ac.abort();
  setTimeout(() => {
    rl.close();
    question('late?').catch((e) => console.log('closed', e.code, e.message));
  }, 5);
}

// Cursor helpers check their arguments as Node's do.
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const rl = new rlp.Readline(w);
  const tries = [
    () => rl.cursorTo('a'), () => rl.cursorTo(1.1), () => rl.cursorTo(NaN), () => rl.cursorTo(Infinity),
    () => rl.cursorTo(1, 'a'), () => rl.cursorTo(1, 1.5), () => rl.cursorTo(-1), () => rl.cursorTo(1, -2),
    () => rl.moveCursor('a', 1), () => rl.moveCursor(1.5, 1), () => rl.moveCursor(1, NaN), () => rl.moveCursor(0, 0),
    () => rl.clearLine('a'), () => rl.clearLine(5), () => rl.clearLine(-5), () => rl.clearLine(1.5),
    () => new rlp.Readline({}), () => new rlp.Readline(w, { autoCommit: 1 }),
    () => readline.cursorTo(w, 'a', 1), () => readline.cursorTo(w, NaN), () => readline.cursorTo(w, 1, NaN),
    () => readline.cursorTo(w, 'a'), () => readline.moveCursor(w, 'a', 1), () => readline.clearLine(w, 'x'),
  ];
  for (const t of tries) {
    try {
      const r = t();
      console.log('ok', r === rl ? 'chain' : r);
    } catch (e) {
      console.log(e.code, e.name, e.message);
    }
  }
}
