// 'exit' runs at the natural end, its listener can change the status.
process.on('exit', (code) => {
  console.log('exit', code, process.exitCode);
  process.exitCode = 5;
});
setTimeout(() => console.log('timer'), 1);
console.log('main');
