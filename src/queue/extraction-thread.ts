/**
 * The inside of an extraction thread (see extraction-threads.ts): one extractor, answering one
 * message per document with the record already turned into the store's rows, terms and
 * fingerprint (the lemma terms reuse the dictionaries this thread has warm). Errors travel back
 * as plain data, so a DyadError stays a DyadError on the other side.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DyadError } from '../core/errors.js';
import { createExtractor, type ExtractOptions } from '../extract/index.js';
import { prepareDocument } from '../store/prepare.js';
import { prepareTerms } from '../store/terms.js';

export interface ThreadRequest {
  id: number;
  text: string;
  options: ExtractOptions;
}

export type ThreadReply =
  | { id: number; prepared: unknown }
  | { id: number; error: { code?: string; message: string; hint?: string; stack?: string } };

export interface ThreadData {
  kbFiles: string[];
}

const port = parentPort;
if (!port) throw new Error('queue/extraction-thread.js runs only as a worker thread');
const { kbFiles } = workerData as ThreadData;
const [extractor] = await Promise.all([createExtractor({ kbFiles }), prepareTerms()]);
port.on('message', async ({ id, text, options }: ThreadRequest) => {
  let reply: ThreadReply;
  try {
    reply = { id, prepared: prepareDocument(await extractor.extract(text, options)) };
  } catch (error) {
    const e = error as Error;
    reply =
      e instanceof DyadError
        ? { id, error: { code: e.code, message: e.message, ...(e.hint ? { hint: e.hint } : {}) } }
        : { id, error: { message: e.message, ...(e.stack ? { stack: e.stack } : {}) } };
  }
  port.postMessage(reply);
});
port.postMessage('ready');
