// fs.watch / fs.watchFile / fs.promises.watch: events and names (relative,
// Buffer with encoding 'buffer', recursive names with the subdirectory),
// 'close'/'stop' after the call returns, argument errors, the `watch` error
// of a missing path, AbortSignal, and an unref'd watcher not keeping the
// program alive (the case ends by itself).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrt-watch-'));
process.chdir(root);
const show = (e) => `${e.name} ${e.code} ${e.message.split(root).join('<tmp>')}`;
const t = (label, f) => {
  try {
    f();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, show(e));
  }
};
const tick = (ms) => new Promise((r) => setTimeout(r, ms));

t('watch number', () => fs.watch(1));
t('watch options number', () => fs.watch('.', 5));
t('watch recursive string', () => fs.watch('.', { recursive: '1' }));
t('watch bad encoding', () => fs.watch('.', { encoding: 'bogus' }));
t('watch bad signal', () => fs.watch('.', { signal: 1 }));
t('watchFile no listener', () => fs.watchFile('x'));
t('watchFile options number', () => fs.watchFile('x', 5, () => {}));
t('watchFile interval string', () => fs.watchFile('x', { interval: 'a' }, () => {}));
t('watchFile interval negative', () => fs.watchFile('x', { interval: -5 }, () => {}));
t('unwatchFile number', () => fs.unwatchFile(1));
try {
  fs.watch('missing/dir');
} catch (e) {
  console.log('missing:', show(e), e.errno, e.syscall, e.path, e.filename, Object.keys(e).join());
}

// One event of each watcher, then close: no order between watchers is assumed.
function firstEvent(w, label) {
  return new Promise((resolve) => {
    w.once('change', (type, name) => {
      console.log(label, type, Buffer.isBuffer(name) ? `Buffer(${name})` : name);
      w.close();
      w.on('close', resolve);
    });
  });
}

(async () => {
  fs.mkdirSync('d/sub', { recursive: true });
  fs.writeFileSync('d/file.txt', 'x');

  const w = fs.watch('d');
  console.log('FSWatcher:', w.constructor.name, Object.keys(w).join(), w.ref() === w, w.unref() === w);
  w.ref();
  let closed = false;
  const p1 = firstEvent(w, 'dir watch:').then(() => { closed = true; });
  fs.writeFileSync('d/new.txt', 'hello');
  await p1;
  console.log('closed', closed);
  w.close(); // again: nothing

  const wb = fs.watch('d', { encoding: 'buffer' });
  const p2 = firstEvent(wb, 'buffer watch:');
  fs.unlinkSync('d/new.txt');
  await p2;

  const wr = fs.watch('d', { recursive: true });
  await tick(50);
  const p3 = new Promise((resolve) => {
    wr.on('change', (type, name) => {
      if (name === path.join('sub', 'deep.txt')) {
        console.log('recursive:', type, name);
        wr.close();
        resolve();
      }
    });
  });
  fs.writeFileSync('d/sub/deep.txt', 'deep');
  await p3;

  const wr2 = fs.watch('d', { recursive: true });
  await tick(50);
  const p4 = new Promise((resolve) => {
    wr2.on('change', (type, name) => {
      if (name === path.join('made', 'inside.txt')) {
        console.log('recursive new dir:', type, name);
        wr2.close();
        resolve();
      }
    });
  });
  fs.mkdirSync('d/made');
  await tick(100);
  fs.writeFileSync('d/made/inside.txt', 'x');
  await p4;

  const ac = new AbortController();
  const wa = fs.watch('d', { signal: ac.signal });
  const aborted = new Promise((resolve) => wa.on('close', resolve));
  ac.abort();
  await aborted;
  console.log('closed by abort');

  // watchFile: a missing file reports zeroed Stats, then its creation.
  const changes = [];
  const sw = await new Promise((resolve) => {
    const s = fs.watchFile('later.txt', { interval: 20 }, (curr, prev) => {
      changes.push([curr.isFile(), curr.size, prev.isFile(), prev.size, prev.ino]);
      if (changes.length === 1) fs.writeFileSync('later.txt', 'abc');
      else resolve(s);
    });
    console.log('StatWatcher:', s.constructor.name, s === fs.watchFile('later.txt', () => {}));
  });
  console.log('watchFile changes:', JSON.stringify(changes));
  const stopped = new Promise((resolve) => sw.on('stop', resolve));
  fs.unwatchFile('later.txt');
  await stopped;
  console.log('stopped');

  // fs.promises.watch
  const ac2 = new AbortController();
  setTimeout(() => fs.writeFileSync('d/p.txt', '1'), 30);
  try {
    for await (const ev of fs.promises.watch('d', { signal: ac2.signal })) {
      console.log('promises.watch:', Object.keys(ev).join(), ev.eventType, ev.filename);
      ac2.abort();
    }
  } catch (e) {
    console.log('promises.watch end:', e.name, e.code);
  }
  const it = fs.promises.watch(1);
  await it.next().catch((e) => console.log('promises.watch bad path rejects:', e.code));
  const it2 = fs.promises.watch('d', 5);
  await it2.next().catch((e) => console.log('promises.watch bad options rejects:', e.code));

  // Unref'd watchers do not keep the program alive (it ends by itself);
  // closed at 'exit' so the host's last loop turn lets their handles go.
  const u1 = fs.watch('d').unref();
  const u2 = fs.watchFile('d/file.txt', { persistent: false }, () => {});
  process.on('exit', () => {
    u1.close();
    u2.stop();
  });
  process.chdir(os.tmpdir());
  fs.rmSync(root, { recursive: true });
  console.log('done');
})();
