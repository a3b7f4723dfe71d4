// Node never lets stdout end for good: 'finish' and 'close' come, and the
// stream is writable again afterwards.
const out = process.stdout;
const order = [];
out.write('a\n', () => order.push('cb a'));
order.push('sync');
out.on('finish', () => order.push('finish'));
out.on('close', () => order.push('close'));
out.end('bye\n', () => order.push('end cb'));
setTimeout(() => {
  out.write('late\n', (e) => order.push(`late cb ${e}`));
  setTimeout(() => console.log(order.join(','), out.writable, out.writableEnded, out.destroyed), 5);
}, 5);
