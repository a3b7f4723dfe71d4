// DEP0151 (a package's main found by extension or index lookup) is emitted
// for ES-module packages ("type": "module") only, as Node 20 does.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'dep0151-')));
const pkg = (name, json, file, body) => {
  fs.mkdirSync(path.join(dir, 'node_modules', name), { recursive: true });
  fs.writeFileSync(path.join(dir, 'node_modules', name, 'package.json'), JSON.stringify(json));
  fs.writeFileSync(path.join(dir, 'node_modules', name, file), body);
};
pkg('esm-noext', { name: 'esm-noext', type: 'module', main: 'lib' }, 'lib.js', 'export default 1;');
pkg('esm-index', { name: 'esm-index', type: 'module' }, 'index.js', 'export default 2;');
pkg('cjs-noext', { name: 'cjs-noext', main: 'lib' }, 'lib.js', 'module.exports = 3;');
pkg('cjs-index', { name: 'cjs-index' }, 'index.js', 'module.exports = 4;');
const warnings = [];
process.on('warning', (w) => warnings.push(`${w.code} ${w.message.split(dir).join('<dir>')}`));
for (const name of ['esm-noext', 'esm-index', 'cjs-noext', 'cjs-index']) {
  fs.writeFileSync(path.join(dir, `use-${name}.mjs`), `import x from '${name}'; export default x;`);
  const m = await import(pathToFileURL(path.join(dir, `use-${name}.mjs`)).href);
  console.log(name, m.default);
}
await new Promise((r) => setImmediate(r));
console.log(warnings.join('\n'));
fs.rmSync(dir, { recursive: true, force: true });
