'use strict';
// assert.ok / assert(): the failing call's source text in the message.
const assert = require('assert');
const { ok } = assert;
const check = assert;

function t(f) {
  try {
    f();
    console.log('no throw');
  } catch (e) {
    console.log(JSON.stringify(e.message), e.generatedMessage, e.actual, e.expected, e.operator);
  }
}
t(() => assert.ok(typeof 123 === 'string'));
t(() => assert(false));
t(() => assert(
  1 === 2,
  undefined
));
t(() => { const x = 0; assert.equal(1, 1); assert.ok(x); });
t(() => assert.ok(false, undefined));
t(() => assert.ok(null, null));
t(() => ok(null));
t(() => check(''));
t(() => assert.ok.call(null, 0));
t(() => assert['ok'](0));
t(() => assert.strict(0));
t(() => assert.strict.ok(NaN));
t(() => assert.ok(String('(') === ')'));
t(() => assert.ok(`a${')'}` === 'b'));
t(() => assert.ok(/\)/.test('x')));
t(() => assert.ok(0 /* ) */, undefined));
t(() => assert.ok([1, 2].includes(3)));
t(() => assert.ok([1, 2].map((n) => n * 2).some((n) => n > 10)));
function nested() {
    if (true) {
        t(() => assert.ok(
              1 === 2,
            undefined
        ));
        t(() => assert.ok(
          [1, 2].includes(3)));
    }
}
nested();
t(() => [0].forEach(assert));
t(() => assert.ok());
t(() => assert());
// Indentation is cut by the call's own column, relative indents kept.
{
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  t(() => {
    assert.ok(
      typeof 123 === 'string'
    );
  });
  Error.stackTraceLimit = limit;
}
t(() => assert.ok((() => Boolean('' === false))()));
t(() => assert(false, Symbol('foo')));
t(() => new Function('assert', 'assert(1 === 2);')(assert));
t(() => eval('assert.ok(0)'));
t(() => { assert.ok(typeof 123n === 'string'); });
