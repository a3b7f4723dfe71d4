'use strict';
// process.allowedNodeEnvironmentFlags: a read-only Set of the NODE_OPTIONS
// flags, with Node's lenient lookups.
const flags = process.allowedNodeEnvironmentFlags;
console.log(flags === process.allowedNodeEnvironmentFlags, flags instanceof Set, flags.constructor.name,
  Object.prototype.toString.call(flags), Object.isFrozen(flags), flags.size > 100);
for (const f of ['--max-old-space-size', 'max_old_space_size', '--max-old-space-size=4096', '-r', 'r', '--require',
  '--r', '-R', '---require', 'REQUIRE', '--enable-source-maps', '--stack-trace-limit', '--nope', 42, undefined]) {
  console.log(String(f), flags.has(f));
}
const size = flags.size;
flags.add('--nope');
Set.prototype.add.call(flags, '--nope');
flags.delete('-r');
flags.clear();
console.log('unchanged', flags.size === size, flags.has('--nope'), flags.has('-r'));
let all = true;
flags.forEach(function (f, g, set) { all = all && f === g && set === flags && this.tag === 1 && /^--?[a-zA-Z0-9._-]+$/.test(f); }, { tag: 1 });
console.log('forEach', all, [...flags].includes('--nope'), [...flags.keys()].includes('-r'), [...flags.entries()].every(([a, b]) => a === b));
console.log('enumerable', Object.keys(process).includes('allowedNodeEnvironmentFlags'));
process.allowedNodeEnvironmentFlags = 'replaced';
console.log('assigned', process.allowedNodeEnvironmentFlags);
