// node:readline/promises: question() as a promise (and its abort), the
// Readline class that batches cursor escapes until commit().
import * as rlp from 'node:readline/promises';
import { PassThrough, Writable } from 'node:stream';

const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.on('data', (d) => { out += d; });
const rl = rlp.createInterface({ input, output });
console.log('instance', rl instanceof rlp.Interface, rlp.Interface.name);
const pending = rl.question('Name? ');
input.write('Ada\n');
console.log('answer', await pending);

const ac = new AbortController();
const asked = rl.question('Age? ', { signal: ac.signal });
ac.abort();
await asked.then(() => console.log('resolved'), (e) => console.log('rejected', e.name, e.code));
rl.close();
await rl.question('late').then(() => console.log('late resolved'), (e) => console.log('late', e.code, e.message));
console.log('output', JSON.stringify(out));

let written = '';
const sink = new Writable({ write(c, e, cb) { written += c; cb(); } });
const r = new rlp.Readline(sink);
r.cursorTo(0, 0).moveCursor(2, -1).clearLine(0).clearScreenDown();
console.log('before commit', JSON.stringify(written));
await r.commit();
console.log('after commit', JSON.stringify(written));
r.clearLine(1).rollback();
await r.commit();
console.log('after rollback', JSON.stringify(written));
try { new rlp.Readline({}); } catch (e) { console.log(e.name, e.code); }
