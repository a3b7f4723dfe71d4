'use strict';
// stream/promises.finished validates options.cleanup synchronously (a throw,
// not a rejection) and accepts booleans.
const { finished } = require('stream/promises');
const { Readable } = require('stream');
for (const cleanup of [2, 'yes', null, {}, true, false, undefined]) {
  try {
    const p = finished(new Readable({ read() {} }), { cleanup });
    console.log(String(cleanup), 'promise', p instanceof Promise);
  } catch (e) {
    console.log(String(cleanup), 'threw', e.code, e.message);
  }
}
const r = new Readable({ read() {} });
finished(r, { cleanup: true }).then(() => console.log('resolved, listeners left:', r.listenerCount('end'), r.listenerCount('close')));
r.resume();
r.push(null);
