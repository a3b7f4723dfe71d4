// DOMException for hosts whose engine has none (Bellard's QuickJS) or one
// without the options bag (quickjs-ng): WebIDL's interface as Node 20 shows
// it. Instances own only `stack` (and `cause` when the options have one);
// name, message and code are brand-checked getters on the prototype; the
// legacy code constants sit on the constructor and the prototype.
// Evaluated on first read of the global (src/lazy.rs) by
// src/modules/events/mod.rs, called with a binding of native helpers.
//
// Written for this project from the WebIDL standard and traces of `node`.
(function (binding) {
  'use strict';

  // The legacy constants, in the standard's order; `names` maps an error
  // name to its code (names without one have code 0).
  const LEGACY = [
    ['INDEX_SIZE_ERR', 'IndexSizeError'], ['DOMSTRING_SIZE_ERR', ''], ['HIERARCHY_REQUEST_ERR', 'HierarchyRequestError'],
    ['WRONG_DOCUMENT_ERR', 'WrongDocumentError'], ['INVALID_CHARACTER_ERR', 'InvalidCharacterError'],
    ['NO_DATA_ALLOWED_ERR', ''], ['NO_MODIFICATION_ALLOWED_ERR', 'NoModificationAllowedError'],
    ['NOT_FOUND_ERR', 'NotFoundError'], ['NOT_SUPPORTED_ERR', 'NotSupportedError'],
    ['INUSE_ATTRIBUTE_ERR', 'InUseAttributeError'], ['INVALID_STATE_ERR', 'InvalidStateError'],
    ['SYNTAX_ERR', 'SyntaxError'], ['INVALID_MODIFICATION_ERR', 'InvalidModificationError'],
    ['NAMESPACE_ERR', 'NamespaceError'], ['INVALID_ACCESS_ERR', 'InvalidAccessError'], ['VALIDATION_ERR', ''],
    ['TYPE_MISMATCH_ERR', 'TypeMismatchError'], ['SECURITY_ERR', 'SecurityError'], ['NETWORK_ERR', 'NetworkError'],
    ['ABORT_ERR', 'AbortError'], ['URL_MISMATCH_ERR', 'URLMismatchError'], ['QUOTA_EXCEEDED_ERR', 'QuotaExceededError'],
    ['TIMEOUT_ERR', 'TimeoutError'], ['INVALID_NODE_TYPE_ERR', 'InvalidNodeTypeError'], ['DATA_CLONE_ERR', 'DataCloneError'],
  ];
  const codes = new Map();
  LEGACY.forEach(([, name], i) => { if (name) codes.set(name, i + 1); });

  // WebIDL's DOMString conversion, with V8's words for a Symbol.
  const toText = (v) => {
    if (typeof v === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    return `${v}`;
  };

  class DOMException {
    #name;
    #message;

    constructor(message = '', options = 'Error') {
      // `stack` first, as an own property made at construction reads in
      // Node; its text gets `String(this)` on top once the name is known.
      Object.defineProperty(this, 'stack', { __proto__: null, value: new Error().stack, writable: true, enumerable: false, configurable: true });
      this.#message = toText(message);
      if (options !== null && typeof options === 'object') {
        this.#name = toText(options.name);
        if ('cause' in options) {
          Object.defineProperty(this, 'cause', { __proto__: null, value: options.cause, writable: true, enumerable: false, configurable: true });
        }
      } else {
        this.#name = toText(options);
      }
      binding.headStack(this);
    }

    static #brand(self) {
      if (self === null || typeof self !== 'object' || !(#name in self)) {
        throw binding.nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of DOMException');
      }
      return self;
    }

    get name() { return DOMException.#brand(this).#name; }
    get message() { return DOMException.#brand(this).#message; }
    get code() { return codes.get(DOMException.#brand(this).#name) ?? 0; }
  }

  const proto = DOMException.prototype;
  Object.setPrototypeOf(proto, Error.prototype);
  for (const key of ['name', 'message', 'code']) {
    Object.defineProperty(proto, key, { __proto__: null, enumerable: true });
  }
  const constant = { __proto__: null, writable: false, enumerable: true, configurable: false };
  LEGACY.forEach(([key], i) => {
    constant.value = i + 1;
    Object.defineProperty(proto, key, constant);
    Object.defineProperty(DOMException, key, constant);
  });
  Object.defineProperty(proto, Symbol.toStringTag, { __proto__: null, value: 'DOMException', writable: false, enumerable: false, configurable: true });
  return DOMException;
});
