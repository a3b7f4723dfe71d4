'use strict';
// Tab completion details: completions that disagree with the typed text
// replace it, the second tab lists candidates in columns with '' starting a
// new group, the interface pauses while the completer runs, a completer's
// error is printed, and a one-argument completer is wrapped in the
// (text, callback) form on readline.Interface but kept on the promises one.
const readline = require('readline');
const { EventEmitter } = require('events');

class FakeInput extends EventEmitter {
  resume() {}
  pause() {}
  end() {}
}

function run(label, typed, result, tabs = 1, cols = 40) {
  const input = new FakeInput();
  input.columns = cols;
  let out = [];
  input.write = (d) => out.push(d);
  const rl = new readline.Interface({
    input, output: input, terminal: true,
    completer: (line) => (typeof result === 'function' ? result(line) : result),
  });
  input.emit('data', typed);
  out = [];
  for (let i = 0; i < tabs; i++) input.emit('data', '\t');
  console.log(label, JSON.stringify(rl.line), rl.cursor, JSON.stringify(out));
  rl.close();
}
run('single-case', 'input', [['Input'], 'input']);
run('single-ext', 'inp', [['input'], 'inp']);
run('single-same', 'input', [['input'], 'input']);
run('multi-prefix', 'in', [['input', 'inner'], 'in']);
run('multi-case', 'in', [['Input', 'Inner'], 'in']);
run('multi-noprefix', 'in', [['input', 'other'], 'in'], 2);
run('multi-exact', 'in', [['in', 'inx'], 'in'], 2);
run('shorter', 'input', [['in'], 'input']);
run('empty-list', 'x', [[], 'x'], 2);
run('substr', 'foo.ba', [['bar', 'baz'], 'ba'], 2);
run('substr1', 'foo.ba', [['bar'], 'ba']);
run('mid-cursor', 'abc', (line) => [['abcdef'], line]);
run('groups', 'a', [['a1', 'a2', '', 'a3', '', '', 'a44444'], 'a'], 2);
run('one-tab-multi', 'a', [['ab', 'ac'], 'a'], 1);
run('tab-after-list', 'a', [['ab', 'ac'], 'a'], 3);
run('narrow', 'a', [['abcdefghij', 'abcdefghik', 'aklmnopq'], 'a'], 2, 5);
run('no-columns', 'a', [['ab', 'ac', 'ad'], 'a'], 2, undefined);
run('rowfill', 'a', [['ab', 'ac', 'ad', 'ae', 'af'], 'a'], 2, 8);
run('rowfill-exact', 'a', [['ab', 'ac', 'ad', 'ae'], 'a'], 2, 8);
run('sep-first', 'a', [['', 'ab', 'ac'], 'a'], 2, 80);
run('sep-last', 'a', [['ab', 'ac', ''], 'a'], 2, 80);
run('only-sep', 'a', [[''], 'a'], 2, 80);
run('dup', 'a', [['ab', 'ab'], 'a'], 2, 80);
run('wide-pad', 'a', [['a中', 'ab'], 'a'], 2, 80);
run('paste-tab', 'a\tb', [['zzz'], 'b'], 0);

// Pause and resume around an asynchronous completer; typing goes on. (The
// asynchronous parts run one after another so their output keeps its order
// on a loaded machine.)
function asyncCompleter() {
  return new Promise((done) => {
    const input = new FakeInput();
    input.write = () => {};
    input.pause = () => console.log('input.pause');
    input.resume = () => console.log('input.resume');
    input.columns = 80;
    let answer;
    const rl = new readline.Interface({
      input, output: input, terminal: true,
      completer: (line, cb) => {
        console.log('completer', JSON.stringify(line));
        answer = () => cb(null, [['abc'], line]);
      },
    });
    rl.on('pause', () => console.log('pause event'));
    rl.on('resume', () => console.log('resume event'));
    input.emit('data', 'a');
    input.emit('data', '\t');
    input.emit('data', 'x');
    console.log('line now', rl.line);
    setTimeout(() => {
      answer();
      console.log('line later', rl.line, rl.cursor);
      rl.close();
      done();
    }, 5);
  });
}

// A completer's error is written (first line shown here; the rest is its stack).
{
  const input = new FakeInput();
  input.columns = 80;
  const out = [];
  input.write = (d) => out.push(d);
  const rl = new readline.Interface({
    input, output: input, terminal: true,
    completer: (line, cb) => cb(new TypeError('bad completer')),
  });
  input.emit('data', 'a');
  input.emit('data', '\t');
  console.log('error write', JSON.stringify(out[1].split('\n')[0]), out.length);
  rl.close();
}

// Completer shapes kept or wrapped.
{
  const f1 = (line) => [[`${line}x`], line];
  const f2 = (line, cb) => cb(null, [[`${line}y`], line]);
  for (const name of ['readline', 'readline/promises']) {
    const mod = require(name);
    const a = new mod.Interface({ input: new FakeInput(), terminal: true, completer: f1 });
    const b = new mod.Interface({ input: new FakeInput(), terminal: true, completer: f2 });
    console.log(name, a.completer === f1, a.completer.length, b.completer === f2, b.completer.length);
    a.close();
    b.close();
  }
}

// readline/promises: the completer may return a promise; a rejection is written.
function promiseCompleter() {
  return new Promise((done) => {
    const { Interface } = require('readline/promises');
    const input = new FakeInput();
    input.columns = 80;
    const out = [];
    input.write = (d) => out.push(d);
    const rl = new Interface({
      input, output: input, terminal: true,
      completer: async (line) => (line === 'bad' ? Promise.reject(new Error('nope')) : [[`${line}123`], line]),
    });
    input.emit('data', 'q');
    input.emit('data', '\t');
    console.log('sync after tab', JSON.stringify(rl.line));
    setTimeout(() => {
      console.log('async after tab', JSON.stringify(rl.line), JSON.stringify(out));
      out.length = 0;
      rl.line = 'bad';
      rl.cursor = 3;
      input.emit('data', '\t');
      setTimeout(() => {
        console.log('rejected', JSON.stringify(out.map((s) => s.split('\n')[0])));
        rl.close();
        done();
      }, 5);
    }, 5);
  });
}

asyncCompleter().then(promiseCompleter);
