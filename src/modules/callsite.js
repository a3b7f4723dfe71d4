// The V8 CallSite methods quickjs-ng's Error.prepareStackTrace call sites
// lack, so code written for Node's structured stack traces (depd, which
// express and http-errors load) runs. Evaluated by src/globals.rs where the
// engine has Error.captureStackTrace; it adds only methods that are missing.
// The answers are what V8 gives for code that is not eval'd, not async and
// not a method call: the engine does not record those facts.
//
// Written for this project from V8's documented stack trace API.
(function () {
  'use strict';
  const saved = Error.prepareStackTrace;
  let site;
  try {
    Error.prepareStackTrace = (_, sites) => sites;
    const holder = {};
    Error.captureStackTrace(holder);
    site = Array.isArray(holder.stack) ? holder.stack[0] : undefined;
  } finally {
    Error.prepareStackTrace = saved;
  }
  if (!site) return;
  const proto = Object.getPrototypeOf(site);
  const methods = {
    getThis() { return undefined; },
    getTypeName() { return null; },
    getMethodName() { return null; },
    getEvalOrigin() { return undefined; },
    getScriptNameOrSourceURL() { return this.getFileName(); },
    getScriptHash() { return ''; },
    getEnclosingLineNumber() { return null; },
    getEnclosingColumnNumber() { return null; },
    getPosition() { return 0; },
    getPromiseIndex() { return null; },
    isEval() { return false; },
    isToplevel() { return this.getThis() === undefined; },
    isAsync() { return false; },
    isPromiseAll() { return false; },
    toString() {
      if (this.isNative()) return 'native';
      const name = this.getFunctionName();
      const where = `${this.getFileName() || '<anonymous>'}:${this.getLineNumber()}:${this.getColumnNumber()}`;
      return name ? `${name} (${where})` : where;
    },
  };
  for (const name of Object.keys(methods)) {
    if (!Object.prototype.hasOwnProperty.call(proto, name)) {
      Object.defineProperty(proto, name, { value: methods[name], writable: true, enumerable: false, configurable: true });
    }
  }
});
