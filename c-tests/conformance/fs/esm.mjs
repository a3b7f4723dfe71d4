// node:fs and node:fs/promises as ES modules.
import fs, { readFileSync, existsSync, promises, constants } from 'node:fs';
import * as ns from 'node:fs';
import fsp, { readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

console.log(typeof readFileSync, typeof existsSync, promises === fsp, constants === fs.constants);
console.log(ns.default === fs, Object.keys(ns).length, typeof readFile, typeof stat);
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrt-fs-'));
fs.writeFileSync(path.join(root, 'x'), 'esm');
console.log(await readFile(path.join(root, 'x'), 'utf8'), (await stat(root)).isDirectory());
fs.rmSync(root, { recursive: true });
console.log('cleaned', existsSync(root));
