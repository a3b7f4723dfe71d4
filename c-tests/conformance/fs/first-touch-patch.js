// The first operation on require('fs') replaces fs.close: the file streams
// call the module's close, so they call the patch (as graceful-fs expects).
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const real = fs.closeSync;
let calls = 0;
const original = Object.getOwnPropertyDescriptor(fs, 'close');
fs.close = function close(fd, cb) {
  calls++;
  return original.value(fd, cb);
};
const file = path.join(os.tmpdir(), `jsrt-node-first-touch-${process.pid}.txt`);
fs.writeFileSync(file, 'abc');
fs.createReadStream(file).on('data', (c) => console.log('data', String(c))).on('close', () => {
  console.log('patched close calls', calls, typeof real);
  fs.unlinkSync(file);
});
