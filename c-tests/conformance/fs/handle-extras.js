// FileHandle.readLines (readline's line breaks: \n, \r\n, lone \r, a last
// line without a break), FileHandle.createReadStream/createWriteStream
// (through the handle's own methods, closing it at the end unless
// autoClose is false), fs.openAsBlob, promises.writeFile/appendFile with
// iterables, async iterables and streams, legacy open() overrides of the
// file streams, fs streams calling the module's fs.open/close as patched
// later, Dir's concurrent operations, fs.read's argument order, hex text
// of odd length, FileHandle methods on a foreign `this`.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Readable } = require('stream');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrt-fh-'));
process.chdir(root);
const t = (label, f) => {
  try {
    const v = f();
    console.log(label, 'ok', v === undefined ? '' : JSON.stringify(v));
  } catch (e) {
    console.log(label, e.name, e.code, e.message.split('\n')[0]);
  }
};

(async () => {
  fs.writeFileSync('lines.txt', 'one\r\ntwo\nthree\rfour\n\nsix');
  let fh = await fs.promises.open('lines.txt');
  const lines = [];
  for await (const line of fh.readLines()) lines.push(line);
  console.log('readLines:', JSON.stringify(lines), 'fd after:', fh.fd);

  fs.writeFileSync('big.txt', 'x'.repeat(70000) + '\r\n' + 'y'.repeat(10) + '\n');
  fh = await fs.promises.open('big.txt');
  const sizes = [];
  const rl = fh.readLines({ highWaterMark: 1000 });
  rl.on('line', (l) => sizes.push(l.length));
  await new Promise((resolve) => rl.on('close', resolve));
  console.log('readLines events:', JSON.stringify(sizes));

  fh = await fs.promises.open('lines.txt');
  let reads = 0;
  const read = fh.read;
  fh.read = function (...a) {
    reads++;
    return read.apply(this, a);
  };
  const rs = fh.createReadStream({ encoding: 'utf8', start: 5 });
  let text = '';
  for await (const chunk of rs) text += chunk;
  console.log('handle read stream:', JSON.stringify(text), 'reads > 0:', reads > 0, 'fd:', fh.fd);

  fh = await fs.promises.open('out.txt', 'w');
  let writes = 0;
  for (const m of ['write', 'writev']) {
    const orig = fh[m];
    fh[m] = function (...a) {
      writes++;
      return orig.apply(this, a);
    };
  }
  const ws = fh.createWriteStream();
  ws.write('abc');
  ws.end('def');
  await new Promise((resolve) => ws.on('close', resolve));
  console.log('handle write stream:', fs.readFileSync('out.txt', 'utf8'), 'writes > 0:', writes > 0, 'fd:', fh.fd);
  fh = await fs.promises.open('lines.txt');
  t('handle stream with fs option', () => fs.createReadStream(null, { fd: fh, fs }));
  await fh.close();

  const blob = await fs.openAsBlob('lines.txt', { type: 'text/plain' });
  console.log('openAsBlob:', blob.constructor.name, blob.size, blob.type, JSON.stringify(await blob.text()));
  t('openAsBlob path', () => fs.openAsBlob(1));
  t('openAsBlob options', () => fs.openAsBlob('lines.txt', 1));
  t('openAsBlob type', () => fs.openAsBlob('lines.txt', { type: 1 }));
  t('openAsBlob missing', () => fs.openAsBlob('missing.txt'));

  await fs.promises.writeFile('it.txt', ['a', Buffer.from('b'), new Uint8Array([99])]);
  await fs.promises.appendFile('it.txt', (async function* () { yield 'd'; yield 'e'; })());
  await fs.promises.appendFile('it.txt', Readable.from(['f', 'g']));
  await fs.promises.writeFile('it2.txt', Readable.from(['68656c6c6f']), 'hex');
  console.log('writeFile iterables:', fs.readFileSync('it.txt', 'utf8'), fs.readFileSync('it2.txt', 'utf8'));
  await fs.promises.writeFile('it.txt', [1]).catch((e) => console.log('bad chunk:', e.code));
  await fs.promises.writeFile('it.txt', { a: 1 }).catch((e) => console.log('bad data:', e.code));
  fh = await fs.promises.open('it3.txt', 'w');
  await fh.writeFile(new Set(['s', 'e', 't']));
  await fh.close();
  console.log('FileHandle.writeFile iterable:', fs.readFileSync('it3.txt', 'utf8'));

  // Legacy open(): an override is called instead of opening, and the stream
  // starts when it emits 'open'.
  class Legacy extends fs.ReadStream {
    open() {
      fs.open(this.path, 'r', (err, fd) => {
        if (err) return this.emit('error', err);
        this.fd = fd;
        this.emit('open', fd);
      });
    }
  }
  const ls = new Legacy('lines.txt', { encoding: 'utf8' });
  let legacyText = '';
  for await (const c of ls) legacyText += c;
  console.log('legacy open:', legacyText.length);

  // A stream calls fs.close as it is when it closes, not as it was.
  const realClose = fs.close;
  let closes = 0;
  const s2 = fs.createReadStream('lines.txt');
  fs.close = function (...a) {
    closes++;
    return realClose.apply(this, a);
  };
  s2.resume();
  await new Promise((resolve) => s2.on('close', resolve));
  fs.close = realClose;
  console.log('patched fs.close used:', closes, 'fd:', s2.fd);

  // autoClose false: a read error is reported, the stream stays usable.
  const bad = fs.createReadStream(null, { fd: 99999, autoClose: false });
  bad.resume();
  await new Promise((resolve) => bad.on('error', (e) => {
    console.log('autoClose false error:', e.code);
    process.nextTick(() => {
      console.log('  destroyed:', bad.destroyed, 'closed:', bad.closed);
      resolve();
    });
  }));

  const dir = await fs.promises.opendir('.');
  const p1 = dir.read();
  t('Dir closeSync while reading', () => dir.closeSync());
  t('Dir readSync while reading', () => dir.readSync());
  const p2 = dir.close();
  console.log('Dir read then close:', typeof (await p1), await p2);
  t('Dir read after close', () => dir.read());
  await dir.close().catch((e) => console.log('Dir close twice:', e.code));
  const dir2 = await fs.promises.opendir('.');
  try {
    for await (const d of dir2) throw new Error(`stop at ${typeof d}`);
  } catch (e) {
    console.log('for await throw:', e.message);
  }
  t('Dir read after throwing loop', () => dir2.read());

  t('read null fd', () => fs.read(null, Buffer.alloc(1), 0, 1, 0));
  t('read string buffer', () => fs.read(0, 'x', 0, 1, 0));
  t('read no callback', () => fs.read(0, Buffer.alloc(1), 0, 1, 0));
  t('read options, no callback', () => fs.read(0, {}));
  const wfd = fs.openSync('hex.txt', 'w');
  t('write odd hex', () => fs.writeSync(wfd, 'abc', 0, 'hex'));
  t('write even hex', () => fs.writeSync(wfd, 'abcd', 0, 'hex'));
  fs.closeSync(wfd);
  fh = await fs.promises.open('lines.txt');
  await fh.stat.call({}).catch((e) => console.log('foreign this:', e.code, e.message.split('\n')[0]));
  await fh.close();

  process.chdir(os.tmpdir());
  fs.rmSync(root, { recursive: true });
})();
