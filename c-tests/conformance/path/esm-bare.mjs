// Bare 'path' specifier (no node: prefix) from an ES module.
import p from 'path';
import { join, normalize } from 'path';
import * as ns from 'path';

console.log(JSON.stringify(['join', join('a', '..', 'b', 'c')]));
console.log(JSON.stringify(['default.join', p.join('/x', 'y')]));
console.log(JSON.stringify(['same', p.join === join, ns.default === p, ns.normalize === normalize]));
console.log(JSON.stringify(['win32', p.win32.normalize('C:/a/../b')]));
