import { join } from 'node:path';
join(null);
