'use strict';
// buffer.constants.MAX_STRING_LENGTH is the engine's real limit, and making a
// longer string throws ERR_STRING_TOO_LONG naming it. The buffers here are
// zero-filled but never touched: the check happens before any byte is read.
const buffer = require('buffer');
const { StringDecoder } = require('string_decoder');
const max = buffer.constants.MAX_STRING_LENGTH;
console.log(max === buffer.kStringMaxLength, Number.isSafeInteger(max), max >= 2 ** 28);
const msg = `Cannot create a string longer than 0x${max.toString(16)} characters`;
function tryIt(what, f) {
  try {
    const s = f();
    console.log(what, 'ok', typeof s);
  } catch (e) {
    console.log(what, e.name, e.code, e.message === msg, e instanceof RangeError);
  }
}
// Output twice / four-thirds the input: 2 ** 29 bytes is over both V8's and QuickJS's limits.
const big = Buffer.alloc(2 ** 29);
tryIt('hex', () => big.toString('hex'));
// Base64 of 0x30000000 bytes is 2 ** 30 characters: one over QuickJS's limit.
const big64 = Buffer.alloc(0x30000000);
tryIt('base64', () => big64.toString('base64'));
tryIt('base64url', () => big64.toString('base64url'));
tryIt('hexSlice', () => big.hexSlice(0, big.length));
tryIt('decoder hex write', () => new StringDecoder('hex').write(big));
tryIt('decoder base64 end', () => new StringDecoder('base64').end(big64));
// Within the limit: fine.
tryIt('small', () => Buffer.alloc(16).toString('hex'));
