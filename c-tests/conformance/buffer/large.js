'use strict';
// Strings of 4 KiB and more from buf.toString(enc): on QuickJS these are
// made in place (engine/string_build.rs), so every string operation here
// reads a string whose allocation the library grew and wrote.
const { Buffer } = require('node:buffer');

function sum(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h;
}

function bytes(n, seed) {
  const b = Buffer.alloc(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 16;
  }
  return b;
}

const sizes = [4095, 4096, 4097, 6000, 70001];
const encodings = ['latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url', 'ucs2', 'utf16le', 'utf8'];

for (const n of sizes) {
  const random = bytes(n, n);
  const text = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(Math.ceil(n / 45)).slice(0, n));
  for (const enc of encodings) {
    for (const [kind, buf] of [['random', random], ['text', text]]) {
      const s = buf.toString(enc);
      const back = Buffer.from(s, enc);
      const same = enc === 'ascii' || enc === 'utf8' && kind === 'random' ? '-' : back.equals(buf);
      console.log(n, enc, kind, s.length, sum(s), same, JSON.stringify(s.slice(0, 12)), JSON.stringify(s.slice(-7)));
    }
  }
}

function uri(s) {
  try {
    return encodeURIComponent(s).length;
  } catch (e) {
    return e.name;
  }
}

// Operations on one large string of each storage kind.
const one = bytes(9000, 7).toString('latin1');
const two = bytes(9000, 8).toString('ucs2');
const b64 = bytes(9000, 9).toString('base64');
for (const [name, s] of [['latin1', one], ['ucs2', two], ['base64', b64]]) {
  const long = s.slice(100, 8000); // a slice of the made string
  const sub = s.substring(1, s.length - 1);
  const cat = s + s; // a concatenation
  const flat = (s + '!').slice(0, -1);
  console.log(name, 'slice', long.length, sum(long), long === s.slice(100, 8000));
  console.log(name, 'substring', sub.length, sum(sub), sub.slice(5, 3000) === s.slice(6, 3001));
  console.log(name, 'concat', cat.length, sum(cat), cat.slice(s.length) === s, flat === s);
  console.log(name, 'search', s.indexOf(s.slice(5000, 5040)), s.lastIndexOf(s.slice(20, 30)), s.includes(s.slice(-50)), s.startsWith(s.slice(0, 4096)), s.endsWith(s.slice(-4097)));
  console.log(name, 'at', s.charCodeAt(0), s.charCodeAt(s.length - 1), s.at(-2).charCodeAt(0), s.codePointAt(4500));
  const o = {};
  o[s] = 1; // a property key: the string becomes an atom
  o[s] += 1;
  const m = new Map([[s, 'v']]);
  console.log(name, 'key', o[s], Object.keys(o)[0] === s, m.get(s.slice(0) + ''), m.get(s.slice(1)));
  const j = JSON.stringify(s);
  console.log(name, 'json', j.length, sum(j), JSON.parse(j) === s);
  console.log(name, 'case', sum(s.toUpperCase()), sum(s.toLowerCase()), sum(s.trim()));
  console.log(name, 'regexp', (s.match(/[A-Za-z]{3}/g) || []).length, s.replace(/[0-9]/g, '').length, s.split('a').length);
  console.log(name, 'misc', s.repeat(2).length, s.padEnd(s.length + 3, '*').slice(-4).length, uri(s.slice(0, 3000)), [...s].length);
  console.log(name, 'compare', s < s + 'x', s.localeCompare(s), s === String(s), `${s}`.length, s == s.slice(0));
}

// Many made and dropped: the engine frees what the library grew.
let total = 0;
for (let i = 0; i < 300; i++) {
  const b = bytes(4096 + i, i);
  total += b.toString('latin1').length + b.toString('hex').length + b.toString('base64').length + b.toString('ucs2').length;
}
console.log('total', total);
// Kept alive in an array and read after later allocations.
const kept = [];
for (let i = 0; i < 20; i++) kept.push(bytes(5000, i).toString(i % 2 ? 'latin1' : 'base64'));
console.log('kept', kept.map(sum).join(','));
