'use strict';
// stream/consumers: every consumer over Node streams, generators and strings,
// characters split across chunks, empty input, and what cannot be iterated.
const c = require('stream/consumers');
const { Readable } = require('stream');
(async () => {
  for (const bad of [123, null, {}, 'abc']) {
    try { console.log(await c.text(bad)); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  console.log(await c.text(Readable.from(['a', Buffer.from([0xe2, 0x82]), Buffer.from([0xac]), 'b'])));
  console.log(await c.json(Readable.from(['{"a":', '1}'])));
  const ab = await c.arrayBuffer(Readable.from([Buffer.from('xy'), new Uint8Array([65]), 'z']));
  console.log(ab instanceof ArrayBuffer, ab.byteLength, Buffer.from(ab).toString());
  const b = await c.buffer(Readable.from(['he', 'llo']));
  console.log(Buffer.isBuffer(b), b.toString());
  const bl = await c.blob(Readable.from(['he', 'llo']));
  console.log(bl.constructor.name, bl.size, await bl.text());
  try { await c.json(Readable.from(['{'])); } catch (e) { console.log(e.name); }
  try { await c.text(Readable.from([1, 2], { objectMode: true })); } catch (e) { console.log(e.name, e.code, e.message); }
  try { await c.buffer(Readable.from([{}])); } catch (e) { console.log(e.name, e.code, e.message); }
  console.log(await c.text((async function* () { yield 'gen'; yield new Uint8Array([33]); })()));
  console.log(JSON.stringify(await c.text(Readable.from([]))), (await c.arrayBuffer(Readable.from([]))).byteLength);
  console.log(c.text.length, c.json.name, Object.keys(c));
  console.log(await c.text(Readable.from([Buffer.from([0xff, 0xe2])])).then(s => JSON.stringify(s)));
  const dv = new DataView(new ArrayBuffer(2)); 
  try { console.log(await c.text(Readable.from([dv]))); } catch (e) { console.log(e.name, e.code, e.message); }
})();
