'use strict';
// npm packages through fs, streams, events, buffer and util: one line per package, compared with node by run.sh.
const path = require('path'); const os = require('os'); const fs = require('fs'); const { Readable } = require('stream');
const results = []; const log = (n, v) => results.push(`${n}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
const tmpd = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 's7-')));
const collect = (s) => new Promise((res, rej) => { const out = []; s.on('data', (d) => out.push(d)).on('end', () => res(out)).on('error', rej); });
async function main() {
  fs.mkdirSync(path.join(tmpd, 'd/e'), { recursive: true }); fs.writeFileSync(path.join(tmpd, 'd/e/f.txt'), 'x'); fs.writeFileSync(path.join(tmpd, 'd/g.js'), 'y');
  const readdirp = require('readdirp'); log('readdirp', (await readdirp.promise(path.join(tmpd, 'd'))).map((e) => e.path).sort());
  const csv = require('fast-csv'); log('fast-csv', await collect(Readable.from(['a,b\n1,2\n3,4\n']).pipe(csv.parse({ headers: true }))));
  const JSONStream = require('JSONStream'); log('JSONStream', await collect(Readable.from(['{"rows":[{"a":1},', '{"a":2}]}']).pipe(JSONStream.parse('rows.*'))));
  const split = require('split'); log('split', await collect(Readable.from(['l1\nl', '2\n']).pipe(split())));
  fs.writeFileSync(path.join(tmpd, 'lines.txt'), 'one\ntwo\nthree');
  const NR = require('n-readlines'); const liner = new NR(path.join(tmpd, 'lines.txt')); const ls = []; let l; while ((l = liner.next())) ls.push(String(l)); log('n-readlines', ls);
  const makeDir = require('make-dir'); log('make-dir', path.relative(tmpd, await makeDir(path.join(tmpd, 'm/n'))));
  const del = require('del'); log('del', (await del(['d/**/*.txt'], { cwd: tmpd })).map((p) => path.relative(tmpd, p)));
  const dotenvExpand = require('dotenv-expand'); log('dotenv-expand', dotenvExpand.expand({ parsed: { A: 'x', B: '${A}y' }, processEnv: {} }).parsed);
  fs.writeFileSync(path.join(tmpd, '.myapprc.json'), '{"k":1}');
  const { cosmiconfig } = require('cosmiconfig'); const found = await cosmiconfig('myapp').search(tmpd); log('cosmiconfig', [found && found.config, found && path.basename(found.filepath)]);
  const { lilconfig } = require('lilconfig'); const f2 = await lilconfig('myapp', { searchPlaces: ['.myapprc.json'] }).search(tmpd); log('lilconfig', f2 && f2.config);
  log('rc', require('rc')('nonexistentapp', { d: 1 }, []).d);
  const low = require('lowdb'); const FileSync = require('lowdb/adapters/FileSync'); const db = low(new FileSync(path.join(tmpd, 'db.json'))); db.defaults({ posts: [] }).write(); db.get('posts').push({ id: 1 }).write(); log('lowdb', JSON.parse(fs.readFileSync(path.join(tmpd, 'db.json'), 'utf8')));
  const { SourceMapGenerator, SourceMapConsumer } = require('source-map'); const g = new SourceMapGenerator({ file: 'o.js' }); g.addMapping({ generated: { line: 1, column: 0 }, original: { line: 5, column: 2 }, source: 's.js' });
  const c = new SourceMapConsumer(g.toString()); log('source-map', c.originalPositionFor({ line: 1, column: 0 }));
  require('source-map-support').install(); log('source-map-support', typeof Error.prepareStackTrace);
  const stackTrace = require('stack-trace'); const tr = stackTrace.get(); log('stack-trace', [Array.isArray(tr), typeof (tr[0] && tr[0].getFileName())]);
  const ESPm = require('error-stack-parser'); const ESP = ESPm.default || ESPm; const fr = ESP.parse(new Error('x')); log('error-stack-parser', [fr.length > 0, path.basename(fr[0].fileName || '')]);
  const { serializeError } = require('serialize-error'); const se = serializeError(Object.assign(new TypeError('bad'), { code: 'E1' })); log('serialize-error', [se.name, se.message, se.code, typeof se.stack]);
  const once = require('once'); let n = 0; const o = once(() => ++n); o(); o(); log('once', n);
  const pify = require('pify'); log('pify', String(await pify(fs.readFile)(path.join(tmpd, 'd/g.js'))));
  const retry = require('retry'); const op = retry.operation({ retries: 2, minTimeout: 1, maxTimeout: 2 }); let tries = 0;
  await new Promise((r) => op.attempt(() => { tries++; if (op.retry(tries < 3 ? new Error('x') : null)) return; r(); })); log('retry', tries);
  const Bottleneck = require('bottleneck'); const lim = new Bottleneck({ maxConcurrent: 1, minTime: 1 }); log('bottleneck', await Promise.all([1, 2].map((x) => lim.schedule(async () => x * 5))));
  const mitt = require('mitt'); const em = (mitt.default || mitt)(); let got; em.on('e', (v) => { got = v; }); em.emit('e', 7); log('mitt', got);
}
main().then(() => { fs.rmSync(tmpd, { recursive: true, force: true }); console.log(results.join('\n')); }, (e) => { console.log(results.join('\n')); console.log('FAILED', e && e.message, e && e.stack); });
