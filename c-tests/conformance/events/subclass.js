// EventEmitter as a base class, through util.inherits-style code, and as a mixin.
const EventEmitter = require('events');

class Foo extends EventEmitter {
  constructor() {
    super();
    this.name = 'foo';
  }
  hello() { this.emit('hello', this.name); }
}
const foo = new Foo();
foo.on('hello', function (n) { console.log('hello from', n, this === foo, this instanceof Foo); });
foo.hello();
console.log(foo instanceof EventEmitter, JSON.stringify(Object.keys(foo)));

// class overriding emit and calling super.emit
class Logged extends EventEmitter {
  emit(type, ...args) {
    console.log('emitting', String(type), args.length);
    return super.emit(type, ...args);
  }
}
const lg = new Logged();
lg.on('x', (a) => console.log('got', a));
console.log(lg.emit('x', 42));
lg.once('y', () => console.log('once y'));
lg.emit('y');
lg.emit('y');

// pre-ES6 style: function + EventEmitter.call + prototype chain
function Old(opt) {
  EventEmitter.call(this);
  this.opt = opt;
}
Object.setPrototypeOf(Old.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Old, EventEmitter);
const old = new Old(7);
old.on('ev', function (v) { console.log('old ev', v, this.opt); });
old.emit('ev', 1);
console.log(JSON.stringify(Object.keys(old)), old instanceof EventEmitter, typeof Old.once);

// util.inherits style without util: prototype = Object.create
function Legacy() { EventEmitter.call(this); }
Legacy.prototype = Object.create(EventEmitter.prototype, { constructor: { value: Legacy, writable: true, configurable: true } });
const legacy = new Legacy();
legacy.once('z', (a, b) => console.log('legacy', a, b));
console.log(legacy.emit('z', 'p', 'q'), legacy.emit('z'));

// EventEmitter.call without new on a plain object
const plain = {};
EventEmitter.call(plain);
console.log(JSON.stringify(Object.keys(plain)), Object.getPrototypeOf(plain._events));

// mixin: copy the prototype's methods onto another object
const mixin = Object.assign({ id: 'mix' }, EventEmitter.prototype);
mixin.on('m', function (v) { console.log('mixin', this.id, v); });
mixin.emit('m', 3);
console.log(typeof mixin._events, mixin._eventsCount, mixin.listenerCount('m'));

// mixin onto a class prototype
class Widget {}
for (const k of Object.getOwnPropertyNames(EventEmitter.prototype)) {
  if (k !== 'constructor') Widget.prototype[k] = EventEmitter.prototype[k];
}
const w = new Widget();
w.on('w', () => console.log('widget w'));
w.emit('w');
console.log(w.eventNames().join(','));

// subclass with its own _events on the prototype keeps shape mode
function Shaped() { EventEmitter.call(this); }
Shaped.prototype = Object.create(EventEmitter.prototype);
const s1 = new Shaped();
s1.on('x', () => {});
console.log(s1.listenerCount('x'));

// instance created with the captureRejections option
const cr = new EventEmitter({ captureRejections: true });
console.log(Reflect.ownKeys(cr).map(String).join(','));
