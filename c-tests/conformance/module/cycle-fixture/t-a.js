Object.defineProperty(exports, '__esModule', { value: true });
require('./t-b.js');
