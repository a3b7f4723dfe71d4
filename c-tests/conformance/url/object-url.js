// URL.createObjectURL / revokeObjectURL and buffer.resolveObjectURL.
const { Blob, resolveObjectURL } = require('buffer');
const tryIt = (f) => {
  try {
    console.log('ok', f());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
};
const blob = new Blob(['hello'], { type: 'text/plain' });
const id = URL.createObjectURL(blob);
console.log(/^blob:nodedata:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id), new URL(id).origin);
const got = resolveObjectURL(id);
console.log(got instanceof Blob, got.size, got.type);
got.text().then((t) => console.log('text', t));
console.log(resolveObjectURL(`${id}#frag`) instanceof Blob, resolveObjectURL('blob:nodedata:nope'), resolveObjectURL('http://x'));
URL.revokeObjectURL(id);
console.log(resolveObjectURL(id));
URL.revokeObjectURL('not a url');
URL.revokeObjectURL('blob:other');
tryIt(() => URL.revokeObjectURL());
tryIt(() => URL.createObjectURL('x'));
tryIt(() => URL.createObjectURL({}));
tryIt(() => URL.createObjectURL());
const props = {};
for (const k of Reflect.ownKeys(URL)) {
  const d = Object.getOwnPropertyDescriptor(URL, k);
  props[String(k)] = [d.enumerable, d.writable, typeof d.value === 'function' ? d.value.length : typeof d.value];
}
console.log(JSON.stringify(props));
const pp = {};
for (const k of Reflect.ownKeys(URL.prototype)) {
  const d = Object.getOwnPropertyDescriptor(URL.prototype, k);
  pp[String(k)] = [d.enumerable, d.configurable, 'value' in d ? typeof d.value : `get:${typeof d.get} set:${typeof d.set}`];
}
console.log(JSON.stringify(pp));
tryIt(() => URL.parse('http://a/b', 'http://c').href);
tryIt(() => URL.parse('nope'));
tryIt(() => URL.canParse());
tryIt(() => new URL());
