/**
 * The sentence vectors of the claims an index holds, embedded in the background and kept across index rebuilds:
 * a claim is embedded again only when its text or headline changed. A query is given semantic input only when
 * every claim has its vectors, since the re-ranker may not mix candidates with and without them.
 *
 * Vectors are kept in memory (4 KB a claim) and, given a `store`, saved there as they are made and read back when
 * the process starts, so a restarted server embeds only the claims new or changed since: embedding costs about
 * 25 ms of one core per claim, on the encoder's own thread. Past `maxClaims` nothing is embedded and queries stay
 * lexical.
 */
import { createHash } from 'node:crypto';
import { encoderText } from './encoderText.js';
import type { SentenceEncoder } from './sentenceEncoder.js';
import type { ClaimVectors, SemanticInput } from './semanticFeatures.js';

/** A claim as the encoder reads it (its text and headline through encoderText), and the hash of that. */
interface EmbeddableClaim {
  id: string;
  text: string;
  headline: string;
  source: string;
  /** The text and headline as given, to know the next rebuild's claim unchanged without cleaning and hashing it. */
  rawText: string;
  rawHeadline: string;
}

/** A claim's vectors with the hash of the text they were made from. */
export interface SourcedVectors {
  id: string;
  source: string;
  vectors: ClaimVectors;
}

/** Where vectors outlive the process (the database). */
export interface ClaimVectorStore {
  load(): Promise<SourcedVectors[]>;
  save(rows: readonly SourcedVectors[]): Promise<void>;
}

export interface ClaimVectorCacheOptions {
  /** Past this many claims nothing is embedded (DEFAULT_MAX_EMBEDDED_CLAIMS). */
  maxClaims?: number;
  store?: ClaimVectorStore;
  /** Hears once that the encoder failed, when semantic ranking turns off for good. */
  onFailure?: (error: Error) => void;
  /**
   * Hears, once, that vectors could not be read or saved: ranking goes on, the claims are embedded (again) instead.
   * Once, since a store that refuses one batch (a read-only database) refuses them all.
   */
  onStoreError?: (error: Error) => void;
}

/** 200,000 claims hold ~800 MB of vectors and take ~80 min of one core to embed. */
export const DEFAULT_MAX_EMBEDDED_CLAIMS = 200_000;

/**
 * Query vectors kept, most recent last: the dashboard asks "checked before?" with the same claim or statement text
 * each time its page is shown, and a query's embedding is most of its cost (~0.4 ms a word piece).
 */
const QUERY_VECTORS_KEPT = 1000;

/** Claims per background batch: a query waits at most for one batch (~0.1 s) before its own text is embedded. */
const BATCH_CLAIMS = 4;

/** The hash of what the encoder reads of a claim: equal hashes, equal vectors. */
export function vectorSource(text: string, headline: string): string {
  return createHash('sha256').update(text).update('\u0000').update(headline).digest('base64url');
}

export class ClaimVectorCache {
  private readonly entries = new Map<string, SourcedVectors>();
  private current = new Map<string, EmbeddableClaim>();
  private todo: EmbeddableClaim[] = [];
  private draining = false;
  /** Claims in the batch the encoder is working on. */
  private embedding = 0;
  private tooMany = false;
  /** The stored vectors, read once (settled: read or failed), before anything is embedded. */
  private loading?: Promise<void>;
  private loaded = false;
  private readonly queryVectors = new Map<string, Float32Array>();
  private readonly maxClaims: number;
  private storeErrorReported = false;
  /** Set when the encoder failed: semantic ranking is off for this process, and the reason is kept here. */
  failure?: Error;

  constructor(
    private readonly encoder: Pick<SentenceEncoder, 'embed'>,
    private readonly options: ClaimVectorCacheOptions = {},
  ) {
    this.maxClaims = options.maxClaims ?? DEFAULT_MAX_EMBEDDED_CLAIMS;
  }

