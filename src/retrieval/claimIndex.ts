/**
 * ClaimIndex: the in-memory "has this claim been checked before?" engine. Claims are added and removed one at a
 * time (no rebuild); a search cleans and analyses the query, scores every claim sharing a term with BM25F, and
 * re-ranks the best MAX_RANKED_HITS with the learned model over lexical features.
 *
 * Pure: no I/O; the alias table and the model are handed in (the shipped model is the default).
 */
import { AliasTable, type AliasEntry } from './aliasTable.js';
import { analyze } from './analyze.js';
import { type Bm25fParams, DEFAULT_BM25F } from './bm25f.js';
import { decodeCursor, encodeCursor, ranksBefore } from './cursor.js';
import { InvalidClaimError, InvalidPageSizeError, QueryTooLongError, RankingChangedError } from './errors.js';
import { FeatureExtractor } from './features.js';
import { Accumulator, firstStage, type QueryTerm } from './firstStage.js';
import { InvertedIndex } from './invertedIndex.js';
import { DEFAULT_PAGE_SIZE, MAX_QUERY_LENGTH, MAX_RANKED_HITS } from './limits.js';
import { resolveQuery, type QueryPart } from './queryTerms.js';
import { splitTweetSignature } from './cleanText.js';
import { checkModel, sigmoid, type Reranker, type RerankerModel } from './reranker.js';
import shippedModel from './rerankerModel.json' with { type: 'json' };
import shippedSemanticModel from './rerankerModelSemantic.json' with { type: 'json' };
import { semanticFeatures, type ClaimVectors, type SemanticInput } from './semantic/semanticFeatures.js';

export interface ClaimInput {
  id: string;
  /** The claim as stated. */
  text: string;
  /** The fact-check's headline, if any. */
  headline?: string;
  /** Other ways the claim or its subject is named (e.g. a quote's short form), indexed as their own field. */
  aliases?: string[];
}

export interface SearchOptions {
  /** Page size; DEFAULT_PAGE_SIZE if absent. */
  first?: number;
  /** The cursor of the last hit of the previous page. */
  after?: string;
  /** Sentence vectors of the query and the claims, for the semantic re-ranker; without them, lexical only. */
  semantic?: SemanticInput;
}

export interface ClaimHit {
  id: string;
  /** Higher is more similar. With the re-ranker, the model's probability that the claim verifies the query. */
  score: number;
  /** The query's words, entities and phrases found in the claim, as the query wrote them. */
  matched: string[];
  /** Pass as `after` to get the hits ranked after this one. */
  cursor: string;
  /** Whether the semantic re-ranker ordered the hits (the same for every hit of a ranking). */
  semantic: boolean;
}

export interface ClaimIndexOptions {
  /** Entity names and their aliases, matched in claims and queries alike. */
  aliases?: readonly AliasEntry[];
  /** BM25F parameters; by default those of the model, or DEFAULT_BM25F without one. */
  bm25f?: Bm25fParams;
  /** The re-ranker; the shipped model by default, `null` for BM25F with a phrase bonus only. */
  reranker?: RerankerModel | null;
  /**
   * The re-ranker used when a query brings sentence vectors for all its candidates (SearchOptions.semantic); the
   * shipped semantic model by default, `null` to always use `reranker`. It must read the same BM25F features.
   */
  semanticReranker?: RerankerModel | null;
  /** Without a re-ranker: score added per query bigram found in the claim. */
  bigramBonus?: number;
  /** How much a tweet signature's poster name and month count, relative to the tweet's own words. */
  signatureWeights?: SignatureWeights;
}

export interface SignatureWeights {
  author: number;
  date: number;
}

/** Tuned on the training split with the BM25F parameters (bench/retrieval/tuneBm25f.ts). */
export const DEFAULT_SIGNATURE_WEIGHTS: SignatureWeights = { author: 1, date: 0.75 };

/** One ranked candidate with everything the re-ranker saw; for training and evaluation tools. */
export interface RankedCandidate {
  id: string;
  key: number;
  score: number;
  firstStageScore: number;
  features: number[];
  matched: () => string[];
  /** Whether the semantic re-ranker scored it (then `features` holds the semantic features too). */
  semantic: boolean;
}

