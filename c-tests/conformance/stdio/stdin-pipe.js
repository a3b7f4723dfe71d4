// stdin.pipe(stdout) copies every byte.
process.stdin.pipe(process.stdout);
process.stdin.on('end', () => process.stderr.write('done\n'));
