import stream, { Readable, Writable, pipeline, finished, PassThrough } from 'node:stream';
import { pipeline as pp, finished as pf } from 'node:stream/promises';
import * as ns from 'stream';
console.log(stream.Readable === Readable, stream.pipeline === pipeline, stream.finished === finished);
console.log(typeof pp, typeof pf, pp === stream.promises.pipeline);
console.log(Object.keys(ns).sort().join(' '));
const out = [];
await pp(Readable.from(['e', 's', 'm']), new PassThrough({ objectMode: true }), new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }));
console.log(out.join(''));
