// node:readline and node:readline/promises, written for this library from
// Node 20's documentation and observed behaviour. An Interface turns an input
// stream into lines ('line' events, question(), async iteration); on a
// terminal (output.isTTY, or `terminal: true`) it also edits the line itself
// from keypresses, writing the same cursor escapes Node writes.
(function (b) {
  'use strict';
  const { EventEmitter, on } = b.events;
  const { StringDecoder } = b.StringDecoder;
  const { nodeError, invalidArgType, inspect, stringWidth } = b;
  const WATERMARKS = Symbol.for('nodejs.watermarkData');
  const MIN_CRLF_DELAY = 100;
  const ESC = '\u001b';
  const CSI = `${ESC}[`;

  const useAfterClose = () => nodeError('Error', 'ERR_USE_AFTER_CLOSE', 'readline was closed');
  const invalidValue = (name, value, reason = 'is invalid') =>
    nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The argument '${name}' ${reason}. Received ${inspect(value)}`);
  const outOfRange = (name, range, value) =>
    nodeError('RangeError', 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be ${range}. Received ${value}`);
  const integer = (name, v) => {
    if (typeof v !== 'number') throw invalidArgType(name, 'number', v);
    if (!Number.isInteger(v)) throw outOfRange(name, 'an integer', v);
    return v;
  };
  const isAbortSignal = (s) => s !== null && typeof s === 'object' && 'aborted' in s &&
    typeof s.addEventListener === 'function';
  const abortError = (signal) => {
    const e = nodeError('Error', 'ABORT_ERR', 'The operation was aborted');
    e.name = 'AbortError';
    if (signal && signal.reason !== undefined) e.cause = signal.reason;
    return e;
  };

  // ----- cursor escapes (readline.cursorTo & co.) -----------------------------------------

  function writeEscape(stream, text, callback) {
    if (callback !== undefined && typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
    if (stream == null) {
      if (typeof callback === 'function') process.nextTick(callback, null);
      return true;
    }
    return stream.write(text, callback);
  }
  function cursorEscape(x, y) {
    if (typeof y !== 'number' || Number.isNaN(y)) return `${CSI}${x + 1}G`;
    return `${CSI}${y + 1};${x + 1}H`;
  }
  function moveEscape(dx, dy) {
    let s = '';
    if (dx < 0) s += `${CSI}${-dx}D`;
    else if (dx > 0) s += `${CSI}${dx}C`;
    if (dy < 0) s += `${CSI}${-dy}A`;
    else if (dy > 0) s += `${CSI}${dy}B`;
    return s;
  }
  const clearLineEscape = (dir) => (dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`);

  function cursorTo(stream, x, y, callback) {
    if (typeof y === 'function') {
      callback = y;
      y = undefined;
    }
    if (Number.isNaN(x)) throw invalidValue('x', x);
    if (Number.isNaN(y)) throw invalidValue('y', y);
    if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
      return writeEscape(null, '', callback);
    }
    if (typeof x !== 'number') {
      throw nodeError('TypeError', 'ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column');
    }
    return writeEscape(stream, cursorEscape(x, y), callback);
  }
  function moveCursor(stream, dx, dy, callback) {
    if (stream == null || !(dx || dy)) return writeEscape(null, '', callback);
    return writeEscape(stream, moveEscape(dx, dy), callback);
  }
  function clearLine(stream, dir, callback) {
    return writeEscape(stream, stream == null ? '' : clearLineEscape(dir), callback);
  }
  function clearScreenDown(stream, callback) {
    return writeEscape(stream, stream == null ? '' : `${CSI}0J`, callback);
  }

  // ----- keypresses: bytes from a terminal become {sequence, name, ctrl, meta, shift} -------

  // Names by the code of an escape sequence (the part after ESC, modifiers
  // removed), and the codes that imply shift or ctrl themselves (rxvt).
  const KEY_NAMES = {};
  const IMPLIED = {};
  const name = (codes, key, implied) => {
    for (const code of codes.split(' ')) {
      KEY_NAMES[code] = key;
      if (implied) IMPLIED[code] = implied;
    }
  };
  name('[P OP [11~ [[A', 'f1');
  name('[Q OQ [12~ [[B', 'f2');
  name('[R OR [13~ [[C', 'f3');
  name('[S OS [14~ [[D', 'f4');
  name('[15~ [[E', 'f5');
  [6, 7, 8, 9, 10].forEach((n, k) => name(`[${[17, 18, 19, 20, 21][k]}~`, `f${n}`));
  name('[23~', 'f11');
  name('[24~', 'f12');
  name('[A OA', 'up');
  name('[B OB', 'down');
  name('[C OC', 'right');
  name('[D OD', 'left');
  name('[E OE', 'clear');
  name('[F OF [4~ [8~', 'end');
  name('[H OH [1~ [7~', 'home');
  name('[2~', 'insert');
  name('[3~', 'delete');
  name('[5~ [[5~', 'pageup');
  name('[6~ [[6~', 'pagedown');
  name('[a', 'up', 'shift');
  name('[b', 'down', 'shift');
  name('[c', 'right', 'shift');
  name('[d', 'left', 'shift');
  name('[e', 'clear', 'shift');
  name('[2$', 'insert', 'shift');
  name('[3$', 'delete', 'shift');
  name('[5$', 'pageup', 'shift');
  name('[6$', 'pagedown', 'shift');
  name('[7$', 'home', 'shift');
  name('[8$', 'end', 'shift');
  name('Oa', 'up', 'ctrl');
  name('Ob', 'down', 'ctrl');
  name('Oc', 'right', 'ctrl');
  name('Od', 'left', 'ctrl');
  name('Oe', 'clear', 'ctrl');
  name('[2^', 'insert', 'ctrl');
  name('[3^', 'delete', 'ctrl');
  name('[5^', 'pageup', 'ctrl');
  name('[6^', 'pagedown', 'ctrl');
  name('[7^', 'home', 'ctrl');
  name('[8^', 'end', 'ctrl');
  name('[Z', 'tab', 'shift');

  const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
  const isLetter = (c) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  const INCOMPLETE = null;

  // The body of `ESC [` (after the optional second '['): up to two digits,
  // an optional ';' and modifier digit, then one final character. Returns
  // [code suffix, modifier, characters used] or INCOMPLETE.
  function csiBody(s, at, final) {
    let j = at;
    const take = () => (j < s.length ? s[j++] : undefined);
    let c = take();
    let digits = '';
    while (isDigit(c) && digits.length < 2) {
      digits += c;
      c = take();
    }
    let mod = '';
    if (c === ';') {
      c = take();
      if (isDigit(c)) {
        mod = c;
        c = take();
      }
    }
    if (c === undefined) {
      if (!final) return INCOMPLETE;
    }
    const used = j - at;
    const level = (d) => (Number(d) || 1) - 1;
    // NN~, NN^, NN$ (rxvt), with an optional ;M modifier.
    if (digits !== '' && (c === '~' || c === '^' || c === '$')) return [digits + c, level(mod), used];
    // A letter after at most one digit (the modifier), or after "1;M".
    if (isLetter(c) && digits.length <= 1 && (mod === '' || digits.length === 1)) {
      return [c, level(mod || digits), used];
    }
    return [s.slice(at, j), 0, used];
  }

  // One key from the front of `s`: [key, characters used], or INCOMPLETE
  // when `s` may be the start of a longer sequence (unless `final`).
  function readKey(s, final) {
    const key = { sequence: '', name: undefined, ctrl: false, meta: false, shift: false };
    let i = 0;
    let escaped = false;
    if (s[0] === ESC) {
      escaped = true;
      i = 1;
      if (s[1] === ESC) i = 2;
      if (i >= s.length) {
        if (!final) return INCOMPLETE;
        i--;
      }
    }
    const ch = s[i];
    if (escaped && (ch === '[' || ch === 'O') && !(i + 1 >= s.length && final)) {
      let code = ch;
      let modifier = 0;
      let end;
      if (ch === 'O') {
        let c = s[i + 1];
        if (c === undefined) return final ? readPlain(s, i, key, escaped) : INCOMPLETE;
        end = i + 2;
        if (isDigit(c)) {
          modifier = Number(c) - 1;
          c = s[i + 2];
          if (c === undefined && !final) return INCOMPLETE;
          end = i + 3;
        }
        code += c === undefined ? '' : c;
      } else {
        let at = i + 1;
        if (s[at] === '[') {
          code += '[';
          at++;
        }
        const body = csiBody(s, at, final);
        if (body === INCOMPLETE) return INCOMPLETE;
        code += body[0];
        modifier = body[1];
        end = at + body[2];
      }
      key.sequence = s.slice(0, end);
      key.ctrl = Boolean(modifier & 4);
      key.meta = Boolean(modifier & 10);
      key.shift = Boolean(modifier & 1);
      key.code = code;
      key.name = KEY_NAMES[code] || 'undefined';
      if (IMPLIED[code]) key[IMPLIED[code]] = true;
      return [key, end];
    }
    return readPlain(s, i, key, escaped);
  }

  function readPlain(s, i, key, escaped) {
    let ch = s[i];
    let end = i + 1;
    const hi = ch.charCodeAt(0);
    if (hi >= 0xd800 && hi <= 0xdbff && i + 1 < s.length) {
      ch = s.slice(i, i + 2);
      end = i + 2;
    }
    key.sequence = s.slice(0, end);
    key.meta = escaped;
    if (ch === '\r') key.name = 'return';
    else if (ch === '\n') key.name = 'enter';
    else if (ch === '\t') key.name = 'tab';
    else if (ch === '\b' || ch === '\x7f') key.name = 'backspace';
    else if (ch === ESC) key.name = 'escape';
    else if (ch === ' ') key.name = 'space';
    else if (ch < ' ') {
      key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
      key.ctrl = true;
    } else if (isDigit(ch) || isLetter(ch)) {
      key.name = ch.toLowerCase();
      key.shift = ch !== key.name;
    }
    return [key, end];
  }

  const KEYPRESS_DECODER = Symbol('keypressDecoder');
  // Decodes a terminal's bytes into 'keypress' events on `stream`; a lone
  // ESC waits `escapeCodeTimeout` ms for the rest of a sequence.
  const defaultIface = {};
  function emitKeypressEvents(stream, iface = defaultIface) {
    if (stream[KEYPRESS_DECODER]) return;
    const decoder = new StringDecoder('utf8');
    stream[KEYPRESS_DECODER] = decoder;
    let pending = '';
    let timer = null;
    const drain = (final) => {
      if (timer !== null) {
        clearTimeout(timer);
        timer = null;
      }
      while (pending.length > 0) {
        const got = readKey(pending, final);
        if (got === INCOMPLETE) {
          const wait = iface.escapeCodeTimeout === undefined ? 500 : iface.escapeCodeTimeout;
          timer = setTimeout(() => drain(true), wait);
          return;
        }
        const [key, used] = got;
        pending = pending.slice(used);
        // Keys of a chunk that brought several (a paste) insert a tab as
        // text instead of completing; the chunk's last key may complete.
        if (iface !== defaultIface) iface.isCompletionEnabled = pending.length === 0;
        stream.emit('keypress', key.sequence[0] === ESC ? undefined : key.sequence, key);
      }
    };
    const onData = (data) => {
      if (stream.listenerCount('keypress') === 0) {
        stream.removeListener('data', onData);
        stream.on('newListener', onNewListener);
        return;
      }
      const text = typeof data === 'string' ? data : decoder.write(data);
      if (text.length === 0) return;
      if (iface instanceof SharedInterface) iface[kSingleKey] = text.length === (text.codePointAt(0) > 0xffff ? 2 : 1);
      pending += text;
      drain(false);
    };
    const onNewListener = (event) => {
      if (event === 'keypress') {
        stream.on('data', onData);
        stream.removeListener('newListener', onNewListener);
      }
    };
    if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
    else stream.on('newListener', onNewListener);
  }

  // ----- Interface ------------------------------------------------------------------------
  //
  // Three layers, the way Node's are stacked so that `instanceof` and the
  // prototype walk look the same: InterfaceConstructor fills an instance;
  // the shared Interface (which readline/promises' Interface also extends)
  // has the public methods and keeps the editing machinery under symbols;
  // readline.Interface adds the old underscore API (`_ttyWrite`,
  // `_refreshLine`, `_prompt`, …). On a readline.Interface every symbol
  // method is reached through its underscore name, so a program that
  // replaces `rl._writeToOutput` (the usual way to mask a password) or
  // `rl._ttyWrite` intercepts what the editor does.

  const sym = (n) => Symbol(n);
  const kPromptText = sym('_prompt');
  const kSavedPrompt = sym('_oldPrompt');
  const kAnswer = sym('_questionCallback');
  const kLineBuffer = sym('_line_buffer');
  const kReturnAt = sym('_sawReturnAt');
  const kSingleKey = sym('_sawKeyPress');
  const kLastKey = sym('_previousKey');
  const kDecoder = sym('_decoder');
  const kLineIterator = sym('lineIterator');
  const kSearchPrefix = sym('historySearch');
  const kUndo = sym('undoStack');
  const kRedo = sym('redoStack');
  const kKills = sym('killRing');
  const kKillAt = sym('killRingCursor');
  const kYanked = sym('lastYank');

  // The machinery, each with the legacy name that exposes it.
  const kRaw = sym('_setRawMode');
  const kOnLine = sym('_onLine');
  const kOut = sym('_writeToOutput');
  const kRemember = sym('_addHistory');
  const kRefreshLine = sym('_refreshLine');
  const kNormalWrite = sym('_normalWrite');
  const kInsertString = sym('_insertString');
  const kTabComplete = sym('_tabComplete');
  const kWordLeft = sym('_wordLeft');
  const kWordRight = sym('_wordRight');
  const kDeleteLeft = sym('_deleteLeft');
  const kDeleteRight = sym('_deleteRight');
  const kDeleteWordBefore = sym('_deleteWordLeft');
  const kDeleteWordAfter = sym('_deleteWordRight');
  const kKillToStart = sym('_deleteLineLeft');
  const kKillToEnd = sym('_deleteLineRight');
  const kLine = sym('_line');
  const kHistoryNext = sym('_historyNext');
  const kHistoryPrev = sym('_historyPrev');
  const kGetDisplayPos = sym('_getDisplayPos');
  const kMove = sym('_moveCursor');
  const kTtyWrite = sym('_ttyWrite');
  const kAsk = sym('question');
  const kCancelQuestion = sym('questionCancel');
  const kSaveForUndo = sym('beforeEdit');
  const kUndoRedo = sym('undoRedo');
  const kCut = sym('cut');
  const kKill = sym('kill');
  const kYank = sym('_yank');
  const kYankPop = sym('_yankPop');
  const kShowHistory = sym('showHistory');
  const kRunCompleter = sym('runCompleter');
  const kUseCompletions = sym('useCompletions');
  const kListing = sym('listing');
  const kCtrlKey = sym('ctrlKey');
  const kMetaKey = sym('metaKey');
  const kSuspend = sym('suspend');
  const LEGACY_METHODS = [
    ['_setRawMode', kRaw], ['_onLine', kOnLine], ['_writeToOutput', kOut],
    ['_addHistory', kRemember], ['_refreshLine', kRefreshLine], ['_normalWrite', kNormalWrite],
    ['_insertString', kInsertString], ['_tabComplete', null], ['_wordLeft', kWordLeft], ['_wordRight', kWordRight],
    ['_deleteLeft', kDeleteLeft], ['_deleteRight', kDeleteRight], ['_deleteWordLeft', kDeleteWordBefore],
    ['_deleteWordRight', kDeleteWordAfter], ['_deleteLineLeft', kKillToStart],
    ['_deleteLineRight', kKillToEnd], ['_line', kLine], ['_historyNext', kHistoryNext],
    ['_historyPrev', kHistoryPrev], ['_getDisplayPos', kGetDisplayPos], ['_getCursorPos', null], ['_moveCursor', kMove],
    ['_ttyWrite', kTtyWrite],
  ];
  const LEGACY_STATE = [
    ['_decoder', kDecoder], ['_line_buffer', kLineBuffer], ['_oldPrompt', kSavedPrompt],
    ['_previousKey', kLastKey], ['_prompt', kPromptText], ['_questionCallback', kAnswer],
    ['_sawKeyPress', kSingleKey], ['_sawReturnAt', kReturnAt],
  ];
  const UNDO_LIMIT = 2048;
  const KILL_RING_LIMIT = 32;

  // Character classes of word motion, by UTF-16 code: a word is a run of
  // [A-Za-z0-9_] or a run of other non-blank characters.
  const isBlank = (c) => (c >= 9 && c <= 13) || c === 32 || c === 160 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0xfeff;
  const isWordChar = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  const charClass = (c) => (isBlank(c) ? 0 : isWordChar(c) ? 1 : 2);
  // Where a backward word motion from `at` lands: blanks, then one run.
  function wordStartBefore(line, at) {
    let i = at;
    while (i > 0 && isBlank(line.charCodeAt(i - 1))) i--;
    if (i === 0) return 0;
    const k = charClass(line.charCodeAt(i - 1));
    while (i > 0 && charClass(line.charCodeAt(i - 1)) === k) i--;
    return i;
  }
  // Where a forward word motion from `at` lands: one run (of blanks, word
  // or other characters), then the blanks after a non-blank run.
  function wordEndAfter(line, at) {
    let i = at;
    if (i >= line.length) return i;
    const k = charClass(line.charCodeAt(i));
    while (i < line.length && charClass(line.charCodeAt(i)) === k) i++;
    if (k !== 0) while (i < line.length && isBlank(line.charCodeAt(i))) i++;
    return i;
  }
  // UTF-16 length of the code point that ends at / starts at `at`.
  const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
  const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;
  const unitsBefore = (s, at) => (at >= 2 && isLow(s.charCodeAt(at - 1)) && isHigh(s.charCodeAt(at - 2)) ? 2 : 1);
  const unitsAt = (s, at) => (at + 1 < s.length && isHigh(s.charCodeAt(at)) && isLow(s.charCodeAt(at + 1)) ? 2 : 1);

  let stripVT;
  const PLAIN_TEXT = /^[\x20-\x7e]*$/;
  const charWidth = (ch) => {
    const c = ch.charCodeAt(0);
    if (c < 0x7f) return c < 0x20 ? 0 : 1;
    return stringWidth(ch);
  };

  function parseOptions(args) {
    let [input, output, completer, terminal] = args;
    const o = {
      input, output, completer, terminal, history: undefined, historySize: undefined,
      removeHistoryDuplicates: false, crlfDelay: undefined, prompt: '> ', signal: undefined,
      escapeCodeTimeout: 500, tabSize: 8,
    };
    if (input && input.input) {
      const opts = input;
      o.input = opts.input;
      o.output = opts.output;
      o.completer = opts.completer;
      o.terminal = opts.terminal;
      o.history = opts.history;
      o.historySize = opts.historySize;
      o.signal = opts.signal;
      o.crlfDelay = opts.crlfDelay;
      if (opts.prompt !== undefined) o.prompt = opts.prompt;
      if (opts.tabSize !== undefined) {
        const t = opts.tabSize;
        if (typeof t !== 'number') throw invalidArgType('tabSize', 'number', t);
        if (!Number.isInteger(t)) throw outOfRange('tabSize', 'an integer', t);
        if (t < 1 || t > 4294967295) throw outOfRange('tabSize', '>= 1 && <= 4294967295', t);
        o.tabSize = t;
      }
      o.removeHistoryDuplicates = Boolean(opts.removeHistoryDuplicates);
      if (opts.escapeCodeTimeout !== undefined) {
        if (!Number.isFinite(opts.escapeCodeTimeout)) throw invalidValue('escapeCodeTimeout', opts.escapeCodeTimeout);
        o.escapeCodeTimeout = opts.escapeCodeTimeout;
      }
      if (o.signal !== undefined && !isAbortSignal(o.signal)) throw invalidArgType('options.signal', 'AbortSignal', o.signal);
    }
    if (o.completer !== undefined && typeof o.completer !== 'function') throw invalidValue('completer', o.completer);
    if (o.history === undefined) o.history = [];
    else if (!Array.isArray(o.history)) throw invalidArgType('history', 'Array', o.history);
    if (o.historySize === undefined) o.historySize = 30;
    else if (typeof o.historySize !== 'number') throw invalidArgType('historySize', 'number', o.historySize);
    else if (Number.isNaN(o.historySize) || o.historySize < 0) throw outOfRange('historySize', '>= 0', o.historySize);
    if (o.terminal === undefined && !(o.output === null || o.output === undefined)) o.terminal = Boolean(o.output.isTTY);
    return o;
  }

  // Fills `this`; a plain function so readline.Interface can call it on an
  // instance made the old way (`Interface.call(this, …)` + util.inherits).
  function InterfaceConstructor(input, output, completer, terminal) {
    const o = parseOptions([input, output, completer, terminal]);
    // readline.Interface takes a one-argument completer as synchronous; the
    // machinery speaks the (text, callback) form.
    if (this instanceof Interface && typeof o.completer === 'function' && o.completer.length !== 2) {
      const given = o.completer;
      o.completer = (text, cb) => cb(null, given(text));
    }
    this.isCompletionEnabled = true;
    this.escapeCodeTimeout = o.escapeCodeTimeout;
    this.tabSize = o.tabSize;
    EventEmitter.call(this);
    this.line = '';
    this.output = o.output;
    this.input = o.input;
    this.history = o.history;
    this.historySize = o.historySize;
    this.removeHistoryDuplicates = o.removeHistoryDuplicates;
    this.crlfDelay = o.crlfDelay ? Math.max(MIN_CRLF_DELAY, o.crlfDelay) : MIN_CRLF_DELAY;
    this.completer = o.completer;
    this.terminal = Boolean(o.terminal);
    this[kPromptText] = o.prompt;
    this[kSavedPrompt] = undefined;
    this[kAnswer] = undefined;
    this[kLineBuffer] = null;
    this[kReturnAt] = 0;
    this[kSingleKey] = false;
    this[kLastKey] = null;
    this[kDecoder] = this.terminal ? undefined : new StringDecoder('utf8');
    this[kLineIterator] = undefined;
    this[kSearchPrefix] = null;
    this[kUndo] = [];
    this[kRedo] = [];
    this[kKills] = [];
    this[kKillAt] = 0;
    this[kYanked] = '';

    const src = this.input;
    const onData = (data) => this[kNormalWrite](data);
    const onEnd = () => {
      const rest = this.terminal ? this.line : this[kLineBuffer];
      if (typeof rest === 'string' && rest.length > 0) this.emit('line', rest);
      if (!this.terminal) this[kLineBuffer] = '';
      this.close();
    };
    const onError = (err) => this.emit('error', err);
    const onKeypress = (s, key) => {
      this[kTtyWrite](s, key);
    };
    const onResize = () => this[kRefreshLine]();
    let resizeFrom = null;
    src.on('error', onError);
    if (this.terminal) {
      this.cursor = 0;
      this.historyIndex = -1;
      emitKeypressEvents(src, this);
      src.on('keypress', onKeypress);
      src.on('end', onEnd);
      this[kRaw](true);
      if (this.output !== null && this.output !== undefined) {
        resizeFrom = this.output;
        resizeFrom.on('resize', onResize);
      }
    } else {
      src.on('data', onData);
      src.on('end', onEnd);
    }
    this.once('close', () => {
      src.removeListener('error', onError);
      src.removeListener('data', onData);
      src.removeListener('end', onEnd);
      src.removeListener('keypress', onKeypress);
      if (resizeFrom !== null) resizeFrom.removeListener('resize', onResize);
    });
    const signal = o.signal;
    if (signal) {
      const onAbort = () => this.close();
      if (signal.aborted) process.nextTick(onAbort);
      else {
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }
    src.resume();
  }
  Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

  class SharedInterface extends InterfaceConstructor {
    // eslint-disable-next-line no-useless-constructor
    constructor(input, output, completer, terminal) {
      super(input, output, completer, terminal);
    }
    get columns() {
      return this.output && this.output.columns ? this.output.columns : Infinity;
    }
    setPrompt(prompt) {
      this[kPromptText] = prompt;
    }
    getPrompt() {
      return this[kPromptText];
    }
    prompt(preserveCursor) {
      if (this.paused) this.resume();
      if (this.terminal) {
        if (!preserveCursor) this.cursor = 0;
        this[kRefreshLine]();
      } else {
        this[kOut](this[kPromptText]);
      }
    }
    clearLine() {
      this[kMove](Infinity);
      this[kOut]('\r\n');
      this.line = '';
      this.cursor = 0;
      this.prevRows = 0;
    }
    write(data, key) {
      if (this.paused) this.resume();
      if (this.terminal) this[kTtyWrite](data, key);
      else this[kNormalWrite](data);
    }
    pause() {
      if (this.paused) return;
      this.input.pause();
      this.paused = true;
      this.emit('pause');
      return this;
    }
    resume() {
      if (!this.paused) return;
      this.input.resume();
      this.paused = false;
      this.emit('resume');
      return this;
    }
    close() {
      if (this.closed) return;
      if (this.terminal) this[kRaw](false);
      this.pause();
      this.closed = true;
      this.emit('close');
    }
    // Row and column of the cursor on the terminal, counting the prompt,
    // wrapped rows, tabs and double-width characters.
    getCursorPos() {
      const line = this.line || '';
      const at = this.cursor || 0;
      return this[kGetDisplayPos](this[kPromptText] + line.slice(0, at));
    }
    [Symbol.asyncIterator]() {
      if (this[kLineIterator] === undefined) {
        const events = on(this, 'line', { close: ['close'], highWaterMark: 1024 });
        const iface = this;
        this[kLineIterator] = {
          next: () => events.next().then((r) => (r.done ? r : { value: r.value[0], done: false })),
          return: (v) => {
            iface.close();
            return events.return(v);
          },
          throw: (e) => events.throw(e),
          [Symbol.asyncIterator]() {
            return this;
          },
          get [WATERMARKS]() {
            return events[WATERMARKS];
          },
        };
      }
      return this[kLineIterator];
    }

    // ----- the machinery ----------------------------------------------------------------

    [kRaw](mode) {
      const was = this.input.isRaw;
      if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
      return was;
    }
    [kOut](text) {
      if (typeof text !== 'string') throw invalidArgType('stringToWrite', 'string', text);
      if (this.output !== null && this.output !== undefined) this.output.write(text);
    }
    [kOnLine](line) {
      const answer = this[kAnswer];
      if (answer) {
        this[kAnswer] = null;
        this.setPrompt(this[kSavedPrompt]);
        answer(line);
      } else {
        this.emit('line', line);
      }
    }
    // Asks `query` and routes the next line to `cb` (question's core).
    [kAsk](query, cb) {
      if (this.closed) throw useAfterClose();
      if (this[kAnswer]) {
        this.prompt();
        return;
      }
      this[kSavedPrompt] = this[kPromptText];
      this.setPrompt(query);
      this[kAnswer] = cb;
      this.prompt();
    }
    [kCancelQuestion]() {
      if (!this[kAnswer]) return;
      this[kAnswer] = null;
      this.setPrompt(this[kSavedPrompt]);
      this.clearLine();
    }
    // The submitted line joins the history (newest first) unless it is
    // blank or repeats the newest entry; returns the line.
    [kRemember]() {
      const entry = this.line;
      if (entry === '') return entry;
      if (this.historySize === 0 || entry.trim() === '') return entry;
      const list = this.history;
      if (list[0] !== entry) {
        const dup = this.removeHistoryDuplicates ? list.indexOf(entry) : -1;
        if (dup >= 0) list.splice(dup, 1);
        list.unshift(entry);
        if (list.length > this.historySize) list.length = this.historySize;
      }
      this.historyIndex = -1;
      this.emit('history', list);
      return entry;
    }
    // Terminal column and row after writing `text` from column 0.
    [kGetDisplayPos](text) {
      const cols = this.columns;
      if (PLAIN_TEXT.test(text)) {
        // One column per character: no walk needed (a long line is measured
        // on every key).
        const col = text.length % cols;
        return { cols: col, rows: (text.length - col) / cols };
      }
      if (stripVT === undefined) stripVT = b.loadBuiltin('util').stripVTControlCharacters;
      const tab = this.tabSize;
      let offset = 0;
      let rows = 0;
      for (const ch of stripVT(text)) {
        if (ch === '\n') {
          rows += Math.ceil(offset / cols) || 1;
          offset = 0;
        } else if (ch === '\t') {
          offset += tab - (offset % tab);
        } else {
          const w = charWidth(ch);
          if (w === 2 && (offset + 1) % cols === 0) offset++;
          offset += w;
        }
      }
      const col = offset % cols;
      return { cols: col, rows: rows + (offset - col) / cols };
    }
    // Redraws prompt and line from the first row the last draw used, and
    // puts the cursor back; a line that fills its last row exactly gets a
    // space so the terminal opens the next row.
    [kRefreshLine]() {
      const out = this.output;
      const text = this[kPromptText] + this.line;
      const end = this[kGetDisplayPos](text);
      const pos = this.getCursorPos();
      if (this.prevRows > 0) moveCursor(out, 0, -this.prevRows);
      cursorTo(out, 0);
      clearScreenDown(out);
      this[kOut](text);
      if (end.cols === 0) this[kOut](' ');
      cursorTo(out, pos.cols);
      if (end.rows > pos.rows) moveCursor(out, 0, pos.rows - end.rows);
      this.prevRows = pos.rows;
    }
    // Lines of a non-terminal input: \n, \r and \r\n end a line, also when
    // the \n of a \r\n comes in the next chunk (within crlfDelay).
    [kNormalWrite](data) {
      if (data === undefined) return;
      let text = typeof data === 'string' ? data : this[kDecoder].write(data);
      if (this[kReturnAt] && Date.now() - this[kReturnAt] <= this.crlfDelay && text[0] === '\n') text = text.slice(1);
      this[kReturnAt] = 0;
      let from = 0;
      const lines = [];
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c !== 10 && c !== 13) continue;
        lines.push((this[kLineBuffer] || '') + text.slice(from, i));
        this[kLineBuffer] = '';
        if (c === 13) {
          if (i + 1 === text.length) this[kReturnAt] = Date.now();
          else if (text.charCodeAt(i + 1) === 10) i++;
        }
        from = i + 1;
      }
      this[kLineBuffer] = (this[kLineBuffer] || '') + text.slice(from);
      for (const line of lines) this[kOnLine](line);
    }
    // Remembers the line as it was before an edit, for undo.
    [kSaveForUndo]() {
      const stack = this[kUndo];
      stack.push({ text: this.line, cursor: this.cursor });
      if (stack.length > UNDO_LIMIT) stack.shift();
    }
    // Undo and redo swap the line with the newest entry of one stack,
    // keeping the current line on the other.
    [kUndoRedo](from, to) {
      const entry = from.pop();
      if (entry === undefined) return;
      to.push({ text: this.line, cursor: this.cursor });
      this.line = entry.text;
      this.cursor = entry.cursor;
      this[kRefreshLine]();
    }
    [kInsertString](s) {
      this[kSaveForUndo]();
      if (this.cursor < this.line.length) {
        this.line = this.line.slice(0, this.cursor) + s + this.line.slice(this.cursor);
        this.cursor += s.length;
        this[kRefreshLine]();
        return;
      }
      const before = this.getCursorPos();
      this.line += s;
      this.cursor += s.length;
      // Text that opens a new row is redrawn, except inside a paste (only
      // its last key may complete, and only it redraws; the terminal wraps
      // the rest by itself).
      if (this.isCompletionEnabled !== false && this.getCursorPos().rows > before.rows) this[kRefreshLine]();
      else this[kOut](s);
    }
    [kMove](dx) {
      if (dx === 0) return;
      const before = this.getCursorPos();
      this.cursor = Math.max(0, Math.min(this.line.length, this.cursor + dx));
      const after = this.getCursorPos();
      if (after.rows !== before.rows) this[kRefreshLine]();
      else if (after.cols !== before.cols) moveCursor(this.output, after.cols - before.cols, 0);
    }
    [kWordLeft]() {
      if (this.cursor > 0) this[kMove](wordStartBefore(this.line, this.cursor) - this.cursor);
    }
    [kWordRight]() {
      if (this.cursor < this.line.length) this[kMove](wordEndAfter(this.line, this.cursor) - this.cursor);
    }
    // Replaces line[from, to) with nothing and redraws.
    [kCut](from, to) {
      this.line = this.line.slice(0, from) + this.line.slice(to);
      this.cursor = from;
      this[kRefreshLine]();
    }
    [kDeleteLeft]() {
      if (this.cursor === 0 || this.line.length === 0) return;
      this[kSaveForUndo]();
      this[kCut](this.cursor - unitsBefore(this.line, this.cursor), this.cursor);
    }
    [kDeleteRight]() {
      if (this.cursor >= this.line.length) return;
      this[kSaveForUndo]();
      this[kCut](this.cursor, this.cursor + unitsAt(this.line, this.cursor));
    }
    [kDeleteWordBefore]() {
      if (this.cursor === 0) return;
      this[kSaveForUndo]();
      this[kCut](wordStartBefore(this.line, this.cursor), this.cursor);
    }
    [kDeleteWordAfter]() {
      if (this.cursor >= this.line.length) return;
      this[kSaveForUndo]();
      this[kCut](this.cursor, wordEndAfter(this.line, this.cursor));
    }
    [kKillToStart]() {
      this[kSaveForUndo]();
      this[kKill](this.line.slice(0, this.cursor));
      this[kCut](0, this.cursor);
    }
    [kKillToEnd]() {
      this[kSaveForUndo]();
      this[kKill](this.line.slice(this.cursor));
      this[kCut](this.cursor, this.line.length);
    }
    // Killed text (ctrl+u, ctrl+k) goes to the front of the ring yanks read.
    [kKill](text) {
      if (text === '') return;
      const ring = this[kKills];
      ring.unshift(text);
      if (ring.length > KILL_RING_LIMIT) ring.pop();
      this[kKillAt] = 0;
    }
    [kYank]() {
      const ring = this[kKills];
      if (ring.length === 0) return;
      this[kKillAt] = 0;
      this[kYanked] = ring[0];
      this[kInsertString](ring[0]);
    }
    // Right after a yank: the yanked text becomes the next older kill.
    [kYankPop]() {
      const ring = this[kKills];
      if (ring.length === 0) return;
      const was = this[kYanked];
      const start = this.cursor - was.length;
      this[kKillAt] = (this[kKillAt] + 1) % ring.length;
      const next = ring[this[kKillAt]];
      this[kYanked] = next;
      this.line = this.line.slice(0, start) + next + this.line.slice(this.cursor);
      this.cursor = start + next.length;
      this[kRefreshLine]();
    }
    [kLine]() {
      const line = this[kRemember]();
      this[kUndo] = [];
      this[kRedo] = [];
      this.clearLine();
      this.historyIndex = -1;
      this[kOnLine](line);
    }
    // History moves keep to entries that start with the search prefix (the
    // text before the cursor when up/down began) and skip the current line;
    // past either end the line becomes the prefix itself.
    [kHistoryPrev]() {
      const list = this.history;
      if (list.length === 0 || this.historyIndex >= list.length) return;
      this[kSaveForUndo]();
      const prefix = this[kSearchPrefix] || '';
      let i = this.historyIndex + 1;
      while (i < list.length && (list[i] === this.line || !list[i].startsWith(prefix))) i++;
      this[kShowHistory](i, i === list.length ? prefix : list[i]);
    }
    [kHistoryNext]() {
      if (this.historyIndex < 0) return;
      this[kSaveForUndo]();
      const list = this.history;
      const prefix = this[kSearchPrefix] || '';
      let i = this.historyIndex - 1;
      while (i >= 0 && (list[i] === this.line || !list[i].startsWith(prefix))) i--;
      this[kShowHistory](i, i === -1 ? prefix : list[i]);
    }
    [kShowHistory](index, text) {
      this.historyIndex = index;
      this.line = text;
      this.cursor = text.length;
      this[kRefreshLine]();
    }
    // Tab: asks the completer (the interface pauses meanwhile), then
    // completes or, on a second tab in a row, lists the candidates.
    [kTabComplete](lastKeyWasTab) {
      this.pause();
      const text = this.line.slice(0, this.cursor);
      this[kRunCompleter](text, (err, result) => {
        this.resume();
        if (err) {
          this[kOut](`Tab completion error: ${inspect(err)}`);
          return;
        }
        this[kUseCompletions](lastKeyWasTab, result);
      });
    }
    [kRunCompleter](text, done) {
      this.completer(text, done);
    }
    [kUseCompletions](lastKeyWasTab, result) {
      if (!Array.isArray(result)) return;
      const [found, on] = result;
      if (!Array.isArray(found) || found.length === 0) return;
      const typed = on === undefined || on === null ? '' : String(on);
      const items = found.filter((c) => typeof c === 'string');
      const real = items.filter((c) => c !== '');
      let shared = real.length > 0 ? real[0] : '';
      for (const item of real) {
        let n = 0;
        while (n < shared.length && n < item.length && shared[n] === item[n]) n++;
        shared = shared.slice(0, n);
      }
      if (shared.length > typed.length && shared.startsWith(typed)) {
        this[kInsertString](shared.slice(typed.length));
        return;
      }
      if (!typed.startsWith(shared)) {
        // The completions disagree with what was typed (say, its case):
        // what they share replaces it.
        const start = this.cursor - typed.length;
        this.line = this.line.slice(0, start) + shared + this.line.slice(this.cursor);
        this.cursor = start + shared.length;
        this[kRefreshLine]();
        return;
      }
      if (!lastKeyWasTab) return;
      this[kOut](this[kListing](items));
      this[kRefreshLine]();
    }
    // The candidates in columns as wide as the widest one plus two; an
    // empty string separates groups with a blank line.
    [kListing](items) {
      const width = items.reduce((w, item) => Math.max(w, stringWidth(item)), 0) + 2;
      // Without a known terminal width, one per row.
      const cols = this.output && this.output.columns;
      const perRow = cols > 0 ? Math.max(1, Math.floor(cols / width)) : 1;
      const groups = [[]];
      items.forEach((item, i) => {
        if (item !== '') groups[groups.length - 1].push(item);
        else if (i < items.length - 1) groups.push([]);
        else groups.push(null);
      });
      let text = '\r\n';
      for (const group of groups) {
        if (group === null) break;
        for (let i = 0; i < group.length; i++) {
          const lastInRow = i === group.length - 1 || (i + 1) % perRow === 0;
          text += lastInRow ? group[i] : group[i] + ' '.repeat(width - stringWidth(group[i]));
          if (lastInRow && i < group.length - 1) text += '\r\n';
        }
        text += '\r\n\r\n';
      }
      return text;
    }
    [kTtyWrite](s, key) {
      const previous = this[kLastKey];
      key = key || {};
      this[kLastKey] = key;
      const wasYank = previous !== null && previous.name === 'y' && (previous.ctrl || previous.meta) === true;
      // up/down (alone) start a history search from the text before the
      // cursor; any other key ends it.
      if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
        if (this[kSearchPrefix] === null) this[kSearchPrefix] = this.line.slice(0, this.cursor);
      } else if (this[kSearchPrefix] !== null) {
        this[kSearchPrefix] = null;
        if (this.historyIndex === this.history.length) this.historyIndex = -1;
      }
      if (key.sequence === '\x1f') {
        this[kUndoRedo](this[kUndo], this[kRedo]);
        return;
      }
      if (key.sequence === '\x1e') {
        this[kUndoRedo](this[kRedo], this[kUndo]);
        return;
      }
      if (key.name === 'escape') return;
      if (key.ctrl && key.shift) {
        if (key.name === 'backspace') this[kKillToStart]();
        else if (key.name === 'delete') this[kKillToEnd]();
        return;
      }
      if (key.ctrl) {
        this[kCtrlKey](key);
        return;
      }
      if (key.meta) {
        this[kMetaKey](key, wasYank);
        return;
      }
      switch (key.name) {
        case 'return':
          this[kReturnAt] = Date.now();
          this[kLine]();
          return;
        case 'enter': {
          // The \n right after a \r (within crlfDelay) completes the line
          // break already taken.
          const pair = previous !== null && previous.name === 'return' && this[kReturnAt] !== 0 &&
            Date.now() - this[kReturnAt] <= this.crlfDelay;
          if (!pair) this[kLine]();
          this[kReturnAt] = 0;
          return;
        }
        case 'backspace':
          this[kDeleteLeft]();
          return;
        case 'delete':
          this[kDeleteRight]();
          return;
        case 'left':
          this[kMove](-unitsBefore(this.line, this.cursor));
          return;
        case 'right':
          this[kMove](unitsAt(this.line, this.cursor));
          return;
        case 'home':
          this[kMove](-Infinity);
          return;
        case 'end':
          this[kMove](Infinity);
          return;
        case 'up':
          this[kHistoryPrev]();
          return;
        case 'down':
          this[kHistoryNext]();
          return;
        case 'tab':
          if (typeof this.completer === 'function' && this.isCompletionEnabled) {
            this[kTabComplete](previous !== null && previous.name === 'tab');
            return;
          }
          break;
        default:
          break;
      }
      if (typeof s !== 'string' || s.length === 0) return;
      // Text written at once: every line break in it submits a line.
      let from = 0;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c !== 10 && c !== 13) continue;
        if (i > from) this[kInsertString](s.slice(from, i));
        if (c === 13 && s.charCodeAt(i + 1) === 10) i++;
        from = i + 1;
        this[kReturnAt] = c === 13 ? Date.now() : 0;
        this[kLine]();
      }
      if (from < s.length) this[kInsertString](s.slice(from));
    }
    [kCtrlKey](key) {
      switch (key.name) {
        case 'c':
          if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
          else this.close();
          break;
        case 'h':
          this[kDeleteLeft]();
          break;
        case 'd':
          if (this.cursor === 0 && this.line.length === 0) this.close();
          else if (this.cursor < this.line.length) this[kDeleteRight]();
          break;
        case 'u':
          this[kKillToStart]();
          break;
        case 'k':
          this[kKillToEnd]();
          break;
        case 'a':
          this[kMove](-Infinity);
          break;
        case 'e':
          this[kMove](Infinity);
          break;
        case 'b':
          this[kMove](-unitsBefore(this.line, this.cursor));
          break;
        case 'f':
          this[kMove](unitsAt(this.line, this.cursor));
          break;
        case 'l':
          cursorTo(this.output, 0, 0);
          clearScreenDown(this.output);
          this[kRefreshLine]();
          break;
        case 'n':
          this[kHistoryNext]();
          break;
        case 'p':
          this[kHistoryPrev]();
          break;
        case 'y':
          this[kYank]();
          break;
        case 'z':
          this[kSuspend]();
          break;
        case 'w':
        case 'backspace':
          this[kDeleteWordBefore]();
          break;
        case 'delete':
          this[kDeleteWordAfter]();
          break;
        case 'left':
          this[kWordLeft]();
          break;
        case 'right':
          this[kWordRight]();
          break;
        default:
          break;
      }
    }
    [kMetaKey](key, wasYank) {
      switch (key.name) {
        case 'b':
          this[kWordLeft]();
          break;
        case 'f':
          this[kWordRight]();
          break;
        case 'd':
        case 'delete':
          this[kDeleteWordAfter]();
          break;
        case 'backspace':
          this[kDeleteWordBefore]();
          break;
        case 'y':
          if (wasYank) this[kYankPop]();
          break;
        default:
          break;
      }
    }
    // ctrl+z: a 'SIGTSTP' listener decides; without one the process stops
    // itself and redraws when continued.
    [kSuspend]() {
      if (process.platform === 'win32') return;
      if (this.listenerCount('SIGTSTP') > 0) {
        this.emit('SIGTSTP');
        return;
      }
      process.once('SIGCONT', () => {
        if (!this.paused) {
          this.pause();
          this.emit('SIGCONT');
        }
        this[kRaw](true);
        this[kRefreshLine]();
      });
      this[kRaw](false);
      process.kill(process.pid, 'SIGTSTP');
    }
  }
  Object.defineProperty(SharedInterface, 'name', { __proto__: null, value: 'Interface' });

  // readline.Interface: callable without `new`, and the legacy surface.
  function Interface(input, output, completer, terminal) {
    if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
    InterfaceConstructor.call(this, input, output, completer, terminal);
  }
  Interface.prototype = Object.create(SharedInterface.prototype, {
    constructor: { __proto__: null, value: Interface, writable: true, configurable: true },
  });
  Object.setPrototypeOf(Interface, SharedInterface);
  Interface.prototype.question = function question(query, options, cb) {
    cb = typeof options === 'function' ? options : cb;
    if (options !== null && typeof options === 'object') {
      const { signal } = options;
      if (signal !== undefined && !isAbortSignal(signal)) throw invalidArgType('options.signal', 'AbortSignal', signal);
      if (signal) {
        if (signal.aborted) return;
        const onAbort = () => this[kCancelQuestion]();
        signal.addEventListener('abort', onAbort, { once: true });
        const answer = cb;
        cb = (line) => {
          signal.removeEventListener('abort', onAbort);
          if (typeof answer === 'function') answer(line);
        };
      }
    }
    if (typeof cb === 'function') this[kAsk](query, cb);
  };
  // util.promisify(rl.question) resolves with the answer, rejects with an
  // AbortError when the signal fires.
  Object.defineProperty(Interface.prototype.question, Symbol.for('nodejs.util.promisify.custom'), {
    __proto__: null,
    value: function question(query, options = {}) {
      return questionPromise(this, query, options);
    },
    writable: true,
    configurable: true,
  });
  for (const [legacy, key] of LEGACY_STATE) {
    Object.defineProperty(Interface.prototype, legacy, {
      __proto__: null,
      get() {
        return this[key];
      },
      set(v) {
        this[key] = v;
      },
      configurable: true,
    });
  }
  // The legacy names (key null) with nothing behind them to route; Node's
  // _tabComplete is anonymous.
  const plainLegacy = {
    _tabComplete: [function (lastKeypressWasTab) {
      return this[kTabComplete](lastKeypressWasTab);
    }][0],
    _getCursorPos: SharedInterface.prototype.getCursorPos,
  };
  for (const [legacy, key] of LEGACY_METHODS) {
    if (key === null) {
      Interface.prototype[legacy] = plainLegacy[legacy];
      continue;
    }
    Interface.prototype[legacy] = SharedInterface.prototype[key];
    // The machinery calls the symbol; here it goes through the name.
    Object.defineProperty(Interface.prototype, key, {
      __proto__: null,
      value: function (a, b) {
        return this[legacy](a, b);
      },
      writable: true,
      configurable: true,
    });
  }

  function createInterface(input, output, completer, terminal) {
    return new Interface(input, output, completer, terminal);
  }

  function questionPromise(iface, query, options) {
    return new Promise((resolve, reject) => {
      if (iface.closed) throw useAfterClose();
      const signal = options && options.signal;
      if (signal !== undefined && !isAbortSignal(signal)) throw invalidArgType('options.signal', 'AbortSignal', signal);
      if (signal && signal.aborted) {
        reject(abortError(signal));
        return;
      }
      let done = resolve;
      if (signal) {
        const onAbort = () => {
          iface[kCancelQuestion]();
          reject(abortError(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        done = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      iface[kAsk](query, done);
    });
  }

  // ----- readline/promises ----------------------------------------------------------------

  class PromisesInterface extends SharedInterface {
    // eslint-disable-next-line no-useless-constructor
    constructor(input, output, completer, terminal) {
      super(input, output, completer, terminal);
    }
    question(query, options = {}) {
      return questionPromise(this, query, options);
    }
    // The completer may answer with a value or a promise of one.
    [kRunCompleter](text, done) {
      let answer;
      try {
        answer = this.completer(text);
      } catch (err) {
        Promise.resolve().then(() => done(err));
        return;
      }
      Promise.resolve(answer).then((r) => done(null, r), done);
    }
  }

  class Readline {
    #stream;
    #todo = [];
    #autoCommit;
    constructor(stream, options = undefined) {
      if (!(stream instanceof b.loadBuiltin('stream').Writable)) throw invalidArgType('stream', 'Writable', stream);
      this.#stream = stream;
      const autoCommit = options == null ? undefined : options.autoCommit;
      if (autoCommit !== undefined && typeof autoCommit !== 'boolean') {
        throw invalidArgType('options.autoCommit', 'boolean', autoCommit);
      }
      this.#autoCommit = autoCommit === true;
    }
    #add(text) {
      if (this.#autoCommit) process.nextTick(() => this.#stream.write(text));
      else this.#todo.push(text);
      return this;
    }
    cursorTo(x, y = undefined) {
      integer('x', x);
      if (y !== undefined) integer('y', y);
      return this.#add(cursorEscape(x, y));
    }
    moveCursor(dx, dy) {
      integer('dx', dx);
      integer('dy', dy);
      if (dx || dy) this.#add(moveEscape(dx, dy));
      return this;
    }
    clearLine(dir) {
      integer('dir', dir);
      if (dir < -1 || dir > 1) throw outOfRange('dir', '>= -1 && <= 1', dir);
      return this.#add(clearLineEscape(dir));
    }
    clearScreenDown() {
      return this.#add(`${CSI}0J`);
    }
    commit() {
      return new Promise((resolve) => {
        const text = this.#todo.join('');
        this.#todo = [];
        this.#stream.write(text, resolve);
      });
    }
    rollback() {
      this.#todo = [];
      return this;
    }
  }

  const promises = {
    Interface: PromisesInterface,
    Readline,
    // A plain function, not a method: `new createInterface(…)` works as in Node.
    createInterface: function createInterface(input, output, completer, terminal) {
      return new PromisesInterface(input, output, completer, terminal);
    },
  };
  Object.defineProperty(PromisesInterface, 'name', { __proto__: null, value: 'Interface' });

  const readline = {
    Interface,
    clearLine,
    clearScreenDown,
    createInterface,
    cursorTo,
    emitKeypressEvents,
    moveCursor,
    promises,
  };
  return { readline, promises };
})
