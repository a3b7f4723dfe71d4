import { a } from '../m.mjs'; export const viaJs = a + 1; export default function f() { return 'f'; }
