// 'beforeExit' may schedule more work; it runs again when the loop empties.
let n = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, n);
  if (n++ < 2) setTimeout(() => console.log('scheduled', n), 1);
});
process.on('exit', (code) => console.log('exit', code));
process.exitCode = 2;
