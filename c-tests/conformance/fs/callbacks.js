// Callback details: which argument error wins when the callback is missing,
// how many arguments callbacks get, callbacks never run synchronously,
// util.promisify of read/write/readv/writev, removing trees with names that
// are not UTF-8, rmdir's recursive mode on a file.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrt-fs-'));
const p = (...names) => path.join(root, ...names);
const code = (f) => {
  try {
    f();
    return 'no throw';
  } catch (e) {
    return e.code + ' ' + e.message.split(root).join('<tmp>');
  }
};

fs.writeFileSync(p('f'), 'abcdef');
console.log('fchmod bad fd, no cb:', code(() => fs.fchmod('x')));
console.log('fchown bad fd, no cb:', code(() => fs.fchown('x')));
console.log('close bad fd, no cb:', code(() => fs.close('x')));
console.log('stat bad path, bad cb:', code(() => fs.stat(1, 'nope')));
console.log('readFile bad cb first:', code(() => fs.readFile(1)));
console.log('readdir cb first:', code(() => fs.readdir(1)));
console.log('opendir cb name:', code(() => fs.opendir(root)));
console.log('read position fn:', code(() => fs.read(0, Buffer.alloc(2), 0, 1, () => {}, () => {})));
console.log('read position bool:', code(() => fs.read(0, Buffer.alloc(2), 0, 1, true, () => {})));
console.log('new Dir():', code(() => new fs.Dir()));
console.log('watchFile no listener:', code(() => fs.watchFile(p('f'))));
console.log('createReadStream NUL:', code(() => fs.createReadStream('a\0b')));
console.log('watch bad encoding:', code(() => fs.watch(p('f'), { encoding: 'nope' })));

fs.mkdirSync(p('tree', 'sub'), { recursive: true });
fs.writeFileSync(Buffer.concat([Buffer.from(p('tree', 'sub') + '/'), Buffer.from([0xff, 0xfe, 0x41])]), 'x');
console.log('rmdir recursive on a file:', code(() => fs.rmdirSync(p('f'), { recursive: true })));

const order = [];
fs.close(fs.openSync(p('f'), 'r'));
fs.writev(fs.openSync(p('w'), 'w'), [], function (err, written, buffers) {
  order.push(`writev [] callback: ${arguments.length} args, ${err} ${written} ${buffers.length}`);
});
fs.unlink(p('missing'), function (err) {
  order.push(`unlink error callback: ${arguments.length} arg ${err.code}`);
});
fs.access(p('f'), function () {
  order.push(`access callback: ${arguments.length} arg`);
  (async () => {
    const fd = fs.openSync(p('f'), 'r+');
    const r = await util.promisify(fs.read)(fd, Buffer.alloc(3), 0, 3, 0);
    console.log('promisified read', r.bytesRead, r.buffer.toString());
    const w = await util.promisify(fs.write)(fd, Buffer.from('Z'), 0, 1, 0);
    console.log('promisified write', w.bytesWritten, Buffer.isBuffer(w.buffer));
    const rv = await util.promisify(fs.readv)(fd, [Buffer.alloc(2), Buffer.alloc(2)], 0);
    console.log('promisified readv', typeof rv === 'object' ? Object.keys(rv).join() : rv);
    const wv = await util.promisify(fs.writev)(fd, [Buffer.from('1'), Buffer.from('2')], 4);
    console.log('promisified writev', typeof wv === 'object' ? Object.keys(wv).join() : wv);
    fs.closeSync(fd);
    console.log('content', fs.readFileSync(p('f'), 'utf8'));
    console.log('exists via promisify', await util.promisify(fs.exists)(p('f')));
    fs.rmSync(p('tree'), { recursive: true });
    console.log('tree with non-UTF-8 name removed', !fs.existsSync(p('tree')));
  })().then(() => {
    console.log(order.sort().join('\n'));
    fs.rmSync(root, { recursive: true, force: true });
    console.log('cleaned', fs.existsSync(root));
  });
});
order.push('sync end');
