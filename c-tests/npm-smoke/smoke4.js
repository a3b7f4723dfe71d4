'use strict';
// npm packages through fs, streams, events, buffer and util: one line per package, compared with node by run.sh.
const path = require('path');
const os = require('os');
const fs = require('fs');
const results = [];
const log = (name, v) => results.push(`${name}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
const tmpd = fs.mkdtempSync(path.join(os.tmpdir(), 'smoke4-'));
const collect = (s) => new Promise((res, rej) => { const out = []; s.on('data', (d) => out.push(d)).on('end', () => res(out)).on('error', rej); });
async function main() {
  const RS = require('readable-stream');
  const r = new RS.Readable({ read() {} }); r.push('a'); r.push('b'); r.push(null);
  log('readable-stream', String(Buffer.concat(await collect(r.pipe(new RS.PassThrough())))));
  await new Promise((res, rej) => RS.pipeline(RS.Readable.from(['x', 'y']), new RS.Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } }), fs.createWriteStream(path.join(tmpd, 'rs.txt')), (e) => (e ? rej(e) : res())));
  log('readable-stream pipeline', fs.readFileSync(path.join(tmpd, 'rs.txt'), 'utf8'));
  const NodeCache = require('node-cache'); const nc = new NodeCache({ stdTTL: 100, checkperiod: 0 }); nc.set('k', 1); log('node-cache', [nc.get('k'), nc.keys()]);
  const figlet = require('figlet'); log('figlet', figlet.textSync('Hi', { font: 'Standard' }).split('\n').length);
  const jetpack = require('fs-jetpack'); const jp = jetpack.cwd(tmpd); jp.write('jp/a.json', { q: 1 }); log('fs-jetpack', [jp.read('jp/a.json', 'json'), jp.list('jp'), jp.exists('jp')]);
  await jp.copyAsync('jp', 'jp2'); log('fs-jetpack copy', jp.list('jp2'));
  const lockfile = require('proper-lockfile'); fs.writeFileSync(path.join(tmpd, 'l'), ''); const release = await lockfile.lock(path.join(tmpd, 'l')); log('proper-lockfile', await lockfile.check(path.join(tmpd, 'l'))); await release();
  const writeFileAtomic = require('write-file-atomic'); await writeFileAtomic(path.join(tmpd, 'wfa.txt'), 'atomic'); log('write-file-atomic', fs.readFileSync(path.join(tmpd, 'wfa.txt'), 'utf8'));
  const tarStream = require('tar-stream'); const pack = tarStream.pack(); pack.entry({ name: 'f.txt' }, 'tar!'); pack.finalize();
  const extract = tarStream.extract(); const names = [];
  await new Promise((res) => { extract.on('entry', (h, s, next) => { const c = []; s.on('data', (d) => c.push(d)); s.on('end', () => { names.push([h.name, String(Buffer.concat(c))]); next(); }); }); extract.on('finish', res); pack.pipe(extract); });
  log('tar-stream', names);
  const Table = require('cli-table3'); const t = new Table({ head: ['a', 'b'], style: { head: [], border: [] } }); t.push([1, 2]); log('cli-table3', t.toString().split('\n').length);
  const bunyan = require('bunyan'); const out = []; const bl = bunyan.createLogger({ name: 'x', streams: [{ stream: { write: (s) => out.push(JSON.parse(s).msg) } }] }); bl.info('hey'); log('bunyan', out);
  const log4js = require('log4js'); log4js.configure({ appenders: { f: { type: 'file', filename: path.join(tmpd, 'l4.log'), layout: { type: 'messagePassThrough' } } }, categories: { default: { appenders: ['f'], level: 'info' } } });
  log4js.getLogger().info('l4'); await new Promise((r) => log4js.shutdown(r)); log('log4js', fs.readFileSync(path.join(tmpd, 'l4.log'), 'utf8').trim());
  const { table } = require('table'); log('table', table([['a', 'b']]).split('\n').length);
  const XLSX = require('xlsx'); const wb = XLSX.utils.book_new(); XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['a', 1], ['b', 2]]), 'S');
  const xb = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }); const wb2 = XLSX.read(xb); log('xlsx', XLSX.utils.sheet_to_json(wb2.Sheets.S, { header: 1 }));
  const df = require('date-fns'); log('date-fns', df.format(df.addDays(new Date(Date.UTC(2020, 0, 1, 12)), 3), 'yyyy-MM-dd'));
  log('moment', require('moment').utc('2020-01-02').add(1, 'month').format('YYYY-MM-DD'));
  const _ = require('lodash'); log('lodash', _.chunk([1, 2, 3, 4, 5], 2));
  const uuid = require('uuid'); log('uuid', [uuid.validate(uuid.v4()), uuid.version(uuid.v4())]);
  const { nanoid } = require('nanoid'); log('nanoid', nanoid().length);
}
main().then(() => {
  fs.rmSync(tmpd, { recursive: true, force: true });
  console.log(results.join('\n'));
}, (e) => {
  console.log(results.join('\n'));
  console.log('FAILED', e && e.message, e && e.stack);
});
