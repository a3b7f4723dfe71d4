// util.MIMEType and util.MIMEParams, written for this library from the
// WHATWG MIME Sniffing standard ("parse a MIME type", "serialize a MIME
// type"), Node 20's documentation and what `node` prints (error texts and
// indexes, whitespace handling, iterator shapes).
(function (host) {
  'use strict';
  // HTTP token code points: the characters a type, subtype or parameter name
  // may hold.
  const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]*$/;
  const NOT_TOKEN = /[^!#$%&'*+\-.^_`|~0-9A-Za-z]/;
  // HTTP quoted-string token code points: tab, printable ASCII, U+0080-U+00FF.
  const NOT_QUOTABLE = /[^\t\u0020-\u007e\u0080-\u00ff]/;
  const isSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

  function syntaxError(what, text, at) {
    const where = at === -1 ? '' : ` at ${at}`;
    return host.nodeError('TypeError', 'ERR_INVALID_MIME_SYNTAX',
      `The MIME syntax for a ${what} in "${text}" is invalid${where}`);
  }
  // `part` must be a non-empty token; errors name `shown` (the whole input).
  function requireToken(what, part, shown) {
    if (part === '') throw syntaxError(what, shown, -1);
    const bad = part.search(NOT_TOKEN);
    if (bad !== -1) throw syntaxError(what, shown, bad);
  }

  const asciiLower = (s) => s.replace(/[A-Z]+/g, (run) => run.toLowerCase());

  function trimEnd(s) {
    let end = s.length;
    while (end > 0 && isSpace(s[end - 1])) end--;
    return s.slice(0, end);
  }

  // A value as it appears after `name=`: bare when it is a non-empty token,
  // else quoted with `"` and `\` escaped.
  const serializeValue = (v) => (v !== '' && TOKEN.test(v) ? v : `"${v.replace(/["\\]/g, '\\$&')}"`);

  // Reads the parameter list that starts at `pos` (on a ';') into `into`.
  function readParams(s, pos, into) {
    const len = s.length;
    while (pos < len) {
      pos++; // the ';'
      while (pos < len && isSpace(s[pos])) pos++;
      let nameEnd = pos;
      while (nameEnd < len && s[nameEnd] !== ';' && s[nameEnd] !== '=') nameEnd++;
      const name = asciiLower(s.slice(pos, nameEnd));
      pos = nameEnd;
      if (pos < len && s[pos] === ';') continue;
      pos++; // the '='
      if (pos >= len) break;
      let value;
      if (s[pos] === '"') {
        // A quoted string: backslash escapes the next character; whatever
        // follows the closing quote up to the next ';' is dropped.
        value = '';
        pos++;
        while (pos < len) {
          const c = s[pos++];
          if (c === '"') break;
          if (c === '\\') {
            if (pos >= len) {
              value += '\\';
              break;
            }
            value += s[pos++];
          } else {
            value += c;
          }
        }
        while (pos < len && s[pos] !== ';') pos++;
      } else {
        let end = pos;
        while (end < len && s[end] !== ';') end++;
        value = trimEnd(s.slice(pos, end));
        pos = end;
        if (value === '') continue;
      }
      if (name !== '' && TOKEN.test(name) && !NOT_QUOTABLE.test(value) && !into.has(name)) {
        into.set(name, value);
      }
    }
  }

  class MIMEParams {
    #entries = new Map();

    // Lookups take the name as given (Node converts only in set()).
    delete(name) {
      this.#entries.delete(name);
    }

    get(name) {
      const v = this.#entries.get(name);
      return v === undefined ? null : v;
    }

    has(name) {
      return this.#entries.has(name);
    }

    set(name, value) {
      const key = `${name}`;
      const text = `${value}`;
      requireToken('parameter name', key, key);
      const bad = text.search(NOT_QUOTABLE);
      if (bad !== -1) throw syntaxError('parameter value', text, bad);
      this.#entries.set(key, text);
    }

    // Generators over the live map, as Node's (entries added later show up).
    *entries() {
      for (const pair of this.#entries) yield pair;
    }

    *keys() {
      for (const [key] of this.#entries) yield key;
    }

    *values() {
      for (const [, value] of this.#entries) yield value;
    }

    toString() {
      let out = '';
      for (const [key, value] of this.#entries) out += `${out === '' ? '' : ';'}${key}=${serializeValue(value)}`;
      return out;
    }

    // The parser fills a fresh instance directly (its input is already checked).
    static fill(params, text, pos) {
      readParams(text, pos, params.#entries);
    }
  }
  const fillParams = MIMEParams.fill;
  delete MIMEParams.fill;
  Object.defineProperty(MIMEParams.prototype, 'toJSON', {
    __proto__: null, value: MIMEParams.prototype.toString, writable: true, configurable: true,
  });
  Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
    __proto__: null, value: MIMEParams.prototype.entries, writable: true, configurable: true,
  });

  class MIMEType {
    #type;
    #subtype;
    #params;

    constructor(input) {
      const text = `${input}`;
      // Only leading whitespace goes first: trailing whitespace counts against
      // a type with no '/' (Node reports it), and the other parts drop it.
      let pos = 0;
      while (pos < text.length && isSpace(text[pos])) pos++;
      let slash = text.indexOf('/', pos);
      const type = text.slice(pos, slash === -1 ? text.length : slash);
      requireToken('type', type, text);
      if (slash === -1) throw syntaxError('type', text, -1);
      slash++;
      let semi = text.indexOf(';', slash);
      if (semi === -1) semi = text.length;
      const subtype = trimEnd(text.slice(slash, semi));
      requireToken('subtype', subtype, text);
      this.#type = type.toLowerCase();
      this.#subtype = subtype.toLowerCase();
      this.#params = new MIMEParams();
      fillParams(this.#params, text, semi);
    }

    get type() {
      return this.#type;
    }

    set type(value) {
      const text = `${value}`;
      requireToken('type', text, text);
      this.#type = text.toLowerCase();
    }

    get subtype() {
      return this.#subtype;
    }

    set subtype(value) {
      const text = `${value}`;
      requireToken('subtype', text, text);
      this.#subtype = text.toLowerCase();
    }

    get essence() {
      return `${this.#type}/${this.#subtype}`;
    }

    get params() {
      return this.#params;
    }

    toString() {
      const params = `${this.#params}`;
      return params === '' ? this.essence : `${this.essence};${params}`;
    }
  }
  Object.defineProperty(MIMEType.prototype, 'toJSON', {
    __proto__: null, value: MIMEType.prototype.toString, writable: true, configurable: true,
  });

  return { MIMEType, MIMEParams };
})
