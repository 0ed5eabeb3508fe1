/** `dyad serve`: the HTTP API over the store until interrupted. */
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
  const store = await openStoreFor(values.db);
  const server = await startApi(store, values.host ?? '127.0.0.1', port).catch(async (error: Error) => {
    await store.close();
    throw usageError(`cannot listen on ${values.host ?? '127.0.0.1'}:${port}: ${error.message}`, 'serve');
  });
  process.stderr.write(
    `dyad: serving the web UI at ${server.url}/ui/ and the API at ${server.url} (OpenAPI: ${server.url}/openapi.json); Ctrl-C stops\n`,
  );
  if (!process.env.DYAD_TOKEN) process.stderr.write('dyad: DYAD_TOKEN is not set, so writes are refused\n');
  await waitForSignal();
  await server.close();
  await store.close();
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
