// When callbacks and promise reactions run relative to sync code, nextTick
// and microtasks: every async completion comes after the current tick, and
// after each completion nextTicks run before promise jobs.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrt-fs-'));
const file = path.join(root, 'x');
fs.writeFileSync(file, 'data');
const log = [];

fs.stat(file, (err, st) => {
  log.push('stat callback ' + (err === null) + ' ' + st.size);
  process.nextTick(() => log.push('tick inside callback'));
  Promise.resolve().then(() => log.push('promise inside callback'));
  fs.readFile(file, 'utf8', (err2, s) => {
    log.push('readFile callback ' + err2 + ' ' + s);
    fs.promises.readFile(file, 'utf8').then((s2) => {
      log.push('promise readFile ' + s2);
      process.nextTick(() => log.push('tick after promise'));
      return fs.promises.stat(file);
    }).then((st2) => {
      log.push('promise stat ' + st2.isFile());
      fs.access(path.join(root, 'missing'), (e) => {
        log.push('access error ' + e.code);
        fs.rmSync(root, { recursive: true, force: true });
        log.push('cleaned ' + fs.existsSync(root));
        console.log(log.join('\n'));
      });
    });
  });
});
process.nextTick(() => log.push('nextTick'));
Promise.resolve().then(() => log.push('microtask'));
log.push('sync end');
