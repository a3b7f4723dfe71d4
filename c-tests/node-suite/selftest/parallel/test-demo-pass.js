'use strict';
const common = require('../common');
// The runner's environment reaches the file; cwd is the test directory root.
// The runner sets `<its pid>-<slot>`, slot 1 or 2 (JOBS=2).
if (!/^\d+-[12]$/.test(common.threadId)) throw new Error('TEST_THREAD_ID ' + common.threadId);
if (process.env.NODE_TEST_KNOWN_GLOBALS !== '0' || process.env.NO_COLOR !== '1') throw new Error('env');
if (require('path').basename(process.cwd()) !== 'selftest') throw new Error('cwd ' + process.cwd());
