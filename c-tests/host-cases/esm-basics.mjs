import path, { join, sep } from 'node:path';
import { posix } from 'path';
import * as ns from 'node:path/win32';
console.log(join('a', 'b'), sep, path.sep, posix === path, ns.sep, typeof ns.default.join);
console.log(import.meta.url.startsWith('file://'));
await new Promise((r) => setTimeout(r, 1));
console.log('after await');
