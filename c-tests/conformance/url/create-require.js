// module.createRequire with file: URL objects and strings, as Node takes them.
const { createRequire } = require('module');
for (const a of ['/tmp/x.js', 'file:///tmp/a%20b/x.js', 'file://localhost/tmp/y.js', new URL('file:///tmp/z/'), 'x.js', 'http://a/x', new URL('http://a/'), 1, {href:'file:///q.js', protocol:'file:', pathname:'/q.js', hostname:''}, 'file:///a%2fb']) {
  try { const r = createRequire(a); console.log('ok', typeof r, typeof r.resolve); } catch (e) { console.log(e.code, e.message); }
}
