/**
 * The sentence vectors of the claims an index holds, embedded in the background and kept across index rebuilds:
 * a claim is embedded again only when its text or headline changed. A query is given semantic input only when
 * every claim has its vectors, since the re-ranker may not mix candidates with and without them.
 *
 * Vectors are kept in memory (4 KB a claim), so a process embeds its claims once after it starts: about 25 ms of
 * one core per claim, on the encoder's own thread. Past `maxClaims` nothing is embedded and queries stay lexical.
 */
import { encoderText } from './encoderText.js';
import type { SentenceEncoder } from './sentenceEncoder.js';
import type { ClaimVectors, SemanticInput } from './semanticFeatures.js';

/** A claim as the encoder reads it (its text and headline through encoderText). */
export interface EmbeddableClaim {
  id: string;
  text: string;
  headline: string;
}

interface Entry {
  text: string;
  headline: string;
  vectors: ClaimVectors;
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

export class ClaimVectorCache {
  private readonly entries = new Map<string, Entry>();
  private current = new Map<string, EmbeddableClaim>();
  private todo: EmbeddableClaim[] = [];
  private draining = false;
  /** Claims in the batch the encoder is working on. */
  private embedding = 0;
  private tooMany = false;
  private readonly queryVectors = new Map<string, Float32Array>();
  /** Set when the encoder failed: semantic ranking is off for this process, and the reason is kept here. */
  failure?: Error;

  /** `onFailure` hears of the encoder's failure once, when semantic ranking turns off for good. */
  constructor(
    private readonly encoder: Pick<SentenceEncoder, 'embed'>,
    private readonly maxClaims = DEFAULT_MAX_EMBEDDED_CLAIMS,
    private readonly onFailure: (error: Error) => void = () => {},
  ) {}

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
    this.current = new Map(
      claims.map((c) => [c.id, { id: c.id, text: encoderText(c.text), headline: encoderText(c.headline ?? '') }]),
    );
    for (const id of this.entries.keys()) if (!this.current.has(id)) this.entries.delete(id);
    this.todo = [...this.current.values()].filter((c) => !this.vectorsOf(c.id));
    void this.drain();
  }

  /** Claims waiting for their vectors (0 when all have them, or when there are too many claims to embed). */
  get pending(): number {
    return this.todo.length + this.embedding;
  }

  /** Whether queries can be ranked semantically now. */
  get ready(): boolean {
    return !this.failure && !this.tooMany && this.pending === 0 && this.current.size > 0;
  }

  /** A claim's vectors, if they were embedded from its current text and headline. */
  vectorsOf(id: string): ClaimVectors | undefined {
    const claim = this.current.get(id);
    const entry = this.entries.get(id);
    if (!claim || !entry || entry.text !== claim.text || entry.headline !== claim.headline) return undefined;
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
        batch.forEach((c, i) => {
          // A claim dropped or changed while its batch ran is not kept under its old text.
          const now = this.current.get(c.id);
          if (!now || now.text !== c.text || now.headline !== c.headline) return;
          this.entries.set(c.id, {
            text: c.text,
            headline: c.headline,
            vectors: { text: vectors[2 * i], headline: vectors[2 * i + 1] },
          });
        });
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
    this.onFailure(error);
  }
}
