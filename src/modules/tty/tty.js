// node:tty for jsrt-node: isatty, and WriteStream/ReadStream as Node streams
// over the host stdio adapter's terminal sink and source (stdio.rs). The
// process's stdio streams on a terminal are made the same way and given these
// prototypes (`adoptStdio`). Written for this project from Node's
// documentation and observed behaviour (docs/STDIO.md, "node:tty").
(function (b) {
  'use strict';

  const { Writable, Readable, nodeError, invalidArgType, loadBuiltin } = b;
  const MAX_FD = 2147483647;

  function isatty(fd) {
    return Number.isInteger(fd) && fd >= 0 && fd <= MAX_FD && b.isTTY(fd);
  }

  function checkFd(fd) {
    if (!Number.isInteger(fd) || fd < 0 || fd > MAX_FD) {
      throw nodeError('RangeError', 'ERR_INVALID_FD', `"fd" must be a positive integer: ${fd}`);
    }
  }

  // Both constructors return the adapter's stream with the subclass's
  // prototype, so `new`, a plain call and `class extends` all work.
  function WriteStream(fd) {
    checkFd(fd);
    const s = b.openWritable(fd);
    Object.setPrototypeOf(s, new.target ? new.target.prototype : WriteStream.prototype);
    s[kFd] = fd;
    readSize(s, false);
    return s;
  }
  Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
  Object.setPrototypeOf(WriteStream, Writable);

  function ReadStream(fd, options) {
    checkFd(fd);
    const s = b.openReadable(fd);
    Object.setPrototypeOf(s, new.target ? new.target.prototype : ReadStream.prototype);
    s[kFd] = fd;
    s.isRaw = false;
    s.isTTY = true;
    return s;
  }
  Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
  Object.setPrototypeOf(ReadStream, Readable);

  const kFd = Symbol('kTtyFd');
  // The terminal's size into `columns`/`rows`; 'resize' when it changed.
  function readSize(s, emit) {
    const size = b.windowSize(s[kFd] !== undefined ? s[kFd] : s.fd);
    if (size === undefined || (s.columns === size[0] && s.rows === size[1])) return;
    s.columns = size[0];
    s.rows = size[1];
    if (emit) s.emit('resize');
  }

  // Node's prototype methods are plain (enumerable) assignments.
  ReadStream.prototype.setRawMode = function setRawMode(flag) {
    const on = !!flag;
    const fd = this[kFd] !== undefined ? this[kFd] : this.fd;
    const err = b.setRawMode(fd, on);
    if (err !== undefined) {
      this.emit('error', err);
      return this;
    }
    this.isRaw = on;
    return this;
  };

  WriteStream.prototype.isTTY = true;
  WriteStream.prototype.getColorDepth = function getColorDepth(env = globalThis.process.env) {
    return colorDepth(env);
  };
  WriteStream.prototype.hasColors = function hasColors(count, env) {
    if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
      env = count;
      count = 16;
    } else if (typeof count !== 'number') {
      throw invalidArgType('count', 'number', count);
    } else if (!Number.isInteger(count)) {
      throw nodeError('RangeError', 'ERR_OUT_OF_RANGE',
        `The value of "count" is out of range. It must be an integer. Received ${count}`);
    } else if (count < 2 || count > Number.MAX_SAFE_INTEGER) {
      throw nodeError('RangeError', 'ERR_OUT_OF_RANGE',
        `The value of "count" is out of range. It must be >= 2 && <= ${Number.MAX_SAFE_INTEGER}. Received ${b.received(count)}`);
    }
    return count <= 2 ** colorDepth(env === undefined ? globalThis.process.env : env);
  };
  WriteStream.prototype._refreshSize = function _refreshSize() { readSize(this, true); };
  const readline = () => loadBuiltin('readline');
  WriteStream.prototype.cursorTo = function cursorTo(x, y, cb) { return readline().cursorTo(this, x, y, cb); };
  WriteStream.prototype.moveCursor = function moveCursor(dx, dy, cb) { return readline().moveCursor(this, dx, dy, cb); };
  WriteStream.prototype.clearLine = function clearLine(dir, cb) { return readline().clearLine(this, dir, cb); };
  WriteStream.prototype.clearScreenDown = function clearScreenDown(cb) { return readline().clearScreenDown(this, cb); };
  WriteStream.prototype.getWindowSize = function getWindowSize() { return [this.columns, this.rows]; };

  // ----- colour depth -----------------------------------------------------------------
  // The decision Node makes, as observed: an explicit FORCE_COLOR, then what
  // switches colours off, then the multiplexer, CI, TeamCity and the terminal
  // program, a true-colour COLORTERM, the TERM name, any other COLORTERM.
  // Results are bits per colour: 1, 4 (16 colours), 8 (256) or 24.
  let forceWarned = false;
  const FORCED = { '': 4, 1: 4, true: 4, 2: 8, 3: 24 };
  const CI_WITH_COLORS = ['TRAVIS', 'CIRCLECI', 'APPVEYOR', 'GITLAB_CI', 'GITHUB_ACTIONS', 'BUILDKITE', 'DRONE'];
  const TERMINAL_PROGRAMS = { 'Apple_Terminal': 8, 'HyperTerm': 24, 'MacTerm': 24 };
  // Terminal names with a depth of their own (compared in lower case).
  const NAMED_TERMS = {
    'mosh': 24, 'terminator': 24, 'rxvt-unicode-24bit': 24,
    'eterm': 4, 'cons25': 4, 'console': 4, 'cygwin': 4, 'dtterm': 4, 'gnome': 4, 'hurd': 4,
    'jfbterm': 4, 'konsole': 4, 'kterm': 4, 'mlterm': 4, 'putty': 4, 'st': 4,
  };
  // Names that mean 16 colours wherever the word stands (first group) or at
  // the start (second), in any case.
  const SIXTEEN_ANYWHERE = ['ansi', 'color', 'linux'];
  const SIXTEEN_PREFIX = ['rxvt', 'screen', 'xterm', 'vt100'];
  const consoleSize = /^con[0-9]*x[0-9]/i;
  const teamcityWithColors = /^(?:9\.0*[1-9][0-9]*\.|[0-9]{2,}\.)/;

  function warnIgnored(env) {
    if (forceWarned) return;
    const ignored = ['NODE_DISABLE_COLORS', 'NO_COLOR'].filter((k) => env[k] !== undefined);
    if (ignored.length === 0) return;
    forceWarned = true;
    globalThis.process.emitWarning(`The ${ignored.map((k) => `'${k}'`).join(' and ')} env is ignored due to the 'FORCE_COLOR' env being set.`);
  }

  function termDepth(term) {
    const lower = term.toLowerCase();
    if (Object.prototype.hasOwnProperty.call(NAMED_TERMS, lower)) return NAMED_TERMS[lower];
    if (term.startsWith('xterm-256')) return 8;
    if (SIXTEEN_ANYWHERE.some((w) => lower.includes(w)) || SIXTEEN_PREFIX.some((w) => lower.startsWith(w)) ||
      consoleSize.test(term)) {
      return 4;
    }
    return 0;
  }

  function colorDepth(env) {
    if (env.FORCE_COLOR !== undefined) {
      warnIgnored(env);
      const v = env.FORCE_COLOR;
      return typeof v === 'string' && Object.prototype.hasOwnProperty.call(FORCED, v) ? FORCED[v] : 1;
    }
    if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return 1;
    if (env.TMUX) return 8;
    if (env.CI) {
      return CI_WITH_COLORS.some((k) => k in env) || env.CI_NAME === 'codeship' ? 8 : 1;
    }
    if ('TEAMCITY_VERSION' in env) return teamcityWithColors.test(env.TEAMCITY_VERSION) ? 4 : 1;
    const program = env.TERM_PROGRAM;
    if (program === 'iTerm.app') {
      const v = env.TERM_PROGRAM_VERSION;
      return !v || /^[0-2]\./.test(v) ? 8 : 24;
    }
    if (program !== undefined && Object.prototype.hasOwnProperty.call(TERMINAL_PROGRAMS, program)) {
      return TERMINAL_PROGRAMS[program];
    }
    if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
    if (env.TERM) {
      const d = termDepth(env.TERM);
      if (d !== 0) return d;
    }
    return env.COLORTERM ? 4 : 1;
  }

  // process.stdout/stderr/stdin on a terminal: the adapter's streams become
  // these classes' instances; the outputs follow the window size (SIGWINCH,
  // as Node's, through a listener on process).
  function adoptStdio(stream, fd) {
    if (fd === 0) {
      Object.setPrototypeOf(stream, ReadStream.prototype);
      stream[kFd] = fd;
      stream.isRaw = false;
      return;
    }
    Object.setPrototypeOf(stream, WriteStream.prototype);
    const p = globalThis.process;
    if (p !== undefined && p !== null && typeof p.on === 'function' && typeof p.emitWarning === 'function') {
      const refresh = fd === 1 ? function refreshStdoutOnSigWinch() { stream._refreshSize(); }
        : function refreshStderrOnSigWinch() { stream._refreshSize(); };
      p.on('SIGWINCH', refresh);
    }
  }

  return { isatty, ReadStream, WriteStream, adoptStdio };
})
