/**
 * Lexical features of one (query, candidate claim) pair, for the re-ranker. Each says something BM25F alone does
 * not: how much of the *claim* the query covers (verified claims are short, tweets long and chatty), whether
 * words appear as the same phrases, whether the numbers agree, whether the same entities are named.
 *
 * Computed for every re-ranked candidate of every query, so it allocates nothing per term: per-term scratch
 * arrays indexed by term id are reset lazily by stamping (a term's entry is valid only if its stamp is current).
 */
import { type Bm25fParams, idf } from './bm25f.js';
import { FIELD_COUNT, FIELD_HEADLINE, FIELD_TEXT } from './fields.js';
import { grow } from './growable.js';
import { FIELD_SEPARATOR, type InvertedIndex } from './invertedIndex.js';
import { pairKey, type ResolvedQuery } from './queryTerms.js';

/** The feature names, in vector order; the model file names them too, and loading checks they agree. */
export const FEATURE_NAMES = [
  'bm25f',
  'bm25fRelativeToTop',
  'bm25Text',
  'bm25Headline',
  'queryIdfCoverage',
  'textIdfCoverage',
  'headlineIdfCoverage',
  'claimBigramCoverage',
  'matchedBigrams',
  'matchedEntities',
  'claimNumbersMatched',
  'claimNumbersUnmatched',
  'firstStageReciprocalRank',
  'queryLength',
  'tfidfCosine',
  // Added with the boosted-tree model; a linear model names the features it uses, so older models still load.
  'rarestTermMatched',
  'matchedTermCount',
  'claimTermCoverage',
  'claimLength',
  'topScoreGap',
  'longestPhrase',
  'headlineBigrams',
  'claimUnmatchedIdf',
] as const;

export interface CandidateFeatures {
  vector: number[];
  /** Query term ids found in the claim, and matched bigrams, for reporting. */
  matchedTerms: number[];
  matchedBigrams: [number, number][];
}

export class FeatureExtractor {
  private claimStamp = new Int32Array(1024);
  private tf: Int32Array[] = Array.from({ length: FIELD_COUNT }, () => new Int32Array(1024));
  private queryStamp = new Int32Array(1024);
  private queryCount = new Int32Array(1024);
  private idfStamp = new Int32Array(1024);
  private idfValue = new Float64Array(1024);
  private stamp = 0;
  private queryStampValue = 0;
  private queryNorm = 0;
  /** The highest IDF among the query's known terms: the word that best singles out a claim. */
  private queryMaxIdf = 0;
  private query!: ResolvedQuery;

  constructor(
    private readonly index: InvertedIndex,
    public params: Bm25fParams,
  ) {}

  /** Marks the query's terms; call once per query before `candidate`. */
  prepare(query: ResolvedQuery): void {
    const vocabulary = this.index.termText.length;
    this.claimStamp = grow(this.claimStamp, vocabulary);
    for (let f = 0; f < FIELD_COUNT; f++) this.tf[f] = grow(this.tf[f], vocabulary);
    this.queryStamp = grow(this.queryStamp, vocabulary);
    this.queryCount = grow(this.queryCount, vocabulary);
    this.idfStamp = grow(this.idfStamp, vocabulary);
    this.idfValue = grow(this.idfValue, vocabulary);
    this.query = query;
    this.queryStampValue = this.nextStamp();
    this.queryNorm = 0;
    this.queryMaxIdf = 0;
    for (const [term, count] of query.counts) {
      this.queryStamp[term] = this.queryStampValue;
      this.queryCount[term] = count;
      const termIdf = this.idf(term);
      const w = (1 + Math.log(count)) * termIdf;
      this.queryNorm += w * w;
      if (termIdf > this.queryMaxIdf) this.queryMaxIdf = termIdf;
    }
  }

  private nextStamp(): number {
    // Stamps only grow; on overflow every array is cleared and counting starts again.
    if (this.stamp >= 0x7ffffff0) {
      this.stamp = 0;
      this.claimStamp.fill(0);
      this.queryStamp.fill(0);
      this.idfStamp.fill(0);
    }
    return ++this.stamp;
  }

  private idf(term: number): number {
    // IDF is memoised per query: the statistics do not change during one.
    if (this.idfStamp[term] !== this.queryStampValue) {
      this.idfStamp[term] = this.queryStampValue;
      this.idfValue[term] = idf(Math.max(this.index.df[term], 0), this.index.liveCount);
    }
    return this.idfValue[term];
  }

