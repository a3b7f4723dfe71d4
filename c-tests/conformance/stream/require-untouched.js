// Modules required and never used: their scripts never run (modules::lazy),
// and the context still ends cleanly (the engine's leak check at exit).
'use strict';
require('fs');
require('stream');
require('stream/promises');
require('fs');
console.log('required');
