// Writes to a file are synchronous: process.exit() right after loses nothing.
const line = `${'x'.repeat(63)}\n`;
let big = '';
for (let i = 0; i < 512; i++) big += line;
process.stdout.write(big);
console.log('last line');
process.exit(0);
