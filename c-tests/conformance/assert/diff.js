'use strict';
// Message texts of the comparison assertions: headers, the short form, the
// `+ actual - expected` line diff and its context/skip rules, carets.
const assert = require('assert');

function msg(fn, ...args) {
  try {
    fn(...args);
    return '(no throw)';
  } catch (e) {
    return `[${e.generatedMessage}] ${e.message}`;
  }
}
function show(title, fn, ...args) {
  console.log(`=== ${title}`);
  console.log(msg(fn, ...args));
}

const range = (n, f = (i) => i) => Array.from({ length: n }, (_, i) => f(i));

// Arrays of every length 1..14 with one or two changed elements at each place.
for (let n = 1; n <= 14; n++) {
  for (let at = 0; at < n; at++) {
    const a = range(n);
    const b = a.slice();
    b[at] = -1;
    show(`array ${n} @${at}`, assert.deepStrictEqual, a, b);
  }
}
for (const [n, x, y] of [[12, 1, 9], [20, 2, 17], [30, 5, 6], [60, 10, 50], [8, 0, 7]]) {
  const a = range(n);
  const b = a.slice();
  b[x] = 'x';
  b[y] = 'y';
  show(`array ${n} @${x},${y}`, assert.deepStrictEqual, a, b);
}
// Length differences on either side.
for (const [n, m] of [[3, 8], [8, 3], [0, 2], [2, 0], [10, 11], [40, 12], [12, 40]]) {
  show(`lengths ${n}/${m}`, assert.deepStrictEqual, range(n), range(m));
}
// Many changed lines: the diff stops after 50 printed lines.
show('many changes', assert.deepStrictEqual, range(80), range(80, (i) => i + 1));
show('many changes objects', assert.deepStrictEqual, range(40, (i) => ({ i })), range(40, (i) => ({ i: -i })));

// Objects (sorted keys), nested structures, collections.
const wide = {};
const wide2 = {};
for (let i = 0; i < 30; i++) {
  wide[`k${i}`] = i;
  wide2[`k${i}`] = i;
}
wide2.k5 = -1;
wide2.k25 = -2;
show('object keys', assert.deepStrictEqual, wide, wide2);
show('nested', assert.deepStrictEqual, { a: { b: { c: { d: { e: 1 } } } } }, { a: { b: { c: { d: { e: 2 } } } } });
show('nested arrays', assert.deepStrictEqual, { list: [1, [2, [3, 4]], 5], name: 'x' }, { list: [1, [2, [3, 5]], 5], name: 'x' });
show('missing key', assert.deepStrictEqual, { a: 1, b: 2, c: 3 }, { a: 1, c: 3 });
show('extra key', assert.deepStrictEqual, { a: 1 }, { a: 1, b: { c: [1, 2] } });
show('undefined prop', assert.deepStrictEqual, { a: undefined }, {});
show('map', assert.deepStrictEqual, new Map([[1, 2], ['k', { v: 1 }]]), new Map([[1, 3], ['k', { v: 1 }]]));
show('map size', assert.deepStrictEqual, new Map([[1, 2]]), new Map());
show('set', assert.deepStrictEqual, new Set([1, 2, 3]), new Set([1, 2, 4]));
show('set of objects', assert.deepStrictEqual, new Set([{ a: 1 }]), new Set([{ a: 2 }]));
show('array vs object', assert.deepStrictEqual, [1, 2], { 0: 1, 1: 2, length: 2 });
show('object vs array', assert.deepStrictEqual, {}, []);
show('null proto', assert.deepStrictEqual, Object.create(null), {});
show('class instance', assert.deepStrictEqual, new (class Point { constructor() { this.x = 1; } })(), { x: 1 });
show('buffer', assert.deepStrictEqual, Buffer.from('ab'), Buffer.from('ac'));
show('typed', assert.deepStrictEqual, new Uint16Array([1, 2, 3]), new Uint16Array([1, 2, 4]));
show('dates', assert.deepStrictEqual, new Date(0), new Date(1));
show('regexps', assert.deepStrictEqual, /a/g, /a/i);
show('errors', assert.deepStrictEqual, new Error('a'), new Error('b'));
show('boxed', assert.deepStrictEqual, new Number(1), new Number(2));
show('symbols', assert.deepStrictEqual, Symbol('a'), Symbol('a'));
show('same structure', assert.deepStrictEqual, { a: [1, 2] }, { a: [1, 2], b: undefined });
show('nested maps', assert.deepStrictEqual, { m: new Map([['a', [1, 2]]]) }, { m: new Map([['a', [1, 3]]]) });
show('trailing comma rule', assert.deepStrictEqual, [[1, 2], 3], [[1, 2, 3], 3]);

