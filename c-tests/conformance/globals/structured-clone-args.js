'use strict';
// structuredClone's argument checks: a missing value, options that are not an
// object, a transfer list that is not an iterable object; null/undefined pass.
const attempt = (label, args) => {
  try {
    console.log(label, 'ok', JSON.stringify(structuredClone(...args)));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
attempt('none', []);
attempt('options string', [1, '']);
attempt('options number', [1, 1]);
attempt('options function', [1, () => {}]);
attempt('transfer number', [1, { transfer: 1 }]);
attempt('transfer string', [1, { transfer: '' }]);
attempt('transfer object', [1, { transfer: {} }]);
attempt('options null', [1, null]);
attempt('transfer null', [1, { transfer: null }]);
attempt('transfer empty generator', [{ a: 1 }, { transfer: { *[Symbol.iterator]() {} } }]);
attempt('transfer array', [[1], { transfer: [] }]);
