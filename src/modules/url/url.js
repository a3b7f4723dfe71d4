// node:url's functions over the URL class it exports (the library's own, or
// the host's global URL when the host has one). The legacy API (Url, parse,
// resolve, resolveObject, format of a non-URL) is not implemented: it throws
// ERR_NOT_SUPPORTED rather than half-work.
(function (b) {
  'use strict';
  const { URL, URLSearchParams } = b;
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

  function pathToFileURL(filepath) {
    if (typeof filepath !== 'string') throw b.invalidArgType('path', 'string', filepath);
    let full = b.resolve(filepath);
    // path.resolve drops a trailing slash; a directory URL keeps it.
    if (filepath.endsWith('/') && !full.endsWith('/')) full += '/';
    return new URL(b.fileHref(full));
  }

  function urlToHttpOptions(url) {
    const host = url.hostname;
    const opts = { __proto__: null, ...url };
    opts.protocol = url.protocol;
    opts.hostname = typeof host === 'string' && host.startsWith('[') ? host.slice(1, -1) : host;
    opts.hash = url.hash;
    opts.search = url.search;
    opts.pathname = url.pathname;
    opts.path = `${url.pathname || ''}${url.search || ''}`;
    opts.href = url.href;
    if (url.port !== '') opts.port = Number(url.port);
    if (url.username || url.password) {
      opts.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    }
    return opts;
  }

  function domainToASCII(domain) {
    if (arguments.length < 1) throw b.missingArgs('domain');
    return b.domainToASCII(`${domain}`);
  }

  function domainToUnicode(domain) {
    if (arguments.length < 1) throw b.missingArgs('domain');
    return b.domainToUnicode(`${domain}`);
  }

  const legacy = (name) => function () { throw b.notSupported(`url.${name}`); };
  const named = (f, name) => Object.defineProperty(f, 'name', { value: name });

  function urlFormat(urlObject, options) {
    if (!(urlObject instanceof URL) && !b.isURL(urlObject)) return legacy('format')();
    // Falsy options are the defaults; anything else must be a plain object.
    if (options && (typeof options !== 'object' || Array.isArray(options))) {
      throw b.invalidArgType('options', 'object', options);
    }
    const o = options || {};
    const flag = (v, dflt) => (v == null ? dflt : Boolean(v));
    return b.format(urlObject.href, flag(o.auth, true), flag(o.fragment, true), flag(o.search, true),
      flag(o.unicode, false));
  }

  function Url() { throw b.notSupported('url.Url'); }

  return {
    Url,
    parse: named(legacy('parse'), 'urlParse'),
    resolve: named(legacy('resolve'), 'urlResolve'),
    resolveObject: named(legacy('resolveObject'), 'urlResolveObject'),
    format: urlFormat,
    URL,
    URLSearchParams,
    domainToASCII,
    domainToUnicode,
    pathToFileURL,
    fileURLToPath,
    urlToHttpOptions,
  };
});
