import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../src/retrieval/features.js';
import { checkModel, type LinearModel, type TreeModel } from '../../src/retrieval/reranker.js';
import { ClaimIndex, type RerankerModel } from '../../src/retrieval/index.js';

/** A vector in FEATURE_NAMES order with the named features set and the rest 0. */
function vector(values: Record<string, number>): number[] {
  return FEATURE_NAMES.map((name) => values[name] ?? 0);
}

const linear: LinearModel = {
  features: ['tfidfCosine', 'bm25f'],
  mean: [0, 1],
  std: [1, 2],
  weights: [3, 1],
  bias: -1,
  depth: 100,
};

/** One stump on longestPhrase: up to 1 word in a row scores -1, more +2. */
const stump: TreeModel = {
  kind: 'trees',
  features: ['longestPhrase'],
  bias: 0.5,
  depth: 100,
  trees: [{ feature: [0, -1, -1], threshold: [1, 0, 0], left: [1, 0, 0], right: [2, 0, 0], value: [0, -1, 2] }],
};

describe('re-ranker models', () => {
  it('scores a linear model on the features it names, whatever their position in the vector', () => {
    const reranker = checkModel(linear);
    // -1 + 3 * (0.5 - 0) / 1 + 1 * (5 - 1) / 2
    expect(reranker.logit(vector({ tfidfCosine: 0.5, bm25f: 5 }))).toBeCloseTo(2.5);
  });

  it('scores a tree model as its bias plus the leaf each tree sends the vector to', () => {
    const reranker = checkModel(stump);
    expect(reranker.logit(vector({ longestPhrase: 0 }))).toBeCloseTo(-0.5);
    expect(reranker.logit(vector({ longestPhrase: 1 }))).toBeCloseTo(-0.5);
    expect(reranker.logit(vector({ longestPhrase: 3 }))).toBeCloseTo(2.5);
  });

  it('refuses a model that reads a feature this version does not compute', () => {
    expect(() => checkModel({ ...linear, features: ['tfidfCosine', 'sentenceEmbedding'] })).toThrow(
      /feature "sentenceEmbedding" is not computed/,
    );
  });

  it('refuses a linear model whose weights do not match its features', () => {
    expect(() => checkModel({ ...linear, weights: [1] })).toThrow(/one entry per feature/);
  });

  it('refuses a malformed tree: a child pointing back, a feature out of range, arrays of different lengths', () => {
    const tree = stump.trees[0];
    const malformed = [
      { ...tree, left: [0, 0, 0] },
      { ...tree, feature: [4, -1, -1] },
      { ...tree, value: [0, -1] },
      { feature: [], threshold: [], left: [], right: [], value: [] },
    ];
    for (const bad of malformed) expect(() => checkModel({ ...stump, trees: [bad] })).toThrow(/a tree is malformed/);
  });

  it('ranks with a model handed to the index instead of the shipped one', () => {
    // A model that only looks at whether the claim shares a phrase with the query.
    const index = new ClaimIndex({ reranker: stump as RerankerModel });
    index.add({ id: 'phrase', text: 'The moon landing was staged in a studio.' });
    index.add({ id: 'words', text: 'A studio staged a play about the moon and a landing.' });
    const hits = index.search('moon landing staged', { first: 2 });
    expect(hits.map((h) => h.id)).toEqual(['phrase', 'words']);
  });
});
