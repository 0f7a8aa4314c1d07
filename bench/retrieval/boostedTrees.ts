/**
 * Gradient-boosted regression trees for the re-ranker, fitted here and scored in src/retrieval/reranker.ts.
 * Second-order boosting (each leaf is -G / (H + lambda), shrunk by the learning rate) over features cut into
 * quantile bins once, so finding a split is a pass over a histogram, not a sort.
 *
 * Two objectives: `logistic` (each candidate on its own: relevant or not) and `lambdarank` (pairs within a query:
 * each relevant candidate against each irrelevant one, weighed by how much swapping them would change the
 * reciprocal rank), which optimises the order inside a query, what MAP@5 measures.
 */
import type { RegressionTree } from '../../src/retrieval/reranker.js';

export interface TrainingGroup {
  /** one feature vector per candidate */
  x: number[][];
  /** 1 relevant, 0 not */
  y: number[];
}

export interface BoostingParams {
  objective: 'logistic' | 'lambdarank';
  trees: number;
  maxDepth: number;
  learningRate: number;
  /** L2 on leaf values */
  lambda: number;
  /** fewest (hessian-weighted) candidates in a leaf */
  minChildWeight: number;
  /** most bins per feature */
  bins: number;
}

export interface BoostedTrees {
  bias: number;
  trees: RegressionTree[];
}

interface Binned {
  /** per feature, the upper edges of its bins (a value v falls in the first bin whose edge is >= v) */
  edges: number[][];
  /** per feature, each row's bin */
  codes: Uint8Array[];
}

function quantileEdges(values: number[], bins: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const edges: number[] = [];
  for (let b = 1; b < bins; b++) {
    const v = sorted[Math.min(sorted.length - 1, Math.floor((b * sorted.length) / bins))];
    if (edges.length === 0 || v > edges[edges.length - 1]) edges.push(v);
  }
  return edges;
}

function bin(rows: number[][], bins: number): Binned {
  const d = rows[0]?.length ?? 0;
  const edges: number[][] = [];
  const codes: Uint8Array[] = [];
  for (let j = 0; j < d; j++) {
    const column = rows.map((r) => r[j]);
    const e = quantileEdges(column, bins);
    edges.push(e);
    const c = new Uint8Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      let lo = 0;
      let hi = e.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (column[i] <= e[mid]) hi = mid;
        else lo = mid + 1;
      }
      c[i] = lo;
    }
    codes.push(c);
  }
  return { edges, codes };
}

/** Gradient and hessian of every candidate at the current scores. */
function gradients(
  params: BoostingParams,
  groups: readonly TrainingGroup[],
  offsets: readonly number[],
  scores: Float64Array,
  g: Float64Array,
  h: Float64Array,
  positiveWeight: number,
): void {
  g.fill(0);
  h.fill(0);
  if (params.objective === 'logistic') {
    let i = 0;
    for (const group of groups) {
      for (const label of group.y) {
        const p = 1 / (1 + Math.exp(-scores[i]));
        const w = label ? positiveWeight : 1;
        g[i] = w * (p - label);
        h[i] = Math.max(w * p * (1 - p), 1e-6);
        i++;
      }
    }
    return;
  }
  groups.forEach((group, q) => {
    const start = offsets[q];
    const n = group.y.length;
    // Current ranks, for the size of each swap's effect on reciprocal rank.
    const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => scores[start + b] - scores[start + a]);
    const rank = new Int32Array(n);
    order.forEach((k, r) => (rank[k] = r + 1));
    for (let a = 0; a < n; a++) {
      if (!group.y[a]) continue;
      for (let b = 0; b < n; b++) {
        if (group.y[b]) continue;
        const delta = Math.abs(1 / rank[a] - 1 / rank[b]);
        const rho = 1 / (1 + Math.exp(scores[start + a] - scores[start + b]));
        g[start + a] -= rho * delta;
        g[start + b] += rho * delta;
        const hess = Math.max(rho * (1 - rho) * delta, 1e-9);
        h[start + a] += hess;
        h[start + b] += hess;
      }
    }
  });
}

