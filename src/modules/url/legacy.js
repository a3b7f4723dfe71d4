// node:url's legacy API behind Url's methods: parse, format of an object,
// resolve, resolveObject. Written from Node's documented and observed
// behaviour (the pre-WHATWG parser: lenient, no validation beyond the host).
// A factory evaluated on the first call of the legacy API; `b.Url` is the
// constructor url.js exports.
(function (b) {
  'use strict';
  const { Url } = b;
  // Schemes whose URLs always have `//` and a path of at least `/`.
  const SLASHED = new Set(['http', 'https', 'ftp', 'gopher', 'file', 'ws', 'wss']);
  for (const p of [...SLASHED]) SLASHED.add(`${p}:`);
  const SCRIPT = new Set(['javascript', 'javascript:']);

  const edgeSpace = /^[\x00-\x20\u00a0\ufeff]+|[\x00-\x20\u00a0\ufeff]+$/g;
  const schemeHead = /^[a-z0-9.+-]+:/i;
  const pathOnly = /^(\/\/?(?!\/)[^?\s]*)(\?\S*)?$/;
  const authHost = /^\/\/[^@/]+@[^@/]+/;
  const authorityEnd = /[/?#]/;
  const hostStop = /[\t\n\r "%';<>\\^`{|}/?#]/;
  const hostnameStop = /[/\\#?:]/;
  const trailingPort = /:[0-9]*$/;
  const badHost = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
  const badHostV6 = /[\0\t\n\r #%/<>?@\\^|]/;
  const ESCAPES = {
    '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E',
    '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
  };
  const toEscape = /[\t\n\r "'<>\\^`{|}]/g;

  let warnedPort = false;

  function invalidUrl(input) {
    const e = new TypeError('Invalid URL');
    e.code = 'ERR_INVALID_URL';
    e.input = input;
    return e;
  }

  // ----- query strings: node:querystring's parse and stringify, as Node's url uses them -----

  let qsModule;
  const querystring = () => (qsModule ??= b.querystring());
  const queryParse = (text) => querystring().parse(text);
  const queryStringify = (obj) => querystring().stringify(obj);

  function qsEscape(s) {
    try {
      return encodeURIComponent(s);
    } catch {
      throw Object.assign(new URIError('URI malformed'), { code: 'ERR_INVALID_URI' });
    }
  }

  // ----- parse -----

  function emptyQuery(u, parseQuery) {
    if (parseQuery) {
      u.search = null;
      u.query = Object.create(null);
    }
  }

  // The authority after `//` (or after a scheme that has no slashes): the
  // last `@` before the path splits off the auth; the host then runs to the
  // first character no host has. Returns what follows the host.
  function takeAuthority(u, rest, input) {
    // Tabs and line breaks inside the authority are dropped (in the path
    // they are escaped).
    const end = rest.search(authorityEnd);
    if (/[\t\n\r]/.test(end === -1 ? rest : rest.slice(0, end))) {
      rest = end === -1 ? rest.replace(/[\t\n\r]/g, '') : rest.slice(0, end).replace(/[\t\n\r]/g, '') + rest.slice(end);
    }
    const limit = rest.search(authorityEnd);
    const at = rest.lastIndexOf('@', limit === -1 ? rest.length : limit);
    if (at !== -1) u.auth = decodeURIComponent(rest.slice(0, at));
    rest = rest.slice(at + 1);
    const stop = rest.search(hostStop);
    u.host = stop === -1 ? rest : rest.slice(0, stop);
    rest = stop === -1 ? '' : rest.slice(stop);
    u.parseHost();
    let name = typeof u.hostname === 'string' ? u.hostname : '';
    const v6 = name.startsWith('[') && name.endsWith(']');
    if (!v6) {
      const cut = name.search(hostnameStop);
      if (cut !== -1) {
        if (name[cut] === ':' && !warnedPort) {
          warnedPort = true;
          b.emitWarning(`The URL ${input} is invalid. Future versions of Node.js will throw an error.`,
            'DeprecationWarning', 'DEP0170');
        }
        rest = `/${name.slice(cut)}${rest}`;
        name = name.slice(0, cut);
      }
    }
    name = name.length > 255 ? '' : name.toLowerCase();
    if (name !== '') {
      if (v6) {
        if (badHostV6.test(name)) throw invalidUrl(input);
      } else {
        name = b.idnaToASCII(name);
        if (name === '' || badHost.test(name)) throw invalidUrl(input);
      }
    }
    u.host = u.port ? `${name}:${u.port}` : name;
    u.hostname = v6 ? name.slice(1, -1) : name;
    if (v6 && rest[0] !== '/') rest = `/${rest}`;
    return rest;
  }

  function parse(u, input, parseQuery, slashesDenoteHost) {
    if (typeof input !== 'string') throw b.invalidArgType('url', 'string', input);
    let rest = input.replace(edgeSpace, '');
    // Backslashes count as slashes before the query or fragment.
    const split = rest.search(/[?#]/);
    const head = split === -1 ? rest : rest.slice(0, split);
    rest = head.replace(/\\/g, '/') + (split === -1 ? '' : rest.slice(split));

    if (!slashesDenoteHost && !rest.includes('#') && !head.includes('@')) {
      const simple = pathOnly.exec(rest);
      if (simple) {
        u.path = rest;
        u.href = rest;
        u.pathname = simple[1];
        if (simple[2]) {
          u.search = simple[2];
          u.query = parseQuery ? queryParse(u.search.slice(1)) : u.search.slice(1);
        } else {
          emptyQuery(u, parseQuery);
        }
        return u;
      }
    }

    const scheme = schemeHead.exec(rest);
    const written = scheme ? scheme[0] : undefined;
    const lower = scheme ? written.toLowerCase() : undefined;
    if (scheme) {
      u.protocol = lower;
      rest = rest.slice(written.length);
    }
    let slashes = false;
    if (slashesDenoteHost || scheme || authHost.test(rest)) {
      slashes = rest.startsWith('//');
      if (slashes && !(scheme && SCRIPT.has(lower))) {
        rest = rest.slice(2);
        u.slashes = true;
      }
    }
    if (!SCRIPT.has(lower) && (slashes || (scheme && !SLASHED.has(written)))) {
      rest = takeAuthority(u, rest, input);
    }
    if (!SCRIPT.has(lower)) rest = rest.replace(toEscape, (c) => ESCAPES[c]);

    const hashAt = rest.indexOf('#');
    if (hashAt !== -1) {
      u.hash = rest.slice(hashAt);
      rest = rest.slice(0, hashAt);
    }
    const queryAt = rest.indexOf('?');
    if (queryAt !== -1) {
      u.search = rest.slice(queryAt);
      u.query = parseQuery ? queryParse(rest.slice(queryAt + 1)) : rest.slice(queryAt + 1);
      rest = rest.slice(0, queryAt);
    } else {
      emptyQuery(u, parseQuery);
    }
    if (rest !== '') u.pathname = rest;
    if (SLASHED.has(lower) && u.hostname && !u.pathname) u.pathname = '/';
    if (u.pathname || u.search) u.path = (u.pathname || '') + (u.search || '');
    u.href = u.format();
    return u;
  }

  // ----- format -----

  function format() {
    const auth = this.auth ? `${qsEscape(this.auth).replace(/%3A/gi, ':')}@` : '';
    let protocol = this.protocol || '';
    if (protocol && !protocol.endsWith(':')) protocol += ':';
    let host = '';
    if (this.host) {
      host = auth + this.host;
    } else if (this.hostname) {
      const name = this.hostname;
      const bracket = name.includes(':') && !(name.startsWith('[') && name.endsWith(']'));
      host = auth + (bracket ? `[${name}]` : name) + (this.port ? `:${this.port}` : '');
    }
    let pathname = (this.pathname || '').replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));
    // A query object is stringified even when search wins (its errors show).
    const q = this.query !== null && typeof this.query === 'object' ? queryStringify(this.query) : '';
    let search = this.search || (q ? `?${q}` : '');
    search = search.replace(/#/g, '%23');
    if (search && search[0] !== '?') search = `?${search}`;
    let hash = this.hash || '';
    if (hash && hash[0] !== '#') hash = `#${hash}`;
    if (this.slashes || SLASHED.has(protocol)) {
      if (this.slashes || host) {
        if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
        host = `//${host}`;
      } else if (/^file:/i.test(protocol)) {
        host = '//';
      }
    }
    return protocol + host + pathname + search + hash;
  }

  function parseHost() {
    let host = this.host;
    const port = trailingPort.exec(host);
    if (port) {
      if (port[0] !== ':') this.port = port[0].slice(1);
      host = host.slice(0, host.length - port[0].length);
    }
    if (host) this.hostname = host;
  }

  function urlParse(url, parseQueryString, slashesDenoteHost) {
    if (url instanceof Url) return url;
    return parse(new Url(), url, parseQueryString, slashesDenoteHost);
  }

  // ----- resolve -----

  const done = (u) => {
    u.href = u.format();
    return u;
  };
  const joinPath = (u) => {
    if (u.pathname !== null || u.search !== null) u.path = (u.pathname || '') + (u.search || '');
  };
  // In a scheme without slashes the host may still carry `auth@`.
  function hostAuth(u) {
    if (u.host && u.host.indexOf('@') > 0) {
      const [auth, host] = u.host.split('@');
      u.auth = auth;
      u.host = u.hostname = host;
    }
  }

  function resolveInto(base, relative) {
    if (typeof relative === 'string') relative = parse(new Url(), relative, false, true);
    const out = new Url();
    for (const k of Object.keys(base)) out[k] = base[k];
    out.hash = relative.hash;
    if (relative.href === '') return done(out);

    // `//host/path`: the relative's authority and path under the base's scheme.
    if (relative.slashes && !relative.protocol) {
      for (const k of Object.keys(relative)) if (k !== 'protocol') out[k] = relative[k];
      if (SLASHED.has(out.protocol) && out.hostname && !out.pathname) out.path = out.pathname = '/';
      return done(out);
    }

    if (relative.protocol && relative.protocol !== out.protocol) {
      if (!SLASHED.has(relative.protocol)) {
        for (const k of Object.keys(relative)) out[k] = relative[k];
        return done(out);
      }
      // Another slashed scheme: without a host of its own, the first path
      // segment becomes one (except for file: and javascript:).
      out.protocol = relative.protocol;
      if (!relative.host && !/^file:?$/.test(relative.protocol) && !SCRIPT.has(relative.protocol)) {
        const segs = (relative.pathname || '').split('/');
        let first = '';
        while (segs.length > 0 && !(first = segs.shift()));
        relative.host = first || '';
        if (!relative.hostname) relative.hostname = '';
        if (segs[0] !== '') segs.unshift('');
        if (segs.length < 2) segs.unshift('');
        out.pathname = segs.join('/');
      } else {
        out.pathname = relative.pathname;
      }
      out.search = relative.search;
      out.query = relative.query;
      out.host = relative.host || '';
      out.auth = relative.auth;
      out.hostname = relative.hostname || relative.host;
      out.port = relative.port;
      if (out.pathname || out.search) out.path = (out.pathname || '') + (out.search || '');
      out.slashes = out.slashes || relative.slashes;
      return done(out);
    }

    const baseRooted = Boolean(out.pathname) && out.pathname[0] === '/';
    const relRooted = Boolean(relative.host) || (Boolean(relative.pathname) && relative.pathname[0] === '/');
    let rooted = relRooted || baseRooted || Boolean(out.host && relative.pathname);
    const dropDots = rooted;
    let segs = out.pathname ? out.pathname.split('/') : [];
    const relSegs = relative.pathname ? relative.pathname.split('/') : [];
    // Without slashes the host is just the first path segment, so `..` can
    // climb into it: move it into the path while resolving.
    const opaque = Boolean(out.protocol) && !SLASHED.has(out.protocol);
    if (opaque) {
      out.hostname = '';
      out.port = null;
      if (out.host) {
        if (segs[0] === '') segs[0] = out.host;
        else segs.unshift(out.host);
      }
      out.host = '';
      if (relative.protocol) {
        relative.port = null;
        if (relative.host) {
          if (relSegs[0] === '') relSegs[0] = relative.host;
          else relSegs.unshift(relative.host);
        }
        relative.host = null;
      }
      rooted = rooted && (relSegs[0] === '' || segs[0] === '');
    }

    if (relRooted) {
      if (relative.host || relative.host === '') {
        if (out.host !== relative.host) out.auth = null;
        out.host = relative.host;
        out.port = relative.port;
      }
      if (relative.hostname || relative.hostname === '') {
        if (out.hostname !== relative.hostname) out.auth = null;
        out.hostname = relative.hostname;
      }
      out.search = relative.search;
      out.query = relative.query;
      segs = relSegs;
    } else if (relSegs.length > 0) {
      segs.pop();
      segs = segs.concat(relSegs);
      out.search = relative.search;
      out.query = relative.query;
    } else if (relative.search !== null && relative.search !== undefined) {
      if (opaque) {
        out.hostname = out.host = segs.shift();
        hostAuth(out);
      }
      out.search = relative.search;
      out.query = relative.query;
      joinPath(out);
      return done(out);
    }

    if (segs.length === 0) {
      out.pathname = null;
      out.path = out.search ? `/${out.search}` : null;
      return done(out);
    }

    const tail = segs[segs.length - 1];
    const slashAtEnd = ((out.host || relative.host || segs.length > 1) && (tail === '.' || tail === '..')) || tail === '';
    // Dot segments: `.` goes, `..` takes the segment before it; the ones
    // with nothing left to take are counted.
    const kept = [];
    let above = 0;
    for (const seg of segs) {
      if (seg === '.') continue;
      if (seg === '..') {
        if (kept.length > 0) kept.pop();
        else above++;
      } else {
        kept.push(seg);
      }
    }
    segs = kept;
    if (!rooted && !dropDots) while (above-- > 0) segs.unshift('..');
    if (rooted && segs[0] !== '' && (!segs[0] || segs[0][0] !== '/')) segs.unshift('');
    if (slashAtEnd && !segs.join('/').endsWith('/')) segs.push('');
    const absolute = segs[0] === '' || (Boolean(segs[0]) && segs[0][0] === '/');
    if (opaque) {
      out.hostname = out.host = absolute ? '' : segs.length > 0 ? segs.shift() : '';
      hostAuth(out);
    }
    rooted = rooted || Boolean(out.host && segs.length > 0);
    if (rooted && !absolute) segs.unshift('');
    if (segs.length > 0) {
      out.pathname = segs.join('/');
    } else {
      out.pathname = null;
      out.path = null;
    }
    joinPath(out);
    out.auth = relative.auth || out.auth;
    out.slashes = out.slashes || relative.slashes;
    return done(out);
  }

  // What Url's methods (url.js) run.
  return {
    parse(url, parseQueryString, slashesDenoteHost) {
      return parse(this, url, parseQueryString, slashesDenoteHost);
    },
    format,
    resolve(relative) {
      return this.resolveObject(urlParse(relative, false, true)).format();
    },
    resolveObject(relative) {
      return resolveInto(this, relative);
    },
    parseHost,
    urlParse,
  };
});
