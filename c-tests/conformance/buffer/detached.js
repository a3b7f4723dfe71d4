'use strict';
// buffer.isAscii / isUtf8 on a detached ArrayBuffer throw ERR_INVALID_STATE (a
// plain Error); a view of a detached buffer is empty and valid.
//
// Bellard's QuickJS has no JS way to detach a buffer (no ArrayBuffer#transfer,
// no structuredClone): there the detached checks are skipped (said on stderr)
// and their lines print what Node prints, so the case stays one .expected.
// Every line compares with Node's values written here, and running the case
// under node (REFRESH) checks those values.
const { isAscii, isUtf8 } = require('buffer');
const canDetach = typeof ArrayBuffer.prototype.transfer === 'function' || typeof structuredClone === 'function';
function detach(ab) {
  if (typeof ab.transfer === 'function') ab.transfer();
  else structuredClone(ab, { transfer: [ab] });
  return ab;
}
const NODE_ERROR = 'Error|ERR_INVALID_STATE|Cannot validate on a detached buffer|false|code|Error: Cannot validate on a detached buffer';
if (!canDetach) console.error('SKIP detached checks: this engine cannot detach an ArrayBuffer');
for (const f of [isAscii, isUtf8]) {
  let got = NODE_ERROR;
  let view = true;
  if (canDetach) {
    try {
      got = 'returned ' + f(detach(new ArrayBuffer(4)));
    } catch (e) {
      got = [e.name, e.code, e.message, e instanceof TypeError, Object.keys(e).join(','), String(e)].join('|');
    }
    const ab2 = new ArrayBuffer(4);
    const u8 = new Uint8Array(ab2);
    detach(ab2);
    view = f(u8);
  }
  console.log(f.name, 'detached throws as Node:', got === NODE_ERROR, got === NODE_ERROR ? '' : got);
  console.log(f.name, 'view of detached:', view);
  console.log(f.name, 'empty buffer:', f(new ArrayBuffer(0)), f(new Uint8Array(0)));
}
