export { collectInputs, FOLDER_EXTENSIONS, type InputEntry } from './collect.js';
export { type Decoded, decodeText, looksLikeCyrillic } from './decode.js';
export { INGEST_EXTENSIONS, type IngestKind, readDocuments, sniffKind } from './documents.js';
export { formatSize, MAX_INPUT_BYTES } from './limits.js';
export { fileSystemError, type InputText, readInputFile, readStdin, STDIN_SOURCE } from './read-input.js';
export type { ReadItem, SourceDocument } from './source-document.js';