  /** `topScore` and `secondScore`: the query's two best first-stage scores (a clear winner is more often right). */
  candidate(
    slot: number,
    firstStageScore: number,
    topScore: number,
    secondScore: number,
    rank: number,
  ): CandidateFeatures {
    const { index, params, query } = this;
    const current = this.nextStamp();
    const queryMark = this.queryStampValue;
    const sequence = index.sequence(slot);
    const unique: number[] = [];
    const matchedBigrams: [number, number][] = [];
    let claimBigrams = 0;
    let headlineBigrams = 0;
    // The longest run of claim words that is a run of query words too ("born alive", "military draft texts").
    let run = 1;
    let longestPhrase = 0;
    let field = 0;
    let previous = -1;
    for (let i = 0; i < sequence.length; i++) {
      const term = sequence[i];
      if (term === FIELD_SEPARATOR) {
        field++;
        previous = -1;
        run = 1;
        continue;
      }
      if (this.claimStamp[term] !== current) {
        this.claimStamp[term] = current;
        for (let f = 0; f < FIELD_COUNT; f++) this.tf[f][term] = 0;
        unique.push(term);
      }
      this.tf[field][term]++;
      if (index.isEntity[term]) {
        previous = -1;
        run = 1;
        continue;
      }
      if (previous >= 0) {
        claimBigrams++;
        if (query.bigrams.has(pairKey(previous, term))) {
          matchedBigrams.push([previous, term]);
          if (field === FIELD_HEADLINE) headlineBigrams++;
          run++;
          if (run > longestPhrase) longestPhrase = run;
        } else {
          run = 1;
        }
      }
      previous = term;
    }

    const norm = (f: number): number => {
      const avg = index.averageFieldLength(f);
      return 1 - params.b[f] + (avg > 0 ? (params.b[f] * index.fieldLength[f][slot]) / avg : 0);
    };
    const textNorm = norm(FIELD_TEXT);
    const headlineNorm = norm(FIELD_HEADLINE);
    const k1 = params.k1;

    const matchedTerms: number[] = [];
    let matchedIdf = 0;
    let matchedEntities = 0;
    let bm25Text = 0;
    let bm25Headline = 0;
    let textIdf = 0;
    let textCovered = 0;
    let headlineIdf = 0;
    let headlineCovered = 0;
    let claimNumbers = 0;
    let claimNumbersMatched = 0;
    let dot = 0;
    let claimNorm = 0;
    let rarestMatched = 0;
    let claimWords = 0;
    let claimWordsMatched = 0;
    let unmatchedIdf = 0;
    for (const term of unique) {
      const w = this.idf(term);
      const tfText = this.tf[FIELD_TEXT][term];
      const tfHeadline = this.tf[FIELD_HEADLINE][term];
      const tfAll = tfText + tfHeadline + this.tf[2][term];
      const inQuery = this.queryStamp[term] === queryMark;
      if (tfText) textIdf += w;
      if (tfHeadline) headlineIdf += w;
      const claimWeight = (1 + Math.log(tfAll)) * w;
      claimNorm += claimWeight * claimWeight;
      const isNumber = index.isNumber[term] === 1;
      if (isNumber) claimNumbers++;
      if (!index.isEntity[term]) claimWords++;
      if (!inQuery) {
        // What the claim says that the query does not: a claim about something else shares a few words only.
        if (tfText) unmatchedIdf += w;
        continue;
      }
      if (!index.isEntity[term]) claimWordsMatched++;
      if (w > rarestMatched) rarestMatched = w;
      matchedTerms.push(term);
      matchedIdf += w;
      if (index.isEntity[term]) matchedEntities++;
      if (isNumber) claimNumbersMatched++;
      if (tfText) {
        textCovered += w;
        const t = tfText / textNorm;
        bm25Text += (w * t) / (k1 + t);
      }
      if (tfHeadline) {
        headlineCovered += w;
        const t = tfHeadline / headlineNorm;
        bm25Headline += (w * t) / (k1 + t);
      }
      dot += claimWeight * (1 + Math.log(this.queryCount[term])) * w;
    }
    const cosine = claimNorm > 0 && this.queryNorm > 0 ? dot / Math.sqrt(claimNorm * this.queryNorm) : 0;

    const vector = [
      firstStageScore,
      topScore > 0 ? firstStageScore / topScore : 0,
      bm25Text,
      bm25Headline,
      query.idfMass > 0 ? matchedIdf / query.idfMass : 0,
      textIdf > 0 ? textCovered / textIdf : 0,
      headlineIdf > 0 ? headlineCovered / headlineIdf : 0,
      claimBigrams > 0 ? matchedBigrams.length / claimBigrams : 0,
      Math.log1p(matchedBigrams.length),
      matchedEntities,
      claimNumbers > 0 ? claimNumbersMatched / claimNumbers : 0,
      claimNumbers - claimNumbersMatched,
      1 / (1 + rank),
      Math.log1p(query.distinctTerms),
      cosine,
      this.queryMaxIdf > 0 ? rarestMatched / this.queryMaxIdf : 0,
      Math.log1p(matchedTerms.length),
      claimWords > 0 ? claimWordsMatched / claimWords : 0,
      Math.log1p(claimWords),
      topScore > 0 ? (topScore - secondScore) / topScore : 0,
      longestPhrase,
      headlineBigrams,
      unmatchedIdf,
    ];
    return { vector, matchedTerms, matchedBigrams };
  }
}
