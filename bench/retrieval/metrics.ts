/**
 * The measures of the CheckThat! task: MAP@k as the lab defines it (average precision over the top k, divided by
 * min(relevant, k)), MRR, Recall@k; and latency percentiles.
 */
export function averagePrecisionAt(ranking: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  if (relevant.size === 0) return 0;
  let hits = 0;
  let sum = 0;
  for (let i = 0; i < Math.min(k, ranking.length); i++) {
    if (relevant.has(ranking[i])) {
      hits++;
      sum += hits / (i + 1);
    }
  }
  return sum / Math.min(relevant.size, k);
}

export function reciprocalRank(ranking: readonly string[], relevant: ReadonlySet<string>): number {
  const i = ranking.findIndex((id) => relevant.has(id));
  return i < 0 ? 0 : 1 / (i + 1);
}

export function recallAt(ranking: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  if (relevant.size === 0) return 0;
  return ranking.slice(0, k).filter((id) => relevant.has(id)).length / relevant.size;
}

export interface Effectiveness {
  queries: number;
  map5: number;
  mrr: number;
  recall5: number;
}

/** Means over the queries that have judgements; a query with no ranking scores 0. */
export function effectiveness(
  rankings: ReadonlyMap<string, readonly string[]>,
  qrels: ReadonlyMap<string, ReadonlySet<string>>,
): Effectiveness {
  let map5 = 0;
  let mrr = 0;
  let recall5 = 0;
  for (const [queryId, relevant] of qrels) {
    const ranking = rankings.get(queryId) ?? [];
    map5 += averagePrecisionAt(ranking, relevant, 5);
    mrr += reciprocalRank(ranking, relevant);
    recall5 += recallAt(ranking, relevant, 5);
  }
  const n = qrels.size || 1;
  return { queries: qrels.size, map5: map5 / n, mrr: mrr / n, recall5: recall5 / n };
}

/** Nearest-rank percentile of a sample (p in 0..100). */
export function percentile(sample: readonly number[], p: number): number {
  if (sample.length === 0) return 0;
  const sorted = [...sample].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
