'use strict';
// Terminal editing beyond motion: undo (ctrl+-, \x1F) and redo (ctrl+6,
// \x1E), the kill ring (ctrl+u / ctrl+k kill, ctrl+y yanks, meta+y cycles
// right after a yank), word and line deletion keys, code-point-wise motion
// over astral characters, and history moves that search by the text before
// the cursor.
const readline = require('readline');
const { EventEmitter } = require('events');

class FakeInput extends EventEmitter {
  resume() {}
  pause() {}
  write() {}
  end() {}
}
const U = { sequence: '\x1F' };
const R = { sequence: '\x1E' };
const key = (name, mods = {}) => ({ name, ...mods });

function trace(label, steps, options = {}) {
  const input = new FakeInput();
  const rl = new readline.Interface({ input, output: input, terminal: true, prompt: '', ...options });
  const seen = [];
  for (const s of steps) {
    if (typeof s === 'string') input.emit('data', s);
    else if (typeof s === 'function') s(rl);
    else input.emit('keypress', s.s || '.', s);
    seen.push(`${JSON.stringify(rl.line)}@${rl.cursor}`);
  }
  console.log(label, seen.join(' '));
  rl.close();
}

trace('typed', ['abc', U, U, U, U, R, R]);
trace('chars', ['a', 'b', 'c', U, U, R]);
trace('backspace', ['abcd', key('backspace'), key('backspace'), U, U, R]);
trace('moves', ['abcd', key('left'), key('left'), 'X', U, U, R, R, R]);
trace('word-delete', ['ab cd ef', key('w', { ctrl: true }), key('w', { ctrl: true }), U, 'Z', R, U]);
trace('ctrl-u-yank', ['ab cd', key('left'), key('u', { ctrl: true }), U, key('y', { ctrl: true }),
  key('k', { ctrl: true }), key('y', { ctrl: true }), key('y', { meta: true }), key('y', { meta: true }),
  key('y', { meta: true })]);
trace('yank-pop-needs-yank', ['ab cd', key('u', { ctrl: true }), 'xy', key('y', { meta: true }),
  key('y', { ctrl: true }), key('left'), key('y', { meta: true })]);
trace('word-kill-not-in-ring', ['ab cd', key('w', { ctrl: true }), key('y', { ctrl: true })]);
trace('history-undo', ['one\n', 'two\n', 'x', key('up'), U, U, R]);
trace('redo-after-edit', ['abc', U, 'Z', R, U, U]);
trace('delete', ['abcd', key('a', { ctrl: true }), key('delete'), key('d', { ctrl: true }), U, U, R]);
trace('submit-clears-undo', ['abc\n', U, 'x', U, U]);
trace('noop-backspace', ['ab', key('home'), key('backspace'), U, U]);
trace('noop-delete', ['ab', key('delete'), U, U]);
trace('noop-ctrl-k', ['ab', key('k', { ctrl: true }), U, U]);
trace('noop-ctrl-u', ['ab', key('home'), key('u', { ctrl: true }), U, U]);
trace('noop-ctrl-w', ['ab', key('home'), key('w', { ctrl: true }), U, U]);
trace('noop-up', ['ab', key('up'), U, U]);
trace('yank-undo', ['ab', key('u', { ctrl: true }), key('y', { ctrl: true }), U, U, U]);
trace('yank-pop-undo', ['ab', key('u', { ctrl: true }), 'cd', key('u', { ctrl: true }), key('y', { ctrl: true }),
  key('y', { meta: true }), U, U, U]);
trace('tab-no-completer', ['a\tb', U, U]);
trace('escape-ignored', ['ab', key('escape'), 'c']);
trace('ctrl-d-middle', ['abc', key('left'), key('d', { ctrl: true }), U]);
trace('shift-arrows', ['ab', key('left', { shift: true }), key('right', { shift: true })]);
trace('ctrl-shift-keys', ['the quick brown fox', key('left'), key('backspace', { ctrl: true, shift: true }), U,
  key('delete', { ctrl: true, shift: true }), U]);
