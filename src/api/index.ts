export { createApp, DEFAULT_BODY_LIMIT } from './app.js';
export type { ApiDeps } from './deps.js';
export { listen, type RunningServer } from './serve.js';
