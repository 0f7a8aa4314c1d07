/**
 * The similar-claim engine (src/retrieval) over the graph's claims: one in-memory ClaimIndex per store, built from
 * `Store.claimRetrievalSource` (each current claim's text and the headlines of the fact-checks other organizations
 * published about it; every entity's name and aliases as the alias table) and
 * kept current by `Store.changeLogVersion`, read once per query: every write logs a change in its own transaction,
 * so when the version differs from the one the index was built at, the index is rebuilt. This holds with several
 * server instances on one database, since the version is read from the database, not from this process's writes.
 *
 * The engine's headline field holds a claim's published fact-checks' headlines (imported from other organizations'
 * feeds), joined when there are several: a headline often names the claim in other words than the claim's own
 * text ("Did 122 prisoners return to the battlefield?"). A document title is not used: it names the article, not
 * the claim.
 */
import { ClaimIndex } from '../retrieval/index.js';
import type { Store } from '../store/store.js';

interface IndexState {
  version: string;
  index: ClaimIndex;
}

interface IndexCache {
  current?: IndexState;
  /** a build in progress, shared by the queries that find the index out of date at once */
  building?: { version: string; promise: Promise<IndexState> };
}

/**
 * Where a store keeps its index. The GraphQL context's store is a per-request proxy over the server's store (see
 * requestStore.ts), which passes property reads and writes through to it, so a property keyed by this symbol
 * lives as long as the store itself and is shared by every request.
 */
const CACHE = Symbol('claimgraph.similarClaimIndex');

function cacheOf(store: Store): IndexCache {
  const holder = store as unknown as Record<symbol, IndexCache | undefined>;
  let cache = holder[CACHE];
  if (!cache) {
    cache = {};
    holder[CACHE] = cache;
  }
  return cache;
}

async function build(store: Store, version: string): Promise<IndexState> {
  const source = await store.claimRetrievalSource();
  const index = new ClaimIndex({ aliases: source.entities });
  for (const claim of source.claims) {
    const headline = claim.headlines.length > 0 ? claim.headlines.join('\n') : undefined;
    index.add({ id: String(claim.id), text: claim.text, headline });
  }
  return { version, index };
}

/** The index of the store's current claims, rebuilt first if any write has committed since it was built. */
export async function similarClaimIndex(store: Store): Promise<ClaimIndex> {
  const cache = cacheOf(store);
  // Read before the claims: a write committing in between makes the next query rebuild again, never miss it.
  const version = await store.changeLogVersion();
  if (cache.current?.version === version) return cache.current.index;
  if (cache.building?.version !== version) {
    const promise = build(store, version).then(
      (state) => {
        cache.current = state;
        return state;
      },
      (error: unknown) => {
        if (cache.building?.promise === promise) cache.building = undefined;
        throw error;
      },
    );
    cache.building = { version, promise };
  }
  return (await cache.building.promise).index;
}
