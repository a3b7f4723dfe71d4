// process.stdout/stderr: real Writables made on first access (the runner
// sends stdout and stderr to files, so neither is a terminal here).
const { Writable, Readable } = require('stream');
const show = (v) => JSON.stringify(v);

for (const name of ['stdout', 'stdin', 'stderr']) {
  const d = Object.getOwnPropertyDescriptor(process, name);
  console.log(name, typeof d.get, typeof d.set, d.enumerable, d.configurable);
}
console.log('keys', show(Object.keys(process).filter((k) => /^std/.test(k))));
console.log('same object', process.stdout === process.stdout, process.stderr === process.stderr);

for (const s of [process.stdout, process.stderr]) {
  console.log(s.fd, s instanceof Writable, s instanceof Readable, s.writable, s.writableHighWaterMark,
    s.writableObjectMode, s.isTTY, s._type, s._isStdio, s.destroySoon === s.destroy, typeof s.columns);
}
console.log('write returns', process.stdout.write(''));
console.log('listeners', process.stdout.listenerCount('error'), process.stdout.listenerCount('drain'));
