// A paused stdin does not keep the program alive (Node's rule): the
// program ends although the pipe is still open and full of data.
process.stdin.once('data', (c) => {
  console.log('first chunk is a', c.constructor.name);
  process.stdin.pause();
  console.log('paused', process.stdin.isPaused());
});
process.on('exit', (code) => console.log('exit', code));
