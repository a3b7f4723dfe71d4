'use strict';
// The function exports of the native modules as Node reports them: length
// and name (not whether they have a prototype: the library's native functions
// have none); and node:module's key order.
const out = [];
for (const m of ['fs', 'fs/promises', 'path', 'os', 'util', 'events', 'buffer', 'stream', 'string_decoder', 'assert', 'readline', 'url', 'tty', 'module']) {
  const mod = require(m);
  for (const k of Object.keys(mod).sort()) {
    const v = mod[k];
    if (typeof v !== 'function') continue;
    out.push(`${m}.${k} ${v.length} ${v.name}`);
  }
}
console.log(out.join('\n'));
console.log(Object.keys(require('module')).join(' '));
