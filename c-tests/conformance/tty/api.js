'use strict';
// node:tty off a terminal (the runner's stdin is /dev/null, stdout a pipe):
// exports, prototypes, isatty on every kind of argument, the constructors'
// errors (a bad fd; an fd that is no terminal), and process's stdio not
// being tty streams.
const tty = require('tty');
const fs = require('fs');
console.log(Object.keys(tty).join(' '));
console.log(Object.keys(tty.WriteStream.prototype).join(' '));
console.log(Object.keys(tty.ReadStream.prototype).join(' '));
console.log(tty.WriteStream.length, tty.ReadStream.length, tty.isatty.length, tty.WriteStream.name, tty.ReadStream.name);
console.log(tty.WriteStream.prototype.isTTY, tty.ReadStream.prototype.isTTY);
const fd = fs.openSync(__filename, 'r');
for (const v of [0, 1, 2, fd, 99, -1, '1', 1.5, 2 ** 31, null, undefined, NaN]) console.log('isatty', String(v) === String(fd) ? 'file' : String(v), tty.isatty(v));
for (const v of [-1, 'x', 1.5, 2 ** 31, null, fd, 99]) {
  for (const C of [tty.WriteStream, tty.ReadStream]) {
    try {
      new C(v);
      console.log('made', C.name, v);
    } catch (e) {
      console.log(C.name, String(v) === String(fd) ? 'file' : String(v), e.name, e.code, e.message, JSON.stringify(e.info), e.errno, e.syscall);
    }
  }
}
fs.closeSync(fd);
console.log(process.stdout instanceof tty.WriteStream, process.stdin instanceof tty.ReadStream, process.stdout.isTTY, process.stdin.isTTY);
console.log(typeof process.stdout.getColorDepth, typeof process.stdin.setRawMode);
