'use strict';
// package.json "exports" and "imports" through require: subpaths, patterns
// (most specific first), conditions (node/require/default in key order),
// fallback arrays, null targets, sugar forms, self-reference by name, "#"
// imports (paths, patterns, package names); and Node's errors for what is not
// exported, invalid targets and configs, pattern matches that climb out, and
// missing files. (A "./x.mjs" target is left out: Node 20.11 throws
// ERR_REQUIRE_ESM for it, later Node 20 releases load it.)
const path = require('path');
const { createRequire } = require('module');
const root = path.join(__dirname, 'exports-fixture');
const from = createRequire(path.join(root, 'app', 't.js'));
const show = (request) => {
  try {
    const v = from(request);
    console.log(JSON.stringify(request), '=>', typeof v === 'string' ? v : typeof v);
  } catch (e) {
    console.log(JSON.stringify(request), e.code, e.message.split('\n')[0].split(root).join('ROOT'));
  }
};
for (const r of ['pa', 'pa/sub', 'pa/feat/a', 'pa/feat/b/c', 'pa/feat/private/p', 'pa/package.json', 'pa/arr', 'pa/arr2',
  'pa/cond', 'pa/bad', 'pa/dir/sub.js', 'pa/trav', 'pa/nm', 'pa/missing', 'pa/imp-only', 'pa/star/a.js', 'pa/xay',
  'pa/deep/q', 'pa/nothere', 'pa/lib/sub.js', 'pa/main.cjs', 'pb', 'pb/index.js', 'pc', 'pd', 'pd/x', 'pd/x.js', 'pe',
  'pf', 'pg', '@sc/ph', '@sc/ph/s', '@sc/ph/x', 'pi', 'pj/', 'pj/.', 'pa/./sub', 'pa/feat/../sub', 'pa/feat/%2e%2e/x',
  'pk', 'pk/n', 'pk/p/a', 'pk/u', 'pk/abs', 'pk/num', 'pk/emptyarr', 'pk/objnull', 'pk/objnomatch', 'pl',
  '#dep', '#int/i', '#ext', '#cond', '#bad', '#null', '#none', '#', '#/x', '#up', '#abs', '#url', '#num', '#obj',
  '#int/../i', 'app', 'app/sub', 'app/nope']) {
  show(r);
}
console.log(from.resolve('pa/sub').split(root).join('ROOT'));
console.log(from.resolve('#int/i').split(root).join('ROOT'));
