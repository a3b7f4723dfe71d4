// os.constants: keys in Node's order, values from the system, attributes.
const { constants } = require('os');
console.log(JSON.stringify(Object.keys(constants)));
console.log(Object.getPrototypeOf(constants) === null, Object.isFrozen(constants));
for (const group of ['dlopen', 'errno', 'signals', 'priority']) {
  const g = constants[group];
  console.log(group, Object.getPrototypeOf(g) === null, Object.isFrozen(g), Object.keys(g).length);
  console.log(JSON.stringify(g));
  const d = Object.getOwnPropertyDescriptor(constants, group);
  console.log(d.writable, d.enumerable, d.configurable);
  const first = Object.keys(g)[0];
  const fd = Object.getOwnPropertyDescriptor(g, first);
  console.log(first, fd.writable, fd.enumerable, fd.configurable);
}
const d = Object.getOwnPropertyDescriptor(constants, 'UV_UDP_REUSEADDR');
console.log(constants.UV_UDP_REUSEADDR, d.writable, d.enumerable, d.configurable);
constants.signals.SIGINT = 99;
console.log(constants.signals.SIGINT);
const od = Object.getOwnPropertyDescriptor(require('os'), 'constants');
console.log(od.writable, od.enumerable, od.configurable);
