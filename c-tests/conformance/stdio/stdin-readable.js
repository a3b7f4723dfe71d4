// 'readable' and read(): paused mode over a pipe.
let total = 0;
let reads = 0;
process.stdin.on('readable', () => {
  let c;
  while ((c = process.stdin.read()) !== null) {
    total += c.length;
    reads++;
  }
});
process.stdin.on('end', () => console.log('total', total, 'read something', reads > 0));
