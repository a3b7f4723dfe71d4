'use strict';
// require() of a package "exports" or "imports" target that is no file:
// Node's MODULE_NOT_FOUND names the file and carries the package.json as
// `path`, with no require stack.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'exports-missing-')));
const pkg = path.join(dir, 'node_modules', 'pkg');
fs.mkdirSync(pkg, { recursive: true });
fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({
  name: 'pkg', exports: { '.': './gone.js', './x': './missing.js', './y': './y.js', './dir/*': './lib/*.js' },
  imports: { '#a': './nope.js', '#b': './y.js' },
}));
fs.writeFileSync(path.join(pkg, 'y.js'), "module.exports = 'y'; module.exports = require('#b') + require('./y2.js');");
fs.writeFileSync(path.join(pkg, 'y2.js'), "module.exports = '2';");
fs.writeFileSync(path.join(pkg, 'usesA.js'), "require('#a');");
const show = (f) => {
  try {
    return `ok ${JSON.stringify(f())}`;
  } catch (e) {
    return [e.code, e.message.split(dir).join('<dir>'), e.path && path.relative(dir, e.path), Object.keys(e).join('+')].join(' | ');
  }
};
const req = require('module').createRequire(path.join(dir, 'main.js'));
for (const id of ['pkg', 'pkg/x', 'pkg/dir/none', 'pkg/z']) console.log(id, show(() => req(id)));
console.log('pkg/usesA', show(() => require(path.join(pkg, 'usesA.js'))));
fs.rmSync(dir, { recursive: true, force: true });
