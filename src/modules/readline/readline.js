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
    if (typeof x !== 'number') throw invalidValue('x', x);
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
  function emitKeypressEvents(stream, iface = {}) {
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
        stream.emit('keypress', key.sequence[0] === ESC ? undefined : key.sequence, key);
      }
    };
    const onData = (data) => {
      if (stream.listenerCount('keypress') === 0) {
        stream.removeListener('data', onData);
        stream.on('newListener', onNewListener);
        return;
      }
      pending += typeof data === 'string' ? data : decoder.write(data);
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

  function Interface(input, output, completer, terminal) {
    if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
    let history;
    let historySize;
    let removeHistoryDuplicates = false;
    let crlfDelay;
    let prompt = '> ';
    let signal;
    let escapeCodeTimeout = 500;
    let tabSize = 8;
    if (input && input.input) {
      const o = input;
      ({ output, completer, terminal, history, historySize, signal, prompt = '> ', crlfDelay } = o);
      if (o.tabSize !== undefined) {
        if (typeof o.tabSize !== 'number') throw invalidArgType('tabSize', 'number', o.tabSize);
        if (!Number.isInteger(o.tabSize)) throw outOfRange('tabSize', 'an integer', o.tabSize);
        if (o.tabSize < 1 || o.tabSize > 4294967295) throw outOfRange('tabSize', '>= 1 && <= 4294967295', o.tabSize);
        tabSize = o.tabSize;
      }
      removeHistoryDuplicates = Boolean(o.removeHistoryDuplicates);
      if (o.escapeCodeTimeout !== undefined) {
        if (!Number.isFinite(o.escapeCodeTimeout)) throw invalidValue('escapeCodeTimeout', o.escapeCodeTimeout);
        escapeCodeTimeout = o.escapeCodeTimeout;
      }
      if (signal !== undefined && !isAbortSignal(signal)) throw invalidArgType('options.signal', 'AbortSignal', signal);
      input = o.input;
    }
    if (completer !== undefined && typeof completer !== 'function') throw invalidValue('completer', completer);
    if (history === undefined) history = [];
    else if (!Array.isArray(history)) throw invalidArgType('history', 'Array', history);
    if (historySize === undefined) historySize = 30;
    else if (typeof historySize !== 'number' || Number.isNaN(historySize) || historySize < 0) {
      throw outOfRange('historySize', '>= 0', historySize);
    }
    if (terminal === undefined && !(output === null || output === undefined)) terminal = Boolean(output.isTTY);

    this.isCompletionEnabled = true;
    this.escapeCodeTimeout = escapeCodeTimeout;
    this.tabSize = tabSize;
    EventEmitter.call(this);
    this.line = '';
    this.output = output;
    this.input = input;
    this.history = history;
    this.historySize = historySize;
    this.removeHistoryDuplicates = removeHistoryDuplicates;
    this.crlfDelay = crlfDelay ? Math.max(MIN_CRLF_DELAY, crlfDelay) : MIN_CRLF_DELAY;
    this.completer = completer;
    this.terminal = Boolean(terminal);
    const hidden = (k, v) => Object.defineProperty(this, k, { value: v, writable: true, configurable: true });
    hidden('_prompt', prompt);
    hidden('_question', null);
    hidden('_pending', '');
    hidden('_crAt', 0);
    hidden('_decoder', new StringDecoder('utf8'));
    hidden('_lines', undefined);
    hidden('_lastKey', undefined);

    const onData = (data) => this._normalWrite(data);
    const onEnd = () => {
      const rest = this.terminal ? this.line : this._pending;
      if (typeof rest === 'string' && rest.length > 0) this.emit('line', rest);
      this._pending = '';
      this.close();
    };
    const onError = (err) => this.emit('error', err);
    const onKeypress = (s, key) => {
      this._ttyWrite(s, key);
    };
    const onResize = () => this._refreshLine();
    input.on('error', onError);
    if (this.terminal) {
      this.cursor = 0;
      this.historyIndex = -1;
      emitKeypressEvents(input, this);
      input.on('keypress', onKeypress);
      input.on('end', onEnd);
      this._setRawMode(true);
      if (output !== null && output !== undefined) output.on('resize', onResize);
    } else {
      input.on('data', onData);
      input.on('end', onEnd);
    }
    this.once('close', () => {
      input.removeListener('error', onError);
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
      input.removeListener('keypress', onKeypress);
      if (output !== null && output !== undefined) output.removeListener('resize', onResize);
    });
    if (signal) {
      const onAbort = () => this.close();
      if (signal.aborted) process.nextTick(onAbort);
      else {
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }
    input.resume();
  }
  Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(Interface, EventEmitter);

  const proto = {
    get columns() {
      return this.output && this.output.columns ? this.output.columns : Infinity;
    },
    setPrompt(prompt) {
      this._prompt = prompt;
    },
    getPrompt() {
      return this._prompt;
    },
    _setRawMode(mode) {
      const was = this.input.isRaw;
      if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
      return was;
    },
    prompt(preserveCursor) {
      if (this.paused) this.resume();
      if (this.terminal) {
        if (!preserveCursor) this.cursor = 0;
        this._refreshLine();
      } else {
        this._writeToOutput(this._prompt);
      }
    },
    question(query, options, cb) {
      cb = typeof options === 'function' ? options : cb;
      if (options !== null && typeof options === 'object') {
        const { signal } = options;
        if (signal !== undefined && !isAbortSignal(signal)) throw invalidArgType('options.signal', 'AbortSignal', signal);
        if (signal) {
          if (signal.aborted) return;
          signal.addEventListener('abort', () => this._cancelQuestion(), { once: true });
        }
      }
      if (typeof cb === 'function') this._ask(query, cb);
    },
    _ask(query, cb) {
      if (this.closed) throw useAfterClose();
      if (this._question) {
        this.prompt();
        return;
      }
      this._oldPrompt = this._prompt;
      this.setPrompt(query);
      this._question = cb;
      this.prompt();
    },
    _cancelQuestion() {
      if (!this._question) return;
      this._question = null;
      this.setPrompt(this._oldPrompt);
      this.clearLine();
    },
    _onLine(line) {
      if (this._question) {
        const cb = this._question;
        this._question = null;
        this.setPrompt(this._oldPrompt);
        cb(line);
      } else {
        this.emit('line', line);
      }
    },
    _writeToOutput(text) {
      if (typeof text !== 'string') throw invalidArgType('stringToWrite', 'string', text);
      if (this.output !== null && this.output !== undefined) this.output.write(text);
    },
    // The submitted line joins the history (newest first) unless it is blank
    // or repeats the newest entry; returns the line.
    _addHistory() {
      const entry = this.line;
      if (entry === '') return entry;
      const kept = this.historySize > 0 && entry.trim() !== '';
      if (!kept) return entry;
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
    },
    _refreshLine() {
      if (!this.terminal) return;
      const text = this._prompt + this.line;
      this._writeToOutput(cursorEscape(0) + `${CSI}0J` + text);
      const before = stringWidth(this._prompt + this.line.slice(0, this.cursor));
      this._writeToOutput(cursorEscape(Number.isFinite(this.columns) ? before % this.columns : before));
    },
    clearLine() {
      this._moveCursor(Infinity);
      this._writeToOutput('\r\n');
      this.line = '';
      this.cursor = 0;
    },
    _insertString(s) {
      if (this.cursor < this.line.length) {
        this.line = this.line.slice(0, this.cursor) + s + this.line.slice(this.cursor);
        this.cursor += s.length;
        this._refreshLine();
      } else {
        this.line += s;
        this.cursor += s.length;
        this._writeToOutput(s);
      }
    },
    _moveCursor(dx) {
      const from = this.cursor;
      const to = Math.max(0, Math.min(this.line.length, from + dx));
      if (to === from) return;
      const width = stringWidth(this.line.slice(Math.min(to, from), Math.max(to, from)));
      this.cursor = to;
      moveCursor(this.output, to > from ? width : -width, 0);
    },
    _historyStep(dir) {
      if (this.history.length === 0) return;
      const next = this.historyIndex + dir;
      if (next < -1 || next >= this.history.length) return;
      if (this.historyIndex === -1) this._draft = this.line;
      this.historyIndex = next;
      this.line = next === -1 ? this._draft || '' : this.history[next];
      this.cursor = this.line.length;
      this._refreshLine();
    },
    _submit() {
      const line = this._addHistory();
      this._writeToOutput('\r\n');
      this.line = '';
      this.cursor = 0;
      this.historyIndex = -1;
      this._onLine(line);
    },
    _ttyWrite(s, key = {}) {
      const previous = this._lastKey;
      this._lastKey = key.name;
      if (key.name === 'tab') this._lastKey = previous;
      if (key.ctrl && !key.meta) {
        switch (key.name) {
          case 'c':
            if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
            else this.close();
            return;
          case 'd':
            if (this.cursor === 0 && this.line.length === 0) this.close();
            else if (this.cursor < this.line.length) {
              this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + 1);
              this._refreshLine();
            }
            return;
          case 'a':
            this._moveCursor(-Infinity);
            return;
          case 'e':
            this._moveCursor(Infinity);
            return;
          case 'b':
            this._moveCursor(-1);
            return;
          case 'f':
            this._moveCursor(1);
            return;
          case 'w':
            this._cut(this._wordStart(), this.cursor);
            return;
          case 'left':
            this._moveCursor(this._wordStart() - this.cursor);
            return;
          case 'right':
            this._moveCursor(this._wordEnd() - this.cursor);
            return;
          case 'u':
            this.line = this.line.slice(this.cursor);
            this.cursor = 0;
            this._refreshLine();
            return;
          case 'k':
            this.line = this.line.slice(0, this.cursor);
            this._refreshLine();
            return;
          case 'l':
            cursorTo(this.output, 0, 0);
            clearScreenDown(this.output);
            this._refreshLine();
            return;
          case 'n':
            this._historyStep(-1);
            return;
          case 'p':
            this._historyStep(1);
            return;
          default:
            return;
        }
      }
      switch (key.name) {
        case 'return':
          this._crAt = Date.now();
          this._submit();
          return;
        case 'enter':
          // The \n of a \r\n pair is part of the line break already taken.
          if (this._crAt === 0 || Date.now() - this._crAt > this.crlfDelay) this._submit();
          this._crAt = 0;
          return;
        case 'backspace':
          if (this.cursor > 0) {
            this.line = this.line.slice(0, this.cursor - 1) + this.line.slice(this.cursor);
            this.cursor--;
            this._refreshLine();
          }
          return;
        case 'delete':
          if (this.cursor < this.line.length) {
            this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + 1);
            this._refreshLine();
          }
          return;
        case 'left':
          this._moveCursor(-1);
          return;
        case 'right':
          this._moveCursor(1);
          return;
        case 'home':
          this._moveCursor(-Infinity);
          return;
        case 'end':
          this._moveCursor(Infinity);
          return;
        case 'up':
          this._historyStep(1);
          return;
        case 'down':
          this._historyStep(-1);
          return;
        case 'tab':
          if (typeof this.completer === 'function' && this.isCompletionEnabled) {
            const again = this._lastKey === 'tab';
            this._lastKey = 'tab';
            this._complete(again);
            return;
          }
          break;
        default:
          break;
      }
      if (key.meta) {
        if (key.name === 'f') this._moveCursor(this._wordEnd() - this.cursor);
        else if (key.name === 'b') this._moveCursor(this._wordStart() - this.cursor);
        else if (key.name === 'd') this._cut(this.cursor, this._wordEnd());
        else if (key.name === 'backspace') this._cut(this._wordStart(), this.cursor);
        return;
      }
      if (typeof s !== 'string' || s.length === 0) return;
      // Pasted text: every line break in it submits a line.
      const parts = s.split(/\r\n|\n|\r/);
      parts.forEach((part, i) => {
        if (i > 0) this._submit();
        if (part.length > 0) this._insertString(part);
      });
    },
    // Word motion as Node's: a word is a run of word characters or a run of
    // other non-space characters; spaces after it (forward) or before it
    // (backward) go with it.
    _wordEnd() {
      const line = this.line;
      const kind = (c) => (/\s/.test(c) ? 0 : /\w/.test(c) ? 1 : 2);
      let i = this.cursor;
      if (i >= line.length) return i;
      const first = kind(line[i]);
      while (i < line.length && kind(line[i]) === first) i++;
      while (first !== 0 && i < line.length && kind(line[i]) === 0) i++;
      return i;
    },
    _wordStart() {
      const line = this.line;
      const kind = (c) => (/\s/.test(c) ? 0 : /\w/.test(c) ? 1 : 2);
      let i = this.cursor;
      while (i > 0 && kind(line[i - 1]) === 0) i--;
      if (i === 0) return 0;
      const k = kind(line[i - 1]);
      while (i > 0 && kind(line[i - 1]) === k) i--;
      return i;
    },
    _cut(from, to) {
      if (to <= from) return;
      this.line = this.line.slice(0, from) + this.line.slice(to);
      this.cursor = from;
      this._refreshLine();
    },
    // Tab: extend the word to what every completion shares; when that adds
    // nothing, a second tab in a row lists the completions in columns.
    _complete(again) {
      const before = this.line.slice(0, this.cursor);
      const done = (err, result) => {
        if (err || !Array.isArray(result)) return;
        const [hits, word] = result;
        if (!Array.isArray(hits)) return;
        const items = hits.filter((h) => typeof h === 'string' && h !== '');
        if (items.length === 0) return;
        let shared = items[0];
        for (const item of items) {
          let n = 0;
          while (n < shared.length && n < item.length && shared[n] === item[n]) n++;
          shared = shared.slice(0, n);
        }
        const typed = String(word);
        if (shared.length > typed.length) {
          this._insertString(shared.slice(typed.length));
          return;
        }
        if (!again) return;
        const width = items.reduce((w, item) => Math.max(w, stringWidth(item)), 0) + 2;
        const cols = this.output && this.output.columns;
        const perRow = cols ? Math.max(1, Math.floor(cols / width)) : 1;
        let text = '\r\n';
        for (let i = 0; i < items.length; i += perRow) {
          const row = items.slice(i, i + perRow);
          text += row.map((item, j) => (j < row.length - 1 ? item + ' '.repeat(width - stringWidth(item)) : item)).join('');
          text += '\r\n';
        }
        this._writeToOutput(`${text}\r\n`);
        this._refreshLine();
      };
      if (this.completer.length === 2) this.completer(before, done);
      else {
        try {
          done(null, this.completer(before));
        } catch (e) {
          this.emit('error', e);
        }
      }
    },
    _normalWrite(data) {
      if (data === undefined) return;
      let text = typeof data === 'string' ? data : this._decoder.write(data);
      // A \r ended the last chunk: the \n that completes it may come next.
      if (this._crAt && Date.now() - this._crAt <= this.crlfDelay && text[0] === '\n') text = text.slice(1);
      this._crAt = 0;
      let from = 0;
      const lines = [];
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c !== 10 && c !== 13) continue;
        lines.push(this._pending + text.slice(from, i));
        this._pending = '';
        if (c === 13) {
          if (i + 1 === text.length) this._crAt = Date.now();
          else if (text.charCodeAt(i + 1) === 10) i++;
        }
        from = i + 1;
      }
      this._pending += text.slice(from);
      for (const line of lines) this._onLine(line);
    },
    write(data, key) {
      if (this.paused) this.resume();
      if (this.terminal) this._ttyWrite(data, key);
      else this._normalWrite(data);
    },
    pause() {
      if (this.paused) return;
      this.input.pause();
      this.paused = true;
      this.emit('pause');
      return this;
    },
    resume() {
      if (!this.paused) return;
      this.input.resume();
      this.paused = false;
      this.emit('resume');
      return this;
    },
    close() {
      if (this.closed) return;
      if (this.terminal) this._setRawMode(false);
      this.pause();
      this.closed = true;
      this.emit('close');
    },
    getCursorPos() {
      const before = this._prompt + (this.line || '').slice(0, this.cursor || 0);
      const parts = before.split(/\r?\n/);
      const cols = this.columns;
      let rows = parts.length - 1;
      let last = stringWidth(parts[parts.length - 1]);
      if (Number.isFinite(cols) && cols > 0) {
        for (let i = 0; i < parts.length - 1; i++) rows += Math.floor(stringWidth(parts[i]) / cols);
        rows += Math.floor(last / cols);
        last %= cols;
      }
      return { rows, cols: last };
    },
    [Symbol.asyncIterator]() {
      if (this._lines === undefined) {
        const events = on(this, 'line', { close: ['close'], highWaterMark: 1024 });
        const iface = this;
        this._lines = {
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
      return this._lines;
    },
  };
  for (const key of Reflect.ownKeys(proto)) {
    const d = Object.getOwnPropertyDescriptor(proto, key);
    d.enumerable = false;
    Object.defineProperty(Interface.prototype, key, d);
  }
  if (typeof Symbol.dispose === 'symbol') Interface.prototype[Symbol.dispose] = Interface.prototype.close;

  function createInterface(input, output, completer, terminal) {
    return new Interface(input, output, completer, terminal);
  }

  // ----- readline/promises ----------------------------------------------------------------

  class PromisesInterface extends Interface {
    question(query, options = {}) {
      return new Promise((resolve, reject) => {
        if (this.closed) throw useAfterClose();
        const signal = options && options.signal;
        if (signal !== undefined && !isAbortSignal(signal)) throw invalidArgType('options.signal', 'AbortSignal', signal);
        if (signal && signal.aborted) {
          reject(abortError(signal));
          return;
        }
        let done = resolve;
        if (signal) {
          const onAbort = () => {
            this._cancelQuestion();
            reject(abortError(signal));
          };
          signal.addEventListener('abort', onAbort, { once: true });
          done = (answer) => {
            signal.removeEventListener('abort', onAbort);
            resolve(answer);
          };
        }
        this._ask(query, done);
      });
    }
  }

  class Readline {
    #stream;
    #todo = [];
    #autoCommit;
    constructor(stream, options = undefined) {
      if (!(stream instanceof b.loadBuiltin('stream').Writable)) throw invalidArgType('stream', 'Writable', stream);
      this.#stream = stream;
      this.#autoCommit = Boolean(options && options.autoCommit);
    }
    #add(text) {
      if (this.#autoCommit) process.nextTick(() => this.#stream.write(text));
      else this.#todo.push(text);
      return this;
    }
    cursorTo(x, y = undefined) {
      if (typeof x !== 'number' || !Number.isInteger(x) && !Number.isNaN(x)) throw invalidArgType('x', 'number', x);
      if (y !== undefined && typeof y !== 'number') throw invalidArgType('y', 'number', y);
      return this.#add(cursorEscape(x, y));
    }
    moveCursor(dx, dy) {
      if (dx || dy) this.#add(moveEscape(dx, dy));
      return this;
    }
    clearLine(dir) {
      if (typeof dir !== 'number') throw invalidArgType('dir', 'number', dir);
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
    createInterface(input, output, completer, terminal) {
      return new PromisesInterface(input, output, completer, terminal);
    },
  };
  Object.defineProperty(PromisesInterface, 'name', { value: 'Interface' });

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
