// process.stdout.write: chunks, encodings, callbacks, errors (Writable's).
const out = process.stdout;
const order = [];
out.write('text\n');
out.write('68657820656e636f646564', 'hex');
out.write('\n');
out.write(Buffer.from('buffer\n'));
out.write(new Uint8Array([117, 56, 10]));
out.write('aGkgYmFzZTY0Cg==', 'base64', () => order.push('cb base64'));
out.write('with cb\n', () => order.push('cb 1'));
out.write('', () => order.push('cb empty'));
order.push('sync');
for (const bad of [null, 1, {}, undefined]) {
  try {
    out.write(bad);
    order.push('no throw');
  } catch (e) {
    order.push(`${e.name} ${e.code}`);
  }
}
out.cork();
out.write('corked 1 ');
out.write('corked 2\n');
order.push(`length while corked ${out.writableLength}`);
out.uncork();
setTimeout(() => console.log(order.join('\n')), 5);
