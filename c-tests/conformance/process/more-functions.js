'use strict';
// process.constrainedMemory/availableMemory, loadEnvFile (path forms, the environment wins,
// fs errors, the default .env), _linkedBinding, dlopen's errors, _tickCallback.
console.log(typeof process.constrainedMemory(), process.constrainedMemory() >= 0, typeof process.availableMemory(), process.availableMemory() > 0);
const fs = require('fs'); const os = require('os'); const path = require('path');
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'envf-')); const f = path.join(d, 'x.env');
fs.writeFileSync(f, 'JSRT_T_A=1\n# c\nJSRT_T_B="two words"\nexport JSRT_T_C=3\nJSRT_T_PRE=file\n');
process.env.JSRT_T_PRE = 'env';
process.loadEnvFile(f); console.log(process.env.JSRT_T_A, process.env.JSRT_T_B, process.env.JSRT_T_C, process.env.JSRT_T_PRE);
try { process.loadEnvFile(path.join(d, 'none.env')) } catch (e) { console.log(e.name, e.code, e.message.replace(d, 'D'), e.syscall, e.errno) }
try { process.loadEnvFile(5) } catch (e) { console.log(e.name, e.code, e.message) }
process.chdir(d);
try { process.loadEnvFile() } catch (e) { console.log(e.name, e.code, e.message) }
fs.writeFileSync(path.join(d, '.env'), 'JSRT_T_D=dot');
process.loadEnvFile(); console.log(process.env.JSRT_T_D);
process.loadEnvFile(Buffer.from(f)); process.loadEnvFile(require('url').pathToFileURL(f));
console.log(process.loadEnvFile.length, process.openStdin.length, process._tickCallback.length, process.dlopen.length, process._linkedBinding.length);
try { process._linkedBinding('x') } catch (e) { console.log(e.name, e.code, e.message) }
try { process.dlopen() } catch (e) { console.log(e.name, e.code, e.message) }
try { process.dlopen({ exports: {} }, path.join(d, 'none.node')) } catch (e) { console.log(e.name, e.code) }
process.nextTick(() => console.log('tick')); Promise.resolve().then(() => console.log('job')); process._tickCallback(); console.log('after');
fs.rmSync(d, { recursive: true });
