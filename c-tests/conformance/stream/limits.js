'use strict';
// highWaterMark: defaults, validation, growth on read(n).
const s = require('stream');
for (const v of [-1, 1.5, '3', NaN, 2 ** 60]) { try { s.setDefaultHighWaterMark(false, v); console.log('ok', v); } catch (e) { console.log(e.code, e.message); } }
s.setDefaultHighWaterMark(false, 16384);
const r = new s.Readable({read(){}}); try { r.read(2 ** 31) } catch (e) { console.log(e.code, e.message) }
try { new s.Writable({highWaterMark: 'x'}) } catch (e) { console.log(e.code, e.message) }
try { new s.Duplex({readableHighWaterMark: -2}) } catch (e) { console.log(e.code, e.message) }
try { new s.Duplex({readableHighWaterMark: 3.7}) } catch (e) { console.log(e.code, e.message) }
console.log(new s.Duplex({ readableHighWaterMark: 3, writableHighWaterMark: 5, highWaterMark: undefined }).readableHighWaterMark);
console.log(new s.Duplex({ readableHighWaterMark: 3, highWaterMark: 7 }).readableHighWaterMark);
console.log(new s.Readable({ readableHighWaterMark: 3 }).readableHighWaterMark);
console.log(new s.Writable({ highWaterMark: 0 }).writableHighWaterMark, new s.Writable({ objectMode: true }).writableHighWaterMark);
const r2 = new s.Readable({ read() {} }); r2.push('x'); r2.read(5000); console.log('grown to', r2.readableHighWaterMark);
