'use strict';
// process.getBuiltinModule(id): the same object require gives for a built-in
// (prefix-only names need the prefix), undefined for anything else.
for (const id of ['fs', 'node:fs', 'path', 'fs/promises', 'node:test', 'test', 'nope', 'node:nope', './fs']) {
  const m = process.getBuiltinModule(id);
  console.log(id, typeof m, m === undefined ? '' : m === require(id));
}
for (const bad of [1, undefined, null, {}, Symbol('s')]) {
  try {
    process.getBuiltinModule(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(process.getBuiltinModule.name, process.getBuiltinModule.length);
