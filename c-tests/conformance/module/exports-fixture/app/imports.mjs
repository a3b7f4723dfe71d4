// ES module imports of packages (the reference host asks the library through
// JSRT_NodeResolveImport): "exports" with the import condition, sugar and
// pattern forms, "#" imports, self-reference, "main" and index lookups, and
// Node's errors for what is not exported or not there.
import pa from 'pa';
import pc from 'pc';
import pb from 'pb';
import sub from 'pa/sub';
import feat from 'pa/feat/b/c';
import dep from '#dep';
import ext from '#ext';
import self from 'app/sub';
import pf from 'pf';
// A nested "type" key before the package's own "type": "module".
import pm from 'pm';
const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
console.log(pa, pc, pb, sub, feat, dep, ext, self, pf, pm);
for (const s of ['pa/imp-only', 'pa/nothere', 'pd', 'pk', 'pl', '#none', '#obj', 'missing-package', 'pa/lib/sub.js', './nope.js', '../app/./nope.js', '@sc/ph', '@sc/ph/x', 'pe', 'node:path', 'path']) {
  try {
    const m = await import(s);
    console.log('ok', s, typeof m.default === 'string' ? m.default : typeof m.default);
  } catch (e) {
    console.log(s, e.code, e.message.split('\n')[0].split(root).join('ROOT'));
  }
}