trace('kill-ring-cycle', ['ab', key('u', { ctrl: true }), 'cd', key('u', { ctrl: true }), 'ef', key('u', { ctrl: true }),
  key('y', { ctrl: true }), key('y', { meta: true }), key('y', { meta: true }), key('y', { meta: true }),
  key('left'), key('y', { meta: true })]);
trace('empty-kill', ['ab', key('u', { ctrl: true }), 'x', key('k', { ctrl: true }), key('y', { ctrl: true }),
  key('y', { meta: true })]);
trace('yank-twice', ['ab', key('u', { ctrl: true }), 'cd', key('u', { ctrl: true }), key('y', { ctrl: true }),
  key('y', { ctrl: true }), key('y', { meta: true })]);
trace('words', ['the quick brown fox', key('left', { ctrl: true }), key('b', { meta: true }),
  key('right', { ctrl: true }), key('f', { meta: true }), key('left', { ctrl: true }), key('delete', { ctrl: true }),
  key('d', { meta: true }), key('backspace', { meta: true }), key('delete', { meta: true })]);
trace('punctuation-words', ['foo.bar(baz)  qux', key('left', { ctrl: true }), key('left', { ctrl: true }),
  key('left', { ctrl: true }), key('left', { ctrl: true }), key('right', { ctrl: true }), key('right', { ctrl: true })]);
trace('astral', ['💻', key('left'), '🐕', key('right'), key('backspace'), key('left'), key('delete'), '\n']);
trace('search-prefix', ['abc\n', 'abd\n', 'xyz\n', 'abq', key('left'), key('up'), key('up'), key('up'),
  key('down'), key('down'), key('down')]);
trace('search-skips-current', ['aa\n', 'bb\n', 'aa\n', 'aa', key('up'), key('up'), key('up')]);
trace('ctrl-p-n', ['aa\n', 'bb\n', 'b', key('p', { ctrl: true }), key('p', { ctrl: true }), key('p', { ctrl: true }),
  key('n', { ctrl: true }), key('n', { ctrl: true }), key('n', { ctrl: true })]);
trace('history-size-0', ['aa\n', key('up')], { historySize: 0 });
trace('history-blank', ['  \n', 'a\n', ' a \n', key('up'), key('up'), key('up'), (rl) => console.log(JSON.stringify(rl.history))]);
trace('dedupe', ['foo\nbar\nbaz\nbar\nbat\nbat\n', key('up'), key('up'), key('up'), key('up'), key('down'),
  key('n', { ctrl: true }), key('n', { ctrl: true }), key('down'), key('backspace'), key('down'), key('up'),
  key('up'), key('up'), key('up'), key('up'), key('right'), key('up'),
  (rl) => console.log('index', rl.historyIndex)], { removeHistoryDuplicates: true });
trace('undo-limit', [(rl) => {
  for (let i = 0; i < 2100; i++) rl.write('x');
  let n = 0;
  for (;;) {
    const before = rl.line;
    rl.write(undefined, { sequence: '\x1F' });
    if (rl.line === before) break;
    n++;
  }
  console.log('undo steps', n, rl.line.length);
}]);
trace('kill-ring-limit', [(rl) => {
  for (let i = 0; i < 40; i++) {
    rl.write(`k${i}`);
    rl.write(undefined, { name: 'u', ctrl: true });
  }
  rl.write(undefined, { name: 'y', ctrl: true });
  const seen = [rl.line];
  for (let i = 0; i < 33; i++) {
    rl.write(undefined, { name: 'y', meta: true });
    seen.push(rl.line);
  }
  console.log('ring', seen.join(','));
}]);
// Word motion stays linear on a long line.
{
  const input = new FakeInput();
  const rl = new readline.Interface({ input, output: input, terminal: true, prompt: '' });
  rl.line = `a${' '.repeat(200000)}a`;
  rl.cursor = rl.line.length;
  input.emit('keypress', '.', key('left', { ctrl: true }));
  input.emit('keypress', '.', key('left', { ctrl: true }));
  console.log('long line', rl.cursor);
  rl.close();
}
