// A CommonJS program using node:path, run by the reference host: build/jsrt-node examples/demo.js
const path = require('node:path');
const file = path.join('/srv', 'app', '..', 'www', 'index.html');
console.log('joined:  ', file);
console.log('parsed:  ', JSON.stringify(path.parse(file)));
console.log('relative:', path.relative('/srv/www/a/b', file));
console.log('win32:   ', path.win32.resolve('C:\\Users', '..', 'Temp', 'x.txt'));
process.nextTick(() => console.log('nextTick runs before'));
Promise.resolve().then(() => console.log('the promise job'));
setTimeout(() => console.log('and the timer last'), 1);