/** Measured on the training split: a raw bonus per matched bigram does not help BM25F alone (0 to 0.25 is flat,
 * more hurts); phrases earn their weight inside the re-ranker instead. */
const DEFAULT_BIGRAM_BONUS = 0;

export class ClaimIndex {
  private readonly index = new InvertedIndex();
  private readonly accumulator = new Accumulator();
  private readonly aliases: AliasTable;
  private readonly reranker: Reranker | null;
  private readonly semanticReranker: Reranker | null;
  private params: Bm25fParams;
  private bigramBonus: number;
  private signatureWeights: SignatureWeights;
  private readonly features: FeatureExtractor;

  constructor(options: ClaimIndexOptions = {}) {
    this.aliases = new AliasTable(options.aliases ?? []);
    const model = options.reranker === undefined ? (shippedModel as RerankerModel) : options.reranker;
    this.reranker = model ? checkModel(model) : null;
    const semanticModel =
      options.semanticReranker === undefined ? (shippedSemanticModel as RerankerModel) : options.semanticReranker;
    this.semanticReranker = this.reranker && semanticModel ? checkModel(semanticModel) : null;
    this.params = options.bm25f ?? model?.bm25f ?? DEFAULT_BM25F;
    this.bigramBonus = options.bigramBonus ?? DEFAULT_BIGRAM_BONUS;
    this.signatureWeights = options.signatureWeights ?? model?.signatureWeights ?? DEFAULT_SIGNATURE_WEIGHTS;
    this.features = new FeatureExtractor(this.index, this.params);
  }

  /** Changes the scoring parameters in place (the postings do not depend on them); for tuning tools. */
  setScoring(scoring: { bm25f?: Bm25fParams; bigramBonus?: number; signatureWeights?: SignatureWeights }): void {
    if (scoring.signatureWeights) this.signatureWeights = scoring.signatureWeights;
    if (scoring.bm25f) this.params = this.features.params = scoring.bm25f;
    if (scoring.bigramBonus !== undefined) this.bigramBonus = scoring.bigramBonus;
  }

  get size(): number {
    return this.index.liveCount;
  }

  has(id: string): boolean {
    return this.index.slotOf.has(id);
  }

  /** Adds a claim, replacing any claim with the same id. */
  add(claim: ClaimInput): void {
    if (typeof claim.id !== 'string' || claim.id === '') throw new InvalidClaimError('A claim needs a non-empty id.');
    const field = (text: string) => {
      const { terms, entities } = analyze(text, this.aliases);
      return { terms, entities };
    };
    this.index.add({
      id: claim.id,
      fields: [field(claim.text ?? ''), field(claim.headline ?? ''), field((claim.aliases ?? []).join(' . '))],
    });
  }

  /** Removes a claim; returns whether it was there. */
  remove(id: string): boolean {
    return this.index.remove(id);
  }

