/**
 * Trains the re-ranker (logistic regression over the lexical features of src/retrieval/features.ts) on the
 * TRAINING split only, and writes src/retrieval/rerankerModel.json. Before the final fit it reports 5-fold
 * cross-validated MAP@5 on the training queries for each L2 strength, and keeps the best; the dev split is not
 * read here.
 *
 *   npx tsx bench/retrieval/trainReranker.ts [--data ../shared/claim-retrieval] [--out src/retrieval/rerankerModel.json]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ClaimIndex, DEFAULT_BM25F, DEFAULT_SIGNATURE_WEIGHTS, MAX_RANKED_HITS } from '../../src/retrieval/index.js';
import { FEATURE_NAMES } from '../../src/retrieval/features.js';
import type { RerankerModel } from '../../src/retrieval/reranker.js';
import { loadClefData } from './clefData.js';
import { averagePrecisionAt } from './metrics.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/claim-retrieval' },
    out: { type: 'string', default: 'src/retrieval/rerankerModel.json' },
  },
});
const data = loadClefData(values.data);
if (!data) throw new Error(`No data under ${values.data}`);

interface Group {
  ids: string[];
  x: number[][];
  y: number[];
  relevant: Set<string>;
}

const index = new ClaimIndex({ reranker: null });
for (const c of data.claims) index.add({ id: c.id, text: c.vclaim, headline: c.title });
const groups: Group[] = data.train.queries.map((q) => {
  const relevant = data.train.qrels.get(q.id) ?? new Set<string>();
  const ranked = index.rank(q.text, MAX_RANKED_HITS);
  return {
    ids: ranked.map((c) => c.id),
    x: ranked.map((c) => c.features),
    y: ranked.map((c) => (relevant.has(c.id) ? 1 : 0)),
    relevant,
  };
});

interface Linear {
  mean: number[];
  std: number[];
  weights: number[];
  bias: number;
}

/** L2-regularised logistic regression by full-batch gradient descent with Adam on standardised features. */
function fit(train: Group[], l2: number): Linear {
  const rows = train.flatMap((g) => g.x);
  const labels = train.flatMap((g) => g.y);
  const d = FEATURE_NAMES.length;
  const mean = new Array<number>(d).fill(0);
  const std = new Array<number>(d).fill(0);
  for (const r of rows) r.forEach((v, j) => (mean[j] += v / rows.length));
  for (const r of rows) r.forEach((v, j) => (std[j] += (v - mean[j]) ** 2 / rows.length));
  for (let j = 0; j < d; j++) std[j] = Math.sqrt(std[j]) || 1;
  const z = rows.map((r) => r.map((v, j) => (v - mean[j]) / std[j]));
  // Positives are about one in a hundred candidates: weigh them up so the fit is not all about negatives.
  const positives = labels.reduce((a, b) => a + b, 0);
  const positiveWeight = (labels.length - positives) / Math.max(1, positives);
  const w = new Array<number>(d + 1).fill(0);
  const m = new Array<number>(d + 1).fill(0);
  const v = new Array<number>(d + 1).fill(0);
  const rate = 0.05;
  for (let step = 1; step <= 600; step++) {
    const grad = new Array<number>(d + 1).fill(0);
    let total = 0;
    for (let i = 0; i < z.length; i++) {
      let s = w[d];
      for (let j = 0; j < d; j++) s += w[j] * z[i][j];
      const p = 1 / (1 + Math.exp(-s));
      const weight = labels[i] ? positiveWeight : 1;
      const e = weight * (p - labels[i]);
      for (let j = 0; j < d; j++) grad[j] += e * z[i][j];
      grad[d] += e;
      total += weight;
    }
    for (let j = 0; j <= d; j++) {
      const g = grad[j] / total + (j < d ? l2 * w[j] : 0);
      m[j] = 0.9 * m[j] + 0.1 * g;
      v[j] = 0.999 * v[j] + 0.001 * g * g;
      const mh = m[j] / (1 - 0.9 ** step);
      const vh = v[j] / (1 - 0.999 ** step);
      w[j] -= (rate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return { mean, std, weights: w.slice(0, d), bias: w[d] };
}

function map5(model: Linear, test: Group[]): number {
  let sum = 0;
  for (const g of test) {
    const scored = g.x.map((x, i) => ({
      id: g.ids[i],
      s: x.reduce((acc, v, j) => acc + (model.weights[j] * (v - model.mean[j])) / model.std[j], model.bias),
    }));
    scored.sort((a, b) => b.s - a.s || (a.id < b.id ? -1 : 1));
    sum += averagePrecisionAt(
      scored.map((s) => s.id),
      g.relevant,
      5,
    );
  }
  return sum / test.length;
}

const firstStageMap = groups.reduce((acc, g) => acc + averagePrecisionAt(g.ids, g.relevant, 5), 0) / groups.length;
console.log(`first stage (BM25F) MAP@5 on train: ${firstStageMap.toFixed(4)}`);
const folds = 5;
let bestL2 = 0;
let bestCv = -1;
for (const l2 of [0, 0.001, 0.01, 0.1]) {
  let cv = 0;
  for (let f = 0; f < folds; f++) {
    const train = groups.filter((_, i) => i % folds !== f);
    const test = groups.filter((_, i) => i % folds === f);
    cv += (map5(fit(train, l2), test) * test.length) / groups.length;
  }
  console.log(`l2 ${l2}: 5-fold cross-validated MAP@5 on train ${cv.toFixed(4)}`);
  if (cv > bestCv) [bestCv, bestL2] = [cv, l2];
}
const final = fit(groups, bestL2);
console.log(`final fit (l2 ${bestL2}): MAP@5 on train (in-sample) ${map5(final, groups).toFixed(4)}`);
const round = (x: number) => Number(x.toPrecision(8));
const model: RerankerModel = {
  features: [...FEATURE_NAMES],
  mean: final.mean.map(round),
  std: final.std.map(round),
  weights: final.weights.map(round),
  bias: round(final.bias),
  depth: MAX_RANKED_HITS,
  bm25f: DEFAULT_BM25F,
  signatureWeights: DEFAULT_SIGNATURE_WEIGHTS,
  trainedOn: `CLEF 2020 CheckThat! task 2 (English) training split, ${groups.length} queries; logistic regression, l2 ${bestL2}; 5-fold CV MAP@5 ${bestCv.toFixed(4)}`,
};
writeFileSync(values.out, JSON.stringify(model, null, 2) + '\n');
console.log(`wrote ${values.out}`);
for (let j = 0; j < FEATURE_NAMES.length; j++)
  console.log(`  ${FEATURE_NAMES[j].padEnd(26)} ${final.weights[j].toFixed(3)}`);
