'use strict';
// Marked skip in the expectations, but passes: an unexpected pass.
