'use strict';
// node:querystring: exports, documented examples, the edge cases of parse
// (separators, maxKeys, decoding, custom decoders) and stringify (value
// types, arrays, custom encoders), escape/unescape/unescapeBuffer.
const qs = require('querystring');
const j = (v) => JSON.stringify(v);
const attempt = (f) => {
  try {
    return j(f());
  } catch (e) {
    return `${e.name} ${e.code}`;
  }
};

console.log(Object.keys(qs).join(','), qs.encode === qs.stringify, qs.decode === qs.parse);
for (const k of Object.keys(qs)) console.log(k, qs[k].name, qs[k].length);

const parsed = qs.parse('foo=bar&abc=xyz&abc=123');
console.log(Object.getPrototypeOf(parsed), j(parsed));
console.log(qs.stringify({ foo: 'bar', baz: ['qux', 'quux'], corge: '' }));
console.log(qs.stringify({ foo: 'bar', baz: 'qux' }, ';', ':'));

const inputs = ['', '&', '=', '&=&', '&=&=', '+', '+=', '=+', 'a&&b', 'a=&a=v&a=', '&&foo=bar&&', 'a=b=c', 'a%3Db=c',
  '__proto__=1&constructor=2&hasOwnProperty=3', 'a=%zx', 'a=%E9', 'a=%C3%A9', '%FF%41+=%E9+', '%41%zz=1', 'a%2=1',
  '%\u0100=%\u0101', 'a=%F0%9F%98%80', 'k+1=v+2', ' a = b ', 'a=1;b=2', 'x&&&y', 'k=v&&'];
for (const s of inputs) console.log(j(s), j(qs.parse(s)));
for (const v of [undefined, null, 1, ['a=b'], { toString() { return 'a=b'; } }]) console.log(j(qs.parse(v)));

const seps = [[null, null], ['&&', '=>'], [';', ':'], ['', ''], [[], null], [null, []], [0, 0], [5, ':'], ['&', '&'],
  [', ', '==>'], ['ab', 'b']];
for (const [sep, eq] of seps) {
  for (const s of ['a=1&b', 'foo=>bar&&bar=>baz', 'a:1;b:2', 'a5b', 'foo==>bar, bar==>baz', 'xabyabz', 'abba=bab']) {
    console.log(j(sep), j(eq), j(s), j(qs.parse(s, sep, eq)));
  }
}
for (const maxKeys of [1, 2, 0, -1, 2.5, NaN, Infinity, '1', undefined]) {
  console.log('maxKeys', String(maxKeys), j(qs.parse('&a=1&b=2&a=3&c', null, null, { maxKeys })));
}

const seen = [];
const record = (s) => {
  seen.push(s);
  return `<${s}>`;
};
console.log(j(qs.parse('a=&=b&c&d+e=%41+', null, null, { decodeURIComponent: record })), j(seen));
console.log(j(qs.parse('a=%41&b=%4&c=%FF%41+', null, null, {
  decodeURIComponent(s) {
    if (s.includes('%4') || s.includes('%FF')) throw new Error('no');
    return s;
  },
})));
for (const opt of [{ decodeURIComponent: 5 }, { decodeURIComponent: null }, 'str', null]) {
  console.log(j(qs.parse('a=%41+b', null, null, opt)));
}
{
  const saved = qs.unescape;
  const got = [];
  qs.unescape = (s, d) => {
    got.push([s, d === undefined]);
    return s.toUpperCase();
  };
  console.log(j(qs.parse('a%41=b+c&d')), j(got));
  qs.unescape = saved;
}

const values = { s: 'x y', e: '', n: 3, z: -0, f: -72.42, big: 1e21, nan: NaN, inf: Infinity, bi: 2n ** 70n, t: true,
  fa: false, nul: null, und: undefined, o: {}, fn() {}, re: /./g, d: new Date(0), bo: new Boolean(true),
  arr: [1, 'two', null, 3n], emptyArr: [], nested: [[1, 2]] };
console.log(qs.stringify(values));
console.log(qs.stringify(values, ';', ':'), qs.stringify({ a: 1 }, 0, 5), qs.stringify({ a: [1, 2] }, '|'));
for (const v of [undefined, null, 0, 'str', true, [], [0n, 1n], new Map([['a', 1]]), Object.assign(Object.create({ inh: 1 }), { own: 2 })]) {
  console.log(j(qs.stringify(v)));
}
const enc = [];
console.log(qs.stringify({ a: [1, 2], b: [], c: 'x', d: '' }, null, null, {
  encodeURIComponent(s) {
    enc.push(s);
    return s.toUpperCase();
  },
}), j(enc));
console.log(qs.stringify({ a: 'é' }, null, null, { encodeURIComponent: 5 }));
{
  const saved = qs.escape;
  qs.escape = (s) => `E(${s})`;
  console.log(qs.stringify({ a: 'b' }));
  qs.escape = saved;
}
console.log(attempt(() => qs.stringify({ foo: '\udc00' })), attempt(() => qs.stringify({ ['\ud800']: 1 })));

for (const v of [5, 'test', {}, [5, 10], 'Ŋōđĕ', '\ud801test', '\udc00x', '\ud800\ud800', ' \u00e9\u20ac\ud83d\ude00',
  "-_.!~*'()", '\u0000\u007f', { test: 5, toString: () => 'test', valueOf: () => 10 }, { toString: 5, valueOf: () => 'test' }]) {
  console.log('escape', attempt(() => qs.escape(v)));
}
for (const v of ['\ud800', Symbol('s'), { toString: 5 }]) console.log('escape', attempt(() => qs.escape(v)));
for (const [s, d] of [['%41', false], ['a+b', false], ['a+b', true], ['%zz+', true], ['%E9', false], ['', false],
  ['%%2a', false], ['%2sf%2a', false], ['%2%2af%2a', false], [5, false]]) {
  console.log('unescape', j(s), d, attempt(() => qs.unescape(s, d)));
}
for (const [s, d] of [['a+b', true], ['a+b', false], ['a%', false], ['a%2', false], ['a%20', false], ['a%2g', false],
  ['a%%', false], ['\u0100x\u00e9%41+', true], ['\ud83d\ude00', false], ['', false], ['%d3%F2Ug%1f6v', false]]) {
  const b = qs.unescapeBuffer(s, d);
  console.log('unescapeBuffer', j(s), d, Buffer.isBuffer(b), j([...b]));
}
