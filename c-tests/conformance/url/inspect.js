// util.inspect of URL, URLSearchParams and their iterators, as Node prints them.
const util = require('util');
const u = new URL('https://user:pw@a.com:8080/p/a?x=1&y=2#h');
console.log(util.inspect(u));
console.log(util.inspect(u, { showHidden: true }));
console.log(util.inspect(new URL('a:b'), { showHidden: true }));
console.log(util.inspect({ a: u }, { depth: 0 }));
console.log(util.inspect([new URL('http://x/')]));
console.log(util.inspect({ deep: { er: { url: new URL('http://x/') } } }));
class MyURL extends URL {}
console.log(util.inspect(new MyURL('http://sub.class/')));
console.log(util.inspect(u.searchParams), util.inspect(new URLSearchParams()));
const long = new URLSearchParams();
for (let i = 0; i < 8; i++) long.append(`key${i}`, `value${i}`);
console.log(util.inspect(long));
console.log(util.inspect({ x: { y: long } }));
console.log(util.inspect(long.entries()));
console.log(util.inspect(long.keys()), util.inspect(long.values()));
const it = u.searchParams.keys();
it.next();
console.log(util.inspect(it));
it.next();
console.log(util.inspect(it));
console.log(util.inspect(new URLSearchParams('a=1'), { depth: -1 }), util.inspect({ x: long.keys() }, { depth: 0 }));
console.log(util.inspect(new URLSearchParams('q="\'&n=\n')));
console.log(`${u}`, String(u.searchParams), Object.prototype.toString.call(u), Object.prototype.toString.call(u.searchParams));
console.log(util.format('%s %j', u, u));
