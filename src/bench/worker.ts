/** A benchmark worker: builds its own extractor, says it is ready, runs when told, reports. */
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor } from '../extract/index.js';
import { runFor, warmUpSeconds } from './throughput.js';

export interface WorkerInput {
  texts: string[];
  seconds: number;
}

const port = parentPort;
if (!port) throw new Error('bench/worker.js runs only as a worker thread');
const { texts, seconds } = workerData as WorkerInput;
const extractor = await createExtractor();
// Warm up so the measured run does not include compilation of the hot paths.
await runFor(extractor, texts, warmUpSeconds(seconds));
port.once('message', async () => {
  port.postMessage(await runFor(extractor, texts, seconds));
});
port.postMessage('ready');
