throw new Error('boom in esm');
