'use strict'; const assert = require('assert'); try { assert(true); assert.ok(''); } catch (e) { console.log(JSON.stringify(e.message)); } try { assert(0 === 1); } catch (e) { console.log(JSON.stringify(e.message)); }
// assert.ok on the first line of a CommonJS module (the loader's wrapper shares it).
try { assert(null); } catch (e) { console.log(JSON.stringify(e.message)); }
