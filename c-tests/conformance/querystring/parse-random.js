'use strict';
// querystring.parse over pseudo-random texts and separator/'=' strings
// (fixed seed): multi-unit and overlapping separators, empty ones, partial
// matches, escapes good and bad (a '+' ends a partial %XX in a key, not in a
// value), lone surrogates, '+', maxKeys. One line per case.
const qs = require('querystring');
let seed = 0x2545f491;
const rand = (n) => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
};
const units = ['a', 'b', '=', '&', '>', '+', '%', '4', '1', 'F', 'z', 'é', ' ', ';', '=', '&', '%', 'e', 'X', '\ud800', '+'];
// Lone surrogates only where parse reads them (stringify rejects them).
const text = (max, lone = true) => {
  let s = '';
  for (let n = rand(max); n > 0; n--) s += units[rand(units.length - (lone ? 0 : 2))];
  return s;
};
const seps = [undefined, '&', '&&', ';', 'ab', '&=', '', [], 'XX', '=&'];
const eqs = [undefined, '=', '=>', '==', 'b', '&', '', [], '>=', 'a='];
const maxes = [undefined, 1, 2, 3, 0, -1, 2.5];
for (let i = 0; i < 1500; i++) {
  const s = text(14);
  const sep = seps[rand(seps.length)];
  const eq = eqs[rand(eqs.length)];
  const maxKeys = maxes[rand(maxes.length)];
  const out = qs.parse(s, sep, eq, maxKeys === undefined ? undefined : { maxKeys });
  console.log(JSON.stringify([s, sep, eq, maxKeys]), JSON.stringify(out));
}
// stringify of random objects survives a round trip through parse.
for (let i = 0; i < 100; i++) {
  const obj = {};
  for (let n = rand(4); n > 0; n--) {
    const k = text(5, false);
    obj[k] = rand(3) === 0 ? [text(4, false), text(4, false)] : text(6, false);
  }
  const str = qs.stringify(obj);
  console.log(JSON.stringify(str), JSON.stringify(qs.parse(str)));
}
