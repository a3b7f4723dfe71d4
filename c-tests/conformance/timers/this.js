'use strict';
// Timer callbacks get their Timeout/Immediate as `this`, so clearInterval(this)
// inside the callback stops the interval. Each timer starts after the previous
// one ends, so the order does not depend on the machine's load.
let n = 0;
const iv = setInterval(function () {
  n++;
  console.log('interval', n, this === iv);
  if (n < 3) return;
  clearInterval(this);
  const to = setTimeout(function () {
    console.log('timeout', this === to, typeof this.refresh);
    setImmediate(function () {
      console.log('immediate', typeof this, this.constructor.name, typeof this.hasRef);
    });
  }, 2);
}, 1);
