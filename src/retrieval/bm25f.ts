/**
 * BM25F parameters and the per-term scoring shared by the first stage and the re-ranker's features. Field
 * frequencies are length-normalised per field, weighted and summed before one saturation (Robertson & Zaragoza's
 * BM25F), so a word in both the claim and its headline counts more than in one, but not twice.
 */
import { FIELD_COUNT } from './fields.js';

export interface Bm25fParams {
  k1: number;
  /** Per field (text, headline, aliases): weight and length normalisation b. */
  weight: [number, number, number];
  b: [number, number, number];
}

/** Tuned on the CLEF 2020 CheckThat! task 2 training queries (bench/retrieval/tuneBm25f.ts). */
export const DEFAULT_BM25F: Bm25fParams = {
  k1: 1.6,
  weight: [1, 1, 0.5],
  b: [0.55, 0.3, 0.75],
};

export function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Per-field factors precomputed once per query: weight / (1 - b + b * len / avgLen) = weight / (A + B * len). */
export interface FieldNorms {
  a: Float64Array;
  bOverAvg: Float64Array;
  weight: Float64Array;
}

export function fieldNorms(params: Bm25fParams, averageLength: (field: number) => number): FieldNorms {
  const a = new Float64Array(FIELD_COUNT);
  const bOverAvg = new Float64Array(FIELD_COUNT);
  const weight = new Float64Array(FIELD_COUNT);
  for (let f = 0; f < FIELD_COUNT; f++) {
    const avg = averageLength(f);
    a[f] = 1 - params.b[f];
    bOverAvg[f] = avg > 0 ? params.b[f] / avg : 0;
    weight[f] = params.weight[f];
  }
  return { a, bOverAvg, weight };
}
