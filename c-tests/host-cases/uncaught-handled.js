// A listener makes uncaught errors (sync, timer, rejection) non-fatal.
process.on('uncaughtException', (e, origin) => console.log('caught', e.message, origin));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => { throw new Error('in timer'); }, 1);
Promise.reject(new Error('rejected'));
throw new Error('sync');
