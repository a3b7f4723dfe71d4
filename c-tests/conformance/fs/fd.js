// open/read/write/close with every overload and position kind; fstat,
// ftruncate, fsync, readv/writev (sync API).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrt-fs-'));
const file = path.join(root, 'f.bin');
try {
  let fd = fs.openSync(file, 'w+');
  console.log('fd type', typeof fd, fd > 2);
  console.log('write buf', fs.writeSync(fd, Buffer.from('0123456789')));
  console.log('write str', fs.writeSync(fd, 'abc'));
  console.log('write str pos', fs.writeSync(fd, 'XY', 2));
  console.log('write str enc', fs.writeSync(fd, '4142', null, 'hex'));
  console.log('write off/len', fs.writeSync(fd, Buffer.from('hello world'), 6, 5));
  console.log('write options', fs.writeSync(fd, Buffer.from('!?'), { offset: 1, length: 1, position: 0 }));
  console.log('write bigint pos', fs.writeSync(fd, Buffer.from('Z'), 0, 1, 1n));
  console.log('write u16', fs.writeSync(fd, new Uint16Array([0x6161])));
  console.log('content', JSON.stringify(fs.readFileSync(file, 'latin1')));

  const buf = Buffer.alloc(8, '.');
  console.log('read pos 0', fs.readSync(fd, buf, 0, 4, 0), buf.toString());
  console.log('read offset', fs.readSync(fd, buf, 4, 4, 4), buf.toString());
  console.log('read bigint', fs.readSync(fd, buf, 0, 2, 10n), buf.toString());
  console.log('read null pos (current)', fs.readSync(fd, buf, 0, 8, null), JSON.stringify(buf.toString()));
  console.log('read options', fs.readSync(fd, buf, { position: 1, length: 3 }), buf.toString());
  console.log('read zero length', fs.readSync(fd, buf, 0, 0, 0));
  console.log('read past end', fs.readSync(fd, buf, 0, 8, 1000));
  const dv = new DataView(new ArrayBuffer(4));
  console.log('read dataview', fs.readSync(fd, dv, 0, 4, 0), dv.getUint8(0));

  const st = fs.fstatSync(fd);
  console.log('fstat', st.isFile(), st.size);
  fs.ftruncateSync(fd, 4);
  console.log('ftruncate', fs.fstatSync(fd).size);
  fs.ftruncateSync(fd);
  console.log('ftruncate 0', fs.fstatSync(fd).size);
  fs.fsyncSync(fd);
  fs.fdatasyncSync(fd);
  console.log('writev', fs.writevSync(fd, [Buffer.from('ab'), Buffer.from('cd')], 0));
  const a = Buffer.alloc(1);
  const b = Buffer.alloc(3);
  console.log('readv', fs.readvSync(fd, [a, b], 0), a.toString(), JSON.stringify(b.toString()));
  fs.fchmodSync(fd, 0o600);
  console.log('fchmod', (fs.fstatSync(fd).mode & 0o777).toString(8));
  fs.futimesSync(fd, 5, 6);
  console.log('futimes', fs.fstatSync(fd).mtimeMs);
  console.log('close', fs.closeSync(fd));

  // appending and exclusive flags
  fd = fs.openSync(file, 'a');
  fs.writeSync(fd, 'tail');
  fs.closeSync(fd);
  console.log('append flag', fs.readFileSync(file, 'utf8'));
  fd = fs.openSync(file, fs.constants.O_RDONLY);
  console.log('numeric flags read', fs.readFileSync(fd, 'utf8'));
  console.log('readFile fd again (at end)', JSON.stringify(fs.readFileSync(fd, 'utf8')));
  fs.closeSync(fd);
  fd = fs.openSync(path.join(root, 'm'), 'wx', 0o640);
  fs.closeSync(fd);
  console.log('open mode', (fs.statSync(path.join(root, 'm')).mode & 0o777).toString(8));
  fs.writeFileSync(fd = fs.openSync(path.join(root, 'viafd'), 'w'), 'by fd');
  fs.closeSync(fd);
  console.log('writeFile fd', fs.readFileSync(path.join(root, 'viafd'), 'utf8'));
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
console.log('cleaned', fs.existsSync(root));
