// The callback and promise forms of the API, one after another (each step
// waits for the previous one, so the order is fixed).
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrt-fs-'));
const show = (s) => String(s).split(root).join('<tmp>');
const p = (...names) => path.join(root, ...names);

function cbSteps(done) {
  fs.writeFile(p('a'), 'alpha', (e) => {
    console.log('cb writeFile', e);
    fs.appendFile(p('a'), '+', (e) => {
      fs.readFile(p('a'), (e, b) => {
        console.log('cb readFile', e, Buffer.isBuffer(b), b.toString());
        fs.readFile(p('a'), { encoding: 'base64' }, (e, s) => {
          console.log('cb readFile base64', s);
          fs.open(p('a'), 'r+', (e, fd) => {
            console.log('cb open', e, typeof fd);
            const buf = Buffer.alloc(5);
            fs.read(fd, buf, 0, 5, 0, (e, n, b2) => {
              console.log('cb read', e, n, b2 === buf, buf.toString());
              fs.write(fd, 'AL', 0, (e, n2, s2) => {
                console.log('cb write string', e, n2, s2);
                fs.write(fd, Buffer.from('!'), 0, 1, 6, (e, n3, b3) => {
                  console.log('cb write buffer', e, n3, Buffer.isBuffer(b3));
                  fs.read(fd, (e, n4, b4) => {
                    console.log('cb read default buffer', e, n4, b4.length);
                    fs.fstat(fd, (e, st) => {
                      console.log('cb fstat', e, st.size);
                      fs.close(fd, (e) => {
                        console.log('cb close', e, arguments.length);
                        fs.stat(p('a'), { bigint: true }, (e, st2) => {
                          console.log('cb stat bigint', typeof st2.size);
                          fs.mkdir(p('d', 'e'), { recursive: true }, (e, first) => {
                            console.log('cb mkdir', e, show(first));
                            fs.readdir(p('d'), { withFileTypes: true }, (e, ents) => {
                              console.log('cb readdir', ents.map((d) => d.name + ':' + d.isDirectory()).join());
                              fs.exists(p('d'), (ex) => {
                                console.log('cb exists', ex);
                                fs.rename(p('a'), p('b'), (e) => {
                                  fs.copyFile(p('b'), p('c'), (e) => {
                                    fs.readFile(p('c'), 'utf8', (e, s3) => {
                                      console.log('cb copy+rename', s3);
                                      fs.symlink('b', p('l'), (e) => {
                                        fs.readlink(p('l'), (e, t) => {
                                          fs.realpath(p('l'), (e, rp) => {
                                            console.log('cb links', t, show(rp));
                                            fs.mkdtemp(p('tmp-'), (e, dir) => {
                                              console.log('cb mkdtemp', show(dir).slice(0, 10), dir.length - p('tmp-').length);
                                              fs.rm(p('d'), { recursive: true }, (e) => {
                                                fs.unlink(p('c'), (e) => {
                                                  fs.readdir(root, (e, names) => {
                                                    console.log('cb after rm', names.filter((n) => !n.startsWith('tmp-')).sort().join());
                                                    fs.truncate(p('b'), 2, (e) => {
                                                      fs.chmod(p('b'), 0o600, (e) => {
                                                        fs.utimes(p('b'), 10, 20, (e) => {
                                                          fs.stat(p('b'), (e, st3) => {
                                                            console.log('cb truncate/chmod/utimes', st3.size, (st3.mode & 0o777).toString(8), st3.mtimeMs);
                                                            done();
                                                          });
                                                        });
                                                      });
                                                    });
                                                  });
                                                });
                                              });
                                            });
                                          });
                                        });
                                      });
                                    });
                                  });
                                });
                              });
                            });
                          });
                        });
                      });
                    });
                  });
                });
              });
            });
          });
        });
      });
    });
  });
}

