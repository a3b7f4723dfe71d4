// TextDecoder's two routes in Node 20: utf-8 and the windows-1252 labels take a one-call
// shortcut until the decoder first streams (its own error texts, windows-1252 read as
// ISO-8859-1, `options` not checked); utf-16 and every decode after streaming check
// `options` (null leaves the stream open) and read windows-1252 as windows-1252.
const q = JSON.stringify;
const u = (...b) => new Uint8Array(b);
const T = (f) => { try { return q(f()); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };
for (const enc of ['utf-8', 'utf-16le', 'utf-16be', 'latin1']) {
  for (const o of [undefined, 5, 'x', null, { stream: true }, { stream: 0 }, () => {}, [], true]) {
    console.log(enc, String(o), T(() => new TextDecoder(enc).decode(5, o)), T(() => new TextDecoder(enc).decode(u(0x41), o)));
  }
}
let d = new TextDecoder('latin1');
console.log('latin1', T(() => d.decode(u(0x80))), T(() => d.decode(u(0x80), null)), T(() => d.decode(u(0x80), { stream: true })), T(() => d.decode(u(0x80))), T(() => d.decode(5)));
d = new TextDecoder('utf-8');
console.log('utf-8', T(() => d.decode(5)), T(() => d.decode(u(0xe2), { stream: true })), T(() => d.decode(u(0x82, 0xac), null)), T(() => d.decode(u(0xef, 0xbb, 0xbf, 0x42))), T(() => d.decode(5)));
d = new TextDecoder('utf-16le');
console.log('utf-16le', T(() => d.decode(u(0xff, 0xfe, 0x41), null)), T(() => d.decode(u(0, 0xff, 0xfe), null)), T(() => d.decode(u(0x42, 0))), T(() => d.decode(u(0xff, 0xfe, 0x43, 0))));
d = new TextDecoder('utf-16be');
console.log('utf-16be', T(() => d.decode(u(0xfe, 0xff, 0), null)), T(() => d.decode(u(0x41, 0xfe, 0xff, 0, 0x42), null)), T(() => d.decode(u(0xfe, 0xff, 0, 0x43))));
