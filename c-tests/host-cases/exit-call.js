console.log('a');
process.exit(4);
console.log('never');
