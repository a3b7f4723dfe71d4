// A program that never touches process.stdin never reads it.
console.log('no stdin needed');
