'use strict';
// node:test mocks: mock.fn (call records, implementations, times), mock.method
// and getters on objects with restore, t.mock undone when its test ends, and
// bad arguments. The TAP report is dropped: only what the mocks record is
// compared.
const { test, mock } = require('node:test');
process.stdout.write = ((write) => (chunk, ...rest) =>
  (/^(TAP|#|ok|not ok| |1\.\.)/.test(String(chunk)) ? true : write(chunk, ...rest)))(process.stdout.write.bind(process.stdout));

const log = [];
const show = (v) => JSON.stringify(v);

const sum = mock.fn((a, b) => a + b);
sum(1, 2);
sum.call({ tag: 'this' }, 3, 4);
log.push(`fn: name=${sum.name} length=${sum.length} count=${sum.mock.callCount()}`);
for (const c of sum.mock.calls) log.push(`  call ${show(c.arguments)} -> ${c.result} this=${show(c.this)} error=${c.error} target=${c.target}`);
sum.mock.mockImplementationOnce(() => 'once');
log.push(`once: ${sum(1, 1)} then ${sum(1, 1)}`);
sum.mock.mockImplementation((a, b) => a * b);
log.push(`impl: ${sum(3, 3)}`);
sum.mock.resetCalls();
log.push(`after resetCalls: ${sum.mock.callCount()}`);

const thrower = mock.fn(() => { throw new Error('boom'); });
try { thrower(); } catch (e) { log.push(`thrower rethrows: ${e.message}; recorded error: ${thrower.mock.calls[0].error.message}`); }

const limited = mock.fn(() => 'original', () => 'mocked', { times: 2 });
log.push(`times: ${[limited(), limited(), limited()].join(',')}`);

const empty = mock.fn();
log.push(`empty: ${empty(1)} ${empty.mock.callCount()}`);

const Ctor = mock.fn(function Point(x) { this.x = x; });
const p = new Ctor(5);
log.push(`construct: ${p.x} target recorded: ${typeof Ctor.mock.calls[0].target}`);

const obj = {
  greet(n) { return `hi ${n}`; },
  get value() { return 1; },
};
const spy = mock.method(obj, 'greet');
log.push(`method spy: ${obj.greet('a')} count=${spy.mock.callCount()} same=${obj.greet === spy}`);
mock.method(obj, 'greet', (n) => `yo ${n}`);
log.push(`method mocked: ${obj.greet('b')}`);
const g = mock.getter(obj, 'value', () => 42);
log.push(`getter: ${obj.value} count=${g.mock.callCount()}`);
mock.restoreAll();
log.push(`restored: ${obj.greet('c')} ${obj.value}`);

for (const bad of [
  () => mock.fn(1),
  () => mock.method(obj, 'nope'),
  () => mock.method(null, 'greet'),
  () => sum.mock.mockImplementation('x'),
]) {
  try { bad(); log.push('no throw'); } catch (e) { log.push(`${e.name} ${e.code}: ${e.message}`); }
}

const target = { f() { return 'real'; } };
test('t.mock restores at the end', (t) => {
  t.mock.method(target, 'f', () => 'fake');
  log.push(`inside test: ${target.f()}`);
});
test('after it', () => {
  log.push(`next test: ${target.f()}`);
});
process.on('exit', () => console.log(log.join('\n')));
