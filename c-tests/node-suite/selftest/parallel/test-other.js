'use strict';
throw new Error('not selected by the test-demo prefix');
