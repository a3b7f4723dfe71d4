// Preloaded (`node --import`) when .ci/jsrt-check.sh runs jsrt's test files
// under Node: jsrt's tests import their assertions as `jsrt:assert` (and a few
// `jsrt:process`), which are Node's assert and process under another scheme.
// Other `jsrt:` modules (ffi, wasi) have no Node equivalent and stay unknown.
import Module, { register } from 'node:module';

const alias = (s) => (s === 'jsrt:assert' || s === 'jsrt:process' ? 'node:' + s.slice(5) : s);
const load = Module._load;
Module._load = function (request, ...rest) {
  return load.call(this, alias(request), ...rest);
};
const hook = `export async function resolve(s, c, next) {
  return next(s === 'jsrt:assert' || s === 'jsrt:process' ? 'node:' + s.slice(5) : s, c);
}`;
register('data:text/javascript,' + encodeURIComponent(hook));
