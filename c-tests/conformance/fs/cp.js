// fs.cp / cpSync / promises.cp: trees, links (made absolute unless
// verbatimSymlinks), force / errorOnExist, filter (sync and async),
// preserveTimestamps, and Node's ERR_FS_CP_* SystemErrors.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrt-cp-'));
process.chdir(root);
const hide = (s) => String(s).split(root).join('<tmp>');
const t = (label, f) => {
  try {
    f();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, hide(e.message));
    if (e.info) console.log('  info', hide(JSON.stringify(e.info)), e.errno, e.syscall, hide(e.path), Object.keys(e).join());
  }
};
const tree = (d) => {
  const out = [];
  const walk = (rel) => {
    for (const n of fs.readdirSync(path.join(d, rel)).sort()) {
      const r = path.join(rel, n);
      const st = fs.lstatSync(path.join(d, r));
      if (st.isSymbolicLink()) out.push(`${r} -> ${hide(fs.readlinkSync(path.join(d, r)))}`);
      else if (st.isDirectory()) {
        out.push(`${r}/`);
        walk(r);
      } else out.push(`${r} (${fs.readFileSync(path.join(d, r), 'utf8')}) ${(st.mode & 0o777).toString(8)}`);
    }
  };
  walk('');
  return out.join(', ');
};

fs.mkdirSync('src/sub', { recursive: true });
fs.writeFileSync('src/a.txt', 'a');
fs.writeFileSync('src/sub/b.txt', 'b');
fs.chmodSync('src/sub/b.txt', 0o640);
fs.chmodSync('src/a.txt', 0o644); // modes as made, whatever the umask
fs.symlinkSync('a.txt', 'src/link');
fs.writeFileSync('file.txt', 'f');
fs.chmodSync('file.txt', 0o644);
fs.mkdirSync('dirx');

t('dir without recursive', () => fs.cpSync('src', 'dst0'));
t('dir recursive', () => fs.cpSync('src', 'dst1', { recursive: true }));
console.log(' ', tree('dst1'));
t('verbatimSymlinks', () => fs.cpSync('src', 'dst2', { recursive: true, verbatimSymlinks: true }));
console.log(' ', tree('dst2'));
t('dereference', () => fs.cpSync('src', 'dst3', { recursive: true, dereference: true }));
console.log(' ', tree('dst3'));
t('filter', () => fs.cpSync('src', 'dst4', { recursive: true, filter: (s) => !s.endsWith('b.txt') }));
console.log(' ', tree('dst4'));
t('into missing parents', () => fs.cpSync('file.txt', 'x/y/z.txt'));
console.log(' ', tree('x'));
t('same', () => fs.cpSync('src', 'src', { recursive: true }));
t('subdirectory of self', () => fs.cpSync('src', 'src/sub/x', { recursive: true }));
t('dir onto file', () => fs.cpSync('src', 'file.txt', { recursive: true }));
t('file onto dir', () => fs.cpSync('file.txt', 'dirx'));
t('errorOnExist', () => fs.cpSync('file.txt', 'dst1/a.txt', { force: false, errorOnExist: true }));
t('no force', () => fs.cpSync('file.txt', 'dst1/a.txt', { force: false }));
console.log(' ', fs.readFileSync('dst1/a.txt', 'utf8'));
t('force', () => fs.cpSync('file.txt', 'dst1/a.txt'));
console.log(' ', fs.readFileSync('dst1/a.txt', 'utf8'));
t('missing src', () => fs.cpSync('nope', 'x2'));
t('options.recursive', () => fs.cpSync('file.txt', 'x2', { recursive: 1 }));
t('options.filter', () => fs.cpSync('file.txt', 'x2', { filter: 1 }));
t('options.mode', () => fs.cpSync('file.txt', 'x2', { mode: -1 }));
t('options', () => fs.cpSync('file.txt', 'x2', 5));
t('option pair', () => fs.cpSync('file.txt', 'x2', { dereference: true, verbatimSymlinks: true }));
t('src type', () => fs.cpSync(1, 'x2'));
t('dest type', () => fs.cpSync('file.txt', 1));
t('async filter in cpSync', () => fs.cpSync('file.txt', 'x2', { filter: async () => true }));
t('cp without callback', () => fs.cp('file.txt', 'x2'));
t('COPYFILE_EXCL mode', () => fs.cpSync('file.txt', 'dst1/a.txt', { mode: fs.constants.COPYFILE_EXCL }));

fs.mkdirSync('s1/inner', { recursive: true });
fs.symlinkSync(path.join(root, 's1/inner'), 'slink');
fs.mkdirSync('d1');
fs.symlinkSync(path.join(root, 's1'), 'd1/l');
t('link onto link to parent', () => fs.cpSync('slink', 'd1/l'));
fs.mkdirSync('p/q', { recursive: true });
fs.symlinkSync(path.join(root, 'p'), 'plink');
fs.symlinkSync(path.join(root, 'p/q'), 'qlink');
t('link onto link to child', () => fs.cpSync('plink', 'qlink'));

const old = new Date('2001-02-03T04:05:06Z');
fs.utimesSync('file.txt', old, old);
fs.chmodSync('file.txt', 0o444);
t('preserveTimestamps', () => fs.cpSync('file.txt', 'kept.txt', { preserveTimestamps: true }));
console.log('  mtime', fs.statSync('kept.txt').mtime.toISOString(), (fs.statSync('kept.txt').mode & 0o777).toString(8));

(async () => {
  await new Promise((resolve) => fs.cp('src', 'cb1', { recursive: true }, (e) => {
    console.log('callback form:', e, tree('cb1'));
    resolve();
  }));
  await new Promise((resolve) => fs.cp('src', 'src', { recursive: true }, (e) => {
    console.log('callback error:', e.code);
    resolve();
  }));
  await fs.promises.cp('src', 'pr1', {
    recursive: true,
    filter: async (s) => { await null; return !s.endsWith('link'); },
  });
  console.log('promise form with async filter:', tree('pr1'));
  await fs.promises.cp('src', 'pr1/sub', { recursive: true }).catch((e) => console.log('promise error:', e.code));
  await fs.promises.cp('src', 'dst0').catch((e) => console.log('promise EISDIR:', e.code));
  await fs.promises.cp('file.txt', 'x3', 5).catch((e) => console.log('promise bad options:', e.code));
  process.chdir(os.tmpdir());
  fs.rmSync(root, { recursive: true });
})();
