// util.MIMEType / MIMEParams: parsing (whitespace, quoting, duplicates, dropped parameters),
// serialization, setters, error texts and indexes, prototype shape, live generator iterators.
const { MIMEType, MIMEParams, inspect } = require('util');
const T = (f) => { try { const r = f(); return typeof r === 'string' ? JSON.stringify(r) : inspect(r); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };
for (const s of ['text/plain', ' TEXT/Plain ; Charset="UTF-8" ; x=y ', 'text/', '/plain', 'te xt/plain', 'text/pl ain', 'text/plain;', 'text/plain;a', 'text/plain;a=', 'text/plain;a="', 'text/plain;a="x\\', 'text/plain;a="b\\"c";d=e', 'text/plain;A=1;a=2', 'text/plain; a = b', 'text/plain;a=b c', 'text/plain;a=é', 'text/plain;a="é"', 'a/b;c="d"junk;e=f', '', 'text', 'x/y;=z', 'x/y;a=\u0100', 'x/y;\u00e9=1', 'x/y;a="";b=']) {
  console.log(JSON.stringify(s), T(() => String(new MIMEType(s))), T(() => [...new MIMEType(s).params]));
}
const m = new MIMEType('text/javascript;charset=utf-8');
console.log(m.type, m.subtype, m.essence, String(m.params), JSON.stringify(m), inspect(m), Object.keys(m), Object.getOwnPropertyNames(MIMEType.prototype), Object.getOwnPropertyNames(MIMEParams.prototype));
console.log(T(() => { m.type = 'Application'; return m.essence; }), T(() => { m.type = ''; }), T(() => { m.type = 'a b'; }), T(() => { m.subtype = 'X-Y'; return String(m); }), T(() => { m.subtype = '/'; }));
const p = m.params;
console.log(p.get('charset'), p.get('nope'), p.has('charset'), T(() => p.set('Q', 'a b')), String(p), T(() => p.set('bad name', 'x')), T(() => p.set('n', 'é\u0100')), T(() => p.set('e', '')), String(p));
p.delete('q'); console.log([...p.keys()], [...p.values()], [...p.entries()], inspect(p), p.toJSON(), JSON.stringify(p));
console.log(T(() => new MIMEParams()), T(() => String(new MIMEParams())), MIMEType.length, MIMEParams.length, T(() => new MIMEType()), T(() => new MIMEType(5)), T(() => new MIMEType({ toString: () => 'a/b' })));
for (const k of Reflect.ownKeys(MIMEType.prototype)) { const d = Object.getOwnPropertyDescriptor(MIMEType.prototype, k); console.log('T', String(k), d.enumerable, d.configurable, d.writable, !!d.get, !!d.set); }
for (const k of Reflect.ownKeys(MIMEParams.prototype)) { const d = Object.getOwnPropertyDescriptor(MIMEParams.prototype, k); console.log('P', String(k), d.enumerable, d.configurable, d.writable, typeof d.value === 'function' ? d.value.name + '/' + d.value.length : ''); }
console.log(Object.getOwnPropertySymbols(m).map(String), Object.getOwnPropertySymbols(p).map(String), Object.getOwnPropertyNames(m), p[Symbol.iterator] === p.entries, Object.prototype.toString.call(m), Object.prototype.toString.call(p));
for (const s of ['text /plain', 'text/plain ', '\f text/plain', 'text/plain\f', ' text/plain\t;a=b', 'text/plain;\t a=b', 'text/plain;a=b ', 'text/plain;a="b" ', 'text/plain;a=b;', 'text/plain;;a=b', 'x/y;a="\\', 'x/y;a="\\a"', 'x/y;a=b"c', 'x/y;a=\\"', 'x/y;A="Q"', 'x/y;a=b;a=c', 'x/y;charset=utf-8;charset=x', 'té/x', 'x/té', 'x/y;a=\u00ff', 'x/y;a="\u00ff\t"', 'x/y;a=\x7f', 'x/y;a="\x7f"', 'x/y ;a=1', 'x/y\r\n', '\r\nx/y', 'x/y;a=(b)', 'x/y;a=b/c', 'x/y;a=b,c', 'x/y;a=b=c']) {
  console.log(JSON.stringify(s), T(() => String(new MIMEType(s))), T(() => [...new MIMEType(s).params]));
}
const m2 = new MIMEType('a/b');
for (const v of ['C', 'c d', '', 'é', 'x/y', 5, null, ' x']) console.log(JSON.stringify(v), T(() => { m2.type = v; return m2.type; }), T(() => { m2.subtype = v; return m2.subtype; }));
const p2 = new MIMEParams();
for (const [n, v] of [['a', 'b'], ['A', 'c'], ['', 'x'], ['a', ''], ['b', 'x y'], ['c', '"q\\'], ['d', '\u00ff'], ['e', '\u0100'], [5, 6], ['f', null], ['g\u00e9', 'x'], ['h', '\x7f'], ['i', '\t']]) console.log(JSON.stringify([n, v]), T(() => p2.set(n, v)), String(p2));
console.log(p2.get('A'), p2.get('a'), p2.has(5), p2.delete('nope'), T(() => p2.get()), MIMEType.prototype.toJSON.name, MIMEType.prototype.toString === MIMEType.prototype.toJSON, Object.getOwnPropertyDescriptor(MIMEType.prototype, 'params').get.name);
const mm = new MIMEType('a/b;x=1'); console.log(mm.params === mm.params, mm.params.get('x')); mm.params.set('y', '2'); console.log(String(mm)); mm.params.delete('x'); console.log(String(mm), `${mm}`);
console.log(Object.prototype.toString.call(mm.params.keys()));
const live = new MIMEParams(); live.set('a', '1'); const k = live.keys(); live.set('b', '2'); console.log([...k]);
