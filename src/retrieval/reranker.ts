/**
 * The learned re-ranker: logistic regression over the lexical features of features.ts, trained on the training
 * split only (bench/retrieval/trainReranker.ts) and shipped as a small JSON file. Linear on standardised
 * features, so scoring a candidate is one dot product and the model can be read by eye.
 */
import { FEATURE_NAMES } from './features.js';

export interface RerankerModel {
  features: string[];
  mean: number[];
  std: number[];
  weights: number[];
  bias: number;
  /** How many first-stage candidates it was trained to re-rank. */
  depth: number;
  /** BM25F parameters the features were computed with. */
  bm25f?: { k1: number; weight: [number, number, number]; b: [number, number, number] };
  /** Tweet-signature weights the features were computed with. */
  signatureWeights?: { author: number; date: number };
  /** Free text: data, split, date, figures at training time. */
  trainedOn?: string;
}

/** Checks a model against the features this code computes; a model trained on other features is refused rather
 * than silently mis-scoring. */
export function checkModel(model: RerankerModel): RerankerModel {
  const n = FEATURE_NAMES.length;
  const sameNames = model.features.length === n && model.features.every((name, i) => name === FEATURE_NAMES[i]);
  if (!sameNames || model.mean.length !== n || model.std.length !== n || model.weights.length !== n) {
    throw new Error(`The re-ranker model's features (${model.features.join(', ')}) are not the ones computed here.`);
  }
  return model;
}

/** The model's linear score (log-odds of relevance). */
export function logit(model: RerankerModel, vector: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < vector.length; i++) z += (model.weights[i] * (vector[i] - model.mean[i])) / model.std[i];
  return z;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
