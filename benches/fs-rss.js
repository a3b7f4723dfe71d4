'use strict';
// Peak RSS of fs.readFile (callback) of a 64 MiB file (`benches/run.sh build/jsrt-node fs`
// runs it under GNU time). The file is written in 1 MiB pieces, so the write adds ~1 MiB.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrt-fs-rss-'));
const file = path.join(dir, 'big');
const piece = Buffer.alloc(1 << 20, 'rss');
const fd = fs.openSync(file, 'w');
for (let i = 0; i < 64; i++) fs.writeSync(fd, piece);
fs.closeSync(fd);
fs.readFile(file, (err, data) => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (err) throw err;
  console.log('readFile', data.length === 64 << 20 && data[0] === piece[0]);
});
