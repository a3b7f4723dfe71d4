// The ES module form, import.meta.url as a URL, and createRequire(URL).
import url, { URL as U, URLSearchParams as P, fileURLToPath, pathToFileURL } from 'node:url';
import * as ns from 'url';
import { createRequire } from 'node:module';
console.log(U === URL, P === URLSearchParams, url.URL === U, Object.keys(ns).sort().join());
const here = new URL(import.meta.url);
console.log(here.protocol, here.pathname.endsWith('/esm.mjs'), fileURLToPath(here) === fileURLToPath(import.meta.url));
console.log(pathToFileURL(fileURLToPath(import.meta.url)).href === import.meta.url);
const require = createRequire(here);
console.log(require('node:url') === url, typeof require.resolve);
const require2 = createRequire(new URL('./lib/', import.meta.url));
console.log(typeof require2('node:path').join);
try { createRequire(new URL('http://a.com/x.js')); } catch (e) { console.log(e.name, e.code); }
console.log(new URL('./x.js', import.meta.url).href === import.meta.url.replace(/esm\.mjs$/, 'x.js'));
