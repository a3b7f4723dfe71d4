// node:module — the CommonJS loader (Module, require, resolution, the cache)
// over the natives in `b` (mod.rs): file reads, stat, realpath, compile and the
// built-in registry. Written from Node's documentation (modules.md, module.md)
// and observed behaviour of node 20; none of Node's lib/ is used.
//
// Resolution follows the documented algorithm: built-ins first, then
// relative/absolute paths (file, file + .js/.json/.node, directory with
// package.json "main" or index.*), then node_modules directories upward and
// the global folders. Not implemented: package.json "exports"/"imports"
// conditions, self-reference by package name, `.node` addons (they throw),
// require() of ES modules (ERR_REQUIRE_ESM).
(function (b) {
  'use strict';
  const path = b.loadBuiltin('path');
  const sep = '/';

  const fail = (code, Ctor, message) => b.nodeError(Ctor, code, message);
  const notFound = (request, parent) => {
    const stack = [];
    for (let m = parent; m; m = m.parent) if (m.filename || m.id) stack.push(m.filename || m.id);
    let msg = `Cannot find module '${request}'`;
    if (stack.length) msg += `\nRequire stack:\n- ${stack.join('\n- ')}`;
    const e = new Error(msg);
    e.code = 'MODULE_NOT_FOUND';
    e.requireStack = stack;
    return e;
  };
  // Node's loader asks process.cwd(), so a replaced process.cwd is honoured.
  const cwd = () => {
    const p = globalThis.process;
    return p && typeof p.cwd === 'function' ? p.cwd() : b.osCwd();
  };
  const stringArg = (v, name) => {
    if (typeof v !== 'string') throw b.invalidArgType(name, 'string', v);
  };

  // ----- Module ----------------------------------------------------------------------
  const parents = new WeakMap();
  // Fields are defined, not assigned: a setter someone put on
  // Object.prototype must not see them.
  const own = (o, key, value) =>
    Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
  function Module(id = '', parent) {
    own(this, 'id', id);
    own(this, 'path', path.dirname(id));
    own(this, 'exports', {});
    parents.set(this, parent);
    own(this, 'filename', null);
    own(this, 'loaded', false);
    own(this, 'children', []);
    if (parent && Array.isArray(parent.children)) parent.children.push(this);
  }
  Object.defineProperty(Module.prototype, 'parent', {
    get() { return parents.get(this); },
    set(v) { parents.set(this, v); },
    enumerable: false,
    configurable: true,
  });
  Module.prototype.isPreloading = false;

  const cache = Object.create(null);
  Module._cache = cache;
  Module._pathCache = Object.create(null);
  Module.globalPaths = [];
  Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
  Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];
  Module._debug = () => {};
  Module.builtinModules = b.builtinNames();
  Module.isBuiltin = (name) => typeof name === 'string' && b.isBuiltin(name);

  const stripBom = (s) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);
  Module._extensions = Object.create(null);
  Module._extensions['.js'] = function (module, filename) {
    if (filename.endsWith('.mjs') || (filename.endsWith('.js') && packageType(path.dirname(filename)) === 'module')) {
      throw fail('ERR_REQUIRE_ESM', 'Error',
        `require() of ES Module ${filename} not supported.\nInstead change the require of ${filename} to a dynamic import() which is available in all CommonJS modules.`);
    }
    module._compile(b.readFile(filename), filename);
  };
  Module._extensions['.json'] = function (module, filename) {
    const text = b.readFile(filename);
    try {
      module.exports = JSON.parse(stripBom(text));
    } catch (e) {
      e.message = `${filename}: ${e.message}`;
      throw e;
    }
  };
  Module._extensions['.node'] = function (module, filename) {
    throw fail('ERR_NOT_SUPPORTED', 'Error', `module.require of native addon ${filename} is not supported`);
  };

  // The nearest package.json's "type" for a directory (cached).
  const typeCache = new Map();
  function packageType(dir) {
    if (typeCache.has(dir)) return typeCache.get(dir);
    let type = 'commonjs';
    const pj = readPackage(dir);
    if (pj) {
      if (ownField(pj, 'type') === 'module') type = 'module';
    } else if (path.basename(dir) !== 'node_modules') {
      const up = path.dirname(dir);
      if (up !== dir) type = packageType(up);
    }
    typeCache.set(dir, type);
    return type;
  }
  function readPackage(dir) {
    const file = dir + (dir.endsWith(sep) ? '' : sep) + 'package.json';
    if (b.fileKind(file) !== 1) return null;
    try {
      return JSON.parse(b.readFile(file));
    } catch (e) {
      e.message = `Error parsing ${file}: ${e.message}`;
      throw e;
    }
  }
  Module._readPackage = readPackage;
  // A package.json field, read only if the file has it (never from a
  // polluted Object.prototype).
  const ownField = (pj, key) => (Object.prototype.hasOwnProperty.call(pj, key) ? pj[key] : undefined);

  Module.prototype._compile = function (content, filename) {
    let src = content;
    if (src.startsWith('#!')) src = '//' + src.slice(2);
    const fn = b.compile(Module.wrap(stripBom(src)), filename);
    const require = makeRequire(this);
    return fn.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
  };

  Module.prototype.load = function (filename) {
    this.filename = filename;
    own(this, 'paths', Module._nodeModulePaths(path.dirname(filename)));
    const ext = extensionOf(filename);
    Module._extensions[ext](this, filename);
    this.loaded = true;
  };

  function extensionOf(filename) {
    const base = path.basename(filename);
    // Longest registered extension first ('.test.js' before '.js'), as documented.
    for (let i = base.indexOf('.', 1); i !== -1; i = base.indexOf('.', i + 1)) {
      const ext = base.slice(i);
      if (Module._extensions[ext]) return ext;
    }
    return '.js';
  }

  Module.prototype.require = function (id) {
    stringArg(id, 'id');
    if (id === '') {
      throw fail('ERR_INVALID_ARG_VALUE', 'TypeError', 'The argument \'id\' must be a non-empty string. Received \'\'');
    }
    return Module._load(id, this, false);
  };

  // ----- resolution --------------------------------------------------------------------
  Module._nodeModulePaths = function (from) {
    from = path.resolve(from);
    const out = [];
    for (let dir = from; ; dir = path.dirname(dir)) {
      if (path.basename(dir) !== 'node_modules') out.push(dir === sep ? '/node_modules' : dir + '/node_modules');
      if (dir === path.dirname(dir)) break;
    }
    if (out[out.length - 1] !== '/node_modules') out.push('/node_modules');
    return out;
  };

  const isRelative = (r) => r === '.' || r === '..' || r.startsWith('./') || r.startsWith('../');

  Module._resolveLookupPaths = function (request, parent) {
    if (Module.isBuiltin(request)) return null;
    if (!isRelative(request)) {
      const own = parent && parent.paths ? parent.paths : Module._nodeModulePaths(cwd());
      return own.concat(Module.globalPaths);
    }
    if (!parent || !parent.id || !parent.filename) return ['.'];
    return [path.dirname(parent.filename)];
  };

  const tryFile = (f) => (b.fileKind(f) === 1 ? b.realpath(f) : false);
  function tryExtensions(f) {
    const exts = Object.keys(Module._extensions);
    for (let i = 0; i < exts.length; i++) {
      const r = tryFile(f + exts[i]);
      if (r) return r;
    }
    return false;
  }
  function tryPackage(dir) {
    const pj = readPackage(dir);
    const main = pj && typeof ownField(pj, 'main') === 'string' && pj.main ? pj.main : null;
    if (main) {
      const m = path.resolve(dir, main);
      const r = tryFile(m) || tryExtensions(m) || tryExtensions(path.join(m, 'index'));
      if (r) return r;
    }
    return tryExtensions(path.join(dir, 'index'));
  }
  function findIn(base, trailingSlash) {
    const kind = b.fileKind(base);
    if (!trailingSlash && kind === 1) return b.realpath(base);
    if (!trailingSlash) {
      const r = tryExtensions(base);
      if (r) return r;
    }
    if (kind === 2) return tryPackage(base);
    return false;
  }

  Module._findPath = function (request, paths) {
    const absolute = path.isAbsolute(request);
    const trailingSlash = request.endsWith('/') || /(^|\/)\.\.?$/.test(request);
    const key = `${request}\0${absolute ? '' : (paths || []).join('\0')}`;
    if (Module._pathCache[key]) return Module._pathCache[key];
    const dirs = absolute ? [''] : paths || [];
    for (let i = 0; i < dirs.length; i++) {
      const found = findIn(path.resolve(dirs[i], request), trailingSlash);
      if (found) {
        Module._pathCache[key] = found;
        return found;
      }
    }
    return false;
  };

  Module._resolveFilename = function (request, parent, isMain, options) {
    stringArg(request, 'request');
    if (Module.isBuiltin(request)) return request;
    let paths;
    if (options && options.paths !== undefined && !Array.isArray(options.paths)) {
      throw fail('ERR_INVALID_ARG_VALUE', 'TypeError',
        `The property 'options.paths' is invalid. Received ${b.inspect(options.paths)}`);
    }
    if (options && Array.isArray(options.paths)) {
      paths = [];
      for (let i = 0; i < options.paths.length; i++) {
        const p = options.paths[i];
        if (isRelative(request)) paths.push(path.resolve(p));
        else paths = paths.concat(Module._nodeModulePaths(p));
      }
    } else {
      paths = Module._resolveLookupPaths(request, parent);
    }
    const found = Module._findPath(request, paths);
    if (found) return found;
    throw notFound(request, parent);
  };

  // ----- loading --------------------------------------------------------------------
  let mainModule;
  Module._load = function (request, parent, isMain) {
    if (typeof request === 'string' && request.startsWith('node:')) return b.loadBuiltin(request);
    const filename = Module._resolveFilename(request, parent, isMain);
    // The cache is asked first, built-in names included (require.cache.fs = …).
    const cached = cache[filename];
    if (cached === undefined && Module.isBuiltin(filename)) return b.loadBuiltin(filename);
    if (cached !== undefined) {
      if (parent && Array.isArray(parent.children) && !parent.children.includes(cached)) parent.children.push(cached);
      return cached.exports;
    }
    const module = new Module(filename, parent);
    if (isMain) {
      module.id = '.';
      mainModule = module;
      if (globalThis.process) own(globalThis.process, 'mainModule', module);
    }
    cache[filename] = module;
    let ok = false;
    try {
      module.load(filename);
      ok = true;
    } finally {
      if (!ok) {
        delete cache[filename];
        if (parent && Array.isArray(parent.children)) {
          const i = parent.children.indexOf(module);
          if (i !== -1) parent.children.splice(i, 1);
        }
      }
    }
    return module.exports;
  };

  function makeRequire(mod) {
    const require = function require(id) { return mod.require(id); };
    function resolve(request, options) {
      stringArg(request, 'request');
      return Module._resolveFilename(request, mod, false, options);
    }
    own(resolve, 'paths', function paths(request) {
      stringArg(request, 'request');
      return Module._resolveLookupPaths(request, mod);
    });
    own(require, 'resolve', resolve);
    own(require, 'main', mainModule);
    own(require, 'extensions', Module._extensions);
    own(require, 'cache', cache);
    return require;
  }

  Module.createRequire = function createRequire(filename) {
    let file = filename;
    // A URL object, or a string that is no absolute path, must be a file: URL.
    const urlLike = file != null && typeof file === 'object' && file.href && file.protocol &&
      file.auth === undefined && file.path === undefined;
    if (urlLike || (typeof file === 'string' && !path.isAbsolute(file))) {
      try {
        file = b.loadBuiltin('url').fileURLToPath(file);
      } catch {
        file = undefined;
      }
    }
    if (typeof file !== 'string' || !path.isAbsolute(file)) {
      let shown = typeof filename === 'string' ? `'${filename}'` : b.inspect(filename);
      // Node cuts a long value short in this message.
      if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
      throw fail('ERR_INVALID_ARG_VALUE', 'TypeError',
        `The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received ${shown}`);
    }
    const dirLike = file.endsWith('/');
    const proxy = path.join(file, dirLike ? 'noop.js' : '');
    const m = new Module(proxy, null);
    m.filename = proxy;
    own(m, 'paths', Module._nodeModulePaths(path.dirname(proxy)));
    return makeRequire(m);
  };

  Module.runMain = function runMain(main = globalThis.process && globalThis.process.argv[1]) {
    const file = path.resolve(main);
    if (file.endsWith('.mjs') || (!file.endsWith('.cjs') && packageType(path.dirname(file)) === 'module')) {
      throw fail('ERR_NOT_SUPPORTED', 'Error', 'Module.runMain of an ES module: the host runs ES modules');
    }
    Module._load(file, null, true);
  };

  Module._initPaths = function () {
    const home = b.home();
    const prefix = path.resolve(b.execPath(), '..', '..');
    const dirs = [path.join(prefix, 'lib', 'node')];
    if (home) dirs.unshift(path.join(home, '.node_libraries')), dirs.unshift(path.join(home, '.node_modules'));
    const extra = b.nodePath();
    Module.globalPaths = [...(extra ? extra.split(':').filter(Boolean) : []), ...dirs];
  };
  Module._initPaths();
  Module._preloadModules = function (requests) {
    if (!Array.isArray(requests) || requests.length === 0) return;
    const parent = new Module('internal/preload', null);
    own(parent, 'paths', Module._nodeModulePaths(cwd()));
    for (let i = 0; i < requests.length; i++) parent.require(requests[i]);
  };
  Module._stat = (f) => { const k = b.fileKind(f); return k === 1 ? 0 : k === 2 ? 1 : -2; };
  Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};
  Module.findSourceMap = function findSourceMap() { return undefined; };
  Module.register = function register() {
    throw fail('ERR_NOT_SUPPORTED', 'Error', 'module.register is not supported');
  };
  Module.SourceMap = class SourceMap {
    constructor() { throw fail('ERR_NOT_SUPPORTED', 'Error', 'module.SourceMap is not supported'); }
  };
  Module.Module = Module;

  // For the host (not enumerable): an ES module importing a CommonJS file.
  Object.defineProperty(Module, '_loadForImport', {
    value: (filename) => Module._load(filename, null, false),
    enumerable: false,
  });
  return Module;
})
