// ES-module-only npm packages (node:crypto's webcrypto, async_hooks.AsyncResource, package exports): one line per package, compared with node by run.sh.
import { nanoid } from 'nanoid5';
import chalk from 'chalk5';
import pLimit from 'p-limit';
import { findUp } from 'find-up';
import { globby } from 'globby';
import { v4, validate } from 'uuid11';
const out = [];
out.push('nanoid ' + nanoid().length);
out.push('chalk ' + chalk.blue('x').length);
const limit = pLimit(2);
out.push('p-limit ' + (await Promise.all([1, 2, 3].map((x) => limit(async () => x * 2)))).join());
out.push('find-up ' + ((await findUp('package.json')) || '').endsWith('package.json'));
out.push('globby ' + (await globby('smoke*.mjs')).join());
out.push('uuid ' + validate(v4()));
console.log(out.join('\n'));
