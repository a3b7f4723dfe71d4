// fs.readFile and fs.promises.readFile in the forms that take the direct native
// path (string path, no options or 'utf8') and beside them the general ones:
// results, decoding, errors (sync for the callback API, rejections for
// promises) and the requests process.getActiveResourcesInfo() lists.
'use strict';
const fs = require('fs'); const path = require('path'); const os = require('os');
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'rfc-')); const f = path.join(d, 'a'); fs.writeFileSync(f, 'héllo');
const show = (label) => (e, v) => console.log(label, e ? `${e.name} ${e.code} ${String(e.message).split(d).join('<d>')}` : JSON.stringify(typeof v === 'string' ? v : [...v]));
const steps = [
  (n) => fs.readFile(f, show('cb')),
  (n) => fs.readFile(f, 'utf8', show('cb utf8')),
  (n) => fs.readFile(f, 'utf-8', show('cb utf-8')),
  (n) => fs.readFile(f, 'latin1', show('cb latin1')),
  (n) => fs.readFile(f, { encoding: 'utf8' }, show('cb obj')),
  (n) => fs.readFile(f + '\0', show('cb nul')),
  (n) => fs.readFile(f + '-missing', show('cb missing')),
  (n) => fs.readFile(f + '-missing', 'utf8', show('cb missing utf8')),
  (n) => fs.readFile(d, 'utf8', show('cb dir')),
  (n) => fs.readFile(f, 'bogus', show('cb bogus')),
  (n) => fs.promises.readFile(f).then((v) => show('p')(null, v), show('p')),
  (n) => fs.promises.readFile(f, 'utf8').then((v) => show('p utf8')(null, v), show('p utf8')),
  (n) => fs.promises.readFile(f, 'hex').then((v) => show('p hex')(null, v), show('p hex')),
  (n) => fs.promises.readFile(f + '\0').then((v) => show('p nul')(null, v), show('p nul')),
  (n) => fs.promises.readFile(d).then((v) => show('p dir')(null, v), show('p dir')),
  (n) => fs.promises.readFile(f, 'bogus').then((v) => show('p bogus')(null, v), show('p bogus')),
  (n) => fs.promises.readFile(Buffer.from(f)).then((v) => show('p buffer')(null, v), show('p buffer')),
];
try { fs.readFile(f, 'utf8'); } catch (e) { console.log('no cb', e.code); }
try { fs.readFile(f + '\0', 'utf8', 5); } catch (e) { console.log('bad cb', e.code); }
(async () => {
  for (const s of steps) {
    await new Promise((r) => { const orig = console.log; console.log = (...a) => { console.log = orig; orig(...a); r(); }; try { s(); } catch (e) { console.log("sync", e.code); } });
  }
  const p = fs.promises.readFile(f);
  console.log('pending', process.getActiveResourcesInfo().filter((x) => x.startsWith('FSReq')).join(','));
  await p;
  fs.readFile(f, () => {});
  console.log('pending cb', process.getActiveResourcesInfo().filter((x) => x.startsWith('FSReq')).join(','));
  setTimeout(() => { console.log('after', process.getActiveResourcesInfo().filter((x) => x.startsWith('FSReq')).join(',')); fs.rmSync(d, { recursive: true }); }, 50);
})();
