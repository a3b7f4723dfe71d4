// The legacy API: url.parse (plain, parsed query, slashes denoting a host),
// url.format of objects and strings, url.resolve / resolveObject, Url.
const url = require('url');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const show = (f) => {
  try {
    const v = f();
    return JSON.stringify(v && typeof v === 'object' ? { ...v, isUrl: v instanceof url.Url } : v);
  } catch (e) {
    return `${e.name} ${e.code} ${e instanceof URIError} ${e.code ? e.message : ''}`;
  }
};
const inputs = [
  '', '  ', '?q#h', '#h', '/p?a=1&a=2&b', '//some_path', '//a@b/c', 'a@b/c', 'HTTP://X.com/Y?Z#W',
  '  \t http://a.com/x \n', '\u00a0http://x\ufeff', 'http://u:p@h:1/p?q=1#h', 'http://a.com\\b?c\\d#e\\f',
  'http://x:y:z/', 'http://[::1]:8/x', 'http://[::1/x', 'http://a b/', 'http://a%20b/', 'http://a.com:/x',
  'http://a.com:x/', 'http://@a.com/', 'http://a@b@c/', 'http://%41:%42@c/', 'http://%E0%A4%A@fail',
  'http://é.com/é?é#é', 'http://a.com/ <>"`{}|^\'x', 'http://a\r" \t\n<\'b:b@c\r\nd/e?f', 'http://x\ty.com:8\t0/',
  'http://x/a\tb', 'http://a\u000b.com/', 'http://\u00ad/bad.com/', 'http://[127.0.0.1\x00c8763]:8000/',
  'HTTP:a.com/x', 'http:a', 'http:/a', 'http://:80/', 'mailto:a@b', 'mailto:a@b?subject=hi', 'javascript://x/y',
  'JavaScript:alert(1)', 'javascript:a\nb', 'file:/a', 'file:///C:/x', 'FILE://a', 'sc:a b', 'ws://a', 'gopher://a',
  'x://0.0,1.1/', 'https://evil.com$.example.com', 'http://a.com#x?y', 'http://a.com?x#y?z', 'http://x/?a=%zz&b=%E9',
  'http://x/?a=1&a=2&=&&c', 'http://xn--zz.com/', 'http://ÄÖ.com/', 'http://a..b/', 'http://a_b/', '/a@b/c',
  'https://evil.com:.example.com', 'http://a.com/?x=\uD800',
];
for (const s of inputs) {
  console.log(JSON.stringify(s));
  console.log(' ', show(() => url.parse(s)));
  console.log(' ', show(() => url.parse(s, true)));
  console.log(' ', show(() => url.parse(s, false, true)));
}
const objects = [
  {}, { protocol: 'http', host: 'h.com', pathname: 'p' }, { protocol: 'file', pathname: '/x' },
  { protocol: 'FILE:', pathname: 'x' }, { protocol: 'mailto', auth: 'u', hostname: 'h' }, { slashes: true, pathname: 'x' },
  { hostname: '::1', port: 8 }, { hostname: 'a:b' }, { hostname: '[::2]', port: '9' }, { host: 'h:1', hostname: 'ignored', port: 2 },
  { protocol: 'http:', auth: 'u:p @:/?#[]!$&\'()*+,;=é', host: 'a', pathname: 'x#?y', search: 'a#b', hash: 'h' },
  { query: { a: [1, 2], b: 'x y', c: null, d: {}, e: true, f: 1n, g: NaN } }, { search: '?s', query: { ignored: 1 } },
  { query: 'string ignored' }, { pathname: '/p', search: '', hash: '' }, Object.create({ protocol: 'http:', host: 'inherited' }),
  { query: { bad: '\uD800' } },
];
for (const o of objects) console.log(show(() => url.format(o)));
for (const v of [1, null, undefined, true, () => 1, 'http://x.com/ a', new url.Url()]) console.log(show(() => url.format(v)));
const bases = ['http://a/b/c/d;p?q', 'foo:a/b', 'mailto:u@h', 'http://u:p@h:1/x/y', 'file:///a/b', 'g:h', '//x/y', '/a/b', 'a/b', 'javascript:x'];
const rels = ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', '', '.', '..', '../g', '../../../g', '/../g', 'g;x=1/../y',
  'http:g', 'http://h2/x', 'https:x', 'mailto:z@w', 'foo:bar', 'file:x', 'javascript:y', '//u@h3', 'a@b', 'HTTP://UP/x'];
for (const b of bases) for (const r of rels) console.log(JSON.stringify([b, r]), show(() => url.resolve(b, r)), show(() => url.resolveObject(b, r)));
console.log(show(() => url.resolveObject('', 'x')), show(() => url.resolveObject(url.parse('http://a/b'), url.parse('c?d'))));
console.log(Object.keys(new url.Url()), Object.getOwnPropertyNames(url.Url.prototype), Object.keys(url.Url.prototype), url.Url.prototype.parse.length, url.Url.prototype.resolve.name, url.parse.length, url.parse.name, url.resolve.name,
  url.resolveObject.name, url.format.name, url.Url.length);
const u = url.parse('http://a.com/x');
console.log(url.parse(u) === u, u.resolve('../y'), show(() => u.resolveObject('z')));
console.log(require('util').inspect(url.parse('http://u:p@h:1/p?q=1#f', true)));
for (const bad of [undefined, null, 1, [], {}, Symbol('s')]) console.log(show(() => url.parse(bad)));
