/**
 * The per-request context: a fresh set of DataLoaders over the Store, so batching spans one request and no cached
 * row leaks between requests, and who is asking.
 */
import type { Store } from '../store/store.js';
import type { Authentication } from './auth.js';
import { createLoaders, type Loaders } from './loaders.js';

/** Where the server is published, for links in exported ClaimReviews. */
export interface SiteInfo {
  publicUrl: string;
  publisher: string;
}

export interface GraphQLContext {
  store: Store;
  loaders: Loaders;
  auth: Authentication;
  site: SiteInfo;
}

export const DEFAULT_SITE: SiteInfo = { publicUrl: 'http://localhost:4000', publisher: 'claimgraph' };

export function createContext(
  store: Store,
  auth: Authentication = { kind: 'anonymous' },
  site: SiteInfo = DEFAULT_SITE,
): GraphQLContext {
  return { store, loaders: createLoaders(store), auth, site };
}
