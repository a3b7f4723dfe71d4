// ES module import of node:assert and node:assert/strict.
import assert, { strictEqual, deepStrictEqual, AssertionError, CallTracker, strict as strictNs } from 'node:assert';
import strict from 'node:assert/strict';
import * as ns from 'assert';
import { equal as strictEq } from 'assert/strict';

console.log(typeof assert, assert.strict === strict, strictNs === strict, strictEqual === assert.strictEqual);
console.log(Object.keys(ns).sort().join());
console.log(ns.default === assert, strictEq === assert.strictEqual, typeof CallTracker);
try { strictEqual(1, 2); } catch (e) { console.log(e instanceof AssertionError, e.message); }
try { strict.equal(1, '1'); } catch (e) { console.log(e.message); }
try { deepStrictEqual({ a: [1] }, { a: [2] }); } catch (e) { console.log(e.message); }
try { assert(false); } catch (e) { console.log(e.message); }
try { assert.ok(0 === 1); } catch (e) { console.log(e.message); }
await assert.rejects(Promise.reject(new Error('x')), /x/);
console.log('rejects awaited');
