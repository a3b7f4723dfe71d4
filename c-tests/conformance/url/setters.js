// Every URL setter, including refused values (the URL stays as it was).
const parts = ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
const values = {
  href: ['http://b.org/x?y#z', 'not a url'],
  protocol: ['https', 'ftp:', 'foo', 'file', 'ht tp', 'HTTPS:junk', ''],
  username: ['me', 'a b@:', ''],
  password: ['s3cr:t', '', '%'],
  host: ['b.org:99', 'b.org', '[::1]:1', 'a b', '', 'x:', 'ñ.com:8'],
  hostname: ['c.net', 'c.net:77', '', '[::2]', 'bad host', '0x7f.1'],
  port: ['8080', '80', '', '12ab', '99999', '-1', ' 7', 'x'],
  pathname: ['/a b/c', 'no-slash', '', '/%2e%2e/x', '\\win\\path', '/é'],
  search: ['?a=1 2', 'b=#3', '', '?', 'é=\'"<>'],
  hash: ['#top', 'x y', '', '#', '#é`'],
};
const bases = ['http://u:p@a.com:81/p/q?s=1#h', 'file:///tmp/x', 'mailto:a@b', 'foo://host/p', 'sc:opaque?x#y'];
for (const base of bases) {
  for (const key of parts) {
    for (const v of values[key]) {
      const u = new URL(base);
      let r;
      try {
        u[key] = v;
        r = parts.map((k) => u[k]);
      } catch (e) {
        r = [e.name, e.code, e.message, e.input];
      }
      console.log(JSON.stringify([base, key, v]), JSON.stringify(r));
    }
  }
}
// Conversion of set values, and the live searchParams.
const u = new URL('http://a.com/?x=1');
const sp = u.searchParams;
u.search = '?y=2&y=3';
console.log(sp === u.searchParams, sp.getAll('y'), sp.size);
u.href = 'http://b.com/?z=9#f';
console.log(sp.get('z'), sp.has('y'));
sp.append('w', 'a b&c');
console.log(u.href);
sp.delete('z');
sp.delete('w');
console.log(u.href, u.search, JSON.stringify(u.search));
u.port = 1234;
u.hash = null;
console.log(u.href);
try { u.search = Symbol('s'); } catch (e) { console.log(e.name, e.message); }
try { Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({}); } catch (e) { console.log(e.name, e.message); }
