/** What the routes need, passed in so tests can build the app around any store. */
import type { Extractor } from '../extract/index.js';
import type { Store } from '../store/types.js';

export interface ApiDeps {
  store: Store;
  /** Built on first use: a server that only answers queries never loads the dictionaries. */
  extractor: () => Promise<Extractor>;
  /** DYAD_TOKEN; writes are refused when unset. */
  token: string | undefined;
  /** Request body limit in bytes. */
  bodyLimit: number;
  version: string;
}
