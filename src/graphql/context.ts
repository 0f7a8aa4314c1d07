/**
 * The per-request context: a fresh set of DataLoaders over the Store, so batching spans one request and no cached
 * row leaks between requests.
 */
import type { Store } from '../store/store.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface GraphQLContext {
  store: Store;
  loaders: Loaders;
}

export function createContext(store: Store): GraphQLContext {
  return { store, loaders: createLoaders(store) };
}
