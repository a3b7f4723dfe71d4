console.log('before');
setTimeout(() => { throw new TypeError('boom'); }, 1);
