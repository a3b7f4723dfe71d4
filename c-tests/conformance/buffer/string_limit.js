'use strict';
// buffer.constants.MAX_STRING_LENGTH is Node's (V8's) limit, and making a
// longer string throws ERR_STRING_TOO_LONG naming it. The check happens before
// any byte is read (the bundled engine never even touches the zeroed pages; a
// host engine may zero them: 512 MiB). Base64's length rule is covered by a
// Rust unit test (validate.rs), which avoids a 768 MiB buffer here.
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
// Hex doubles the length: 2 ** 29 bytes make 2 ** 30 characters, over both V8's and QuickJS's limits.
const big = Buffer.alloc(2 ** 29);
tryIt('hex', () => big.toString('hex'));
tryIt('hexSlice', () => big.hexSlice(0, big.length));
tryIt('decoder hex write', () => new StringDecoder('hex').write(big));
tryIt('decoder hex end', () => new StringDecoder('hex').end(big));
// Within the limit: fine.
tryIt('small', () => Buffer.alloc(16).toString('hex'));
