// The same from an ES module: build/jsrt-node examples/demo.mjs
import path, { join, sep } from 'node:path';
console.log(join('a', 'b', '../c'), sep, path.extname('archive.tar.gz'));
