// stdin at EOF at once (/dev/null): 'end' without data.
let data = 0;
process.stdin.on('data', () => data++);
process.stdin.on('end', () => console.log('end, data events:', data));
