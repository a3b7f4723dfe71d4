// fs.createReadStream reads natively into memory each chunk's Buffer takes over:
// chunk counts and contents for several ranges and marks, each Buffer no larger
// than its bytes (short reads too), a directory's error, destroy after one chunk.
'use strict';
const fs = require('fs'); const path = require('path'); const os = require('os');
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'rs3-')); const f = path.join(d, 'a');
fs.writeFileSync(f, Buffer.from(Array.from({ length: 200000 }, (_, i) => i % 251)));
const runs = [
  {}, { highWaterMark: 1000 }, { start: 5, end: 70000 }, { start: 199990 }, { encoding: 'hex', highWaterMark: 4096, end: 9 },
];
(async () => {
  for (const o of runs) {
    const parts = [];
    await new Promise((res) => fs.createReadStream(f, o).on('data', (c) => parts.push(c)).on('end', res).on('error', (e) => { console.log('err', e.code); res(); }));
    const all = typeof parts[0] === 'string' ? parts.join('') : Buffer.concat(parts);
    console.log(JSON.stringify(o), parts.length, all.length, typeof all === 'string' ? all : all.reduce((a, b) => (a * 31 + b) % 1000003, 0),
      typeof parts[0] === 'string' ? '-' : parts.map((p) => p.buffer.byteLength === p.length).every(Boolean));
  }
  await new Promise((res) => fs.createReadStream(d).on('error', (e) => { console.log('dir', e.code, e.syscall); res(); }).on('data', () => {}));
  const s = fs.createReadStream(f, { highWaterMark: 10 });
  s.once('data', (c) => { console.log('first', c.length); s.destroy(); });
  s.on('close', () => { console.log('closed', s.bytesRead); fs.rmSync(d, { recursive: true }); });
})();
