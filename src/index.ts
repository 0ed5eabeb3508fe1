export type * from './core/doc.js';
export { EVENT_TYPES, LANGS } from './core/doc.js';
export { DyadError } from './core/errors.js';
export { createExtractor, type ExtractOptions, type Extractor } from './extract/index.js';
