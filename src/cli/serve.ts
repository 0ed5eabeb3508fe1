/** `dyad serve`: the HTTP API over the store until interrupted. */
import cluster from 'node:cluster';
import { parseArgs } from 'node:util';
import { createApp, DEFAULT_BODY_LIMIT, defaultWebRoot, listen } from '../api/index.js';
import { createExtractor, type Extractor } from '../extract/index.js';
import { type KnowledgeBase, loadKnowledgeBase } from '../kb/index.js';
import { prepareTerms } from '../store/terms.js';
import type { Store } from '../store/types.js';
import { usageError, withUsageErrors } from './args.js';
import { version } from './help.js';
import { SERVE_HELP } from './store-help.js';
import { DB_OPTION, openStoreFor } from './store-options.js';

const OPTIONS = {
  ...DB_OPTION,
  host: { type: 'string' },
  port: { type: 'string' },
  processes: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface StartedApi {
  url: string;
  close(): Promise<void>;
}

/** Builds the app over `store` and listens; shared with `dyad demo --serve`. */
export async function startApi(store: Store, host: string, port: number): Promise<StartedApi> {
  let extractor: Promise<Extractor> | undefined;
  let kb: Promise<KnowledgeBase> | undefined;
  const app = createApp({
    store,
    extractor: () => {
      extractor ??= createExtractor();
      return extractor;
    },
    kb: () => {
      kb ??= loadKnowledgeBase();
      return kb;
    },
    webRoot: defaultWebRoot(),
    token: process.env.DYAD_TOKEN || undefined,
    bodyLimit: DEFAULT_BODY_LIMIT,
    version: version(),
  });
  // Searches by actor or text read word forms with the Russian dictionaries: loaded before the
  // first request, which would otherwise wait about a second for them.
  await prepareTerms();
  return listen(app, host, port);
}

export async function serveCommand(args: string[]): Promise<number> {
  const { values } = withUsageErrors('serve', () => parseArgs({ args, options: OPTIONS, strict: true }));
  if (values.help) {
    process.stdout.write(SERVE_HELP);
    return 0;
  }
  const port = Number(values.port ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw usageError(`--port must be a port number (got '${values.port}')`, 'serve');
  }
  const processes = Number(values.processes ?? 1);
  if (!Number.isInteger(processes) || processes < 1) {
    throw usageError(`--processes must be a positive integer (got '${values.processes}')`, 'serve');
  }
  if (processes > 1 && cluster.isPrimary) return servePrimary(processes, values.host ?? '127.0.0.1', port);
  const store = await openStoreFor(values.db);
  const server = await startApi(store, values.host ?? '127.0.0.1', port).catch(async (error: Error) => {
    await store.close();
    throw usageError(`cannot listen on ${values.host ?? '127.0.0.1'}:${port}: ${error.message}`, 'serve');
  });
  if (cluster.isWorker) {
    // The primary tells the user once; a worker only says where it listens.
    process.send?.({ listening: server.url });
  } else {
    announce(server.url);
  }
  await waitForSignal();
  await server.close();
  await store.close();
  // The channel to the primary would keep a server process alive after it is done.
  if (cluster.isWorker) cluster.worker?.disconnect();
  return 0;
}

function announce(url: string, processes = 1): void {
  const how = processes > 1 ? ` in ${processes} processes` : '';
  process.stderr.write(
    `dyad: serving the web UI at ${url}/ui/ and the API at ${url} (OpenAPI: ${url}/openapi.json)${how}; Ctrl-C stops\n`,
  );
  if (!process.env.DYAD_TOKEN) process.stderr.write('dyad: DYAD_TOKEN is not set, so writes are refused\n');
}

/**
 * `--processes N`: N copies of the server share the port (Node's cluster), each with its own
 * store connection. The API answers one request at a time per process (the SQLite driver is
 * synchronous), so on a machine with several cores the others no longer queue behind it; SQLite in
 * WAL mode lets them all read at once, and writes wait their turn.
 */
async function servePrimary(processes: number, host: string, port: number): Promise<number> {
  const workers = Array.from({ length: processes }, () => cluster.fork());
  const url = await new Promise<string>((resolve, reject) => {
    for (const worker of workers) {
      worker.on('message', (message: { listening?: string }) => {
        if (message.listening) resolve(message.listening);
      });
      worker.on('exit', (code) => {
        if (code !== 0)
          reject(
            usageError(
              `a server process stopped (exit code ${code}) before listening on ${host}:${port}`,
              'serve',
            ),
          );
      });
    }
  });
  announce(url, processes);
  await waitForSignal();
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          if (worker.isDead()) return resolve();
          worker.once('exit', () => resolve());
          worker.kill('SIGTERM');
        }),
    ),
  );
  return 0;
}

export function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
}