// Primitives and strings: the short form, carets, multi-line strings.
show('numbers', assert.strictEqual, 1, 2);
show('-0', assert.strictEqual, -0, 0);
show('0 -0', assert.strictEqual, 0, -0);
show('deep -0', assert.deepStrictEqual, -0, 0);
show('NaN', assert.strictEqual, NaN, 0);
show('bigint', assert.strictEqual, 1n, 2n);
show('types', assert.deepStrictEqual, 1, '1');
show('null undefined', assert.strictEqual, null, undefined);
show('short strings', assert.strictEqual, 'a\nb', 'a\nc');
show('10 chars', assert.strictEqual, 'a'.repeat(10), 'b'.repeat(10));
show('caret', assert.strictEqual, 'aaaa aaaa aaaa aaaa', 'aaaa aaaa aaaa aaab');
show('caret escaped', assert.strictEqual, 'a\nb\nc', 'a\nB\nc');
for (const n of [34, 35, 36, 37, 38, 45]) {
  show(`caret width ${n}`, assert.strictEqual, `${'a'.repeat(n)}x`, `${'a'.repeat(n)}y`);
}
show('caret at 2', assert.strictEqual, 'abXdefghijklm', 'abYdefghijklm');
show('caret at 3', assert.strictEqual, 'abcXefghijklm', 'abcYefghijklm');
show('prefix', assert.strictEqual, 'abcdefghijklmnop', 'abcdefghijklmnopq');
show('unicode', assert.strictEqual, 'héllo wörld ☃☃', 'héllo wörld ☃☀');
show('long multi-line', assert.strictEqual, `${'a'.repeat(100)}\nx`, `${'a'.repeat(100)}\ny`);
show('lines of text', assert.strictEqual, range(12, (i) => `line ${i}`).join('\n') + '\n'.repeat(2), range(12, (i) => (i === 6 ? 'changed' : `line ${i}`)).join('\n') + '\n'.repeat(2));
show('string vs object', assert.strictEqual, 'x', { x: 1 });
show('functions', assert.strictEqual, () => {}, () => {});
show('named functions', assert.strictEqual, function foo() {}, function bar() {});
show('objects equal structure', assert.strictEqual, { a: 1 }, { a: 1 });
show('objects differ', assert.strictEqual, { a: 1 }, { a: 2 });
show('arrays', assert.strictEqual, [], []);
show('object vs number', assert.strictEqual, [1], 1);
const bigSame = range(60, (i) => ({ i }));
show('not identical long', assert.strictEqual, bigSame, range(60, (i) => ({ i })));

// The one-sided operators.
show('notStrictEqual short', assert.notStrictEqual, 1, 1);
show('notStrictEqual string', assert.notStrictEqual, 'abcdef', 'abcdef');
show('notStrictEqual 5', assert.notStrictEqual, 'abc', 'abc');
show('notStrictEqual object', (o) => assert.notStrictEqual(o, o), { a: 1 });
show('notStrictEqual function', (f) => assert.notStrictEqual(f, f), function foo() {});
show('notDeepStrictEqual', assert.notDeepStrictEqual, { a: 1 }, { a: 1 });
show('notDeepStrictEqual short', assert.notDeepStrictEqual, 12, 12);
show('notDeepStrictEqual long', assert.notDeepStrictEqual, range(70), range(70));
show('notDeepEqual same', assert.notDeepEqual, { a: 1 }, { a: 1 });
show('notDeepEqual unequal', assert.notDeepEqual, { a: 1 }, { a: '1' });
show('notDeepEqual prim', assert.notDeepEqual, 1, '1');
show('notDeepEqual long', assert.notDeepEqual, range(300), range(300));
show('deepEqual', assert.deepEqual, [1, [2, [3]]], [1, [2, [4]]]);
show('deepEqual long', assert.deepEqual, range(200), range(200, (i) => -i));
show('equal', assert.equal, 1, 2);
show('equal strings', assert.equal, 'a', 'b');
show('notEqual', assert.notEqual, 1, '1');
show('notEqual NaN', assert.notEqual, NaN, NaN);
show('equal NaN', assert.equal, NaN, NaN);
show('equal loose', assert.equal, 1, '1');
show('deepEqual loose', assert.deepEqual, { a: 1 }, { a: '1' });

// A message replaces the header of strictEqual/deepStrictEqual only.
show('custom strict', assert.strictEqual, 1, 2, 'custom');
show('custom deep', assert.deepStrictEqual, { a: 1 }, { a: 2 }, 'custom');
show('custom caret', assert.strictEqual, 'aaaa aaaa aaaa aaaa', 'aaaa aaaa aaaa aaab', 'hdr');
show('custom empty', assert.strictEqual, 1, 2, '');
show('custom 0', assert.strictEqual, 1, 2, 0);
show('custom object', assert.strictEqual, 1, 2, {});
show('custom same structure', assert.strictEqual, { a: 1 }, { a: 1 }, 'cm');
show('custom equal', assert.equal, 1, 2, 'cm');
show('custom notDeepStrictEqual', assert.notDeepStrictEqual, 1, 1, 'cm');
