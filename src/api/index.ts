export { createApp, DEFAULT_BODY_LIMIT } from './app.js';
export type { ApiDeps } from './deps.js';
export { defaultWebRoot } from './routes/ui.js';
export { listen, type RunningServer } from './serve.js';
