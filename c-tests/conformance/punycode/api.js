'use strict';
// node:punycode: RFC 3492 round trips (RFC section 7.1 samples), errors,
// toASCII/toUnicode over domains and addresses, ucs2, exports.
const punycode = require('punycode');
const j = JSON.stringify;
const attempt = (f) => {
  try {
    return j(f());
  } catch (e) {
    return `${e.name}: ${e.message}`;
  }
};
console.log(Object.keys(punycode).join(','), punycode.version, Object.keys(punycode.ucs2).join(','));
for (const f of [punycode.encode, punycode.decode, punycode.toASCII, punycode.toUnicode, punycode.ucs2.decode, punycode.ucs2.encode]) {
  console.log(f.name, f.length, typeof f.prototype);
}
const words = ['ü', 'Goethe', 'Bücher', '日本語', '𩸽', 'mañana', 'Willst du die Blüthe des frühen, die Früchte des späteren Jahres',
  '\u0644\u064A\u0647\u0645\u0627\u0628\u062A\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064A\u061F',
  '\u4ED6\u4EEC\u4E3A\u4EC0\u4E48\u4E0D\u8BF4\u4E2D\u6587', 'Pročprostěnemluvíčesky',
  '\u05DC\u05DE\u05D4\u05D4\u05DD\u05E4\u05E9\u05D5\u05D8\u05DC\u05D0\u05DE\u05D3\u05D1\u05E8\u05D9\u05DD\u05E2\u05D1\u05E8\u05D9\u05EA',
  '3年B組金八先生', '安室奈美恵-with-SUPER-MONKEYS', 'Hello-Another-Way-それぞれの場所', 'ひとつ屋根の下2', 'MajiでKoiする5秒前',
  'パフィーdeルンバ', 'そのスピードで', '-> $1.00 <-', '', 'ABC', 'üü', '-', 'a-', '\ud800', 'a\ud83d\ude00b'];
for (const w of words) {
  const e = punycode.encode(w);
  console.log(j(w), j(e), attempt(() => punycode.decode(e)) === j(w));
}
for (const s of [' ', 'α-', 'あ', '', '-', 'a-', 'ab-', 'AB-CD', '-a', '--a', 'zzzzzzzzzzzz', '99999999999', 'tda', 'TDA', 'x73l',
  'egbpdaj6bu4bxfgehfvwxn', '-> $1.00 <--']) {
  console.log('decode', j(s), attempt(() => punycode.decode(s)));
}
for (const s of ['mañana.com', 'user@mañana.com', 'a\u3002b\uff0ec\uff61d', 'xn--foo.com', 'ABC.DEF', '☃-⌘.com', '', 'a..b',
  'a@b@ñ', 'ñ.', '.ñ', 'Ñ', 'Bücher.example', '日本語。ｊｐ']) {
  console.log('toASCII', j(s), attempt(() => punycode.toASCII(s)));
}
for (const s of ['xn--maana-pta.com', 'XN--MAANA-PTA.COM', 'user@xn--maana-pta.com', 'xn--.com', 'xn--zz', 'a\u3002xn--maana-pta',
  'a@b@xn--ida', 'xn--Ida', 'xn--', 'plain.example']) {
  console.log('toUnicode', j(s), attempt(() => punycode.toUnicode(s)));
}
console.log(attempt(() => punycode.ucs2.decode('a\ud83d\ude00b\ud800x\udc00')), attempt(() => punycode.ucs2.decode('\ud800\ud800\udc00')),
  attempt(() => punycode.ucs2.decode('\udc00\ud800')));
for (const a of [[97, 0x1f600, 0xd800], [0x110000], [-1], [0x61, 'b'], 'ab', [1.5], [], ['0x41']]) {
  console.log('ucs2.encode', j(a), attempt(() => punycode.ucs2.encode(a)));
}
console.log(attempt(() => punycode.encode(5)));
