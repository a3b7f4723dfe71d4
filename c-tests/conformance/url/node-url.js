// node:url's functions: fileURLToPath, pathToFileURL, urlToHttpOptions,
// format(URL, options), domainTo*, and the module's shape.
const url = require('url');
const tryIt = (f) => {
  try {
    console.log('ok', JSON.stringify(f()));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
};
console.log(Object.keys(url), url.URL === URL, url.URLSearchParams === URLSearchParams);
for (const p of ['file:///a%20b/%C3%A9', 'file://localhost/x/y', 'file:///tmp/%25/', 'file:///a?q#h', 'file:///%E2%82%AC']) {
  tryIt(() => url.fileURLToPath(p));
  tryIt(() => url.fileURLToPath(new URL(p)));
}
for (const p of ['file://host/x', 'file:///a%2Fb', 'file:///a%2fb', 'http://a/', 'notaurl', 'file:///%E2%82']) tryIt(() => url.fileURLToPath(p));
for (const p of [1, null, undefined, {}, { href: 'file:///x', protocol: 'file:', hostname: '', pathname: '/x' }, { href: 'file:///x', protocol: 'file:', pathname: '/x', path: '/x' }]) {
  tryIt(() => url.fileURLToPath(p));
}
for (const p of ['/a b#?%\\\n\r\t\u00e9x/', '/', '/a/..', '/a/b/.', '/a/%2e%2e/b', '/x/', '//double//slash', '/\uD83D\uDE00', '/a;b,c=d[e]@f', '/\uD800']) {
  console.log(JSON.stringify(p), url.pathToFileURL(p).href);
}
const cwd = process.cwd();
console.log(url.pathToFileURL('rel/x').href === new URL(`file://${cwd}/rel/x`).href, url.pathToFileURL('.').href === url.pathToFileURL(cwd).href);
console.log(url.pathToFileURL('/x') instanceof URL);
for (const p of [1, undefined, new URL('file:///x')]) tryIt(() => url.pathToFileURL(p));
console.log(url.urlToHttpOptions(new URL('https://u:p%20@[::1]:81/a?b#c')));
console.log(url.urlToHttpOptions(new URL('http://a.com')));
console.log(url.urlToHttpOptions({ protocol: 'x:', hostname: 'h', pathname: '/p', search: '?s', hash: '', href: 'x', port: '', username: '', password: '', extra: 1 }));
const f = new URL('http://u:p@xn--n3h.com:8/a?b#c');
for (const o of [undefined, {}, { unicode: true }, { auth: false }, { search: false }, { fragment: false }, { auth: 0, search: '', fragment: null, unicode: 1 }]) {
  console.log(JSON.stringify(o), url.format(f, o));
}
tryIt(() => url.format(f, 1));
tryIt(() => url.format(f, null));
console.log(url.format(new URL('file:///a b')), url.format(new URL('mailto:x@y'), { unicode: true }));
tryIt(() => url.domainToASCII());
tryIt(() => url.domainToUnicode());
console.log(url.domainToASCII('Ünicode.com'), url.domainToUnicode('xn--nicode-2ya.com'));
for (const o of [0, '', false, true, 's', [], () => {}]) tryIt(() => url.format(f, o));
for (const k of ['auth', 'search', 'fragment', 'unicode']) {
  console.log(k, [0, '', null, 1, false, true, {}].map((v) => url.format(f, { [k]: v })).join(' '));
}
console.log(url.parse.name, url.resolve.name, url.resolveObject.name, url.format.name, url.fileURLToPath.name);