  /** Makes `claims` (raw text and headline) the set vectors are looked up for, and embeds the missing ones. */
  track(claims: readonly { id: string; text: string; headline?: string }[]): void {
    this.tooMany = claims.length > this.maxClaims;
    if (this.tooMany) {
      // Nothing is embedded or kept, not even the texts: at a million claims they would hold hundreds of MB.
      this.current = new Map();
      this.entries.clear();
      this.todo = [];
      return;
    }
    // The index is rebuilt on every write: an unchanged claim keeps its cleaned text and hash.
    const previous = this.current;
    this.current = new Map(
      claims.map((c) => {
        const rawHeadline = c.headline ?? '';
        const known = previous.get(c.id);
        if (known && known.rawText === c.text && known.rawHeadline === rawHeadline) return [c.id, known];
        const text = encoderText(c.text);
        const headline = encoderText(rawHeadline);
        return [c.id, { id: c.id, text, headline, source: vectorSource(text, headline), rawText: c.text, rawHeadline }];
      }),
    );
    for (const id of this.entries.keys()) if (!this.current.has(id)) this.entries.delete(id);
    this.todo = this.missing();
    void this.loadThenDrain();
  }

  /** Claims waiting for their vectors (0 when all have them, or when there are too many claims to embed). */
  get pending(): number {
    return this.todo.length + this.embedding;
  }

  /** Whether queries can be ranked semantically now. */
  get ready(): boolean {
    return this.loaded && !this.failure && !this.tooMany && this.pending === 0 && this.current.size > 0;
  }

  /** A claim's vectors, if they were embedded from its current text and headline. */
  vectorsOf(id: string): ClaimVectors | undefined {
    const claim = this.current.get(id);
    const entry = this.entries.get(id);
    if (!claim || !entry || entry.source !== claim.source) return undefined;
    return entry.vectors;
  }

  /**
   * The semantic input of a query, or undefined when it cannot be ranked semantically (claims still waiting, too
   * many claims, or the encoder failed): the caller ranks lexically then, so a query is never refused for it.
   */
  async forQuery(text: string): Promise<SemanticInput | undefined> {
    if (!this.ready) return undefined;
    const input = encoderText(text);
    try {
      let query = this.queryVectors.get(input);
      if (query) this.queryVectors.delete(input);
      else [query] = await this.encoder.embed([input], 'query');
      this.queryVectors.set(input, query);
      if (this.queryVectors.size > QUERY_VECTORS_KEPT) this.queryVectors.delete(this.queryVectors.keys().next().value!);
      return { query, claim: (id) => this.vectorsOf(id) };
    } catch (error) {
      this.fail(error as Error);
      return undefined;
    }
  }

  private missing(): EmbeddableClaim[] {
    return [...this.current.values()].filter((c) => !this.vectorsOf(c.id));
  }

  private async loadThenDrain(): Promise<void> {
    this.loading ??= this.load();
    await this.loading;
    this.todo = this.missing();
    await this.drain();
  }

  private async load(): Promise<void> {
    try {
      for (const row of (await this.options.store?.load()) ?? []) {
        // Only what the claims held now need; the rest would be memory spent on claims since retracted.
        if (this.current.get(row.id)?.source === row.source) this.entries.set(row.id, row);
      }
    } catch (error) {
      this.storeFailed(error as Error);
    } finally {
      this.loaded = true;
    }
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.todo.length > 0 && !this.failure) {
        const batch = this.todo.splice(0, BATCH_CLAIMS);
        this.embedding = batch.length;
        const vectors = await this.encoder.embed(
          batch.flatMap((c) => [c.text, c.headline]),
          'background',
        );
        const made: SourcedVectors[] = [];
        batch.forEach((c, i) => {
          // A claim dropped or changed while its batch ran is not kept under its old text.
          if (this.current.get(c.id)?.source !== c.source) return;
          const entry = { id: c.id, source: c.source, vectors: { text: vectors[2 * i], headline: vectors[2 * i + 1] } };
          this.entries.set(c.id, entry);
          made.push(entry);
        });
        if (made.length > 0 && this.options.store) {
          this.options.store.save(made).catch((error: unknown) => this.storeFailed(error as Error));
        }
      }
    } catch (error) {
      this.fail(error as Error);
      this.todo = [];
    } finally {
      this.embedding = 0;
      this.draining = false;
    }
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    this.options.onFailure?.(error);
  }

  private storeFailed(error: Error): void {
    if (this.storeErrorReported) return;
    this.storeErrorReported = true;
    this.options.onStoreError?.(error);
  }
}
