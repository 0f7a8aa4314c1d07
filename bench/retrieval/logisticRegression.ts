/**
 * L2-regularised logistic regression by full-batch gradient descent with Adam on standardised features: the
 * linear re-ranker (src/retrieval/reranker.ts scores it).
 */
export interface Linear {
  mean: number[];
  std: number[];
  weights: number[];
  bias: number;
}

export function fitLogistic(groups: readonly { x: number[][]; y: number[] }[], l2: number): Linear {
  const rows = groups.flatMap((g) => g.x);
  const labels = groups.flatMap((g) => g.y);
  const d = rows[0]?.length ?? 0;
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

export function linearScore(model: Linear, x: readonly number[]): number {
  let s = model.bias;
  for (let j = 0; j < x.length; j++) s += (model.weights[j] * (x[j] - model.mean[j])) / model.std[j];
  return s;
}
