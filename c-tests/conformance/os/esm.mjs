import os, { hostname, constants, EOL, cpus } from 'node:os';
import * as ns from 'os';
console.log(typeof os, hostname === os.hostname, constants === os.constants, EOL === '\n', typeof cpus);
console.log(JSON.stringify(Object.keys(ns).sort()));
console.log(ns.default === os);
