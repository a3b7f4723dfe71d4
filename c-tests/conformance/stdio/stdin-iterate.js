// for await over stdin: Buffers, all of them, in order.
(async () => {
  let bytes = 0;
  let chunks = 0;
  let allBuffers = true;
  let last = '';
  for await (const c of process.stdin) {
    chunks++;
    bytes += c.length;
    allBuffers = allBuffers && Buffer.isBuffer(c);
    last = c.toString('latin1');
  }
  console.log('bytes', bytes, 'buffers', allBuffers, 'some chunks', chunks > 0);
  console.log(JSON.stringify(last.slice(-12)));
})();
