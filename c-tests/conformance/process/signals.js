'use strict';
// Signal events: a listener for a signal's name receives it (with the name as
// argument); a signal that cannot be caught throws Node's errnoException and
// adds no listener; a signal listener alone does not keep the process alive.
try {
  process.on('SIGKILL', () => {});
} catch (e) {
  console.log(e.name, e.code, e.message, e.syscall, e.errno, e.stack.split('\n')[0]);
}
console.log('SIGKILL listeners:', process.listenerCount('SIGKILL'));
console.log('watchers installed by process itself:',
  process.listeners('newListener').some((f) => f.name === 'startListeningIfSignal'),
  process.listeners('removeListener').some((f) => f.name === 'stopListeningIfSignal'));
process.once('SIGINT', (s) => console.log('got', s));
process.kill(process.pid, 'SIGINT');
process.on('SIGUSR2', function onUsr2(s) {
  console.log('got', s);
  process.off('SIGUSR2', onUsr2);
  // With no listener left, SIGUSR2 would end the process: not sent again.
});
process.kill(process.pid, 'SIGUSR2');
process.on('SIGHUP', () => {});
process.removeAllListeners('SIGHUP');
process.on('SIGHUP', (s) => console.log('got', s, 'after removeAllListeners'));
process.kill(process.pid, 'SIGHUP');
setTimeout(() => console.log('left:', process.listenerCount('SIGINT'), process.listenerCount('SIGUSR2')), 50);
