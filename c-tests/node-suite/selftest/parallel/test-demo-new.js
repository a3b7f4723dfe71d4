'use strict';
// Flags: --expose-internals
require('internal/test/binding');
