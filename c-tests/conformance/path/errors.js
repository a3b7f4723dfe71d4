'use strict';
// Argument validation errors: name, code and the exact message text
// (including Node's "Received ..." description of the bad value).
const path = require('path');
const out = (...a) => console.log(JSON.stringify(a));

function attempt(label, vlabel, fn) {
  try {
    const r = fn();
    out(label, vlabel, 'no-throw', typeof r === 'string' || typeof r === 'boolean' ? r : typeof r);
  } catch (e) {
    out(label, vlabel, e.name, e.code, e.message, e instanceof TypeError);
  }
}

class Bar {}
const bad = [
  ['1', 1], ['-0', -0], ['0', 0], ['NaN', NaN], ['1.5', 1.5], ['123456789012', 123456789012],
  ['Infinity', Infinity], ['-Infinity', -Infinity], ['-1.5e-7', -1.5e-7], ['1e21', 1e21], ['true', true],
  ['false', false], ['null', null], ['undefined', undefined], ['{}', {}], ['[]', []], ['[1,2]', [1, 2]],
  ['function foo', function foo() {}], ['class Bar', Bar], ['anon arrow', [() => {}][0]],
  ['async fn', async function af() {}], ['Symbol(s)', Symbol('s')], ['Symbol()', Symbol()], ['10n', 10n],
  ['new Foo', new (class Foo {})()], ['new anon class', new ([class {}][0])()],
  ['null proto', Object.create(null)], ['null proto w/ keys', Object.assign(Object.create(null), { a: 1 })],
  ['fake ctor', { constructor: { name: 'X' } }], ['Date', new Date(0)], ['RegExp', /re/], ['Map', new Map()],
  ['new String', new String('s')], ['new Number', new Number(3)], ['Error', new Error('x')],
];
// Strings are only rejected by format(); they are listed separately below.

for (const [ns, P] of [['posix', path.posix], ['win32', path.win32]]) {
  for (const [vl, v] of bad) {
    attempt(ns + '.join(v)', vl, () => P.join(v));
    attempt(ns + '.join(a,v)', vl, () => P.join('a', v));
    attempt(ns + '.resolve(v)', vl, () => P.resolve(v));
    attempt(ns + '.resolve(/a,v,b)', vl, () => P.resolve('/a', v, 'b'));
    attempt(ns + '.normalize', vl, () => P.normalize(v));
    attempt(ns + '.isAbsolute', vl, () => P.isAbsolute(v));
    attempt(ns + '.dirname', vl, () => P.dirname(v));
    attempt(ns + '.basename(v)', vl, () => P.basename(v));
    attempt(ns + '.basename(a,v)', vl, () => P.basename('a', v));
    attempt(ns + '.extname', vl, () => P.extname(v));
    attempt(ns + '.parse', vl, () => P.parse(v));
    attempt(ns + '.format', vl, () => P.format(v));
    attempt(ns + '.relative(v,a)', vl, () => P.relative(v, 'a'));
    attempt(ns + '.relative(a,v)', vl, () => P.relative('a', v));
    attempt(ns + '.matchesGlob(v,*)', vl, () => P.matchesGlob(v, '*'));
    attempt(ns + '.matchesGlob(a,v)', vl, () => P.matchesGlob('a', v));
  }
}

// Only format() rejects strings; messages quote and truncate them.
const strs = ['str', '', 'a'.repeat(28), 'a'.repeat(29), 'a'.repeat(30), 'b'.repeat(26), 'é'.repeat(30),
  "it's", 'x"y', "x'y\"z", 'multi\nline', 'tab\there', 'back\\slash', '日本語'];
for (const s of strs) {
  attempt('posix.format', JSON.stringify(s), () => path.posix.format(s));
  attempt('win32.format', JSON.stringify(s), () => path.win32.format(s));
}

// Missing arguments and ordering of validation.
attempt('join()', '-', () => path.join());
attempt('resolve()', '-', () => path.resolve() === process.cwd());
attempt('normalize()', '-', () => path.normalize());
attempt('win32.normalize()', '-', () => path.win32.normalize());
attempt('isAbsolute()', '-', () => path.isAbsolute());
attempt('dirname()', '-', () => path.dirname());
attempt('basename()', '-', () => path.basename());
attempt('win32.basename()', '-', () => path.win32.basename());
attempt('extname()', '-', () => path.extname());
attempt('parse()', '-', () => path.parse());
attempt('win32.parse()', '-', () => path.win32.parse());
attempt('format()', '-', () => path.format());
attempt('relative()', '-', () => path.relative());
attempt('relative(a)', '-', () => path.relative('a'));
attempt('win32.relative(C:\\\\)', '-', () => path.win32.relative('C:\\'));
attempt('matchesGlob()', '-', () => path.matchesGlob());
attempt('matchesGlob(a)', '-', () => path.matchesGlob('a'));
attempt('basename(1,2)', '-', () => path.basename(1, 2));
attempt('win32.basename(1,2)', '-', () => path.win32.basename(1, 2));
attempt('basename(a,undefined)', '-', () => path.basename('a', undefined));
attempt('relative(1,null)', '-', () => path.relative(1, null));
attempt('win32.relative(1,null)', '-', () => path.win32.relative(1, null));
attempt('matchesGlob(1,null)', '-', () => path.matchesGlob(1, null));
attempt('join(a,1,null)', '-', () => path.join('a', 1, null));
attempt('win32.join(a,1,null)', '-', () => path.win32.join('a', 1, null));
attempt('resolve(1,null)', '-', () => path.resolve(1, null));
attempt('resolve(1,/abs)', '-', () => path.resolve(1, '/abs'));
attempt('resolve(1,rel,/abs)', '-', () => path.resolve(1, 'rel', '/abs'));
attempt('resolve(/abs,1)', '-', () => path.resolve('/abs', 1));
attempt('win32.resolve(1,C:\\\\x)', '-', () => path.win32.resolve(1, 'C:\\x'));
attempt('win32.resolve(1,\\\\\\\\s\\\\h)', '-', () => path.win32.resolve(1, '\\\\s\\h'));
attempt('win32.resolve(1,null)', '-', () => path.win32.resolve(1, null));
attempt('win32.resolve(C:\\\\x,1)', '-', () => path.win32.resolve('C:\\x', 1));
attempt('resolve(a,b,c,d,1)', '-', () => path.resolve('a', 'b', 'c', 'd', 1));
attempt('join(a,b,c,d,1)', '-', () => path.join('a', 'b', 'c', 'd', 1));
attempt('relative(a,a)+extra', '-', () => path.relative('/a', '/a', 1));
attempt('normalize(a,1)', '-', () => path.normalize('a', 1));
attempt('dirname(a,1)', '-', () => path.dirname('/a/b', 1));
attempt('format({},1)', '-', () => path.format({}, 1));
attempt('format(function)', '-', () => path.format(function f() {}));
attempt('format(array)', '-', () => path.format(['x']));
attempt('format({})', '-', () => path.format({}));
attempt('toNamespacedPath(1)', '-', () => typeof path.toNamespacedPath(1));
attempt('win32.toNamespacedPath(1)', '-', () => typeof path.win32.toNamespacedPath(1));

// Shape of the error object itself.
try {
  path.join(1);
} catch (e) {
  out('error.shape', String(e), Object.keys(e), e.constructor === TypeError,
      Object.prototype.hasOwnProperty.call(e, 'message'), typeof e.stack);
}
