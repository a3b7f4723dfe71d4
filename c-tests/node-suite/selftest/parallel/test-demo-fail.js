'use strict';
throw new Error('expected to fail');
