// Lone surrogates in values that error messages and util.inspect show as
// they are (a Symbol's description, a function or class name, an encoding
// name, a Received text) stay lone surrogates, as in Node; inside quoted
// strings and symbol keys they are escaped. A U+FDD2 of the input (the mark
// the implementation uses inside) passes through unchanged.
'use strict';
const util = require('util');
const assert = require('assert');
const show = (s) => JSON.stringify(s);
const t = (label, f) => {
  try {
    console.log(label, show(f()));
  } catch (e) {
    console.log(label, e.code, show(e.message));
  }
};
t('toString encoding', () => Buffer.from('a').toString('\ud800x'));
t('inspect symbol', () => util.inspect(Symbol('a\ud800')));
t('symbol key', () => util.inspect({ [Symbol('\udc00')]: 1, f: function a() {} }));
t('function name', () => util.inspect(Object.defineProperty(function () {}, 'name', { value: 'n\ud800' })));
t('alloc string', () => Buffer.alloc('\ud800'));
t('alloc quote', () => Buffer.alloc("it's\ud800"));
t('path join', () => require('path').join(1, 'x\udfff'));
t('alloc symbol', () => Buffer.alloc(Symbol('\ud800')));
t('alloc function', () => Buffer.alloc(Object.defineProperty(function () {}, 'name', { value: 'q\ud800' })));
t('format', () => util.format('%s %o', Symbol('\ud800'), ['\ud800']));
t('strings', () => util.inspect({ a: '\ud800', '\ud800': 1 }));
t('mark char', () => util.inspect('x\ufdd2y'));
t('mark pair', () => util.inspect('\ufdd2\ue000'));
t('mark symbol', () => util.inspect(Symbol('x\ufdd2y\ufdd2\ue000')));
t('mark encoding', () => Buffer.from('a').toString('\ufdd2\ue000'));
t('width', () => util.inspect([Symbol('\ud800'.repeat(30))], { breakLength: 40 }));
t('mark keys', () => util.inspect({ '\ufdd2\ue000': Symbol('\ufdd2\ue000'), [Symbol('\ufdd2\ue000\ud800')]: 2 }));
t('error message', () => util.inspect(new Error('m\ud800')).split('\n')[0]);
t('%j', () => util.format('%j', '\ud800'));
t('assert', () => assert.strictEqual(Symbol('\ud800'), 1));
t('fill value', () => Buffer.alloc(5, '\u0100\udfff', 'base64url'));
t('indexOf encoding', () => Buffer.from('ab').indexOf('a', '\ud800'));
