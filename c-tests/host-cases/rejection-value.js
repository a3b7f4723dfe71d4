// A rejection with a non-Error and no listener: ERR_UNHANDLED_REJECTION, status 1.
process.on('exit', (code) => console.log('exit', code));
Promise.reject(42);
