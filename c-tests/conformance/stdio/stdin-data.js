// stdin from a pipe: setEncoding, 'data', 'end', then autoDestroy.
const { Readable } = require('stream');
const stdin = process.stdin;
console.log(stdin.fd, stdin instanceof Readable, stdin.readable, stdin.isTTY, stdin.readableFlowing);
stdin.setEncoding('utf8');
let text = '';
stdin.on('data', (c) => { text += c; });
stdin.on('end', () => {
  console.log('end', text.length, JSON.stringify(text.split('\n').slice(0, 3)));
});
stdin.on('close', () => console.log('close', stdin.destroyed));
