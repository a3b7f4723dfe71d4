// fs.createReadStream/createWriteStream over node:stream: event order, start/end/encoding/highWaterMark,
// a pipeline through a Transform, open errors, option validation, fd and r+ at a position.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Transform, pipeline } = require('stream');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsst-'));
const f = path.join(dir, 'a.txt');
const log = [];
const ws = fs.createWriteStream(f);
console.log(ws.pending, ws.bytesWritten, ws.path === f, ws instanceof fs.WriteStream, typeof fs.ReadStream, fs.FileReadStream === fs.ReadStream);
ws.on('open', (fd) => log.push(`open ${typeof fd}`));
ws.on('ready', () => log.push('ready'));
ws.on('finish', () => log.push('finish'));
ws.on('close', () => {
  log.push('close');
  console.log(log.join(','), ws.bytesWritten, fs.readFileSync(f, 'utf8'));
  const rs = fs.createReadStream(f, { encoding: 'utf8', highWaterMark: 4, start: 2, end: 9 });
  const chunks = [];
  const rlog = [];
  rs.on('open', () => rlog.push('open'));
  rs.on('ready', () => rlog.push('ready'));
  rs.on('data', (c) => chunks.push(c));
  rs.on('end', () => rlog.push('end'));
  rs.on('close', () => {
    rlog.push('close');
    console.log(rlog.join(','), JSON.stringify(chunks), rs.bytesRead);
    const upper = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
    const out = path.join(dir, 'b.txt');
    pipeline(fs.createReadStream(f), upper, fs.createWriteStream(out), (err) => {
      console.log('pipeline', err, fs.readFileSync(out, 'utf8'));
      const bad = fs.createReadStream(path.join(dir, 'missing'));
      bad.on('error', (e) => {
        console.log('error', e.code, e.syscall, bad.destroyed);
        try { fs.createReadStream(f, { start: 5, end: 2 }); } catch (e2) { console.log(e2.code, e2.message); }
        try { fs.createReadStream(f, { start: -1 }); } catch (e2) { console.log(e2.code, e2.message); }
        try { fs.createReadStream(f, { fd: 'x' }); } catch (e2) { console.log(e2.code, e2.message); }
        const fd = fs.openSync(f, 'r');
        const byFd = fs.createReadStream(null, { fd, encoding: 'utf8' });
        let text = '';
        byFd.on('data', (c) => { text += c; });
        byFd.on('close', () => {
          console.log('by fd', text, byFd.path);
          const ws2 = fs.createWriteStream(f, { flags: 'r+', start: 1 });
          ws2.end('XY', () => {
            console.log('r+ start 1', fs.readFileSync(f, 'utf8'));
            fs.rmSync(dir, { recursive: true });
          });
        });
      });
    });
  });
});
ws.write('hello ');
ws.write(Buffer.from('world'));
ws.end(' !', () => log.push('end-cb'));
