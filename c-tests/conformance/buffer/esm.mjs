// ES module imports of node:buffer: named exports and default.
import buffer, { Buffer as B, Blob, atob, btoa, constants, kMaxLength, isUtf8, transcode } from 'node:buffer';
import * as ns from 'buffer';
console.log(B === Buffer, buffer.Buffer === B, typeof Blob, atob(btoa('hi')), constants.MAX_LENGTH === kMaxLength);
console.log(isUtf8(B.from('é')), transcode(B.from('é'), 'utf8', 'latin1').toString('hex'));
console.log(Object.keys(ns).sort().join(','));
console.log(B.from('esm').toString('base64'));
