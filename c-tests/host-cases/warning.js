process.on('warning', (w) => console.log(w.name, w.code, w.message, w.detail));
process.emitWarning('old api', { type: 'DeprecationWarning', code: 'DEP0999', detail: 'use the new one' });
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning', 'X001');
