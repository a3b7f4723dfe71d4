import util, { inspect, format, types, promisify, TextDecoder, parseArgs } from 'node:util';
import * as ns from 'node:util';
import utilTypes, { isMap } from 'node:util/types';
console.log(typeof util, inspect === util.inspect, format('%s-%d', 'a', 1), types === util.types, typeof promisify);
console.log(typeof TextDecoder, typeof parseArgs, isMap(new Map()), utilTypes === util.types);
console.log(JSON.stringify(Object.keys(ns).sort()));
console.log(inspect(ns.default === util));
