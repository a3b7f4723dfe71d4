// Every console method takes its arguments as a rest list (length 0), dir/assert/table included.
const names = ['log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert', 'clear', 'count', 'countReset', 'group', 'groupEnd', 'table', 'debug', 'info', 'dirxml', 'error', 'groupCollapsed', 'profile', 'profileEnd', 'timeStamp'];
console.log(names.map((n) => `${n}:${console[n].name}/${console[n].length}`).join(' '));
console.table([{ b: 1 }, [5], { 2: 'x', a: 1 }]);
console.table([{ a: 1 }], ['a', 'a', 1]);
console.table([{ a: 1 }, 3, null], ['a']);
