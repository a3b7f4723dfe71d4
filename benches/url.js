'use strict';
// Micro-benchmark for WHATWG URL and URLSearchParams. Runs under `node
// benches/url.js` and `build/jsrt-node benches/url.js` (`benches/run.sh
// build/jsrt-node url` compares them). Prints one line per op: <name> <ops_per_sec>.
const { run } = require('./harness');
const { fileURLToPath, pathToFileURL } = require('url');

const href = 'https://user:pass@sub.example.com:8080/a/b/c/index.html?query=string&x=1#frag';
const u = new URL(href);
const sp = new URLSearchParams('a=1&b=2&c=3&d=4&e=5&f=6');

run([
  ['parse_full', () => new URL(href).href.length],
  ['parse_relative', () => new URL('../d/e?f#g', href).href.length],
  ['canParse', () => (URL.canParse('http://a.com/x') ? 1 : 0)],
  ['getters_8', () => u.protocol.length + u.host.length + u.hostname.length + u.port.length +
    u.pathname.length + u.search.length + u.hash.length + u.username.length],
  ['set_pathname', () => { u.pathname = '/p/q'; return u.href.length; }],
  ['searchParams_get', () => sp.get('d').length],
  ['searchParams_append_delete', () => { sp.append('z', 'y'); sp.delete('z'); return sp.size; }],
  ['searchParams_toString', () => sp.toString().length],
  ['fileURLToPath', () => fileURLToPath('file:///tmp/some%20dir/file.txt').length],
  ['pathToFileURL', () => pathToFileURL('/tmp/some dir/file.txt').href.length],
]);