async function promiseSteps() {
  console.log('same object', fsp === fs.promises);
  await fsp.writeFile(p('pa'), 'promise data');
  await fsp.appendFile(p('pa'), '!');
  const b = await fsp.readFile(p('pa'));
  console.log('p readFile', Buffer.isBuffer(b), b.toString());
  console.log('p readFile enc', await fsp.readFile(p('pa'), 'hex'));
  console.log('p stat', (await fsp.stat(p('pa'))).size, (await fsp.lstat(p('pa'))).isFile());
  console.log('p access', await fsp.access(p('pa')));
  console.log('p mkdir', show(await fsp.mkdir(p('pd', 'x'), { recursive: true })));
  console.log('p readdir', (await fsp.readdir(root)).filter((n) => n.startsWith('p')).sort().join());
  console.log('p readdir recursive', (await fsp.readdir(p('pd'), { recursive: true })).join());
  await fsp.copyFile(p('pa'), p('pb'));
  await fsp.rename(p('pb'), p('pc'));
  await fsp.symlink('pc', p('pl'));
  console.log('p readlink', await fsp.readlink(p('pl')), show(await fsp.realpath(p('pl'))));
  await fsp.link(p('pc'), p('ph'));
  await fsp.truncate(p('ph'), 3);
  console.log('p truncate', await fsp.readFile(p('pc'), 'utf8'));
  await fsp.chmod(p('pc'), 0o640);
  await fsp.utimes(p('pc'), 1, 2);
  const st = await fsp.stat(p('pc'));
  console.log('p chmod/utimes', (st.mode & 0o777).toString(8), st.mtimeMs);
  await fsp.unlink(p('ph'));
  await fsp.rm(p('pd'), { recursive: true });
  await fsp.rmdir(await fsp.mkdtemp(p('x-')));
  console.log('p after rm', (await fsp.readdir(root)).filter((n) => n.startsWith('p')).sort().join());
  try {
    await fsp.lchmod(p('pc'), 0o600);
  } catch (e) {
    console.log('p lchmod', e.code);
  }

  // FileHandle
  const fh = await fsp.open(p('pc'), 'r+');
  console.log('fh', fh.constructor.name, typeof fh.fd, fh instanceof require('events'));
  const r = await fh.read(Buffer.alloc(4), 0, 4, 0);
  console.log('fh read', r.bytesRead, r.buffer.toString());
  const r2 = await fh.read({ buffer: Buffer.alloc(3), position: 2 });
  console.log('fh read options', r2.bytesRead, r2.buffer.toString());
  const w = await fh.write('XY', 0);
  console.log('fh write string', w.bytesWritten, w.buffer);
  const w2 = await fh.write(Buffer.from('Z'), 0, 1, 2);
  console.log('fh write buffer', w2.bytesWritten, Buffer.isBuffer(w2.buffer));
  console.log('fh stat', (await fh.stat()).size);
  console.log('fh readFile', await fh.readFile('utf8'));
  await fh.truncate(2);
  await fh.sync();
  await fh.datasync();
  console.log('fh after truncate', (await fh.stat()).size);
  await fh.close();
  console.log('fh closed', fh.fd);
  const fh2 = await fsp.open(p('pw'), 'w');
  await fh2.writeFile('via handle');
  await fh2.appendFile(' more');
  await fh2.close();
  console.log('fh writeFile', await fsp.readFile(p('pw'), 'utf8'));
  const fh3 = await fsp.open(p('pw'));
  console.log('readFile(FileHandle)', await fsp.readFile(fh3, 'utf8'));
  await fh3.close();
  const dir = await fsp.opendir(root);
  const names = [];
  for await (const d of dir) names.push(d.name);
  console.log('p opendir', names.filter((n) => n.startsWith('p')).sort().join());
}

cbSteps(() => {
  promiseSteps().then(() => {
    fs.rmSync(root, { recursive: true, force: true });
    console.log('cleaned', fs.existsSync(root));
  }, (e) => {
    console.log('FAILED', e);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
