/**
 * The per-request context: a fresh set of DataLoaders over the Store, so batching spans one request and no cached
 * row leaks between requests, and who is asking.
 */
import { InProcessEventBus, type EventBus } from '../events/eventBus.js';
import type { Store } from '../store/store.js';
import type { Authentication } from '../auth/authenticate.js';
import { createLoaders, type Loaders } from './loaders.js';
import { SimilarClaimIndexCache } from './similarClaimIndex.js';

/** Where the server is published, for links in exported ClaimReviews. */
export interface SiteInfo {
  publicUrl: string;
  publisher: string;
}

export interface GraphQLContext {
  store: Store;
  /** replaced for each event a subscription delivers, so no event is resolved from an earlier one's cache */
  loaders: Loaders;
  auth: Authentication;
  site: SiteInfo;
  /** where writes announce what they changed, for subscriptions */
  events: EventBus;
  /** the server's similar-claim index, shared by its requests (one per server, made where the server is) */
  similarClaims: SimilarClaimIndexCache;
}

export const DEFAULT_SITE: SiteInfo = { publicUrl: 'http://localhost:4000', publisher: 'claimgraph' };

export function createContext(
  store: Store,
  auth: Authentication = { kind: 'anonymous' },
  site: SiteInfo = DEFAULT_SITE,
  events: EventBus = new InProcessEventBus(),
  similarClaims: SimilarClaimIndexCache = new SimilarClaimIndexCache(),
): GraphQLContext {
  return { store, loaders: createLoaders(store), auth, site, events, similarClaims };
}

/** Fresh loaders for the next unit of work in a long-lived context (each event of a subscription). */
export function refreshLoaders(context: GraphQLContext): void {
  context.loaders = createLoaders(context.store);
}
