import { describe, expect, it } from 'vitest';
import { fitBoostedTrees, predict, type BoostingParams } from '../../bench/retrieval/boostedTrees.js';
import { FEATURE_NAMES } from '../../src/retrieval/features.js';
import { checkModel } from '../../src/retrieval/reranker.js';

/** Queries of ten candidates each; the relevant one has the highest first feature, the second feature is noise. */
function groups(count: number): { x: number[][]; y: number[] }[] {
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  return Array.from({ length: count }, () => {
    const relevant = Math.floor(random() * 10);
    const x = Array.from({ length: 10 }, (_, i) => [i === relevant ? 0.6 + random() * 0.4 : random() * 0.5, random()]);
    return { x, y: x.map((_, i) => (i === relevant ? 1 : 0)) };
  });
}

const PARAMS: BoostingParams = {
  objective: 'lambdarank',
  trees: 20,
  maxDepth: 2,
  learningRate: 0.3,
  lambda: 1,
  minChildWeight: 0.01,
  bins: 16,
};

describe('boosted trees for the re-ranker', () => {
  for (const objective of ['lambdarank', 'logistic'] as const) {
    it(`learns to put the relevant candidate first (${objective} loss)`, () => {
      const model = fitBoostedTrees(groups(50), { ...PARAMS, objective });
      for (const group of groups(20)) {
        const scores = group.x.map((x) => predict(model, x));
        expect(scores.indexOf(Math.max(...scores))).toBe(group.y.indexOf(1));
      }
    });
  }

  it('writes trees the engine accepts and scores the same way', () => {
    const fitted = fitBoostedTrees(groups(30), PARAMS);
    const reranker = checkModel({
      kind: 'trees',
      features: ['bm25f', 'queryLength'],
      depth: 100,
      bias: fitted.bias,
      trees: fitted.trees,
    });
    const x = [0.7, 0.2];
    // The engine reads the model's features by name from its full vector.
    const vector = FEATURE_NAMES.map((name) => (name === 'bm25f' ? x[0] : name === 'queryLength' ? x[1] : 0));
    expect(reranker.logit(vector)).toBeCloseTo(predict(fitted, x));
  });
});
