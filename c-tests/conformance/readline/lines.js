'use strict';
// node:readline without a terminal: lines across chunks (\n, \r\n, lone \r,
// a \r\n split between chunks), question()/prompt()/write(), pause/resume and
// close events, the last line without a break, async iteration, errors.
const readline = require('readline');
const { PassThrough, Readable } = require('stream');

function watch(rl, name) {
  for (const ev of ['line', 'close', 'pause', 'resume', 'history', 'error']) {
    rl.on(ev, (...a) => console.log(name, ev, JSON.stringify(a.map((x) => (x instanceof Error ? x.message : x)))));
  }
}

async function basics() {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (d) => { out += d; });
  const rl = readline.createInterface({ input, output });
  watch(rl, 'a');
  console.log('shape', rl.terminal, JSON.stringify(rl.line), rl.cursor, JSON.stringify(rl.getPrompt()), rl.crlfDelay,
    rl.historySize, rl.tabSize, rl.escapeCodeTimeout, rl.closed, rl.paused);
  console.log('keys', Object.keys(rl).join());
  input.write('one\ntwo\r\nthree\rfour');
  input.write('\n\nfi');
  input.write(Buffer.from([0xc3]));
  input.write(Buffer.from([0xa9, 0x0a]));
  await new Promise((r) => setImmediate(r));
  rl.question('Q? ', (answer) => console.log('answer', JSON.stringify(answer)));
  input.write('yes\n');
  await new Promise((r) => setImmediate(r));
  rl.setPrompt('$ ');
  rl.prompt();
  rl.write('typed\nline\n');
  rl.pause();
  rl.pause();
  rl.resume();
  input.end('tail');
  await new Promise((r) => rl.once('close', r));
  console.log('output', JSON.stringify(out), rl.closed);
  try {
    rl.question('again', () => {});
  } catch (e) {
    console.log('question after close', e.name, e.code, e.message);
  }
  rl.close();
}

async function crlfAcrossChunks() {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  const got = [];
  rl.on('line', (l) => got.push(l));
  input.write('a\r');
  await new Promise((r) => setImmediate(r));
  input.write('\nb\r');
  await new Promise((r) => setImmediate(r));
  input.end('c');
  await new Promise((r) => rl.once('close', r));
  console.log('crlf', JSON.stringify(got));
}

async function iterate() {
  const rl = readline.createInterface({ input: Readable.from(['x\ny\n', 'z\nw\n']) });
  rl.on('close', () => console.log('iter close'));
  const seen = [];
  for await (const line of rl) {
    seen.push(line);
    if (line === 'z') break;
  }
  console.log('iterated', JSON.stringify(seen), rl.closed);
}

function errors() {
  const make = (o) => {
    try {
      const rl = readline.createInterface({ input: new PassThrough(), ...o });
      console.log('ok', rl.crlfDelay, rl.historySize);
      rl.close();
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  };
  make({ completer: 5 });
  make({ historySize: -1 });
  make({ historySize: NaN });
  make({ tabSize: 0 });
  make({ tabSize: 1.5 });
  make({ history: 'x' });
  make({ signal: 5 });
  make({ crlfDelay: 20 });
  make({ crlfDelay: 250 });
  const inputErr = new PassThrough();
  const rl = readline.createInterface({ input: inputErr });
  rl.on('error', (e) => console.log('forwarded', e.message));
  inputErr.emit('error', new Error('input broke'));
  rl.close();
}

function cursorFunctions() {
  let text = '';
  const out = { write(s, cb) { text += s; if (cb) cb(); return true; } };
  console.log('returns', readline.cursorTo(out, 3), readline.cursorTo(out, 3, 4), readline.moveCursor(out, -2, 1),
    readline.moveCursor(out, 5, -3), readline.moveCursor(out, 0, 0), readline.clearLine(out, -1),
    readline.clearLine(out, 0), readline.clearLine(out, 1), readline.clearScreenDown(out), readline.clearLine(null, 0),
    readline.cursorTo(null, 1));
  console.log('escapes', JSON.stringify(text));
  try {
    readline.cursorTo(out, NaN);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

(async () => {
  console.log('exports', Object.keys(readline).join(), '|', Object.keys(require('readline/promises')).join());
  await basics();
  await crlfAcrossChunks();
  await iterate();
  errors();
  cursorFunctions();
})();
