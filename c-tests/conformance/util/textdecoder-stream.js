// TextDecoder: windows-1252 labels decode C1 bytes as windows-1252 when streaming (ISO-8859-1 in one call,
// as Node 20); UTF-16 with a lone high surrogate and an odd byte at the end is one U+FFFD.
const q=JSON.stringify;
for (const enc of ['latin1','windows-1252','ascii','iso-8859-1','utf-16le','utf-8']) {
  const d=new TextDecoder(enc);
  const bytes=[0x41,0x80,0x9f,0xff,0x00,0xd8,0x61];
  try { console.log(enc, d.encoding, q(d.decode(Buffer.from(bytes))), q(new TextDecoder(enc).decode(Buffer.from(bytes),{stream:true})), q(d.decode(Buffer.from([0x80]),{stream:true})), q(d.decode())); } catch(e) { console.log(enc, e.code, e.message); }
}
const d16=new TextDecoder('utf-16le');
console.log(q([d16.decode(Buffer.from([0x00,0xd8,0x61])), d16.decode(Buffer.from([0x3d,0xd8,0x00])), d16.decode(Buffer.from([0x3d,0xd8]),{stream:true}), d16.decode(Buffer.from([0x61]),{stream:true}), d16.decode()]));
try { new TextDecoder('utf-16le',{fatal:true}).decode(Buffer.from([0x00,0xd8,0x61])) } catch(e) { console.log(e.code, e.name, e.message) }
for (const v of [5, 'x', null, {}]) { try { new TextDecoder().decode(v) } catch(e) { console.log(e.code, e.message) } }
const buffer=require('buffer');
for (const [from,to] of [['utf16le','utf8'],['utf16le','latin1'],['ucs2','ascii']]) { try { console.log(from,to,buffer.transcode(Buffer.from([0x00,0xd8,0x61]),from,to).toString('hex')) } catch(e) { console.log(e.code, e.message) } }
