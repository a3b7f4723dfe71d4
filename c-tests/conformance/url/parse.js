// WHATWG parsing: special and other schemes, hosts (IPv4 forms, IPv6,
// IDNA, opaque), percent-encoding sets, relative resolution, failures.
const parts = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
function show(input, base) {
  try {
    const u = base === undefined ? new URL(input) : new URL(input, base);
    console.log(JSON.stringify([input, base]), JSON.stringify(parts.map((k) => u[k])));
  } catch (e) {
    console.log(JSON.stringify([input, base]), e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base), Object.keys(e));
  }
}
const cases = [
  ['https://user:pa ss@EXAMPLE.com:443/a/./b/../c?x=1 2#f g'],
  ['HTTP://a.com:80/%7e/'],
  ['http://a.com:8080'],
  ['http://[::1]:3000/x'],
  ['http://[2001:db8:0:0:1:0:0:1]/'],
  ['http://[::ffff:192.168.0.1]/'],
  ['http://0x7f.1/'],
  ['http://127.1/'],
  ['http://4294967295/'],
  ['http://4294967296/'],
  ['http://1.2.3.08/'],
  ['http://bücher.de/'],
  ['http://xn--bcher-kva.de/'],
  ['http://☃.net/'],
  ['http://EXAMPLE.COM./'],
  ['http://a b/'],
  ['http://a%41.com/'],
  ['http://%zz/'],
  ['http://a<b/'],
  ['ws://x/y'],
  ['wss://x:443/'],
  ['ftp://x:21/'],
  ['file:///C:/a/../b'],
  ['file://localhost/etc/x'],
  ['file://host/share/x'],
  ['file:c:\\x\\y'],
  ['FILE:///tmp/a%20b'],
  ['blob:https://a.com:444/uuid'],
  ['blob:foo'],
  ['mailto:a@b.c'],
  ['data:text/plain,hi there#x'],
  ['javascript:alert(1)'],
  ['urn:isbn:0451450523'],
  ['foo://ho st/'],
  ['foo://h%20st:12/p?q#r'],
  ['non-special://[1:2::3]:80/'],
  ['sc://ñ.com/'],
  ['http://a.com/\u00e9?\u00e9#\u00e9'],
  ['http://a.com/ "<>`{}|'],
  ['http://a.com/?\'"<>`'],
  ['foo://a.com/?\'"<>`'],
  ['http://a.com/#"<>` {}'],
  ['  http://a.com/\t\n x  '],
  ['http://a.com/\uD800'],
  ['http:\\\\a.com\\b\\c'],
  ['http:/a.com'],
  ['http:a.com'],
  ['a:'],
  ['a:/'],
  ['a://'],
  ['http://a.com:65536/'],
  ['http://a.com:0x10/'],
  ['http://'],
  ['http://[::1/'],
  ['http://[1:2:3:4:5:6:7:8:9]/'],
  ['http://user@/'],
  ['foo'],
  [''],
  ['//x/y', 'https://a.com/b'],
  ['../c?d', 'http://a.com/x/y/z'],
  ['?q', 'http://a.com/p?old#h'],
  ['#h2', 'http://a.com/p?q#h'],
  ['', 'http://a.com/p?q#h'],
  ['/abs', 'foo://host/x/y'],
  ['rel', 'mailto:x@y'],
  ['x', 'bad base'],
  ['C|/x', 'file:///D:/y'],
  ['..', 'file:///C:/'],
  ['http://x', undefined],
  [12, 'http://a.com/b/'],
];
for (const [i, b] of cases) show(i, b);
console.log(URL.canParse('http://a'), URL.canParse('nope'), URL.canParse('x', 'http://a'), URL.canParse('x', 'nope'));
console.log(String(new URL({ toString() { return 'http://obj/'; } })), new URL('http://a.com/b').toJSON(), JSON.stringify({ u: new URL('http://a.com') }));
for (const d of ['münchen.de', 'xn--mnchen-3ya.de', 'EXAMPLE.com', 'a..b', '', 'xn--iñvalid.com', '[::1]', '1.2.3.4', 'a b', 'faß.de', 'ⓐ.com']) {
  console.log(JSON.stringify(d), JSON.stringify(require('url').domainToASCII(d)), JSON.stringify(require('url').domainToUnicode(d)));
}
