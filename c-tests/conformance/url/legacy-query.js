'use strict';
// url.parse(…, true) and url.format read and write the query with
// node:querystring: Node's lenient decoding, '+', repeated keys, and a
// program's replacement of querystring.unescape.
const url = require('url');
const querystring = require('querystring');
let seed = 7;
const rand = (n) => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
};
const units = ['a', 'b', '=', '&', '+', '%', '4', '1', 'F', 'é', ' ', ';', 'e', '%', '&', '='];
for (let i = 0; i < 400; i++) {
  let s = '';
  for (let n = rand(12); n > 0; n--) s += units[rand(units.length)];
  const u = url.parse('http://x/p?' + s, true);
  console.log(JSON.stringify(s), JSON.stringify(u.query), JSON.stringify(u.search));
}
console.log(url.format({ protocol: 'http', host: 'x', query: { a: ['1', 'é'], 'b c': '', d: 3, e: null, f: true } }));
const saved = querystring.unescape;
querystring.unescape = (s) => s.toUpperCase();
console.log(JSON.stringify(url.parse('http://x/?a=b&c', true).query));
querystring.unescape = saved;
const savedEscape = querystring.escape;
querystring.escape = (s) => `[${s}]`;
console.log(url.format({ protocol: 'http', host: 'x', query: { k: 'v' } }));
querystring.escape = savedEscape;
