export { describeTarget, type OpenOptions, openStore, redactUrl } from './open.js';
export { defaultSqlitePath, openSqliteStore } from './sqlite.js';
export type * from './types.js';
