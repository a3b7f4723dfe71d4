'use strict';
// Stand-in for Node's test/common in the runner's self-test.
module.exports = { threadId: process.env.TEST_THREAD_ID };
