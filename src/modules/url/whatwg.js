// URL and URLSearchParams (the WHATWG URL Standard, with Node 20's API
// surface and errors). A factory evaluated once per context; whatwg.rs
// parses. A URL keeps the array the parser returns: its href and where each
// component starts and ends in it, so a getter is one slice.
(function (b) {
  'use strict';
  const custom = Symbol.for('nodejs.util.inspect.custom');
  const lone = /[\uD800-\uDFFF]/;
  const loneAll = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

  // Offsets of each component's start in the parser's array (end follows).
  const AT = { protocol: 1, username: 3, password: 5, host: 7, hostname: 9, port: 11, pathname: 13, search: 15, hash: 17 };
  // Setter numbers whatwg.rs knows.
  const SETTER = { href: 0, protocol: 1, username: 2, password: 3, host: 4, hostname: 5, port: 6, pathname: 7, search: 8, hash: 9 };

  // V8's words for String(symbol), which Node's tests expect.
  const str = (v) => {
    if (typeof v === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    return `${v}`;
  };
  // USVString conversion: lone surrogates become U+FFFD.
  const wellFormed = typeof ''.isWellFormed === 'function';
  const usv = (v) => {
    const s = typeof v === 'string' ? v : str(v);
    if (wellFormed) return s.isWellFormed() ? s : s.toWellFormed();
    return lone.test(s) ? s.replace(loneAll, '\uFFFD') : s;
  };
  const typeError = (code, message) => b.nodeError('TypeError', code, message);
  const thisError = (type) => typeError('ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);

  function invalidUrl(input, base) {
    const e = new TypeError('Invalid URL');
    e.code = 'ERR_INVALID_URL';
    e.input = input;
    if (base !== undefined) e.base = base;
    return e;
  }

  // V8's words for a private field read on another object, which Node shows.
  const notURL = () => new TypeError('Receiver must be an instance of class URL');

  function piece(c, at) {
    const start = c[at];
    const end = c[at + 1];
    return start === end ? '' : c[0].slice(start, end);
  }

  // Each item renders itself with the options one level down; the list
  // breaks into lines when it would not fit.
  function listText(opts, depth, items) {
    const inner = { ...opts };
    if (typeof depth === 'number') inner.depth = depth - 1;
    const parts = items.map((item) => item(inner));
    let width = -2;
    for (const p of parts) width += p.length + 2;
    return { parts, long: width > (opts.breakLength ?? 80) };
  }

  // What `showHidden` shows of a URL's insides, with Node's names.
  const CONTEXT_KEYS = ['protocol_end', 'username_end', 'host_start', 'host_end', 'pathname_start',
    'search_start', 'hash_start', 'port', 'scheme_type'];
  class URLContext {
    constructor(href) {
      this.href = href;
      const nums = b.context(href) || [];
      CONTEXT_KEYS.forEach((k, i) => { this[k] = nums[i]; });
      const absent = 4294967295;
      for (const [name, key] of [['hasPort', 'port'], ['hasSearch', 'search_start'], ['hasHash', 'hash_start']]) {
        Object.defineProperty(this, name, { __proto__: null, get: () => this[key] !== absent, configurable: true });
      }
    }
  }

  let brandOf;
  let isOurs;
  let replaceQuery;
  let urlOfParams;

  class URL {
    #c;
    #params = null;

    constructor(input, base = undefined) {
      if (arguments.length === 0) throw b.missingArgs('url');
      input = str(input);
      if (base !== undefined) base = str(base);
      const c = b.parse(input, base);
      if (c === null) throw invalidUrl(input, base);
      this.#c = c;
    }

    static {
      isOurs = (u) => u !== null && typeof u === 'object' && #c in u;
      brandOf = (u) => {
        if (!isOurs(u)) throw notURL();
        return u.#c;
      };
      // The URL side of a URLSearchParams change: no re-parse of the list.
      replaceQuery = (u, query) => {
        const c = b.set(u.#c[0], SETTER.search, query);
        if (c !== null) u.#c = c;
      };
      urlOfParams = (u, P) => (u.#params ??= P(u, piece(u.#c, AT.search)));
    }

    #update(which, value) {
      const c = b.set(this.#c[0], which, value);
      if (c === null) return;
      this.#c = c;
      if (this.#params !== null && (which === SETTER.search || which === SETTER.href)) {
        resetParams(this.#params, piece(c, AT.search));
      }
    }

    toString() {
      try { return this.#c[0]; } catch { throw notURL(); }
    }

    get href() {
      try { return this.#c[0]; } catch { throw notURL(); }
    }
    set href(v) {
      brandOf(this);
      v = str(v);
      const c = b.parse(v);
      if (c === null) throw invalidUrl(v);
      this.#c = c;
      if (this.#params !== null) resetParams(this.#params, piece(c, AT.search));
    }

    get origin() { return b.origin(brandOf(this)[0]); }

    get protocol() {
      let c;
      try { c = this.#c; } catch { throw notURL(); }
      return c[0].slice(c[1], c[2]);
    }
    set protocol(v) { brandOf(this); this.#update(SETTER.protocol, str(v)); }
    get username() {
      let c;
      try { c = this.#c; } catch { throw notURL(); }
      return c[0].slice(c[3], c[4]);
    }
    set username(v) { brandOf(this); this.#update(SETTER.username, str(v)); }
    get password() {
      let c;
      try { c = this.#c; } catch { throw notURL(); }
      return c[0].slice(c[5], c[6]);
    }
    set password(v) { brandOf(this); this.#update(SETTER.password, str(v)); }
    get host() {
      let c;
      try { c = this.#c; } catch { throw notURL(); }
      return c[0].slice(c[7], c[8]);
    }
    set host(v) { brandOf(this); this.#update(SETTER.host, str(v)); }
    get hostname() {
      let c;
      try { c = this.#c; } catch { throw notURL(); }
      return c[0].slice(c[9], c[10]);
    }
    set hostname(v) { brandOf(this); this.#update(SETTER.hostname, str(v)); }
    get port() {
      let c;
      try { c = this.#c; } catch { throw notURL(); }
      return c[0].slice(c[11], c[12]);
    }
    set port(v) { brandOf(this); this.#update(SETTER.port, str(v)); }
    get pathname() {
      let c;
      try { c = this.#c; } catch { throw notURL(); }
      return c[0].slice(c[13], c[14]);
    }
    set pathname(v) { brandOf(this); this.#update(SETTER.pathname, str(v)); }
    get search() {
      let c;
      try { c = this.#c; } catch { throw notURL(); }
      return c[0].slice(c[15], c[16]);
    }
    set search(v) { brandOf(this); this.#update(SETTER.search, usv(v)); }
    get searchParams() { brandOf(this); return urlOfParams(this, linkedParams); }
    get hash() {
      let c;
      try { c = this.#c; } catch { throw notURL(); }
      return c[0].slice(c[17], c[18]);
    }
    set hash(v) { brandOf(this); this.#update(SETTER.hash, str(v)); }

    toJSON() {
      try { return this.#c[0]; } catch { throw notURL(); }
    }

    [custom](depth, opts) {
      if (typeof depth === 'number' && depth < 0) return this;
      brandOf(this);
      const shown = {};
      for (const k of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname',
        'port', 'pathname', 'search', 'searchParams', 'hash']) shown[k] = this[k];
      if (opts.showHidden) shown[Symbol('context')] = new URLContext(this.href);
      const ctor = this.constructor;
      const name = typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '' ? ctor.name : 'URL';
      return `${name} ${b.inspect(shown, opts)}`;
    }

    static parse(input, base = undefined) {
      if (arguments.length === 0) throw b.missingArgs('url');
      try {
        return new URL(input, base);
      } catch {
        return null;
      }
    }

    static canParse(input, base = undefined) {
      if (arguments.length === 0) throw b.missingArgs('url');
      input = str(input);
      if (base !== undefined) base = str(base);
      return b.canParse(input, base);
    }

    static createObjectURL(obj) {
      const Blob = b.Blob();
      if (!(obj instanceof Blob)) throw b.invalidArgType('obj', 'Blob', obj);
      const id = uuid();
      objectUrls.set(id, obj);
      return `blob:nodedata:${id}`;
    }

    static revokeObjectURL(url) {
      if (arguments.length === 0) throw b.missingArgs('url');
      const id = objectUrlId(str(url));
      if (id !== null) objectUrls.delete(id);
    }
  }

  const objectUrls = new Map();
  function objectUrlId(text) {
    const u = URL.parse(text);
    if (u === null || u.protocol !== 'blob:' || !u.pathname.startsWith('nodedata:')) return null;
    return u.pathname.slice(9);
  }
  function uuid() {
    const hex = '0123456789abcdef';
    let s = '';
    for (let i = 0; i < 36; i++) {
      if (i === 8 || i === 13 || i === 18 || i === 23) s += '-';
      else if (i === 14) s += '4';
      else if (i === 19) s += hex[8 + Math.floor(Math.random() * 4)];
      else s += hex[Math.floor(Math.random() * 16)];
    }
    return s;
  }

  let listOf;
  let resetParams;
  let linkedParams;

  function tupleError() {
    return typeError('ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
  }

  class URLSearchParams {
    // name, value, name, value, …
    #list = [];
    #url = null;

    constructor(init = undefined) {
      if (init === undefined || init === null) return;
      if (typeof init !== 'object' && typeof init !== 'function') {
        const s = usv(init);
        this.#list = b.formParse(s.charCodeAt(0) === 63 ? s.slice(1) : s);
        return;
      }
      const list = this.#list;
      const iter = init[Symbol.iterator];
      if (iter !== undefined && iter !== null) {
        if (typeof iter !== 'function') throw typeError('ERR_ARG_NOT_ITERABLE', 'Query pairs must be iterable');
        for (const pair of init) {
          if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') ||
              typeof pair[Symbol.iterator] !== 'function') throw tupleError();
          const two = Array.from(pair);
          if (two.length !== 2) throw tupleError();
          list.push(usv(two[0]), usv(two[1]));
        }
        return;
      }
      // A record: own enumerable keys (a symbol key throws); a repeated key keeps its last value.
      const at = new Map();
      for (const key of Reflect.ownKeys(init)) {
        const d = Reflect.getOwnPropertyDescriptor(init, key);
        if (d === undefined || !d.enumerable) continue;
        const name = usv(key);
        const value = usv(init[key]);
        if (at.has(name)) {
          list[at.get(name) + 1] = value;
        } else {
          at.set(name, list.length);
          list.push(name, value);
        }
      }
    }

    static {
      listOf = (p) => p.#list;
      resetParams = (p, search) => {
        p.#list = search.length > 1 ? b.formParse(search.slice(1)) : [];
      };
      linkedParams = (u, search) => {
        const p = new URLSearchParams(search);
        p.#url = u;
        return p;
      };
    }

    #changed() {
      if (this.#url !== null) replaceQuery(this.#url, b.formSerialize(this.#list));
    }

    get size() {
      try { this.#list; } catch { throw thisError('URLSearchParams'); }
      return this.#list.length / 2;
    }

    append(name, value) {
      try { this.#list; } catch { throw thisError('URLSearchParams'); }
      if (arguments.length < 2) throw b.missingArgs('name', 'value');
      this.#list.push(usv(name), usv(value));
      this.#changed();
    }

    delete(name, value = undefined) {
      try { this.#list; } catch { throw thisError('URLSearchParams'); }
      if (arguments.length < 1) throw b.missingArgs('name');
      name = usv(name);
      if (value !== undefined) value = usv(value);
      const kept = [];
      const list = this.#list;
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] !== name || (value !== undefined && list[i + 1] !== value)) kept.push(list[i], list[i + 1]);
      }
      this.#list = kept;
      this.#changed();
    }

    get(name) {
      try { this.#list; } catch { throw thisError('URLSearchParams'); }
      if (arguments.length < 1) throw b.missingArgs('name');
      name = usv(name);
      const list = this.#list;
      for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
      return null;
    }

    getAll(name) {
      try { this.#list; } catch { throw thisError('URLSearchParams'); }
      if (arguments.length < 1) throw b.missingArgs('name');
      name = usv(name);
      const out = [];
      const list = this.#list;
      for (let i = 0; i < list.length; i += 2) if (list[i] === name) out.push(list[i + 1]);
      return out;
    }

    has(name, value = undefined) {
      try { this.#list; } catch { throw thisError('URLSearchParams'); }
      if (arguments.length < 1) throw b.missingArgs('name');
      name = usv(name);
      if (value !== undefined) value = usv(value);
      const list = this.#list;
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
      }
      return false;
    }

    set(name, value) {
      try { this.#list; } catch { throw thisError('URLSearchParams'); }
      if (arguments.length < 2) throw b.missingArgs('name', 'value');
      name = usv(name);
      value = usv(value);
      const list = this.#list;
      const kept = [];
      let found = false;
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] !== name) kept.push(list[i], list[i + 1]);
        else if (!found) {
          found = true;
          kept.push(name, value);
        }
      }
      if (!found) kept.push(name, value);
      this.#list = kept;
      this.#changed();
    }

    sort() {
      try { this.#list; } catch { throw thisError('URLSearchParams'); }
      const list = this.#list;
      const order = [];
      for (let i = 0; i < list.length; i += 2) order.push(i);
      // Code-unit order of the names; equal names keep their order.
      order.sort((x, y) => (list[x] < list[y] ? -1 : list[x] > list[y] ? 1 : x - y));
      const sorted = [];
      for (const i of order) sorted.push(list[i], list[i + 1]);
      this.#list = sorted;
      this.#changed();
    }

    entries() {
      try { this.#list; } catch { throw thisError('URLSearchParams'); }
      return new ParamsIterator(this, 2);
    }

    forEach(callback, thisArg = undefined) {
      try { this.#list; } catch { throw thisError('URLSearchParams'); }
      if (typeof callback !== 'function') throw b.invalidArgType('callback', 'function', callback);
      for (let i = 0; i < this.#list.length; i += 2) {
        callback.call(thisArg, this.#list[i + 1], this.#list[i], this);
      }
    }

    keys() {
      try { this.#list; } catch { throw thisError('URLSearchParams'); }
      return new ParamsIterator(this, 0);
    }

    values() {
      try { this.#list; } catch { throw thisError('URLSearchParams'); }
      return new ParamsIterator(this, 1);
    }

    toString() {
      try { this.#list; } catch { throw thisError('URLSearchParams'); }
      return b.formSerialize(this.#list);
    }

    [custom](depth, opts) {
      try { this.#list; } catch { throw thisError('URLSearchParams'); }
      if (typeof depth === 'number' && depth < 0) return opts.stylize('[Object]', 'special');
      const list = this.#list;
      const items = [];
      for (let i = 0; i < list.length; i += 2) {
        const k = list[i];
        const v = list[i + 1];
        items.push((o) => `${b.inspect(k, o)} => ${b.inspect(v, o)}`);
      }
      const name = (this.constructor && this.constructor.name) || 'URLSearchParams';
      const { parts, long } = listText(opts, depth, items);
      if (long) return `${name} {\n  ${parts.join(',\n  ')} }`;
      return parts.length ? `${name} { ${parts.join(', ')} }` : `${name} {}`;
    }
  }

  let isIterator;
  // 0: names, 1: values, 2: [name, value] pairs. Live: it reads the list as
  // it goes, so changes during iteration show.
  class ParamsIterator {
    #params;
    #kind;
    #at = 0;

    constructor(params, kind) {
      this.#params = params;
      this.#kind = kind;
    }

    static {
      isIterator = (it) => it !== null && typeof it === 'object' && #kind in it;
    }

    next() {
      if (!isIterator(this)) throw thisError('URLSearchParamsIterator');
      const list = listOf(this.#params);
      if (this.#at >= list.length) return { value: undefined, done: true };
      const i = this.#at;
      this.#at += 2;
      const value = this.#kind === 0 ? list[i] : this.#kind === 1 ? list[i + 1] : [list[i], list[i + 1]];
      return { value, done: false };
    }

    [custom](depth, opts) {
      if (!isIterator(this)) throw thisError('URLSearchParamsIterator');
      if (typeof depth === 'number' && depth < 0) return opts.stylize('[Object]', 'special');
      const list = listOf(this.#params);
      const rest = [];
      for (let i = this.#at; i < list.length; i += 2) {
        rest.push(this.#kind === 0 ? list[i] : this.#kind === 1 ? list[i + 1] : [list[i], list[i + 1]]);
      }
      const inner = { ...opts };
      if (typeof depth === 'number') inner.depth = depth - 1;
      // One per line when inspect would break the same values as an array.
      const long = b.inspect(rest, inner).includes('\n');
      const parts = rest.map((v) => b.inspect(v, inner));
      if (long) return `URLSearchParams Iterator {\n  ${parts.join(',\n  ')} }`;
      return `URLSearchParams Iterator { ${parts.join(', ')} }`;
    }
  }

  // Node's property shapes: enumerable accessors and methods, a tag, and
  // the iterator's prototype under %IteratorPrototype%.
  function shape(target, keys, tag) {
    for (const k of keys) {
      const d = Object.getOwnPropertyDescriptor(target, k);
      // A copy without a prototype: a program's Object.prototype.get must not count.
      Object.defineProperty(target, k, { __proto__: null, ...d, enumerable: true });
    }
    if (tag !== undefined) Object.defineProperty(target, Symbol.toStringTag, { __proto__: null, value: tag, configurable: true });
  }
  shape(URL.prototype, ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
    'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON'], 'URL');
  shape(URL, ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']);
  shape(URLSearchParams.prototype, ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort',
    'entries', 'forEach', 'keys', 'values', 'toString'], 'URLSearchParams');
  Object.defineProperty(URLSearchParams.prototype, Symbol.iterator,
    { __proto__: null, value: URLSearchParams.prototype.entries, writable: true, configurable: true });
  const itProto = ParamsIterator.prototype;
  delete itProto.constructor;
  Object.setPrototypeOf(itProto, Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
  shape(itProto, ['next'], 'URLSearchParams Iterator');

  return {
    URL,
    URLSearchParams,
    isURL: isOurs,
    resolveObjectURL: (text) => {
      const id = objectUrlId(text);
      return id === null ? undefined : objectUrls.get(id);
    },
  };
});
