'use strict';
// npm packages through fs, streams, events, buffer and util: one line per package, compared with node by run.sh.
const path = require('path');
const os = require('os');
const fs = require('fs');
const results = [];
const log = (name, v) => results.push(`${name}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'smoke-'));
async function main() {
  const fse = require('fs-extra');
  await fse.outputFile(path.join(tmp, 'a/b/c.txt'), 'hello');
  await fse.copy(path.join(tmp, 'a'), path.join(tmp, 'copy'));
  log('fs-extra', fse.readFileSync(path.join(tmp, 'copy/b/c.txt'), 'utf8'));
  await fse.writeJson(path.join(tmp, 'j.json'), { x: 1 });
  log('fs-extra json', await fse.readJson(path.join(tmp, 'j.json')));
  const gfs = require('graceful-fs');
  log('graceful-fs', gfs.readFileSync(path.join(tmp, 'a/b/c.txt'), 'utf8'));
  const { glob } = require('glob');
  log('glob', (await glob('**/*.txt', { cwd: tmp })).sort());
  const { mkdirp } = require('mkdirp');
  await mkdirp(path.join(tmp, 'm/n/o'));
  log('mkdirp', fs.existsSync(path.join(tmp, 'm/n/o')));
  const { program } = require('commander');
  program.option('-d, --debug').option('-n, --name <x>');
  program.parse(['node', 'x', '-d', '--name', 'bob']);
  log('commander', program.opts());
  const yargs = require('yargs/yargs');
  log('yargs', yargs(['--foo', '3', 'bar']).parse());
  log('minimist', require('minimist')(['-x', '3', '--y=z', 'w']));
  log('dotenv', require('dotenv').parse('A=1\nB="two words"\n# c\nC=3'));
  const YAML = require('yaml');
  log('yaml', YAML.parse('a: 1\nb: [x, y]\n'));
  log('yaml stringify', YAML.stringify({ q: [1, { r: 2 }] }));
  log('ini', require('ini').parse('[s]\nk=v\n'));
  { const m = require('mime'); log('mime', (m.default || m).getType('file.json')); }
  log('ms', require('ms')('2 days'));
  log('semver', require('semver').satisfies('1.2.3', '^1.0.0'));
  const debug = require('debug');
  log('debug', typeof debug('x'));
  const chalk = require('chalk');
  log('chalk', chalk.red('x').length);
  const t2m = require('through2'); const through2 = typeof t2m === 'function' ? t2m : (t2m.default || t2m.through2 || t2m);
  const concat = require('concat-stream');
  const { Readable } = require('stream');
  await new Promise((resolve) => {
    Readable.from(['a', 'b', 'c']).pipe(through2(function (c, e, cb) { cb(null, String(c).toUpperCase()); }))
      .pipe(concat((buf) => { log('through2+concat', String(buf)); resolve(); }));
  });
  const split2 = require('split2');
  await new Promise((resolve) => {
    const lines = [];
    Readable.from(['x\ny', '\nz']).pipe(split2()).on('data', (l) => lines.push(l)).on('end', () => { log('split2', lines); resolve(); });
  });
  const pump = require('pump');
  await new Promise((resolve) => pump(fs.createReadStream(path.join(tmp, 'a/b/c.txt')), fs.createWriteStream(path.join(tmp, 'p.txt')), (err) => { log('pump', [err || null, fs.readFileSync(path.join(tmp, 'p.txt'), 'utf8')]); resolve(); }));
  const iconv = require('iconv-lite');
  log('iconv', [...iconv.encode('é€', 'win1252')]);
  log('iconv decode', iconv.decode(Buffer.from([0xe9, 0x80]), 'win1252'));
  const tar = require('tar');
  await tar.c({ file: path.join(tmp, 't.tar'), cwd: tmp }, ['a']);
  fs.mkdirSync(path.join(tmp, 'untar'));
  await tar.x({ file: path.join(tmp, 't.tar'), cwd: path.join(tmp, 'untar') });
  log('tar', fs.readFileSync(path.join(tmp, 'untar/a/b/c.txt'), 'utf8'));
  const { parse } = require('csv-parse/sync');
  const { stringify } = require('csv-stringify/sync');
  log('csv', parse('a,b\n1,"x,y"\n', { columns: true }));
  log('csv stringify', stringify([[1, 'a,b'], [2, 'c']]));
  const { rimraf } = require('rimraf');
  await rimraf(path.join(tmp, 'copy'));
  log('rimraf', fs.existsSync(path.join(tmp, 'copy')));
}
main().then(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(results.join('\n'));
}, (e) => {
  console.log(results.join('\n'));
  console.log('FAILED', e && e.stack || e);
});
