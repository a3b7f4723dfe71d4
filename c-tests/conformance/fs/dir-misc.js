// opendir/Dir in three forms, unicode and Buffer paths, a position beyond
// 2 GiB (sparse file), /proc files of unknown size, not-yet-supported APIs.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrt-fs-'));
const p = (...names) => path.join(root, ...names);
for (const n of ['one', 'two', 'three']) fs.writeFileSync(p(n), n);
fs.mkdirSync(p('sub'));

const dir = fs.opendirSync(root);
const seen = [];
let ent;
while ((ent = dir.readSync()) !== null) seen.push(ent.name + (ent.isDirectory() ? '/' : ''));
console.log('opendirSync', seen.sort().join(','), dir.path === root);
dir.closeSync();
try {
  dir.readSync();
} catch (e) {
  console.log('closed', e.code, e.message);
}
try {
  fs.opendirSync(p('missing'));
} catch (e) {
  console.log('opendir error', e.code, e.syscall, e.message);
}

// unicode names, Buffer paths, Buffer results
const uni = p('ünï cødé 🙂.txt');
fs.writeFileSync(uni, 'u');
console.log('unicode', fs.readdirSync(root).includes('ünï cødé 🙂.txt'), fs.readFileSync(uni, 'utf8'));
const bufPath = Buffer.from(p('bufname'));
fs.writeFileSync(bufPath, 'b');
console.log('buffer path', fs.readFileSync(p('bufname'), 'utf8'), fs.existsSync(bufPath));
const tmp = fs.mkdtempSync(p('bt-'), 'buffer');
console.log('mkdtemp buffer', Buffer.isBuffer(tmp), fs.statSync(tmp).isDirectory());
console.log('mkdtemp hex', /^[0-9a-f]+$/.test(fs.mkdtempSync(p('hx-'), 'hex')));
console.log('readdir latin1', fs.readdirSync(p('sub'), 'latin1').length);

// sparse file, position past 2 GiB
const big = p('sparse');
const fd = fs.openSync(big, 'w+');
const pos = 3 * 1024 * 1024 * 1024;
console.log('write at 3 GiB', fs.writeSync(fd, Buffer.from('end'), 0, 3, pos));
const out = Buffer.alloc(3);
console.log('read at 3 GiB', fs.readSync(fd, out, 0, 3, pos), out.toString());
console.log('read at 3 GiB bigint', fs.readSync(fd, out, 0, 3, BigInt(pos) + 1n), JSON.stringify(out.toString()));
console.log('size', fs.fstatSync(fd).size, fs.fstatSync(fd, { bigint: true }).size);
fs.closeSync(fd);

// files whose size stat does not know
const self = fs.readFileSync('/proc/self/status', 'utf8');
console.log('/proc', self.length > 0, self.startsWith('Name:'));

// not supported yet in jsrt-node: these throw (Node: they work) — so only
// the fact that they are functions is printed.
for (const k of ['createReadStream', 'createWriteStream', 'watch', 'watchFile', 'unwatchFile', 'cp', 'cpSync', 'openAsBlob']) {
  console.log(k, typeof fs[k]);
}

fs.opendir(root, (e, d) => {
  console.log('opendir callback', e, d.constructor.name);
  d.read((e2, first) => {
    console.log('dir.read callback', e2, first !== null);
    d.close((e3) => {
      console.log('dir.close callback', e3);
      (async () => {
        const d2 = await fs.promises.opendir(p('sub'));
        console.log('promise dir read', await d2.read());
        await d2.close();
        const names = [];
        for await (const x of await fs.promises.opendir(root)) names.push(x.name);
        console.log('for await', names.length);
      })().then(() => {
        fs.rmSync(root, { recursive: true, force: true });
        console.log('cleaned', fs.existsSync(root));
      });
    });
  });
});
