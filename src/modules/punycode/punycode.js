// node:punycode for jsrt-node: RFC 3492's Punycode (the Bootstring
// parameters for IDNA) with the API and errors of Node 20's module: decode,
// encode, toASCII/toUnicode over domain names and e-mail addresses, ucs2.
// Evaluated once per context by src/modules/punycode/mod.rs.
//
// Written for this project from RFC 3492 (section 6's algorithms) and traces
// of `node`.
(function () {
  'use strict';

  const BASE = 36;
  const T_MIN = 1;
  const T_MAX = 26;
  const SKEW = 38;
  const DAMP = 700;
  const INITIAL_BIAS = 72;
  const INITIAL_N = 0x80;
  const MAX_INT = 0x7fffffff;

  const fail = (what) => {
    throw new RangeError(what === 'overflow' ? 'Overflow: input needs wider integers to process'
      : what === 'basic' ? 'Illegal input >= 0x80 (not a basic code point)' : 'Invalid input');
  };

  // RFC 3492 6.1.
  function adapt(delta, points, first) {
    delta = first ? Math.floor(delta / DAMP) : delta >> 1;
    delta += Math.floor(delta / points);
    let k = 0;
    while (delta > ((BASE - T_MIN) * T_MAX) >> 1) {
      delta = Math.floor(delta / (BASE - T_MIN));
      k += BASE;
    }
    return k + Math.floor(((BASE - T_MIN + 1) * delta) / (delta + SKEW));
  }

  const threshold = (k, bias) => (k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias);

  // a-z and A-Z are 0-25, 0-9 are 26-35; anything else is no digit.
  function digitOf(c) {
    if (c >= 0x61 && c <= 0x7a) return c - 0x61;
    if (c >= 0x41 && c <= 0x5a) return c - 0x41;
    if (c >= 0x30 && c <= 0x39) return c - 0x30 + 26;
    return BASE;
  }
  const digitChar = (d) => String.fromCharCode(d < 26 ? 0x61 + d : 0x30 + d - 26);

  // Code points of a string; a lone surrogate is one of them.
  function ucs2decode(text) {
    const points = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          points.push(0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00));
          i++;
          continue;
        }
      }
      points.push(c);
    }
    return points;
  }

  // String.fromCodePoint with V8's words for a bad code point (an arrow
  // function, as Node's).
  const ucs2encode = (codePoints) => {
    const units = [...codePoints].map((v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 0x10ffff) throw new RangeError(`Invalid code point ${n}`);
      return n;
    });
    let out = '';
    for (let i = 0; i < units.length; i += 0x4000) out += String.fromCodePoint(...units.slice(i, i + 0x4000));
    return out;
  };

  // RFC 3492 6.2.
  function decode(input) {
    const points = [];
    const delimiter = input.lastIndexOf('-');
    const basic = delimiter < 0 ? 0 : delimiter;
    for (let j = 0; j < basic; j++) {
      const c = input.charCodeAt(j);
      if (c >= 0x80) fail('basic');
      points.push(c);
    }
    let n = INITIAL_N;
    let bias = INITIAL_BIAS;
    let i = 0;
    for (let at = basic > 0 ? basic + 1 : 0; at < input.length;) {
      const oldI = i;
      for (let w = 1, k = BASE; ; k += BASE) {
        if (at >= input.length) fail('input');
        const digit = digitOf(input.charCodeAt(at++));
        if (digit >= BASE) fail('input');
        if (digit > Math.floor((MAX_INT - i) / w)) fail('overflow');
        i += digit * w;
        const t = threshold(k, bias);
        if (digit < t) break;
        if (w > Math.floor(MAX_INT / (BASE - t))) fail('overflow');
        w *= BASE - t;
      }
      const size = points.length + 1;
      bias = adapt(i - oldI, size, oldI === 0);
      if (Math.floor(i / size) > MAX_INT - n) fail('overflow');
      n += Math.floor(i / size);
      i %= size;
      points.splice(i++, 0, n);
    }
    return String.fromCodePoint(...points);
  }

  // RFC 3492 6.3.
  function encode(input) {
    const points = ucs2decode(input);
    let output = '';
    for (const c of points) if (c < 0x80) output += String.fromCharCode(c);
    const basic = output.length;
    let handled = basic;
    if (basic > 0) output += '-';
    let n = INITIAL_N;
    let bias = INITIAL_BIAS;
    let delta = 0;
    while (handled < points.length) {
      let m = MAX_INT;
      for (const c of points) if (c >= n && c < m) m = c;
      if (m - n > Math.floor((MAX_INT - delta) / (handled + 1))) fail('overflow');
      delta += (m - n) * (handled + 1);
      n = m;
      for (const c of points) {
        if (c < n && ++delta > MAX_INT) fail('overflow');
        if (c !== n) continue;
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = threshold(k, bias);
          if (q < t) break;
          output += digitChar(t + ((q - t) % (BASE - t)));
          q = Math.floor((q - t) / (BASE - t));
        }
        output += digitChar(q);
        bias = adapt(delta, handled + 1, handled === basic);
        delta = 0;
        handled++;
      }
      delta++;
      n++;
    }
    return output;
  }

  // Each label of a domain (the part after the first '@' of an address; the
  // ideographic and fullwidth full stops count as '.'), mapped by `fn`.
  function mapDomain(domain, fn) {
    const pieces = domain.split('@');
    let head = '';
    if (pieces.length > 1) {
      head = pieces[0] + '@';
      domain = pieces[1];
    }
    return head + domain.replace(/[\u3002\uff0e\uff61]/g, '.').split('.').map(fn).join('.');
  }

  function toASCII(input) {
    return mapDomain(input, (label) => (/[^\0-\x7f]/.test(label) ? 'xn--' + encode(label) : label));
  }

  function toUnicode(input) {
    return mapDomain(input, (label) => (label.startsWith('xn--') ? decode(label.slice(4).toLowerCase()) : label));
  }

  return {
    version: '2.1.0',
    ucs2: { decode: ucs2decode, encode: ucs2encode },
    decode,
    encode,
    toASCII,
    toUnicode,
  };
});
