// util.parseArgs, following Node 20's lib/internal/util/parse_args: the
// same tokenizer (short groups, inline values, `--`), strict checks,
// allowNegative, defaults, tokens and error codes/messages.
(function (b) {
  'use strict';
  const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  const objectGetOwn = (obj, prop) => (hasOwn(obj, prop) ? obj[prop] : undefined);
  const optionsGetOwn = (options, longOption, prop) =>
    (hasOwn(options, longOption) ? objectGetOwn(options[longOption], prop) : undefined);

  function validateObject(value, name) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw b.invalidArgType(name, 'Object', value);
    }
  }
  function validateArray(value, name) {
    if (!Array.isArray(value)) throw b.invalidArgType(name, 'Array', value);
  }
  function validateBoolean(value, name) {
    if (typeof value !== 'boolean') throw b.invalidArgType(name, 'boolean', value);
  }
  function validateString(value, name) {
    if (typeof value !== 'string') throw b.invalidArgType(name, 'string', value);
  }
  function validateStringArray(value, name) {
    validateArray(value, name);
    for (let i = 0; i < value.length; i++) validateString(value[i], `${name}[${i}]`);
  }
  function validateBooleanArray(value, name) {
    validateArray(value, name);
    for (let i = 0; i < value.length; i++) validateBoolean(value[i], `${name}[${i}]`);
  }
  function validateUnion(value, name, union) {
    if (!union.includes(value)) {
      throw b.invalidArgType(name, `('${union.join('|')}')`, value);
    }
  }

  const invalidOptionValue = (msg) => b.nodeError('TypeError', 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', msg);
  function unknownOption(option, allowPositionals) {
    const suggest = allowPositionals ?
      '. To specify a positional argument starting with a \'-\', place it at the end of the command after ' +
        `'--', as in '-- ${JSON.stringify(option)}` :
      '';
    return b.nodeError('TypeError', 'ERR_PARSE_ARGS_UNKNOWN_OPTION', `Unknown option '${option}'${suggest}`);
  }
  const unexpectedPositional = (value) => b.nodeError('TypeError', 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
    `Unexpected argument '${value}'. This command does not take positional arguments`);

  const isOptionValue = (value) => value != null;
  const isOptionLikeValue = (value) => value != null && value.length > 1 && value[0] === '-';
  const isLoneShortOption = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
  const isLoneLongOption = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
  const isLongOptionAndValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);

  function findLongOptionForShort(shortOption, options) {
    validateObject(options, 'options');
    const entry = Object.entries(options).find(([, config]) => objectGetOwn(config, 'short') === shortOption);
    return entry?.[0] ?? shortOption;
  }

  function isShortOptionGroup(arg, options) {
    if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
    const longOption = findLongOptionForShort(arg[1], options);
    return optionsGetOwn(options, longOption, 'type') !== 'string';
  }

  function isShortOptionAndValue(arg, options) {
    validateObject(options, 'options');
    if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
    const longOption = findLongOptionForShort(arg[1], options);
    return optionsGetOwn(options, longOption, 'type') === 'string';
  }

  function getMainArgs() {
    const p = b.process();
    const execArgv = p.execArgv || [];
    if (execArgv.includes('-e') || execArgv.includes('--eval') || execArgv.includes('-p') || execArgv.includes('--print')) {
      return p.argv.slice(1);
    }
    return p.argv.slice(2);
  }

  function checkOptionLikeValue(token) {
    if (!token.inlineValue && isOptionLikeValue(token.value)) {
      const example = token.rawName.startsWith('--') ?
        `'${token.rawName}=-XYZ'` :
        `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
      throw invalidOptionValue(`Option '${token.rawName}' argument is ambiguous.
Did you forget to specify the option argument for '${token.rawName}'?
To specify an option argument starting with a dash use ${example}.`);
    }
  }

  function checkOptionUsage(config, token) {
    let name = token.name;
    if (!hasOwn(config.options, name)) {
      if (config.allowNegative && name.startsWith('no-')) {
        name = name.slice(3);
        if (!hasOwn(config.options, name) || optionsGetOwn(config.options, name, 'type') !== 'boolean') {
          throw unknownOption(token.rawName, config.allowPositionals);
        }
      } else {
        throw unknownOption(token.rawName, config.allowPositionals);
      }
    }
    const short = optionsGetOwn(config.options, name, 'short');
    const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
    const type = optionsGetOwn(config.options, name, 'type');
    if (type === 'string' && typeof token.value !== 'string') {
      throw invalidOptionValue(`Option '${shortAndLong} <value>' argument missing`);
    }
    if (type === 'boolean' && token.value != null) {
      throw invalidOptionValue(`Option '${shortAndLong}' does not take an argument`);
    }
  }

  function storeOption(token, options, values, allowNegative) {
    let longOption = token.name;
    let optionValue = token.value;
    if (longOption === '__proto__') return;
    if (allowNegative && longOption.startsWith('no-') && optionValue === undefined) {
      longOption = longOption.slice(3);
      token.name = longOption;
      optionValue = false;
    }
    const newValue = optionValue ?? true;
    if (optionsGetOwn(options, longOption, 'multiple')) {
      if (values[longOption]) {
        values[longOption].push(newValue);
      } else {
        values[longOption] = [newValue];
      }
    } else {
      values[longOption] = newValue;
    }
  }

  function argsToTokens(args, options) {
    const tokens = [];
    let index = -1;
    let groupCount = 0;
    // A read position instead of shift()/unshift(): both move the whole array
    // on this engine, which made long argument lists quadratic. A short-option
    // group's pieces wait in `pending` and are read before the next argument.
    const queue = args.slice();
    let head = 0;
    let pending = [];
    let ph = 0;
    const take = () => (ph < pending.length ? pending[ph++] : queue[head++]);
    while (ph < pending.length || head < queue.length) {
      const arg = take();
      const nextArg = ph < pending.length ? pending[ph] : queue[head];
      if (groupCount > 0) groupCount--;
      else index++;

      if (arg === '--') {
        tokens.push({ kind: 'option-terminator', index });
        for (const rest of pending.slice(ph).concat(queue.slice(head))) {
          tokens.push({ kind: 'positional', index: ++index, value: rest });
        }
        break;
      }

      if (isLoneShortOption(arg)) {
        const shortOption = arg[1];
        const longOption = findLongOptionForShort(shortOption, options);
        let value;
        let inlineValue;
        if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
          value = take();
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
        if (value != null) ++index;
        continue;
      }

      if (isShortOptionGroup(arg, options)) {
        const expanded = [];
        for (let i = 1; i < arg.length; i++) {
          const shortOption = arg[i];
          const longOption = findLongOptionForShort(shortOption, options);
          if (optionsGetOwn(options, longOption, 'type') !== 'string' || i === arg.length - 1) {
            expanded.push(`-${shortOption}`);
          } else {
            expanded.push(`-${arg.slice(i)}`);
            break;
          }
        }
        pending = expanded.concat(pending.slice(ph));
        ph = 0;
        groupCount = expanded.length;
        continue;
      }

      if (isShortOptionAndValue(arg, options)) {
        const shortOption = arg[1];
        const longOption = findLongOptionForShort(shortOption, options);
        tokens.push({ kind: 'option', name: longOption, rawName: `-${shortOption}`, index,
          value: arg.slice(2), inlineValue: true });
        continue;
      }

      if (isLoneLongOption(arg)) {
        const longOption = arg.slice(2);
        let value;
        let inlineValue;
        if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
          value = take();
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
        if (value != null) ++index;
        continue;
      }

      if (isLongOptionAndValue(arg)) {
        const eq = arg.indexOf('=');
        const longOption = arg.slice(2, eq);
        tokens.push({ kind: 'option', name: longOption, rawName: `--${longOption}`, index,
          value: arg.slice(eq + 1), inlineValue: true });
        continue;
      }

      tokens.push({ kind: 'positional', index, value: arg });
    }
    return tokens;
  }

  const parseArgs = (config = {}) => {
    const args = objectGetOwn(config, 'args') ?? getMainArgs();
    const strict = objectGetOwn(config, 'strict') ?? true;
    const allowPositionals = objectGetOwn(config, 'allowPositionals') ?? !strict;
    const returnTokens = objectGetOwn(config, 'tokens') ?? false;
    const allowNegative = objectGetOwn(config, 'allowNegative') ?? false;
    const options = objectGetOwn(config, 'options') ?? { __proto__: null };
    const parseConfig = { args, strict, options, allowPositionals, allowNegative };

    validateArray(args, 'args');
    validateBoolean(strict, 'strict');
    validateBoolean(allowPositionals, 'allowPositionals');
    validateBoolean(returnTokens, 'tokens');
    validateBoolean(allowNegative, 'allowNegative');
    validateObject(options, 'options');
    for (const [longOption, optionConfig] of Object.entries(options)) {
      validateObject(optionConfig, `options.${longOption}`);
      const optionType = objectGetOwn(optionConfig, 'type');
      validateUnion(optionType, `options.${longOption}.type`, ['string', 'boolean']);
      if (hasOwn(optionConfig, 'short')) {
        const shortOption = optionConfig.short;
        validateString(shortOption, `options.${longOption}.short`);
        if (shortOption.length !== 1) {
          throw b.invalidArgValue(`options.${longOption}.short`, shortOption, 'must be a single character');
        }
      }
      const multipleOption = objectGetOwn(optionConfig, 'multiple');
      if (hasOwn(optionConfig, 'multiple')) {
        validateBoolean(multipleOption, `options.${longOption}.multiple`);
      }
      const defaultValue = objectGetOwn(optionConfig, 'default');
      if (defaultValue !== undefined) {
        let validator;
        switch (optionType) {
          case 'string':
            validator = multipleOption ? validateStringArray : validateString;
            break;
          case 'boolean':
            validator = multipleOption ? validateBooleanArray : validateBoolean;
            break;
        }
        validator(defaultValue, `options.${longOption}.default`);
      }
    }

    const tokens = argsToTokens(args, options);
    const result = { values: { __proto__: null }, positionals: [] };
    if (returnTokens) result.tokens = tokens;
    for (const token of tokens) {
      if (token.kind === 'option') {
        if (strict) {
          checkOptionUsage(parseConfig, token);
          checkOptionLikeValue(token);
        }
        storeOption(token, options, result.values, parseConfig.allowNegative);
      } else if (token.kind === 'positional') {
        if (!allowPositionals) throw unexpectedPositional(token.value);
        result.positionals.push(token.value);
      }
    }
    for (const [longOption, optionConfig] of Object.entries(options)) {
      if (objectGetOwn(optionConfig, 'default') !== undefined && result.values[longOption] === undefined) {
        if (longOption !== '__proto__') result.values[longOption] = objectGetOwn(optionConfig, 'default');
      }
    }
    return result;
  };

  return parseArgs;
})
