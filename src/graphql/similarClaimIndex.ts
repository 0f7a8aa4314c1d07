/**
 * The similar-claim engine (src/retrieval) over the graph's claims: one in-memory ClaimIndex per server, built from
 * `Store.claimRetrievalSource` (each current claim's text and the headlines of the fact-checks other organizations
 * published about it; every entity's name and aliases as the alias table) and kept current by
 * `Store.changeLogVersion`, read once per query (one keyed row): every write bumps it in its own transaction,
 * so when the version differs from the one the index was built at, the index is rebuilt. This holds with several
 * server instances on one database, since the version is read from the database, not from this process's writes.
 *
 * The engine's headline field holds a claim's published fact-checks' headlines (imported from other organizations'
 * feeds), joined when there are several: a headline often names the claim in other words than the claim's own
 * text ("Did 122 prisoners return to the battlefield?"). A document title is not used: it names the article, not
 * the claim.
 *
 * With semantic ranking on, the claims' sentence vectors are embedded in the background after each build (only
 * those new or changed since the last, or since they were saved in the store), and a query is re-ranked with them
 * once every claim has them.
 */
import {
  ClaimIndex,
  ClaimVectorCache,
  ENCODER_MODEL,
  MAX_RANKED_HITS,
  packVectors,
  SentenceEncoder,
  unpackVectors,
  type ClaimVectorStore,
  type SemanticInput,
} from '../retrieval/index.js';
import type { Store } from '../store/store.js';

/**
 * Searches run on a new index before it serves. The first searches of a process run V8's unoptimised code and
 * size the index's scratch arrays: at a million claims, the first search after a build took ~230 ms of engine
 * time and the second ~40 ms, against ~10 ms once warm. Spending them inside the build, which the first query
 * waits for anyway, keeps them off the queries that follow.
 */
const WARM_UP_SEARCHES = 8;

/** Searches the index for a few of its own claims, spread over the collection; the results are dropped. */
function warmUp(index: ClaimIndex, claims: readonly { text: string }[]): void {
  const step = Math.max(1, Math.floor(claims.length / WARM_UP_SEARCHES));
  for (let i = 0; i < claims.length && i < step * WARM_UP_SEARCHES; i += step) {
    index.search(claims[i].text, { first: MAX_RANKED_HITS });
  }
}

interface IndexState {
  version: string;
  index: ClaimIndex;
}

async function build(store: Store, version: string, vectors: ClaimVectorCache | undefined): Promise<IndexState> {
  const source = await store.claimRetrievalSource();
  const index = new ClaimIndex({ aliases: source.entities });
  const claims = source.claims.map((claim) => ({
    id: String(claim.id),
    text: claim.text,
    headline: claim.headlines.length > 0 ? claim.headlines.join('\n') : undefined,
  }));
  for (const claim of claims) index.add(claim);
  warmUp(index, source.claims);
  vectors?.track(claims);
  return { version, index };
}

export interface SimilarClaimIndexOptions {
  /** Rank by meaning once every claim has its sentence vectors (an encoder thread embeds them). */
  semantic?: boolean;
  /**
   * Where the vectors are kept across restarts: the server's own store, not a request's (vectors are read and
   * saved in the background, outside any request and its deadline).
   */
  vectorStore?: Store;
  /** Hears once that the sentence encoder failed and queries are ranked lexically from then on. */
  onSemanticFailure?: (error: Error) => void;
  /** Hears that stored vectors could not be read or saved (the claims are embedded instead). */
  onVectorStoreError?: (error: Error) => void;
}

/** The store's claim_vectors table as the vector cache reads and writes it, for this encoder's model. */
function claimVectorStore(store: Store): ClaimVectorStore {
  return {
    async load() {
      const rows = await store.claimVectors(ENCODER_MODEL);
      return rows.flatMap((row) => {
        const vectors = unpackVectors(row.vectors);
        return vectors
          ? [{ id: String(row.claimId), source: row.source, vectors: { text: vectors[0], headline: vectors[1] } }]
          : [];
      });
    },
    save: (rows) =>
      store.saveClaimVectors(
        ENCODER_MODEL,
        rows.map((row) => ({
          claimId: Number(row.id),
          source: row.source,
          vectors: packVectors(row.vectors.text, row.vectors.headline),
        })),
      ),
  };
}

/**
 * One server's index of its store's claims. The server makes one and hands it to every request's context, so the
 * index outlives requests while each request reads the graph through its own store proxy.
 */
export class SimilarClaimIndexCache {
  private readonly vectors?: ClaimVectorCache;
  private readonly encoder?: SentenceEncoder;
  private current?: IndexState;
  /** a build in progress, shared by the queries that find the index out of date at once */
  private building?: { version: string; promise: Promise<IndexState> };

  constructor(options: SimilarClaimIndexOptions = {}) {
    if (options.semantic) {
      this.encoder = new SentenceEncoder();
      this.vectors = new ClaimVectorCache(this.encoder, {
        store: options.vectorStore ? claimVectorStore(options.vectorStore) : undefined,
        onFailure: options.onSemanticFailure,
        onStoreError: options.onVectorStoreError,
      });
    }
  }

  /**
   * The sentence vectors of a query and of the claims, when semantic ranking is on and every claim of the last
   * build has its vectors; undefined otherwise (the query is ranked lexically).
   */
  semanticFor(text: string): Promise<SemanticInput | undefined> {
    return this.vectors ? this.vectors.forQuery(text) : Promise.resolve(undefined);
  }

  /** Ends the encoder's thread, if any. */
  async close(): Promise<void> {
    await this.encoder?.close();
  }

  /** The index of the store's current claims, rebuilt first if any write has committed since it was built. */
  async index(store: Store): Promise<ClaimIndex> {
    // Read before the claims: a write committing in between makes the next query rebuild again, never miss it.
    const version = await store.changeLogVersion();
    if (this.current?.version === version) return this.current.index;
    if (this.building?.version !== version) {
      const promise = build(store, version, this.vectors).then(
        (state) => {
          this.current = state;
          return state;
        },
        (error: unknown) => {
          if (this.building?.promise === promise) this.building = undefined;
          throw error;
        },
      );
      this.building = { version, promise };
    }
    return (await this.building.promise).index;
  }
}
