'use strict';
// The timing loop every benches/<suite>.js shares. Runs the same under node and
// build/jsrt-node (only Date.now, console.log and process.env are used).
// Each op returns a number that is summed into a sink, so no loop is elided.
// BENCH_MS sets each op's run time (default 1000); BENCH_ONLY runs the ops
// whose name contains it (several alternatives: `a|b`). Prints `<name> <ops_per_sec>` per op.
const env = (typeof process !== 'undefined' && process.env) || {};
const RUN_MS = +env.BENCH_MS || 1000;
const WARMUP_MS = Math.min(150, RUN_MS);
let sink = 0;

// The batch between clock reads doubles during the first 5% of the run, so
// slow ops (1 MiB conversions) and fast ones (a path.join) both time well.
function timeFor(fn, ms) {
  let iterations = 0;
  let batch = 1;
  const start = Date.now();
  let now = start;
  const end = start + ms;
  while (now < end) {
    for (let i = 0; i < batch; i++) sink += fn();
    iterations += batch;
    now = Date.now();
    if (now - start < ms / 20) batch *= 2;
  }
  return { iterations, elapsed: now - start };
}

function run(ops) {
  const only = env.BENCH_ONLY ? env.BENCH_ONLY.split('|') : null;
  for (const [name, fn] of ops) {
    if (only && !only.some((part) => name.includes(part))) continue;
    timeFor(fn, WARMUP_MS);
    const { iterations, elapsed } = timeFor(fn, RUN_MS);
    console.log(name + ' ' + Math.round((iterations * 1000) / (elapsed > 0 ? elapsed : 1)));
  }
  if (sink === -1) console.log('unreachable');
}

module.exports = { run };
