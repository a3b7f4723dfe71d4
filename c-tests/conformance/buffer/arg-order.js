// Argument arithmetic as Node does it: BigInt/object start, end and byteOffset
// compared before they are converted (a huge BigInt clamps or empties the
// range, a small one throws), fill's offset/end checked before its value is
// converted, nothing to fill before an empty value is refused, byteLength's
// Math.floor before its type check, a BigInt write's range check first.
// Errors without a Node code are the engine's conversion errors: only their
// class is printed (V8 and QuickJS word them differently).
const t = (f) => {
  try {
    return JSON.stringify(f());
  } catch (e) {
    return e.code ? `${e.code} ${e.name}: ${e.message}` : `${e.name} (engine text)`;
  }
};
const b = () => Buffer.from([1, 2, 3, 4]);
const cases = {
  toString: [() => b().toString('utf8', 1n), () => b().toString('utf8', -1n), () => b().toString('utf8', 0, 2n),
    () => b().toString('utf8', 0, 9n), () => b().toString('utf8', Object(1n)), () => b().toString('utf8', Object(9n)),
    () => b().toString('utf8', Symbol()), () => b().toString('utf8', 0, Symbol()), () => b().toString('hex', 2n ** 64n),
    () => b().toString('latin1', {}, {}), () => b().toString('utf8', '1', '3'), () => b().toString('utf8', -(2n ** 70n), 3),
    () => b().toString('utf8', { valueOf() { return 2; } })],
  indexOf: [() => b().indexOf(2, 1n), () => b().indexOf(2, 2n ** 40n), () => b().lastIndexOf(2, -(2n ** 40n)),
    () => b().indexOf(2, Symbol()), () => b().includes(3, { valueOf() { return 1; } }), () => b().indexOf(3, '1'),
    () => b().lastIndexOf(1, 2n ** 64n), () => b().indexOf(Buffer.from([3]), -(2n ** 64n)), () => b().includes(4, Object(2n ** 40n))],
  fill: [() => b().fill(1n, 2), () => b().fill(258n), () => b().fill(Object(5n)), () => b().fill(Symbol(), 'hex'),
    () => b().fill(Symbol(), 1), () => b().fill(Symbol()), () => b().fill({}, 1), () => b().fill([], 1), () => b().fill(null, 1),
    () => b().fill(true, 1), () => b().fill(undefined, 1), () => b().fill(-1n, 16), () => b().fill(Symbol(), -1.5),
    () => b().fill(Symbol(), 2 ** 53 - 1), () => b().fill(2n ** 70n + 3n)],
  'fill empty': [() => Buffer.alloc(0).fill('ab', 'latin1'), () => Buffer.alloc(0).fill(Buffer.alloc(0)),
    () => Buffer.alloc(2).fill(Buffer.alloc(0)), () => Buffer.alloc(2).fill('', 'utf8'), () => Buffer.alloc(2).fill(new Uint8Array(0)),
    () => Buffer.alloc(0).fill(''), () => Buffer.alloc(0).fill(Symbol()), () => Buffer.alloc(0).fill(1n),
    () => Buffer.alloc(0).fill('a', 'bogus'), () => Buffer.alloc(2).fill(Symbol(), 2), () => Buffer.alloc(2).fill(new Uint8Array(0), 1, 1),
    () => Buffer.alloc(2).fill('', 1, 1), () => Buffer.alloc(2).fill('x', 1, 1, 'bogus'), () => Buffer.alloc(2).fill(1n, 'hex'),
    () => Buffer.alloc(2).fill('zz', 'hex'), () => Buffer.alloc(3).fill(new Uint16Array(0), 1)],
  'read/write': [() => b().readIntBE(0, 1n), () => b().readIntBE('1', 1n), () => b().writeIntBE(1, 0, 1n),
    () => b().writeBigInt64BE(Symbol(), 256), () => b().readUIntLE(0, '2'), () => b().readUIntBE(0, {}),
    () => b().readIntLE(0, Object(1n)), () => b().writeUIntLE(1, 0, 2.5), () => b().writeBigUInt64LE(Symbol(), 0)],
};
for (const [name, list] of Object.entries(cases)) {
  console.log(`--- ${name}`);
  for (const f of list) console.log(t(f));
}
