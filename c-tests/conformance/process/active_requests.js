'use strict';
// process._getActiveRequests() / getActiveResourcesInfo() list the fs
// requests in flight, as Node's do (one per single-step callback request).
const fs = require('fs');
let left = 12;
for (let i = 0; i < 12; i++) {
  fs.open(__filename, 'r', (err, fd) => {
    fs.closeSync(fd);
    --left;
  });
}
console.log('in flight:', process._getActiveRequests().length);
console.log('names:', [...new Set(process.getActiveResourcesInfo())]);
console.log('constructor:', process._getActiveRequests()[0].constructor.name);
fs.stat(__filename, () => {});
console.log('with a stat:', process._getActiveRequests().length);
console.log('handles is an array:', Array.isArray(process._getActiveHandles()));
try { fs.read(-1, Buffer.alloc(1), 0, 1, 0, () => {}); } catch (e) { console.log(e.code); }
console.log('a rejected read adds none:', process._getActiveRequests().length);
process.on('exit', () => {
  console.log('at exit:', left, process._getActiveRequests().length, process.getActiveResourcesInfo());
});
