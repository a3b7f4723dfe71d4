// node:url's functions over the URL class it exports (the library's own, or
// the host's global URL when the host has one), and the legacy Url, whose
// methods are legacy.js, compiled on their first call (most programs that
// load node:url never use them).
(function (b) {
  'use strict';
  const { URL, URLSearchParams } = b;
  let impl;
  const legacy = () => (impl ??= b.loadLegacy(Url));

  function Url() {
    this.protocol = null;
    this.slashes = null;
    this.auth = null;
    this.host = null;
    this.port = null;
    this.hostname = null;
    this.hash = null;
    this.search = null;
    this.query = null;
    this.pathname = null;
    this.path = null;
    this.href = null;
  }
  // Plain assignments: Node's Url methods are enumerable.
  Object.assign(Url.prototype, {
    parse(url, parseQueryString, slashesDenoteHost) {
      return legacy().parse.call(this, url, parseQueryString, slashesDenoteHost);
    },
    format() { return legacy().format.call(this); },
    resolve(relative) { return legacy().resolve.call(this, relative); },
    resolveObject(relative) { return legacy().resolveObject.call(this, relative); },
    parseHost() { return legacy().parseHost.call(this); },
  });

  function urlParse(url, parseQueryString, slashesDenoteHost) {
    return legacy().urlParse(url, parseQueryString, slashesDenoteHost);
  }
  const typeError = (code, message) => b.nodeError('TypeError', code, message);
  const encodedSlash = /%2f/i;

  // Node's test for a URL-like object (its own URL, the host's, or a copy):
  // an href and a protocol, and none of the legacy object's auth/path.
  const urlLike = (v) => v != null && Boolean(v.href) && Boolean(v.protocol) &&
    v.auth === undefined && v.path === undefined;

  function fileURLToPath(path) {
    let u = path;
    if (typeof path === 'string') u = new URL(path);
    else if (!urlLike(path)) throw b.invalidArgType('path', ['string', 'URL'], path);
    if (u.protocol !== 'file:') throw typeError('ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    if (u.hostname !== '') {
      throw typeError('ERR_INVALID_FILE_URL_HOST', `File URL host must be "localhost" or empty on ${b.platform}`);
    }
    const p = u.pathname;
    if (encodedSlash.test(p)) throw typeError('ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
    try {
      return decodeURIComponent(p);
    } catch {
      // V8's words (the engine's differ).
      throw new URIError('URI malformed');
    }
  }

  // `options` ({ windows }) only changes the result for Windows paths.
  function pathToFileURL(filepath, options) { // eslint-disable-line no-unused-vars
    if (typeof filepath !== 'string') throw b.invalidArgType('path', 'string', filepath);
    let full = b.resolve(filepath);
    // path.resolve drops a trailing slash; a directory URL keeps it.
    if (filepath.endsWith('/') && !full.endsWith('/')) full += '/';
    return new URL(b.fileHref(full));
  }

  function urlToHttpOptions(u) {
    const host = u.hostname;
    const opts = { __proto__: null, ...u };
    opts.protocol = u.protocol;
    opts.hostname = typeof host === 'string' && host.startsWith('[') ? host.slice(1, -1) : host;
    opts.hash = u.hash;
    opts.search = u.search;
    opts.pathname = u.pathname;
    opts.path = `${u.pathname || ''}${u.search || ''}`;
    opts.href = u.href;
    if (u.port !== '') opts.port = Number(u.port);
    if (u.username || u.password) {
      opts.auth = `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`;
    }
    return opts;
  }

  function domainToASCII(name) {
    if (arguments.length < 1) throw b.missingArgs('domain');
    return b.domainToASCII(`${name}`);
  }

  function domainToUnicode(name) {
    if (arguments.length < 1) throw b.missingArgs('domain');
    return b.domainToUnicode(`${name}`);
  }

  function urlFormat(target, options) {
    if (typeof target === 'string') return Url.prototype.format.call(urlParse(target));
    if (target === null || typeof target !== 'object') {
      const e = b.invalidArgType('urlObject', 'object', target);
      e.message = e.message.replace('must be of type object', 'must be one of type object or string');
      throw e;
    }
    if (target instanceof URL || b.isURL(target)) {
      // Falsy options are the defaults; anything else must be a plain object.
      if (options && (typeof options !== 'object' || Array.isArray(options))) {
        throw b.invalidArgType('options', 'object', options);
      }
      const o = options || {};
      const flag = (v, dflt) => (v == null ? dflt : Boolean(v));
      return b.format(target.href, flag(o.auth, true), flag(o.fragment, true), flag(o.search, true),
        flag(o.unicode, false));
    }
    return Url.prototype.format.call(target);
  }

  // Both parse the base with `//` denoting a host.
  function urlResolve(from, to) {
    return urlParse(from, false, true).resolve(to);
  }

  function urlResolveObject(from, to) {
    return from ? urlParse(from, false, true).resolveObject(to) : to;
  }

  return {
    Url,
    parse: urlParse,
    resolve: urlResolve, resolveObject: urlResolveObject, format: urlFormat,
    URL,
    URLSearchParams,
    domainToASCII,
    domainToUnicode,
    pathToFileURL,
    fileURLToPath,
    urlToHttpOptions,
  };
});
