// fs.openAsBlob: the Blob reads the file when it is read (64 KiB stream chunks,
// lazy slices, composites), and refuses with NotReadableError once the file
// changed (size or modification time); file-backed Blobs are not cloneable.
import { openAsBlob, writeFileSync, utimesSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
const dir = mkdtempSync(join(tmpdir(), 'blob-'));
const f = join(dir, 'ob.bin');
writeFileSync(f, Buffer.alloc(200000, 7));
const b = await openAsBlob(f, { type: 'x/y' });
console.log(b.size, b.type, b.constructor.name, Object.prototype.toString.call(b));
const sizes = [];
for await (const c of b.stream()) sizes.push(c.constructor.name + c.byteLength);
console.log(sizes.join(','));
const s = b.slice(10, 20, 'a/b');
console.log(s.size, s.type, (await s.bytes()).length, (await s.arrayBuffer()).byteLength);
utimesSync(f, new Date(1e12), new Date(1e12));
try { await b.text(); console.log('mtime change: still readable'); } catch (e) { console.log('mtime change:', e.name, e.message); }
const b2 = await openAsBlob(f);
writeFileSync(f, Buffer.alloc(200000, 8));
try { const t = await b2.bytes(); console.log('same size rewrite: readable', t[0]); } catch (e) { console.log('same size rewrite:', e.name, e.message); }
const b3 = await openAsBlob(f);
writeFileSync(f, Buffer.alloc(10, 8));
try { await b3.slice(0, 5).text(); console.log('shrunk slice readable'); } catch (e) { console.log('shrunk:', e.name, e.message); }
try { structuredClone(b3); } catch (e) { console.log(e.name, e.code, e.message); }
const b4 = new Blob([b3.slice(0, 2), 'xy']);
try { console.log(await b4.text()); } catch (e) { console.log('composite:', e.name, e.message); }
try { await openAsBlob('/nonexistent/x'); } catch (e) { console.log(e.name, e.code, e.message); }
rmSync(dir, { recursive: true });
