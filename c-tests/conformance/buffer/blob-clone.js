'use strict';
// structuredClone of Blobs: a Blob with the same bytes and type (a File and
// a subclass instance become plain Blobs, as in Node 20); identity kept
// within one clone.
const { Blob, File } = require('buffer');
(async () => {
  const b = new Blob(['ab', new Uint8Array([99])], { type: 'Text/Plain' });
  const c = structuredClone(b);
  console.log(c instanceof Blob, c !== b, c.size, c.type, await c.text());
  const f = new File(['xyz'], 'n.txt', { type: 't/x', lastModified: 5 });
  const g = structuredClone(f);
  console.log(g.constructor.name, g.size, g.type, g.name, g.lastModified, await g.text());
  class Sub extends Blob {}
  const s = structuredClone(new Sub(['q']));
  console.log(s.constructor.name, await s.text());
  const both = structuredClone({ one: b, two: b, list: [b.slice(1)] });
  console.log(both.one === both.two, both.one.size, await both.list[0].text());
})();
