export { collectInputs, FOLDER_EXTENSIONS, type InputEntry } from './collect.js';
export { type Decoded, decodeText, looksLikeCyrillic } from './decode.js';
export { formatSize, MAX_INPUT_BYTES } from './limits.js';
export { fileSystemError, type InputText, readInputFile, readStdin, STDIN_SOURCE } from './read-input.js';
