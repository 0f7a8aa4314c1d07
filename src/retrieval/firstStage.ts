/**
 * First stage: BM25F over the postings of the query's terms, term at a time into one reused accumulator, then
 * the best `depth` live claims. This is the only part whose cost grows with the collection, so it touches nothing
 * but flat typed arrays.
 */
import { type Bm25fParams, fieldNorms, idf } from './bm25f.js';
import { FIELD_HEADLINE, FIELD_TEXT, FIELD_ALIASES, TF_BITS, TF_MAX } from './fields.js';
import { grow } from './growable.js';
import type { InvertedIndex } from './invertedIndex.js';
import { topK } from './topK.js';

export interface QueryTerm {
  termId: number;
  /** Multiplies the term's contribution (query term frequency, entity boost). */
  weight: number;
}

export interface FirstStageResult {
  slots: Int32Array;
  scores: Float64Array;
}

/** Scratch space reused across queries; one per index, as queries run one at a time on a JS thread. */
export class Accumulator {
  scores = new Float64Array(1024);
  touched = new Int32Array(1024);
}

export function firstStage(
  index: InvertedIndex,
  query: readonly QueryTerm[],
  params: Bm25fParams,
  depth: number,
  acc: Accumulator,
): FirstStageResult {
  acc.scores = grow(acc.scores, index.slotCount);
  acc.touched = grow(acc.touched, index.slotCount);
  const { scores, touched } = acc;
  const norms = fieldNorms(params, (f) => index.averageFieldLength(f));
  const [a0, a1, a2] = [norms.a[FIELD_TEXT], norms.a[FIELD_HEADLINE], norms.a[FIELD_ALIASES]];
  const [c0, c1, c2] = [norms.bOverAvg[FIELD_TEXT], norms.bOverAvg[FIELD_HEADLINE], norms.bOverAvg[FIELD_ALIASES]];
  const [w0, w1, w2] = [norms.weight[FIELD_TEXT], norms.weight[FIELD_HEADLINE], norms.weight[FIELD_ALIASES]];
  const len0 = index.fieldLength[FIELD_TEXT];
  const len1 = index.fieldLength[FIELD_HEADLINE];
  const len2 = index.fieldLength[FIELD_ALIASES];
  const alive = index.alive;
  const k1 = params.k1;
  let touchedCount = 0;

  for (const { termId, weight } of query) {
    const df = index.df[termId];
    if (df <= 0) continue;
    const termWeight = weight * idf(df, index.liveCount);
    const slots = index.postingSlots[termId];
    const tfs = index.postingTfs[termId];
    const n = index.postingLength[termId];
    for (let i = 0; i < n; i++) {
      const slot = slots[i];
      if (alive[slot] === 0) continue;
      const packed = tfs[i];
      const tf0 = packed & TF_MAX;
      const tf1 = (packed >> TF_BITS) & TF_MAX;
      const tf2 = packed >> (2 * TF_BITS);
      let tf = 0;
      if (tf0) tf += (w0 * tf0) / (a0 + c0 * len0[slot]);
      if (tf1) tf += (w1 * tf1) / (a1 + c1 * len1[slot]);
      if (tf2) tf += (w2 * tf2) / (a2 + c2 * len2[slot]);
      if (scores[slot] === 0) touched[touchedCount++] = slot;
      scores[slot] += (termWeight * tf) / (k1 + tf);
    }
  }

  const best = topK(touched, touchedCount, scores, depth);
  const bestScores = new Float64Array(best.length);
  for (let i = 0; i < best.length; i++) bestScores[i] = scores[best[i]];
  for (let i = 0; i < touchedCount; i++) scores[touched[i]] = 0;
  return { slots: best, scores: bestScores };
}
