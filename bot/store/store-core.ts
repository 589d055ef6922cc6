// deepFreeze lives in deep-freeze.ts; this re-export keeps older test imports working until they move.
export { deepFreeze } from './deep-freeze.js';
