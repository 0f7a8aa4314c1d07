/**
 * The learned re-ranker, trained on the training split only (bench/retrieval/trainReranker.ts) and shipped as a
 * small JSON file. Two kinds: logistic regression on standardised features (one dot product, readable by eye), and
 * gradient-boosted regression trees (a sum of small trees' leaves), which can weigh a feature differently
 * depending on another (a clear first-stage winner, a short claim) where a linear model cannot.
 *
 * A model names the features it was trained on; each must be one features.ts computes, so a model trained on
 * other features is refused rather than silently mis-scoring, and adding a feature does not invalidate older models.
 */
import { FEATURE_NAMES } from './features.js';
import { SEMANTIC_FEATURE_NAMES } from './semantic/semanticFeatures.js';

/** Every feature a model may read, in vector order: the lexical ones, then the semantic ones. */
const ALL_FEATURE_NAMES: readonly string[] = [...FEATURE_NAMES, ...SEMANTIC_FEATURE_NAMES];

interface ModelBase {
  /** The features the model reads, by name (of FEATURE_NAMES and SEMANTIC_FEATURE_NAMES, in any order). */
  features: string[];
  /** How many first-stage candidates it was trained to re-rank. */
  depth: number;
  /** BM25F parameters the features were computed with. */
  bm25f?: { k1: number; weight: [number, number, number]; b: [number, number, number] };
  /** Tweet-signature weights the features were computed with. */
  signatureWeights?: { author: number; date: number };
  /** Free text: data, split, date, figures at training time. */
  trainedOn?: string;
}

export interface LinearModel extends ModelBase {
  kind?: 'linear';
  mean: number[];
  std: number[];
  weights: number[];
  bias: number;
}

/**
 * One regression tree, as parallel arrays over its nodes (node 0 is the root). An inner node sends a vector to
 * `left` when its feature is <= `threshold`, else to `right`; a leaf (feature -1) holds its `value`.
 */
export interface RegressionTree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

export interface TreeModel extends ModelBase {
  kind: 'trees';
  /** The score before any tree (log-odds of relevance of the average candidate). */
  bias: number;
  /** Tree features index the model's own `features` list. */
  trees: RegressionTree[];
}

export type RerankerModel = LinearModel | TreeModel;

/** A checked model bound to the feature vector this code computes. */
export interface Reranker {
  model: RerankerModel;
  /**
   * The model's score (log-odds of relevance) of one feature vector in FEATURE_NAMES order, followed by the
   * SEMANTIC_FEATURE_NAMES when the model reads them.
   */
  logit(vector: readonly number[]): number;
  /** Whether the model reads semantic features, so needs sentence vectors for every candidate. */
  semantic: boolean;
}

function refuse(model: RerankerModel, why: string): never {
  throw new Error(`The re-ranker model is not usable here: ${why} (its features: ${model.features.join(', ')}).`);
}

/** Checks a model against the features this code computes and binds it to them. */
export function checkModel(model: RerankerModel): Reranker {
  const columns = model.features.map((name) => {
    const column = ALL_FEATURE_NAMES.indexOf(name);
    if (column < 0) refuse(model, `feature ${JSON.stringify(name)} is not computed by this version`);
    return column;
  });
  const n = columns.length;
  const semantic = columns.some((column) => column >= FEATURE_NAMES.length);
  if (model.kind === 'trees') {
    for (const tree of model.trees) {
      const nodes = tree.feature.length;
      const sameLength = [tree.threshold, tree.left, tree.right, tree.value].every((a) => a.length === nodes);
      const linked = tree.feature.every(
        (f, i) => f === -1 || (f >= 0 && f < n && tree.left[i] > i && tree.right[i] > i && tree.right[i] < nodes),
      );
      if (nodes === 0 || !sameLength || !linked) refuse(model, 'a tree is malformed');
    }
    return { model, semantic, logit: (vector) => treesLogit(model, columns, vector) };
  }
  if (model.mean.length !== n || model.std.length !== n || model.weights.length !== n) {
    refuse(model, 'mean, std and weights must have one entry per feature');
  }
  return { model, semantic, logit: (vector) => linearLogit(model, columns, vector) };
}

function linearLogit(model: LinearModel, columns: readonly number[], vector: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < columns.length; i++) {
    z += (model.weights[i] * (vector[columns[i]] - model.mean[i])) / model.std[i];
  }
  return z;
}

function treesLogit(model: TreeModel, columns: readonly number[], vector: readonly number[]): number {
  let z = model.bias;
  for (const tree of model.trees) {
    let node = 0;
    while (tree.feature[node] !== -1) {
      node = vector[columns[tree.feature[node]]] <= tree.threshold[node] ? tree.left[node] : tree.right[node];
    }
    z += tree.value[node];
  }
  return z;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
