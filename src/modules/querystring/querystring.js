// node:querystring for jsrt-node: parse and stringify of URL query strings
// with Node 20's exact results, including its lenient decoding (bad escapes
// stay as written, bad UTF-8 becomes U+FFFD) and the escaping of lone
// surrogates Node's encoder does. Evaluated once per context by
// src/modules/querystring/mod.rs, called with a binding ({ Buffer }).
//
// Written for this project from Node's documentation, its test files and
// traces of `node`.
(function (binding) {
  'use strict';

  const { Buffer } = binding;

  // Value of a hex digit's char code, or -1.
  function hexValue(c) {
    if (c >= 0x30 && c <= 0x39) return c - 0x30;
    const lower = c | 0x20;
    if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
    return -1;
  }

  function unescapeBuffer(s, decodeSpaces) {
    // The size is taken first, as Node does: a non-string fails the same way.
    const bytes = Buffer.allocUnsafe(s.length);
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x2b && decodeSpaces) {
        bytes[n++] = 0x20;
        continue;
      }
      if (c === 0x25 && i + 2 < s.length) {
        const hi = hexValue(s.charCodeAt(i + 1));
        const lo = hi < 0 ? -1 : hexValue(s.charCodeAt(i + 2));
        if (lo >= 0) {
          bytes[n++] = hi * 16 + lo;
          i += 2;
          continue;
        }
      }
      // Anything else keeps its low byte, as Node's does.
      bytes[n++] = c & 0xff;
    }
    return n === bytes.length ? bytes : bytes.slice(0, n);
  }

  function qsUnescape(s, decodeSpaces) {
    try {
      return decodeURIComponent(s);
    } catch {
      return qs.unescapeBuffer(s, decodeSpaces).toString();
    }
  }

  // Percent-encodes the UTF-8 of `s` except A-Z a-z 0-9 - _ . ! ~ * ' ( ),
  // pairing any surrogate with the unit after it (Node's encoder does, even
  // for a low surrogate or a non-surrogate second unit); a surrogate at the
  // end is a URIError.
  const HEX = '0123456789ABCDEF';
  const pct = (b) => '%' + HEX[b >> 4] + HEX[b & 15];
  function encodeLoose(s) {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) {
        out += encodeURIComponent(s[i]);
      } else if (c < 0x800) {
        out += pct(0xc0 | (c >> 6)) + pct(0x80 | (c & 63));
      } else if (c < 0xd800 || c >= 0xe000) {
        out += pct(0xe0 | (c >> 12)) + pct(0x80 | ((c >> 6) & 63)) + pct(0x80 | (c & 63));
      } else {
        if (i + 1 >= s.length) {
          const e = new URIError('URI malformed');
          e.code = 'ERR_INVALID_URI';
          throw e;
        }
        c = 0x10000 + (((c & 0x3ff) << 10) | (s.charCodeAt(++i) & 0x3ff));
        out += pct(0xf0 | (c >> 18)) + pct(0x80 | ((c >> 12) & 63)) + pct(0x80 | ((c >> 6) & 63)) + pct(0x80 | (c & 63));
      }
    }
    return out;
  }

  function qsEscape(str) {
    if (typeof str !== 'string') {
      if (typeof str === 'object') str = String(str);
      else str += '';
    }
    try {
      return encodeURIComponent(str);
    } catch {
      return encodeLoose(str);
    }
  }

  function primitiveText(v) {
    switch (typeof v) {
      case 'string': return v;
      case 'number': return Number.isFinite(v) ? `${v}` : '';
      case 'bigint': return `${v}`;
      case 'boolean': return v ? 'true' : 'false';
      default: return '';
    }
  }

  function stringify(obj, sep, eq, options) {
    sep ||= '&';
    eq ||= '=';
    const encode = options && typeof options.encodeURIComponent === 'function' ? options.encodeURIComponent : qs.escape;
    if (obj === null || typeof obj !== 'object') return '';
    const parts = [];
    for (const key of Object.keys(obj)) {
      const v = obj[key];
      const head = encode(primitiveText(key)) + eq;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) parts.push(head + encode(primitiveText(v[i])));
      } else {
        parts.push(head + encode(primitiveText(v)));
      }
    }
    return parts.join(sep);
  }

  function parse(str, sep, eq, options) {
    const result = { __proto__: null };
    if (typeof str !== 'string' || str.length === 0) return result;
    const sepText = sep ? `${sep}` : '&';
    const eqText = eq ? `${eq}` : '=';
    let maxKeys = 1000;
    if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
    // Pieces are counted, empty ones too, and parsing stops at exactly
    // maxKeys of them: 0, a fraction, a negative or a non-finite count
    // never matches, so it means no limit.
    const limit = Number.isInteger(maxKeys) && maxKeys > 0 ? maxKeys : Infinity;
    const custom = options && typeof options.decodeURIComponent === 'function' ? options.decodeURIComponent : null;
    const decoder = custom || qs.unescape;
    // With Node's own unescape a text is decoded only when the scan below saw
    // a %XX in it, and a '+' becomes a space; any other decoder gets every
    // non-empty text, each '+' as %20, and its failure falls back to
    // qs.unescape(text, true).
    const plain = decoder === qsUnescape;
    const plus = plain ? ' ' : '%20';
    const decode = (text, escaped) => {
      if (plain) return escaped ? qsUnescape(text) : text;
      if (text === '') return text;
      try {
        return decoder(text);
      } catch {
        return qs.unescape(text, true);
      }
    };
    const add = (k, kEscaped, v, vEscaped) => {
      const name = decode(k, kEscaped);
      const value = decode(v, vEscaped);
      const prev = result[name];
      if (prev === undefined) result[name] = value;
      else if (typeof prev === 'string') result[name] = [prev, value];
      else prev.push(value);
    };
    // One pass over the text, as Node's parser makes it. A separator or '='
    // string is matched one unit at a time from where the last attempt
    // failed, without stepping back (so '==>' holds no '=>'); an empty '='
    // counts as found at once, an empty separator never matches (and then
    // the text after the last '+' of a value is dropped, as in Node). Units
    // that continue a separator or '=' match are taken as they are; the
    // others are where a '+' becomes a space and a %XX marks the text for
    // decoding (the marking skips the units of partial matches, so '%a=F'
    // can count as an escape when '=' began a separator).
    const sepSize = sepText.length;
    const eqSize = eqText.length;
    let from = 0;
    let sepAt = 0;
    let eqAt = 0;
    let key = '';
    let value = '';
    let keyEscaped = false;
    let valueEscaped = false;
    let escapeState = 0;
    let pieces = 0;
    for (let i = 0, len = str.length; i < len; i++) {
      const c = str.charCodeAt(i);
      if (c === sepText.charCodeAt(sepAt)) {
        if (++sepAt === sepSize) {
          const end = i + 1 - sepSize;
          if (eqAt < eqSize) {
            // No '=' in this piece: all of it is the key; an empty piece adds nothing.
            if (from < end) key += str.slice(from, end);
            if (key !== '') add(key, keyEscaped, '', false);
          } else {
            if (from < end) value += str.slice(from, end);
            add(key, keyEscaped, value, valueEscaped);
          }
          if (++pieces === limit) return result;
          key = value = '';
          keyEscaped = valueEscaped = false;
          escapeState = 0;
          from = i + 1;
          sepAt = eqAt = 0;
        }
        continue;
      }
      sepAt = 0;
      const inKey = eqAt < eqSize;
      if (inKey) {
        if (c === eqText.charCodeAt(eqAt)) {
          if (++eqAt === eqSize) {
            if (from < i + 1 - eqSize) key += str.slice(from, i + 1 - eqSize);
            escapeState = 0;
            from = i + 1;
          }
          continue;
        }
        eqAt = 0;
      }
      if (c === 0x2b) {
        const text = (from < i ? str.slice(from, i) : '') + plus;
        // A '+' ends a partial %XX in a key but not in a value (as Node's).
        if (inKey) {
          key += text;
          escapeState = 0;
        } else {
          value += text;
        }
        from = i + 1;
      } else if (inKey ? !keyEscaped : !valueEscaped) {
        if (c === 0x25) {
          escapeState = 1;
        } else if (escapeState > 0) {
          if (hexValue(c) < 0) {
            escapeState = 0;
          } else if (++escapeState === 3) {
            if (inKey) keyEscaped = true;
            else valueEscaped = true;
          }
        }
      }
    }
    if (from < str.length) {
      if (eqAt < eqSize) key += str.slice(from);
      else if (sepAt < sepSize) value += str.slice(from);
    } else if (eqAt === 0 && key === '') {
      return result;
    }
    add(key, keyEscaped, value, valueEscaped);
    return result;
  }

  const qs = {
    unescapeBuffer,
    unescape: qsUnescape,
    escape: qsEscape,
    stringify,
    encode: stringify,
    parse,
    decode: parse,
  };
  return qs;
});
