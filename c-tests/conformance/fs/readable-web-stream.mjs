// FileHandle#readableWebStream: a plain stream yields ArrayBuffers of up to
// 64 KiB, a 'bytes' stream 16 KiB views or the reader's own (BYOB); the
// handle is locked for good once a stream is taken; a closed handle refuses
// one; closing the handle ends the stream for a reader waiting on it.
// (Node 20 aborts on close() while a stream's read is in flight, and its
// cancel() closes the descriptor behind the handle's back: neither is here.)
import { open, writeFile, mkdtemp, rm } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';

const dir = await mkdtemp(join(tmpdir(), 'rws-'));
const file = join(dir, 'data.bin');
const content = Buffer.alloc(70000);
for (let i = 0; i < content.length; i++) content[i] = (i * 7) & 0xff;
await writeFile(file, content);
const tag = (v) => Object.prototype.toString.call(v).slice(8, -1);
const same = (chunks) => Buffer.concat(chunks.map((c) => Buffer.from(c instanceof ArrayBuffer ? c : c.buffer, c.byteOffset || 0, c.byteLength))).equals(content);
const failure = (fn) => {
  try {
    fn();
    return 'no error';
  } catch (e) {
    return `${e.name} ${e.code} ${e.message}`;
  }
};

{
  const fh = await open(file);
  const chunks = [];
  for await (const c of fh.readableWebStream()) chunks.push(c);
  console.log('plain', chunks.map((c) => `${tag(c)}:${c.byteLength}`).join(' '), same(chunks));
  console.log('again', failure(() => fh.readableWebStream()));
  console.log('still open', fh.fd > 0);
  await fh.close();
  console.log('closed', failure(() => fh.readableWebStream()));
}
{
  const fh = await open(file);
  const r = fh.readableWebStream({ type: 'bytes' }).getReader();
  const chunks = [];
  for (;;) {
    const { value, done } = await r.read();
    if (done) break;
    chunks.push(value);
  }
  console.log('bytes', chunks.map((c) => `${tag(c)}:${c.byteLength}/${c.buffer.byteLength}`).join(' '), same(chunks));
  await fh.close();
}
{
  const fh = await open(file);
  const r = fh.readableWebStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  const chunks = [];
  let reads = 0;
  for (;;) {
    const { value, done } = await r.read(new DataView(new ArrayBuffer(7000)));
    if (done) break;
    reads++;
    chunks.push(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  }
  console.log('byob', reads, tag(chunks[0]), same(chunks));
  await fh.close();
}
{
  const fh = await open(file);
  const sizes = [];
  for await (const c of fh.readableWebStream({ type: 'other' })) sizes.push(`${tag(c)}:${c.byteLength}`);
  console.log('other type', sizes.join(' '));
  await fh.close();
}
{
  const fh = await open(file);
  const s = fh.readableWebStream();
  fh.close();
  const r = s.getReader();
  await r.closed;
  console.log('closed before reading', JSON.stringify(await r.read()));
}
{
  const fh = await open(file);
  const r = fh.readableWebStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  const first = await r.read(new Uint8Array(10));
  console.log('first', first.value.byteLength, first.value[1]);
  await new Promise((res) => setTimeout(res, 20));
  await fh.close();
  await r.closed;
  console.log('closed after a read');
}
await rm(dir, { recursive: true });
