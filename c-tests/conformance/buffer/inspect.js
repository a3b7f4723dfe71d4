'use strict';
// Buffers and Blobs through console.log / util.inspect (the custom inspect
// symbol), INSPECT_MAX_BYTES, and extra own properties.
const util = require('util');
const buffer = require('buffer');
console.log(Buffer.from('hi'));
console.log(Buffer.alloc(0));
console.log([Buffer.from([1, 2])], { b: Buffer.from('x') });
console.log(Buffer.alloc(50, 0xab));
console.log(Buffer.alloc(51, 0xab));
console.log(Buffer.alloc(200));
const extra = Buffer.from('ab');
extra.foo = 1;
extra.bar = 'x';
console.log(extra);
const empty = Buffer.alloc(0);
empty.k = true;
console.log(empty);
console.log(util.inspect(Buffer.from('a'), { showHidden: true }));
console.log(util.inspect({ nested: { deeper: Buffer.from('z') } }, { depth: 0 }));
buffer.INSPECT_MAX_BYTES = 2;
console.log(Buffer.from('abcd'), Buffer.from('ab'), Buffer.from('abc'));
buffer.INSPECT_MAX_BYTES = 50;
class MyBuf extends Buffer {}
console.log(Object.setPrototypeOf(Buffer.from('q'), MyBuf.prototype));
console.log(new buffer.Blob(['abc'], { type: 'Text/HTML' }));
console.log(new buffer.File(['abcd'], 'f.txt', { lastModified: 7 }));
console.log(String(Buffer.from('str')), `${Buffer.from([0x41])}`, Buffer.from('j') + '');
console.log(util.format('%s|%o|%j', Buffer.from('x'), Buffer.from('y'), Buffer.from('z')));