  /**
   * The claims most similar to `query`, best first, one page. Empty or wordless text (punctuation, emoji, only
   * links) has no hits. Throws QueryTooLongError past MAX_QUERY_LENGTH, InvalidPageSizeError and
   * InvalidCursorError for bad paging arguments, and RankingChangedError for a cursor of a ranking by meaning
   * when the claims can only be ranked by words now.
   */
  search(query: string, options: SearchOptions = {}): ClaimHit[] {
    const first = options.first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(first) || first < 1) throw new InvalidPageSizeError(first);
    const after = options.after === undefined ? undefined : decodeCursor(options.after);
    // A later page is ranked as its first page was: by words after a cursor from a ranking by words.
    const semantic = after && !after.semantic ? undefined : options.semantic;
    const ranked = this.rank(query, MAX_RANKED_HITS, semantic);
    if (after?.semantic && ranked.length > 0 && !ranked[0].semantic) throw new RankingChangedError();
    let start = 0;
    if (after) while (start < ranked.length && !ranksBefore(after, ranked[start])) start++;
    return ranked.slice(start, start + first).map((hit) => ({
      id: hit.id,
      score: hit.score,
      matched: hit.matched(),
      cursor: encodeCursor(hit.key, hit.id, hit.semantic),
      semantic: hit.semantic,
    }));
  }

  /**
   * The whole ranking of a query (at most MAX_RANKED_HITS), with the features behind it. With `semantic` vectors
   * for every candidate, the semantic re-ranker orders them and `features` holds the semantic features too.
   */
  rank(query: string, depth = MAX_RANKED_HITS, semantic?: SemanticInput): RankedCandidate[] {
    if (typeof query !== 'string') return [];
    if (query.length > MAX_QUERY_LENGTH) throw new QueryTooLongError(query.length, MAX_QUERY_LENGTH);
    const { body, signature } = splitTweetSignature(query);
    const analyzed = analyze(body, this.aliases);
    if (analyzed.terms.length === 0 && analyzed.entities.length === 0) return [];
    const parts: QueryPart[] = [{ analyzed, weight: 1 }];
    if (signature && this.signatureWeights.author > 0) {
      parts.push({ analyzed: analyze(signature.author, this.aliases), weight: this.signatureWeights.author });
    }
    if (signature?.monthYear && this.signatureWeights.date > 0) {
      parts.push({ analyzed: analyze(signature.monthYear), weight: this.signatureWeights.date });
    }
    const resolved = resolveQuery(parts, this.index);
    const terms: QueryTerm[] = [...resolved.weights].map(([termId, weight]) => ({ termId, weight }));
    const { slots, scores } = firstStage(this.index, terms, this.params, depth, this.accumulator);
    const topScore = scores.length > 0 ? scores[0] : 0;
    const secondScore = scores.length > 1 ? scores[1] : 0;
    const ranked: RankedCandidate[] = [];
    this.features.prepare(resolved);
    const ids = Array.from(slots, (slot) => this.index.slotIds[slot]!);
    const semanticRows = this.semanticRowsOf(ids, semantic);
    const reranker = semanticRows ? this.semanticReranker : this.reranker;
    for (let rank = 0; rank < slots.length; rank++) {
      const features = this.features.candidate(slots[rank], scores[rank], topScore, secondScore, rank);
      const vector = semanticRows ? features.vector.concat(semanticRows[rank]) : features.vector;
      // What matched, as the query wrote it, in query order; formatted only when asked for (most are never read).
      const matched = (): string[] => {
        const matchedSet = new Set(features.matchedTerms);
        const out = [...resolved.surfaces].filter(([term]) => matchedSet.has(term)).map(([, surface]) => surface);
        for (const [a, b] of features.matchedBigrams)
          out.push(`${resolved.surfaces.get(a)} ${resolved.surfaces.get(b)}`);
        return out;
      };
      let key: number;
      let score: number;
      if (reranker) {
        key = reranker.logit(vector);
        score = sigmoid(key);
      } else {
        key = scores[rank] + this.bigramBonus * features.matchedBigrams.length;
        score = key;
      }
      ranked.push({
        id: ids[rank],
        key,
        score,
        firstStageScore: scores[rank],
        features: vector,
        matched,
        semantic: semanticRows !== undefined,
      });
    }
    return ranked.sort((x, y) => y.key - x.key || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  }

  /**
   * The semantic features of each candidate, or undefined when the lexical re-ranker must order them: no semantic
   * model, no vectors, or a candidate whose vectors are not computed yet (a claim just added). Ranking some
   * candidates with one model and some with the other would compare scores of different scales.
   */
  private semanticRowsOf(ids: readonly string[], semantic: SemanticInput | undefined): number[][] | undefined {
    if (!semantic || !this.semanticReranker || ids.length === 0) return undefined;
    const vectors: ClaimVectors[] = [];
    for (const id of ids) {
      const claim = semantic.claim(id);
      if (!claim) return undefined;
      vectors.push(claim);
    }
    return semanticFeatures(semantic.query, vectors);
  }
}
