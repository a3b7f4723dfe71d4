'use strict';
throw new Error('still failing');
