// The same modules from an ES module: build/jsrt-node examples/demo.mjs
import path, { join, sep } from 'node:path';
import { Buffer } from 'node:buffer';
import { EventEmitter, once } from 'node:events';
import { inspect, promisify } from 'node:util';
import os from 'node:os';

console.log(join('a', 'b', '../c'), sep, path.extname('archive.tar.gz'));
console.log(Buffer.from('ESM ✓').toString('base64'), os.platform() === process.platform);

const bus = new EventEmitter();
setTimeout(() => bus.emit('ready', { at: 'startup', items: [1, 2, 3] }), 1);
const [payload] = await once(bus, 'ready'); // top-level await
console.log('ready with', inspect(payload, { compact: true }));

const sleep = promisify((ms, cb) => setTimeout(() => cb(null, ms), ms));
console.log('slept', await sleep(2), 'ms');

bus.on('error', (err) => console.log('error event:', err.message));
bus.emit('error', new Error('disk full'));

import { readFile } from 'node:fs/promises';
const self = await readFile(import.meta.filename, 'utf8');
console.log('this module has', self.split('\n').length, 'lines; the first:', self.split('\n')[0]);
