// util.parseArgs, written for this library from Node 20's documentation and
// from what `node` prints for the cases in c-tests (tokens, indexes, error
// codes and message texts). Two passes: `scan` turns the argument list into
// tokens, `apply` checks them (strict mode) and fills `values`.
(function (natives) {
  'use strict';
  const own = Object.prototype.hasOwnProperty;
  const hasOwn = (obj, key) => own.call(obj, key);
  const read = (obj, key) => (own.call(obj, key) ? obj[key] : undefined);
  const isList = Array.isArray;

  // ----- argument checks: Node's ERR_INVALID_ARG_TYPE / _VALUE texts --------

  const mustBe = (ok, what, name, v) => { if (!ok) throw natives.invalidArgType(name, what, v); };
  const wantBool = (v, name) => mustBe(typeof v === 'boolean', 'boolean', name, v);
  const wantStr = (v, name) => mustBe(typeof v === 'string', 'string', name, v);
  const wantList = (v, name) => mustBe(isList(v), 'Array', name, v);
  const wantRecord = (v, name) =>
    mustBe(v !== null && typeof v === 'object' && !isList(v), 'Object', name, v);
  function wantListOf(check) {
    return (v, name) => {
      wantList(v, name);
      for (let i = 0; i < v.length; i++) check(v[i], `${name}[${i}]`);
    };
  }
  const defaultCheck = {
    string: [wantStr, wantListOf(wantStr)],
    boolean: [wantBool, wantListOf(wantBool)],
  };

  function checkSpecs(options) {
    const names = Object.keys(options);
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      const spec = options[name];
      const at = `options.${name}`;
      wantRecord(spec, at);
      const type = read(spec, 'type');
      if (type !== 'string' && type !== 'boolean') {
        throw natives.invalidArgType(`${at}.type`, "('string|boolean')", type);
      }
      if (hasOwn(spec, 'short')) {
        const letter = spec.short;
        wantStr(letter, `${at}.short`);
        if (letter.length !== 1) {
          throw natives.invalidArgValue(`${at}.short`, letter, 'must be a single character');
        }
      }
      const many = read(spec, 'multiple');
      if (hasOwn(spec, 'multiple')) wantBool(many, `${at}.multiple`);
      const dflt = read(spec, 'default');
      if (dflt !== undefined) defaultCheck[type][many ? 1 : 0](dflt, `${at}.default`);
    }
  }

  // ----- parse errors ------------------------------------------------------------

  const parseError = (code, text) => natives.nodeError('TypeError', code, text);
  const badValue = (text) => parseError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', text);

  function unknownOption(raw, positionalsAllowed) {
    let text = `Unknown option '${raw}'`;
    if (positionalsAllowed) {
      text += ". To specify a positional argument starting with a '-', place it at the end of " +
        `the command after '--', as in '-- ${JSON.stringify(raw)}`;
    }
    return parseError('ERR_PARSE_ARGS_UNKNOWN_OPTION', text);
  }

  // ----- what the options say about a name ----------------------------------------

  const UNDECLARED = { kind: undefined, many: undefined, letter: undefined };

  // Per call: what each name means (a short group asks about the same few
  // letters over and over) and which long name each short letter stands for.
  function optionTable(options) {
    const seen = new Map();
    let byLetter = null;
    return {
      about(name) {
        let info = seen.get(name);
        if (info === undefined) {
          if (hasOwn(options, name)) {
            const spec = options[name];
            info = { kind: read(spec, 'type'), many: read(spec, 'multiple'), letter: read(spec, 'short') };
          } else {
            info = UNDECLARED;
          }
          seen.set(name, info);
        }
        return info;
      },
      // The first option declaring the letter, or the letter itself.
      longFor(letter) {
        if (byLetter === null) {
          byLetter = new Map();
          const names = Object.keys(options);
          for (let i = 0; i < names.length; i++) {
            const l = read(options[names[i]], 'short');
            if (!byLetter.has(l)) byLetter.set(l, names[i]);
          }
        }
        const name = byLetter.get(letter);
        return name === undefined ? letter : name;
      },
    };
  }

  // ----- pass 1: tokens ---------------------------------------------------------------

  function optionToken(name, rawName, index, value, inlineValue) {
    return { kind: 'option', name, rawName, index, value, inlineValue };
  }

  function scan(argv, table) {
    const tokens = [];
    const count = argv.length;
    let next = 0; // next slot of argv
    let index = -1; // the token index Node reports
    // A short group like -abc is split into -a -b -c, which are read before
    // the rest of argv and keep the group's index.
    let split = null;
    let splitAt = 0;

    for (;;) {
      let arg;
      if (split !== null && splitAt < split.length) {
        arg = split[splitAt++];
      } else if (next < count) {
        arg = argv[next++];
        index++;
      } else {
        break;
      }
      const len = arg.length;
      if (typeof arg !== 'string' || len < 2 || arg[0] !== '-') {
        tokens.push({ kind: 'positional', index, value: arg });
        continue;
      }
      let name;
      if (arg[1] === '-') {
        if (len === 2) {
          tokens.push({ kind: 'option-terminator', index });
          const rest = split === null ? [] : split.slice(splitAt);
          for (let i = next; i < count; i++) rest.push(argv[i]);
          for (let i = 0; i < rest.length; i++) tokens.push({ kind: 'positional', index: ++index, value: rest[i] });
          break;
        }
        if (arg.indexOf('=', 3) !== -1) {
          const cut = arg.indexOf('=');
          name = arg.slice(2, cut);
          tokens.push(optionToken(name, `--${name}`, index, arg.slice(cut + 1), true));
          continue;
        }
        name = arg.slice(2);
      } else if (len === 2) {
        name = table.longFor(arg[1]);
      } else {
        const letter = arg[1];
        name = table.longFor(letter);
        if (table.about(name).kind === 'string') {
          tokens.push(optionToken(name, `-${letter}`, index, arg.slice(2), true));
          continue;
        }
        // A group reads as its letters one by one (a string option's letter
        // takes the rest of the group as its value). Most groups become
        // tokens right here; from a '-' on, the pieces go through the loop
        // again, since Node reads `--` there as the end of options.
        let i = 1;
        for (; i < len; i++) {
          const c = arg[i];
          if (c === '-') break;
          const long = table.longFor(c);
          if (table.about(long).kind !== 'string') {
            tokens.push(optionToken(long, `-${c}`, index, undefined, undefined));
          } else if (i < len - 1) {
            tokens.push(optionToken(long, `-${c}`, index, arg.slice(i + 1), true));
            i = len;
          } else {
            // The group's last letter: a lone string option.
            const upcoming = argv[next];
            if (upcoming != null) {
              next++;
              tokens.push(optionToken(long, `-${c}`, index, upcoming, false));
              index++;
            } else {
              tokens.push(optionToken(long, `-${c}`, index, undefined, undefined));
            }
          }
        }
        if (i < len) {
          const parts = [];
          for (; i < len; i++) {
            const c = arg[i];
            if (i < len - 1 && table.about(table.longFor(c)).kind === 'string') {
              parts.push(`-${arg.slice(i)}`);
              break;
            }
            parts.push(`-${c}`);
          }
          split = split !== null && splitAt < split.length ? parts.concat(split.slice(splitAt)) : parts;
          splitAt = 0;
        }
        continue;
      }
      // A lone option (`-x`, `--name`): one of type string takes the
      // following argument as its value.
      let upcoming;
      if (split !== null && splitAt < split.length) upcoming = split[splitAt];
      else upcoming = argv[next];
      if (upcoming != null && table.about(name).kind === 'string') {
        if (split !== null && splitAt < split.length) splitAt++;
        else next++;
        tokens.push(optionToken(name, arg, index, upcoming, false));
        index++;
      } else {
        tokens.push(optionToken(name, arg, index, undefined, undefined));
      }
    }
    return tokens;
  }

  // ----- pass 2: checks and values ----------------------------------------------------

  const optionLabel = (info, name) => (info.letter ? `-${info.letter}, --${name}` : `--${name}`);

  function strictCheck(token, table, cfg) {
    let name = token.name;
    if (!hasOwn(cfg.options, name)) {
      const base = name.slice(3);
      const negates = cfg.allowNegative && name.startsWith('no-') &&
        hasOwn(cfg.options, base) && table.about(base).kind === 'boolean';
      if (!negates) throw unknownOption(token.rawName, cfg.allowPositionals);
      name = base;
    }
    const info = table.about(name);
    if (info.kind === 'string' && typeof token.value !== 'string') {
      throw badValue(`Option '${optionLabel(info, name)} <value>' argument missing`);
    }
    if (info.kind === 'boolean' && token.value != null) {
      throw badValue(`Option '${optionLabel(info, name)}' does not take an argument`);
    }
    const v = token.value;
    if (!token.inlineValue && v != null && v.length > 1 && v[0] === '-') {
      const raw = token.rawName;
      const hint = raw.startsWith('--') ? `'${raw}=-XYZ'` : `'--${token.name}=-XYZ' or '${raw}-XYZ'`;
      throw badValue(`Option '${raw}' argument is ambiguous.\n` +
        `Did you forget to specify the option argument for '${raw}'?\n` +
        `To specify an option argument starting with a dash use ${hint}.`);
    }
  }

  function store(token, table, values, allowNegative) {
    let name = token.name;
    if (name === '__proto__') return;
    let value = token.value;
    if (value === undefined) {
      value = true;
      if (allowNegative && name.startsWith('no-')) {
        name = name.slice(3);
        token.name = name;
        value = false;
      }
    }
    if (!table.about(name).many) {
      values[name] = value;
    } else if (values[name]) {
      values[name].push(value);
    } else {
      values[name] = [value];
    }
  }

  function mainArgs() {
    const proc = natives.process();
    const flags = proc.execArgv || [];
    const evaluated = ['-e', '--eval', '-p', '--print'].some((f) => flags.includes(f));
    return proc.argv.slice(evaluated ? 1 : 2);
  }

  const parseArgs = (config = {}) => {
    const argv = read(config, 'args') ?? mainArgs();
    const strict = read(config, 'strict') ?? true;
    const allowPositionals = read(config, 'allowPositionals') ?? !strict;
    const wantTokens = read(config, 'tokens') ?? false;
    const allowNegative = read(config, 'allowNegative') ?? false;
    const options = read(config, 'options') ?? { __proto__: null };
    wantList(argv, 'args');
    wantBool(strict, 'strict');
    wantBool(allowPositionals, 'allowPositionals');
    wantBool(wantTokens, 'tokens');
    wantBool(allowNegative, 'allowNegative');
    wantRecord(options, 'options');
    checkSpecs(options);

    const table = optionTable(options);
    const tokens = scan(argv, table);
    const values = { __proto__: null };
    const positionals = [];
    const cfg = { options, allowPositionals, allowNegative };
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (token.kind === 'positional') {
        if (!allowPositionals) {
          throw parseError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
            `Unexpected argument '${token.value}'. This command does not take positional arguments`);
        }
        positionals.push(token.value);
      } else if (token.kind === 'option') {
        if (strict) strictCheck(token, table, cfg);
        store(token, table, values, allowNegative);
      }
    }
    const names = Object.keys(options);
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      const dflt = read(options[name], 'default');
      if (dflt !== undefined && name !== '__proto__' && values[name] === undefined) values[name] = dflt;
    }
    const result = { values, positionals };
    if (wantTokens) result.tokens = tokens;
    return result;
  };

  return parseArgs;
})
