// An 'exit' listener that throws: reported, status 1.
process.on('exit', () => { throw new Error('exit listener broke'); });
console.log('main');
