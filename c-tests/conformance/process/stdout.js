// process.stdout.write: strings (any Buffer encoding), Buffers, typed arrays, callbacks.
process.stdout.write('plain\n');
process.stdout.write(Buffer.from('buffer\n'));
process.stdout.write('6865780a', 'hex');
process.stdout.write('YmFzZTY0Cg==', 'base64');
process.stdout.write(new Uint8Array([117, 56, 10]));
process.stdout.write('with callback\n', () => console.log('callback ran'));
try { process.stdout.write(1); } catch (e) { console.log(e.code); }
console.log(typeof process.stdout.isTTY, process.stdout.fd, process.stderr.fd);
