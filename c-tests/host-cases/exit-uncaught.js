// An uncaught error: 'exit' (1) runs first, then the error is reported.
process.on('exit', (code) => console.log('exit', code, process.exitCode));
console.log('before');
throw new Error('fatal here');
