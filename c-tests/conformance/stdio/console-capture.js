// console.log/error go through process.stdout.write/stderr.write, so
// replacing write captures console output, as in Node.
const out = process.stdout;
const original = out.write;
const seen = [];
out.write = function (chunk, encoding, cb) {
  seen.push([typeof chunk, chunk, typeof encoding, typeof cb, this === out]);
  return true;
};
console.log('one', 2, { three: 3 });
console.info('%s is %d', 'info', 42);
console.group('group');
console.log('inside\nlines');
console.groupEnd();
console.table([{ a: 1 }]);
console.dir({ deep: { er: [1] } });
out.write = original;
for (const s of seen) console.log(JSON.stringify(s));

const err = process.stderr;
const errWrite = err.write;
const errs = [];
err.write = (chunk) => { errs.push(chunk); return true; };
console.error('to stderr');
console.warn('warned');
console.trace === undefined || console.assert(false, 'asserted');
err.write = errWrite;
console.log(JSON.stringify(errs));

// A write that throws is the console's problem, not the program's.
out.write = () => { throw new Error('boom'); };
console.log('lost');
out.write = original;
console.log('still here');
