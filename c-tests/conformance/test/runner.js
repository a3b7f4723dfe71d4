'use strict';
// node:test: declaration order vs run order, subtests (awaited and not),
// describe/it with every hook, callback tests, skip/todo (options, variants
// and t.skip()), failures (assertion, thrown value, failed subtests, failing
// hook, timeout), diagnostics, and the TAP report with its summary and the
// exit code. Timings, and the `location`/`stack` lines of failures (Node's
// internal frames), are left out of the comparison.
const { test, describe, it, before, after, beforeEach, afterEach } = require('node:test');
const assert = require('assert');

// What the test bodies and hooks do is logged and printed at the end: the
// report is written as tests end, so console output in between would
// interleave with it differently from run to run.
const events = [];
const note = (what) => events.push(what);
const write = process.stdout.write.bind(process.stdout);
let inStack = false;
process.stdout.write = (chunk, ...rest) => {
  const kept = String(chunk).split('\n').filter((line) => {
    const t = line.trim();
    if (inStack) {
      if (t === '...') inStack = false;
      else return false;
    }
    if (/^(duration_ms|location):/.test(t) || /^# duration_ms/.test(t)) return false;
    if (t === 'stack: |-') {
      inStack = true;
      return false;
    }
    return true;
  });
  return write(kept.join('\n'), ...rest);
};

note('declared in order');
test('sync pass', () => { note('body: sync pass'); });
test('async pass', async () => { await new Promise((r) => setTimeout(r, 2)); note('body: async pass'); });
test('callback pass', (t, done) => { setTimeout(done, 1); });
test('callback fail', (t, done) => { done(new Error('from done')); });
test('assertion', () => { assert.deepStrictEqual({ a: 1 }, { a: 2 }); });
test('thrown string', () => { throw 'plain'; });
test('subtests', async (t) => {
  await t.test('awaited', () => {});
  t.test('not awaited', () => { note('body: not awaited'); });
  await t.test('failing', () => { assert.ok(false); });
  t.diagnostic('a note');
});
test('skip option', { skip: 'not today' }, () => { throw new Error('never'); });
test.skip('skip variant', () => {});
test('t.skip', (t) => { t.skip('decided late'); });
test('todo failing', { todo: 'later' }, () => { throw new Error('expected'); });
test.todo('todo variant');
test('timeout', { timeout: 20 }, () => new Promise((r) => setTimeout(r, 500)));
describe('suite', () => {
  before(() => note('hook: before'));
  beforeEach(() => note('hook: beforeEach'));
  afterEach(() => note('hook: afterEach'));
  after(() => note('hook: after'));
  it('one', () => note('body: one'));
  describe('nested', () => {
    it('two', () => note('body: two'));
  });
});
describe('failing hook', () => {
  beforeEach(() => { throw new Error('hook broke'); });
  it('guarded', () => note('body: guarded (never)'));
});
note('end of file');
process.on('exit', (code) => {
  console.log(events.join('\n'));
  console.log('exit code', code);
  process.exitCode = 0; // the case itself passes
});
