// Deprecation warnings of fs: rmdir(path, { recursive: true }) warns DEP0147 (once) when the target
// is missing or a file, not for a directory it removes; truncate with a descriptor warns DEP0081.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rmdirw-'));
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
fs.mkdirSync(path.join(dir, 'sub', 'deep'), { recursive: true });
fs.rmdirSync(path.join(dir, 'sub'), { recursive: true });
console.log('removed a tree', !fs.existsSync(path.join(dir, 'sub')));
fs.writeFileSync(path.join(dir, 'file'), '');
try { fs.rmdirSync(path.join(dir, 'file'), { recursive: true }); } catch (e) { console.log(e.code, e.syscall); }
try { fs.rmdirSync(path.join(dir, 'missing'), { recursive: true }); } catch (e) { console.log(e.code, e.syscall); }
// fs.truncate with a file descriptor: DEP0081, once.
const t = path.join(os.tmpdir(), `trunc-${process.pid}`);
const fd = fs.openSync(t, 'w');
fs.writeSync(fd, 'abcdef');
fs.truncateSync(fd, 2);
// The two requests one after the other: in flight together they may finish
// in either order.
fs.rmdir(path.join(dir, 'missing'), { recursive: true }, (e) => {
  console.log('callback', e.code);
  fs.rmSync(dir, { recursive: true });
  fs.truncate(fd, 1, () => {
    console.log('truncated to', fs.readFileSync(t, 'utf8').length);
    fs.closeSync(fd);
    fs.unlinkSync(t);
  });
});
