// Timeout/Immediate objects: ref/unref/hasRef/refresh, numeric primitive, clear* take both.
const t = setTimeout(() => console.log('cleared timeout ran'), 10);
console.log(t.constructor.name, typeof t.ref, typeof t.unref, t.hasRef(), typeof t.refresh, typeof +t);
console.log(t.unref() === t, t.hasRef(), t.ref() === t, t.hasRef());
clearTimeout(t);
const n = setTimeout(() => console.log('cleared by number ran'), 10);
clearTimeout(+n);
const i = setImmediate(() => console.log('cleared immediate ran'));
console.log(i.constructor.name, i.hasRef());
clearImmediate(i);
setTimeout(() => console.log('unref timer ran'), 200).unref();
// Each step starts from the one before, with wide gaps: the order must not
// depend on how fast a loaded machine gets through the first loop turn.
const r = setTimeout(() => console.log('refreshed timer ran'), 100);
r.refresh();
setImmediate(() => {
  console.log('immediate ran');
  const iv = setInterval(() => {
    console.log('interval ran once');
    clearInterval(iv);
  }, 1);
});
