// URLSearchParams: constructor forms, methods, errors, iteration, sorting.
const show = (p) => console.log(JSON.stringify(p.toString()), JSON.stringify([...p]), p.size);
const tryIt = (f) => {
  try {
    const r = f();
    console.log('ok', JSON.stringify(r === undefined ? null : r));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
};
show(new URLSearchParams());
show(new URLSearchParams(undefined));
show(new URLSearchParams(null));
show(new URLSearchParams(''));
show(new URLSearchParams('?a=1&b=2&a=3'));
show(new URLSearchParams('??a=1'));
show(new URLSearchParams('a=b=c&&=x&y=&z&%zz=%41%&+plus+=%2B'));
show(new URLSearchParams('\u00e9=\u00fc&\uD800=x&%C3=1&%ff%fe=2'));
show(new URLSearchParams(12));
show(new URLSearchParams([['a', 1], ['b', true], ['a', null]]));
show(new URLSearchParams(new Map([['m', 'n']])));
show(new URLSearchParams(Object.defineProperty({ a: 1, b: 'two' }, Symbol('hidden'), { value: 1 })));
show(new URLSearchParams({ __proto__: { inherited: 1 }, own: 2 }));
show(new URLSearchParams(new URLSearchParams('copy=1')));
show(new URLSearchParams({ '\uD800': '\uDC00', '\uFFFD': 'later' }));
show(new URLSearchParams(function () {}));
for (const bad of [[[1]], [[1, 2, 3]], [1], ['ab'], [null], { [Symbol.iterator]: 1 }, { [Symbol.iterator]: null, a: 1 }, { [Symbol('k')]: 1 }]) {
  tryIt(() => new URLSearchParams(bad).toString());
}
const p = new URLSearchParams('b=2&a=1&c=3&a=0&\u00e9=x&B=1');
tryIt(() => p.get('a'));
tryIt(() => p.get('zz'));
tryIt(() => p.getAll('a'));
tryIt(() => p.has('a'));
tryIt(() => p.has('a', '0'));
tryIt(() => p.has('a', '9'));
tryIt(() => p.has('a', undefined));
p.append('d', 'x y+z');
p.set('a', 'only');
p.set('new', 'v');
show(p);
p.delete('b', 'nope');
p.delete('c', '3');
show(p);
p.sort();
show(p);
const s = new URLSearchParams('z=1&\uD83D\uDE00=2&\uFB01=3&a=4&z=0&A=5');
s.sort();
show(s);
tryIt(() => p.append('only'));
tryIt(() => p.set());
tryIt(() => p.get());
tryIt(() => p.getAll());
tryIt(() => p.has());
tryIt(() => p.delete());
tryIt(() => p.forEach());
tryIt(() => p.forEach(1));
tryIt(() => URLSearchParams.prototype.get.call({}, 'a'));
tryIt(() => URLSearchParams.prototype.toString.call(1));
tryIt(() => Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({}));
tryIt(() => p.keys().next.call({}));
tryIt(() => p.get(Symbol('x')));
p.forEach(function (v, k, self) { console.log(k, v, self === p, this); }, 'thisArg');
const it = p.entries();
console.log(JSON.stringify(it.next()), Object.prototype.toString.call(it), typeof it[Symbol.iterator]);
p.append('late', '1');
console.log(JSON.stringify([...it]), JSON.stringify([...p.keys()]), JSON.stringify([...p.values()]));
console.log(p[Symbol.iterator] === p.entries, URLSearchParams.prototype[Symbol.toStringTag]);
// Live iteration: deleting while iterating skips as Node does.
const live = new URLSearchParams('a=1&b=2&c=3&d=4');
for (const [k] of live) { if (k === 'a') live.delete('b'); console.log('saw', k); }
// Encoding of toString: space as +, * - . _ kept, everything else escaped.
const enc = new URLSearchParams();
enc.append(' *-._~!\'()&=+', 'é\u0000\n\uD83D\uDE00');
console.log(enc.toString());
console.log(Object.keys(URLSearchParams.prototype), URLSearchParams.length, URLSearchParams.name);
const props = {};
for (const k of Reflect.ownKeys(URLSearchParams.prototype)) {
  const d = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, k);
  props[String(k)] = [d.enumerable, d.configurable, 'value' in d ? typeof d.value : 'accessor', typeof d.value === 'function' ? d.value.length : -1];
}
console.log(JSON.stringify(props));
