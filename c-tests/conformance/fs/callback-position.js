'use strict';
// readFile, writeFile and appendFile take their callback as Node does
// (`callback ||= options`): the last parameter when set, else the one before,
// so an options argument that is a function is ignored and the callback after
// it is the one called; the error for a missing callback names what is there.
// fs.promises' readFile, writeFile and appendFile take no descriptor numbers
// (readFile checks its options first).
const fs = require('fs');
const path = require('path');
const os = require('os');
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'cbpos-'));
const p = path.join(d, 'f.txt');
fs.writeFileSync(p, 'hello');
const tries = [
  ['readFile fnA fnB', (done) => fs.readFile(p, () => done('A'), (e, v) => done(`B ${v}`))],
  ['readFile cb', (done) => fs.readFile(p, (e, v) => done(String(v)))],
  ['readFile utf8 cb', (done) => fs.readFile(p, 'utf8', (e, v) => done(v))],
  ['readFile null cb', (done) => fs.readFile(p, null, (e, v) => done(String(v)))],
  ['readFile cb null', (done) => fs.readFile(p, (e, v) => done(`fn-then-null ${v}`), null)],
  ['readFile {} cb', (done) => fs.readFile(p, {}, (e, v) => done(String(v)))],
  ['writeFile fnA fnB', (done) => fs.writeFile(p, 'x', () => done('A'), () => done('B'))],
  ['appendFile fnA fnB', (done) => fs.appendFile(p, 'y', () => done('A'), () => done('B'))],
  ['writeFile data cb', (done) => fs.writeFile(p, 'z', (e) => done(`ok ${e}`))],
  ['appendFile data opts cb', (done) => fs.appendFile(p, 'w', { flag: 'a' }, (e) => done(`ok ${e} ${fs.readFileSync(p, 'utf8')}`))],
];
const errs = [
  () => fs.readFile(p), () => fs.readFile(p, 'utf8'), () => fs.readFile(p, {}, null), () => fs.readFile(p, 'utf8', 5),
  () => fs.writeFile(p, 'x'), () => fs.writeFile(p, 'x', 'utf8'), () => fs.appendFile(p, 'x', {}, 0),
  () => fs.readFile(), () => fs.writeFile(p),
];
for (const e of errs) {
  try {
    e();
    console.log('no throw');
  } catch (x) {
    console.log(x.code, x.message);
  }
}
(async () => {
  for (const [label, t] of tries) console.log(label, '=>', await new Promise(t));
  for (const [f, args] of [['writeFile', [1, 'x']], ['appendFile', [1, 'x']], ['readFile', [1, 'x']], ['readFile', [1]], ['writeFile', [1, 'x', 'bad-enc']]]) {
    try {
      await fs.promises[f](...args);
      console.log(f, 'ok');
    } catch (e) {
      console.log(f, e.code, e.message);
    }
  }
  fs.rmSync(d, { recursive: true });
})();
