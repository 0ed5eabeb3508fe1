/** What the routes need, passed in so tests can build the app around any store. */
import type { Extractor } from '../extract/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import type { Store } from '../store/types.js';

export interface ApiDeps {
  store: Store;
  /** Built on first use: a server that only answers queries never loads the dictionaries. */
  extractor: () => Promise<Extractor>;
  /** The actor knowledge base, loaded on first use like the extractor. */
  kb: () => Promise<KnowledgeBase>;
  /** The built web UI (dist/web), served under /ui/; null serves none. */
  webRoot: string | null;
  /** DYAD_TOKEN; writes are refused when unset. */
  token: string | undefined;
  /** Request body limit in bytes. */
  bodyLimit: number;
  version: string;
}