function buildTree(
  params: BoostingParams,
  binned: Binned,
  rows: Int32Array,
  g: Float64Array,
  h: Float64Array,
): RegressionTree {
  const tree: RegressionTree = { feature: [], threshold: [], left: [], right: [], value: [] };
  const d = binned.codes.length;
  const histG = new Float64Array(256);
  const histH = new Float64Array(256);
  const grow = (members: Int32Array, depth: number): number => {
    const node = tree.feature.length;
    tree.feature.push(-1);
    tree.threshold.push(0);
    tree.left.push(0);
    tree.right.push(0);
    tree.value.push(0);
    let G = 0;
    let H = 0;
    for (const i of members) {
      G += g[i];
      H += h[i];
    }
    tree.value[node] = (-G / (H + params.lambda)) * params.learningRate;
    if (depth >= params.maxDepth || H < 2 * params.minChildWeight) return node;
    const parentScore = (G * G) / (H + params.lambda);
    let best = { gain: 1e-9, feature: -1, bin: -1 };
    for (let j = 0; j < d; j++) {
      const nb = binned.edges[j].length + 1;
      if (nb < 2) continue;
      histG.fill(0, 0, nb);
      histH.fill(0, 0, nb);
      const codes = binned.codes[j];
      for (const i of members) {
        histG[codes[i]] += g[i];
        histH[codes[i]] += h[i];
      }
      let GL = 0;
      let HL = 0;
      for (let b = 0; b < nb - 1; b++) {
        GL += histG[b];
        HL += histH[b];
        const GR = G - GL;
        const HR = H - HL;
        if (HL < params.minChildWeight || HR < params.minChildWeight) continue;
        const gain = (GL * GL) / (HL + params.lambda) + (GR * GR) / (HR + params.lambda) - parentScore;
        if (gain > best.gain) best = { gain, feature: j, bin: b };
      }
    }
    if (best.feature < 0) return node;
    const codes = binned.codes[best.feature];
    const leftRows = members.filter((i) => codes[i] <= best.bin);
    const rightRows = members.filter((i) => codes[i] > best.bin);
    tree.feature[node] = best.feature;
    tree.threshold[node] = binned.edges[best.feature][best.bin];
    tree.left[node] = grow(leftRows, depth + 1);
    tree.right[node] = grow(rightRows, depth + 1);
    return node;
  };
  grow(rows, 0);
  return tree;
}

function predictTree(tree: RegressionTree, x: readonly number[]): number {
  let node = 0;
  while (tree.feature[node] !== -1)
    node = x[tree.feature[node]] <= tree.threshold[node] ? tree.left[node] : tree.right[node];
  return tree.value[node];
}

export function predict(model: BoostedTrees, x: readonly number[]): number {
  let z = model.bias;
  for (const tree of model.trees) z += predictTree(tree, x);
  return z;
}

export function fitBoostedTrees(groups: readonly TrainingGroup[], params: BoostingParams): BoostedTrees {
  const rows = groups.flatMap((group) => group.x);
  const labels = groups.flatMap((group) => group.y);
  const offsets: number[] = [];
  let at = 0;
  for (const group of groups) {
    offsets.push(at);
    at += group.y.length;
  }
  const binned = bin(rows, params.bins);
  const positives = labels.reduce((a, b) => a + b, 0);
  // Positives are about one in a hundred candidates: weigh them up so the fit is not all about negatives.
  const positiveWeight = (labels.length - positives) / Math.max(1, positives);
  // Every tree starts from 0: LambdaRank scores only order candidates, and the logistic loss's weighted positives
  // make 0 (even odds) the right starting point.
  const bias = 0;
  const scores = new Float64Array(rows.length).fill(bias);
  const g = new Float64Array(rows.length);
  const h = new Float64Array(rows.length);
  const all = Int32Array.from({ length: rows.length }, (_, i) => i);
  const trees: RegressionTree[] = [];
  for (let t = 0; t < params.trees; t++) {
    gradients(params, groups, offsets, scores, g, h, positiveWeight);
    const tree = buildTree(params, binned, all, g, h);
    trees.push(tree);
    for (let i = 0; i < rows.length; i++) scores[i] += predictTree(tree, rows[i]);
  }
  return { bias, trees };
}
