// A throwing 'uncaughtException' listener ends the process with status 7, no 'exit'.
process.on('exit', () => console.log('exit must not run'));
process.on('uncaughtException', () => { throw new Error('handler broke'); });
throw new Error('first');
