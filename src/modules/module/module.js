// node:module — the CommonJS loader (Module, require, resolution, the cache)
// over the natives in `b` (mod.rs): file reads, stat, realpath, compile and the
// built-in registry. Written from Node's documentation (modules.md, module.md)
// and observed behaviour of node 20; none of Node's lib/ is used.
//
// Resolution follows the documented algorithm: built-ins first, then
// relative/absolute paths (file, file + .js/.json/.node, directory with
// package.json "main" or index.*), "#" imports of the enclosing package, the
// package's own name (self-reference), then node_modules directories upward
// (a package with "exports" answers only through them) and the global
// folders. "exports"/"imports" follow the resolver specified in Node's
// esm.md with the conditions "node", "require" and "default". Not
// implemented: `.node` addons (they throw). require() of an ES module
// evaluates it synchronously (Node 20.19 and later).
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
    Object.defineProperty(o, key, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
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
    __proto__: null,
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
  Module._debug = function deprecated() {};
  Module.builtinModules = b.builtinNames();
  Module.isBuiltin = function isBuiltin(name) { return typeof name === 'string' && b.isBuiltin(name); };

  const stripBom = (s) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);
  Module._extensions = Object.create(null);
  Module._extensions['.js'] = function (module, filename) {
    if (filename.endsWith('.mjs') || (filename.endsWith('.js') && packageType(path.dirname(filename)) === 'module')) {
      requireModule(module, filename);
      return;
    }
    module._compile(b.readFile(filename), filename);
  };

  // require() of an ES module, as the current Node 20 releases do it: the
  // module is evaluated now, through the host's module loader (so it is the
  // instance import() gets); a graph that awaits at top level is refused. The
  // result is the module's "module.exports" export when it has one, else its
  // namespace — with a default export, a namespace that also says
  // __esModule: true, which CommonJS interop code looks for.
  function requireModule(module, filename) {
    const spec = JSON.stringify(filename);
    const [outer, state, value] = b.runModule(`import * as ns from ${spec};\nexport { ns };\n`);
    if (state === 'rejected') throw value;
    if (state === 'pending') {
      throw fail('ERR_REQUIRE_ASYNC_MODULE', 'Error', 'require() cannot be used on an ESM graph with top-level await. ' +
        'Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.');
    }
    const ns = outer.ns;
    if ('module.exports' in ns) {
      module.exports = ns['module.exports'];
    } else if ('default' in ns) {
      module.exports = b.runModule(`export * from ${spec};\nexport { default } from ${spec};\nexport const __esModule = true;\n`)[0];
    } else {
      module.exports = ns;
    }
  }
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
    const index = tryExtensions(path.join(dir, 'index'));
    if (index && main) warn(`Invalid 'main' field in '${path.join(dir, 'package.json')}' of '${main}'. ` +
      'Please either fix that or report it to the module author', 'DeprecationWarning', 'DEP0128');
    return index;
  }
  const warn = (message, type, code) => {
    const p = globalThis.process;
    if (p && typeof p.emitWarning === 'function') p.emitWarning(message, type, code);
  };
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

  // ----- package "exports" and "imports" -----------------------------------------------
  // require() resolves with these conditions; an ES module's import (the
  // host asks through Module._resolveForImport) with "import" instead, and
  // its errors always name the importing file.
  const REQUIRE_MODE = { conditions: new Set(['node', 'require', 'default']), esm: false };
  const IMPORT_MODE = { conditions: new Set(['node', 'import', 'default']), esm: true };
  let mode = REQUIRE_MODE;

  // How a resolution names its package and its caller in errors: node_modules
  // lookups name the package.json; self-references and imports add the caller.
  function mapContext(pjFile, isImports, parent) {
    const from = parent && parent.filename ? ` imported from ${parent.filename}` : '';
    const named = isImports || mode.esm || (parent && parent.selfRef);
    return { pjFile, isImports, field: isImports ? 'imports' : 'exports', from: named ? from : '', importer: parent && parent.filename };
  }

  function badConfig(ctx, why) {
    const importing = mode.esm && ctx.importer ? ` while importing ${b.loadBuiltin('url').pathToFileURL(ctx.importer).href}` : '';
    return fail('ERR_INVALID_PACKAGE_CONFIG', 'Error', `Invalid package config ${ctx.pjFile}${importing}. ${why}`);
  }
  function badTarget(ctx, key, target) {
    const shown = typeof target === 'string' ? target : JSON.stringify(target);
    const where = key === '.' && !ctx.isImports ? `"${ctx.field}" main target "${shown}" defined in` :
      `"${ctx.field}" target "${shown}" defined for '${key}' in`;
    const hint = !ctx.isImports && !(typeof target === 'string' && target.startsWith('./')) ? '; targets must start with "./"' : '';
    return fail('ERR_INVALID_PACKAGE_TARGET', 'Error', `Invalid ${where} the package config ${ctx.pjFile}${ctx.from}${hint}`);
  }
  function notExported(ctx, subpath) {
    if (subpath === '.') return fail('ERR_PACKAGE_PATH_NOT_EXPORTED', 'Error', `No "exports" main defined in ${ctx.pjFile}${ctx.from}`);
    return fail('ERR_PACKAGE_PATH_NOT_EXPORTED', 'Error',
      `Package subpath '${subpath}' is not defined by "exports" in ${ctx.pjFile}${ctx.from}`);
  }

  // A path segment that may not appear in a target or a pattern's match:
  // empty, '.', '..' or node_modules, in any case, percent-encoded too.
  function badSegment(seg) {
    let plain = seg;
    try {
      plain = decodeURIComponent(seg);
    } catch {
      // Not valid percent-encoding: compare as written.
    }
    plain = plain.toLowerCase();
    return plain === '' || plain === '.' || plain === '..' || plain === 'node_modules';
  }
  const segmentsOf = (p) => p.split(/[/\\]/);

  // One target: a string (a path inside the package, or for imports a
  // package name), a conditions object, an array of fallbacks, or null.
  // Returns a file path, null (explicitly nothing) or undefined (no
  // condition matched).
  function resolveTarget(ctx, pkgDir, key, target, match, parent) {
    if (typeof target === 'string') {
      if (!target.startsWith('./')) {
        if (!ctx.isImports || target.startsWith('../') || target.startsWith('/') || /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(target)) {
          throw badTarget(ctx, key, target);
        }
        const bare = match === null ? target : target.split('*').join(match);
        if (mode.esm) return packageForImport(bare, path.join(pkgDir, 'package.json'));
        try {
          return Module._resolveFilename(bare, { id: pkgDir, filename: path.join(pkgDir, 'package.json'), paths: Module._nodeModulePaths(pkgDir) }, false);
        } catch (e) {
          // Not found is reported for what the caller asked for.
          if (e && e.code === 'MODULE_NOT_FOUND' && ctx.request !== undefined) throw notFound(ctx.request, parent);
          throw e;
        }
      }
      if (segmentsOf(target).slice(1).some(badSegment)) throw badTarget(ctx, key, target);
      if (match === null) return path.join(pkgDir, target);
      if (segmentsOf(match).some(badSegment)) {
        const req = key.slice(0, key.indexOf('*')) + match + key.slice(key.indexOf('*') + 1);
        throw fail('ERR_INVALID_MODULE_SPECIFIER', 'TypeError',
          `Invalid module "${req}" request is not a valid match in pattern "${key}" for the "${ctx.field}" resolution of ${ctx.pjFile}${ctx.from}`);
      }
      return path.join(pkgDir, target.split('*').join(match));
    }
    if (Array.isArray(target)) {
      if (target.length === 0) return null;
      let last = null;
      let lastError = null;
      for (let i = 0; i < target.length; i++) {
        let r;
        try {
          r = resolveTarget(ctx, pkgDir, key, target[i], match, parent);
        } catch (e) {
          if (e && e.code === 'ERR_INVALID_PACKAGE_TARGET') {
            lastError = e;
            continue;
          }
          throw e;
        }
        if (r === undefined) continue;
        if (r === null) {
          last = null;
          lastError = null;
          continue;
        }
        return r;
      }
      if (lastError !== null) throw lastError;
      return last;
    }
    if (target === null) return null;
    if (typeof target === 'object') {
      const keys = Object.keys(target);
      if (keys.some((k) => String(k >>> 0) === k && k !== '4294967295')) throw badConfig(ctx, `"${ctx.field}" cannot contain numeric property keys.`);
      for (let i = 0; i < keys.length; i++) {
        if (!mode.conditions.has(keys[i])) continue;
        const r = resolveTarget(ctx, pkgDir, key, target[keys[i]], match, parent);
        if (r !== undefined) return r;
      }
      return undefined;
    }
    throw badTarget(ctx, key, target);
  }

  // The specificity order of pattern keys: longer prefix before '*' first,
  // then the longer key.
  function patternOrder(a, b) {
    const starA = a.indexOf('*');
    const starB = b.indexOf('*');
    const baseA = starA === -1 ? a.length : starA + 1;
    const baseB = starB === -1 ? b.length : starB + 1;
    if (baseA !== baseB) return baseB - baseA;
    if (starA === -1) return 1;
    if (starB === -1) return -1;
    return b.length - a.length;
  }

  // Looks `key` up in an exports or imports map: an exact key without '*',
  // else the most specific single-'*' pattern it matches.
  function resolveInMap(ctx, pkgDir, key, map, parent) {
    if (Object.prototype.hasOwnProperty.call(map, key) && !key.includes('*')) {
      return resolveTarget(ctx, pkgDir, key, map[key], null, parent);
    }
    const patterns = Object.keys(map).filter((k) => k.indexOf('*') !== -1 && k.indexOf('*') === k.lastIndexOf('*')).sort(patternOrder);
    for (let i = 0; i < patterns.length; i++) {
      const p = patterns[i];
      const base = p.slice(0, p.indexOf('*'));
      const trailer = p.slice(p.indexOf('*') + 1);
      if (key.startsWith(base) && key !== base &&
        (trailer.length === 0 || (key.endsWith(trailer) && key.length >= p.length))) {
        return resolveTarget(ctx, pkgDir, p, map[p], key.slice(base.length, key.length - trailer.length), parent);
      }
    }
    return null;
  }

  // "." + subpath through a package's "exports"; the file must exist.
  function resolveExports(pkgDir, pjFile, exportsField, subpath, parent, selfRef) {
    const ctx = mapContext(pjFile, false, selfRef || mode.esm ? { filename: parent && parent.filename, selfRef } : null);
    const isMap = exportsField !== null && typeof exportsField === 'object' && !Array.isArray(exportsField);
    const keys = isMap ? Object.keys(exportsField) : [];
    const dotted = keys.filter((k) => k.startsWith('.')).length;
    if (dotted !== 0 && dotted !== keys.length) {
      throw badConfig(ctx, '"exports" cannot contain some keys starting with \'.\' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.');
    }
    let found = null;
    if (subpath === '.') {
      const main = !isMap || dotted === 0 ? exportsField : (Object.prototype.hasOwnProperty.call(exportsField, '.') ? exportsField['.'] : undefined);
      if (main !== undefined) found = resolveTarget(ctx, pkgDir, '.', main, null, parent);
    } else if (isMap && dotted !== 0) {
      found = resolveInMap(ctx, pkgDir, subpath, exportsField, parent);
    }
    if (found === null || found === undefined) throw notExported(ctx, subpath);
    return fileOrNotFound(found, parent, pjFile);
  }

  // A target "exports"/"imports" names that is no file: for require, Node's
  // error names the file and the package.json (`path`), with no require stack.
  function fileOrNotFound(found, parent, pjFile) {
    const kind = b.fileKind(found);
    if (kind === 1) return b.realpath(found);
    if (Module.isBuiltin(found) || path.isAbsolute(found) === false) return found;
    if (mode.esm) throw importNotFound(found, parent && parent.filename, kind);
    const e = new Error(`Cannot find module '${found}'`);
    e.code = 'MODULE_NOT_FOUND';
    e.path = pjFile;
    throw e;
  }

  // ----- ES module imports (for the host's module loader) ------------------------------
  // Bare package names and "#" imports resolved as Node's ES module resolver
  // does: "exports"/"imports" with the import conditions, else the package's
  // "main" (with the legacy extension and index lookups, DEP0151) or the
  // subpath as written — no extension search for subpaths.
  function importNotFound(file, from, kind, request) {
    const by = from ? ` imported from ${from}` : '';
    if (kind === 2) {
      return fail('ERR_UNSUPPORTED_DIR_IMPORT', 'Error', `Directory import '${file}' is not supported resolving ES modules${by}`);
    }
    let hint = '';
    if (request !== undefined) {
      if (b.fileKind(file + '.js') === 1) hint = `\nDid you mean to import "${request}.js"?`;
      else if (b.fileKind(path.join(file, 'index.js')) === 1) hint = `\nDid you mean to import "${request}/index.js"?`;
    }
    return fail('ERR_MODULE_NOT_FOUND', 'Error', `Cannot find module '${file}'${by}${hint}`);
  }

  const MAIN_TAILS = ['', '.js', '.json', '.node', '/index.js', '/index.json', '/index.node'];
  // DEP0151 is for packages of ES modules only ("type": "module"): Node 20
  // says nothing when it looks up a CommonJS package's main this way.
  function legacyMain(pkgDir, pj, from) {
    const main = pj !== null ? ownField(pj, 'main') : undefined;
    const esmPackage = pj !== null && ownField(pj, 'type') === 'module';
    if (typeof main === 'string' && main !== '') {
      for (const tail of MAIN_TAILS) {
        const f = path.join(pkgDir, main + tail);
        if (b.fileKind(f) !== 1) continue;
        if (tail !== '' && esmPackage) {
          warn(`Package ${pkgDir}${sep} has a "main" field set to "${main}", excluding the full filename and extension to the ` +
            `resolved file at "${main + tail}", imported from ${from}.\n Automatic extension resolution of the "main" field is ` +
            'deprecated for ES modules.', 'DeprecationWarning', 'DEP0151');
        }
        return b.realpath(f);
      }
    }
    for (const name of ['index.js', 'index.json', 'index.node']) {
      const f = path.join(pkgDir, name);
      if (b.fileKind(f) !== 1) continue;
      if (esmPackage) {
        warn(`No "main" or "exports" field defined in the package.json for ${pkgDir}${sep} resolving the main entry point ` +
          `"${name}", imported from ${from}.\nDefault "index" lookups for the main are deprecated for ES modules.`,
        'DeprecationWarning', 'DEP0151');
      }
      return b.realpath(f);
    }
    throw fail('ERR_MODULE_NOT_FOUND', 'Error', `Cannot find package '${pkgDir}' imported from ${from}`);
  }

  function packageForImport(request, from) {
    if (Module.isBuiltin(request)) return request.startsWith('node:') ? request : `node:${request}`;
    if (request.startsWith('node:')) throw fail('ERR_UNKNOWN_BUILTIN_MODULE', 'Error', `No such built-in module: ${request}`);
    const split = splitPackage(request);
    if (split === null || split.name.startsWith('.') || split.name.includes('\\') || split.name.includes('%')) {
      throw fail('ERR_INVALID_MODULE_SPECIFIER', 'TypeError', `Invalid module "${request}" is not a valid package name imported from ${from}`);
    }
    const parent = { filename: from };
    const self = resolveSelf(request, parent);
    if (self !== undefined) return self;
    const dirs = Module._nodeModulePaths(path.dirname(from));
    for (let i = 0; i < dirs.length; i++) {
      const pkgDir = path.join(dirs[i], split.name);
      if (b.fileKind(pkgDir) !== 2) continue;
      const pj = readPackage(pkgDir);
      const exportsField = pj ? ownField(pj, 'exports') : undefined;
      if (exportsField !== undefined && exportsField !== null) {
        return resolveExports(pkgDir, path.join(pkgDir, 'package.json'), exportsField, split.subpath, parent, false);
      }
      if (split.subpath === '.') return legacyMain(pkgDir, pj, from);
      const file = path.join(pkgDir, split.subpath);
      const kind = b.fileKind(file);
      if (kind === 1) return b.realpath(file);
      throw importNotFound(file, from, kind, request);
    }
    throw fail('ERR_MODULE_NOT_FOUND', 'Error', `Cannot find package '${split.name}' imported from ${from}`);
  }

  function resolveForImport(request, from) {
    const outer = mode;
    mode = IMPORT_MODE;
    try {
      if (request.startsWith('#')) return resolveImports(request, { filename: from });
      return packageForImport(request, from);
    } finally {
      mode = outer;
    }
  }

  // A bare request's package name and subpath ('@scope/name' takes two segments).
  function splitPackage(request) {
    const parts = request.split('/');
    const n = request.startsWith('@') ? 2 : 1;
    if (parts.length < n || parts.slice(0, n).some((x) => x === '')) return null;
    const name = parts.slice(0, n).join('/');
    return { name, subpath: '.' + request.slice(name.length) };
  }

  // The nearest package.json above `dir` (not crossing into node_modules).
  function packageScope(dir) {
    for (let d = dir; ; d = path.dirname(d)) {
      if (path.basename(d) === 'node_modules') return null;
      const pj = readPackage(d);
      if (pj) return { dir: d, pj, file: path.join(d, 'package.json') };
      if (d === path.dirname(d)) return null;
    }
  }

  // `#name` through the enclosing package's "imports".
  function resolveImports(request, parent) {
    const from = parent && parent.filename ? ` imported from ${parent.filename}` : '';
    if (request === '#' || request.startsWith('#/')) {
      throw fail('ERR_INVALID_MODULE_SPECIFIER', 'TypeError', `Invalid module "${request}" is not a valid internal imports specifier name${from}`);
    }
    const scope = parent && parent.filename ? packageScope(path.dirname(parent.filename)) : packageScope(cwd());
    if (scope !== null) {
      const imports = ownField(scope.pj, 'imports');
      if (imports !== null && typeof imports === 'object' && !Array.isArray(imports)) {
        const ctx = mapContext(scope.file, true, parent);
        ctx.request = request;
        const found = resolveInMap(ctx, scope.dir, request, imports, parent);
        if (found !== null && found !== undefined) return fileOrNotFound(found, parent, scope.file);
      }
    }
    const where = scope !== null ? `in package ${scope.file}` : 'in package';
    throw fail('ERR_PACKAGE_IMPORT_NOT_DEFINED', 'TypeError', `Package import specifier "${request}" is not defined ${where}${from}`);
  }

  // The caller's own package by its name, when that package has "exports".
  function resolveSelf(request, parent) {
    if (!parent || !parent.filename) return undefined;
    const scope = packageScope(path.dirname(parent.filename));
    if (scope === null) return undefined;
    const exportsField = ownField(scope.pj, 'exports');
    const name = ownField(scope.pj, 'name');
    if (exportsField === undefined || exportsField === null || typeof name !== 'string') return undefined;
    if (request !== name && !request.startsWith(name + '/')) return undefined;
    return resolveExports(scope.dir, scope.file, exportsField, '.' + request.slice(name.length), parent, true);
  }

  // A bare request inside one node_modules directory: its package's
  // "exports" when it has them (undefined otherwise).
  function resolveInPackageDir(dir, request, parent) {
    const split = splitPackage(request);
    if (split === null) return undefined;
    const pkgDir = path.join(dir, split.name);
    const pj = readPackage(pkgDir);
    if (!pj) return undefined;
    const exportsField = ownField(pj, 'exports');
    if (exportsField === undefined || exportsField === null) return undefined;
    return resolveExports(pkgDir, path.join(pkgDir, 'package.json'), exportsField, split.subpath, parent, false);
  }

  // The module whose request _findPath is serving, for errors' require stack.
  let findParent;
  Module._findPath = function (request, paths, isMain) { // eslint-disable-line no-unused-vars
    const absolute = path.isAbsolute(request);
    const trailingSlash = request.endsWith('/') || /(^|\/)\.\.?$/.test(request);
    const key = `${request}\0${absolute ? '' : (paths || []).join('\0')}`;
    if (Module._pathCache[key]) return Module._pathCache[key];
    const dirs = absolute ? [''] : paths || [];
    const bare = !absolute && !isRelative(request);
    for (let i = 0; i < dirs.length; i++) {
      const viaExports = bare ? resolveInPackageDir(path.resolve(dirs[i]), request, findParent) : undefined;
      if (viaExports !== undefined) {
        Module._pathCache[key] = viaExports;
        return viaExports;
      }
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
    if (request.startsWith('#')) return resolveImports(request, parent);
    if (!isRelative(request) && !path.isAbsolute(request)) {
      const self = resolveSelf(request, parent);
      if (self !== undefined) return self;
    }
    findParent = parent;
    let found;
    try {
      found = Module._findPath(request, paths);
    } finally {
      findParent = undefined;
    }
    if (found) return found;
    throw notFound(request, parent);
  };

  // ----- circular requires -------------------------------------------------------------
  // A module required while it is still loading hands out its unfinished
  // exports. While that lasts, a plain exports object inherits from a proxy
  // that warns when code reads a property nobody has set yet (the usual sign
  // of a cycle gone wrong), as Node does; its own prototype comes back once
  // the module has loaded. Objects with __esModule (transpiled ES modules)
  // and anything that is not a plain object are left alone.
  let circularProto = null;
  // A proxy's traps are never run by this bookkeeping.
  const plainTarget = (exp) => exp !== null && typeof exp === 'object' && !b.loadBuiltin('util').types.isProxy(exp);
  function watchCircular(exp) {
    if (!plainTarget(exp) || Object.getPrototypeOf(exp) !== Object.prototype ||
      Object.prototype.hasOwnProperty.call(exp, '__esModule')) {
      return;
    }
    if (circularProto === null) {
      circularProto = new Proxy(Object.prototype, {
        get(target, prop, receiver) {
          if (!(prop in target) && prop !== '__esModule') {
            warn(`Accessing non-existent property '${String(prop)}' of module exports inside circular dependency`);
          }
          return Reflect.get(target, prop, receiver);
        },
      });
    }
    Object.setPrototypeOf(exp, circularProto);
  }
  function unwatchCircular(exp) {
    if (circularProto !== null && plainTarget(exp) && Object.getPrototypeOf(exp) === circularProto) {
      Object.setPrototypeOf(exp, Object.prototype);
    }
  }

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
      if (!cached.loaded) watchCircular(cached.exports);
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
      unwatchCircular(module.exports);
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
  Module.findSourceMap = function findSourceMap(path) { return undefined; }; // eslint-disable-line no-unused-vars
  Module.register = function register(specifier) { // eslint-disable-line no-unused-vars
    throw fail('ERR_NOT_SUPPORTED', 'Error', 'module.register is not supported');
  };
  Module.SourceMap = class SourceMap {
    constructor(payload) { // eslint-disable-line no-unused-vars
      throw fail('ERR_NOT_SUPPORTED', 'Error', 'module.SourceMap is not supported');
    }
  };
  Module.Module = Module;
  // Node's runMain is its executeUserEntryPoint.
  Object.defineProperty(Module.runMain, 'name', { __proto__: null, value: 'executeUserEntryPoint' });

  // Node's key order on the module object; wrap, wrapper, _readPackage and
  // _stat are there too but not enumerable.
  const KEY_ORDER = ('_cache _pathCache _extensions globalPaths _debug isBuiltin _findPath _nodeModulePaths ' +
    '_resolveLookupPaths _load _resolveFilename createRequire _initPaths _preloadModules syncBuiltinESMExports ' +
    'Module builtinModules runMain findSourceMap register SourceMap').split(' ');
  const NOT_LISTED = ['wrapper', 'wrap', '_readPackage', '_stat'];
  const descriptors = Object.getOwnPropertyDescriptors(Module);
  for (const k of KEY_ORDER.concat(NOT_LISTED)) if (descriptors[k]) delete Module[k];
  for (const k of KEY_ORDER) if (descriptors[k]) Object.defineProperty(Module, k, descriptors[k]);
  for (const k of NOT_LISTED) if (descriptors[k]) Object.defineProperty(Module, k, { __proto__: null, ...descriptors[k], enumerable: false });

  // For the host (not enumerable): an ES module importing a CommonJS file,
  // and the path of an ES module import's bare or "#" specifier.
  Object.defineProperty(Module, '_loadForImport', {
    __proto__: null,
    value: (filename) => Module._load(filename, null, false),
    enumerable: false,
  });
  Object.defineProperty(Module, '_resolveForImport', { __proto__: null, value: resolveForImport, enumerable: false });
  return Module;
})
