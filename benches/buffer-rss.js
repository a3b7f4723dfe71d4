'use strict';
// 64 MiB round trip for peak-RSS measurement (`benches/run.sh build/jsrt-node buffer`):
// buffer -> string in the given encoding -> buffer, then a check.
const enc = (typeof process !== 'undefined' && process.argv[2]) || 'base64';
const N = 64 << 20;
const b = Buffer.alloc(N, enc === 'utf8' ? 'utf8 text é€ ' : 'a1b2c3');
let s = b.toString(enc);
const back = Buffer.from(s, enc);
s = null;
console.log(enc, back.length === b.length && back.equals(b));
