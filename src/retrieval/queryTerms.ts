/**
 * An analysed query resolved against the index vocabulary once, for the first stage and every candidate's
 * features.
 */
import type { AnalyzedText } from './analyze.js';
import { idf } from './bm25f.js';
import type { InvertedIndex } from './invertedIndex.js';

export interface ResolvedQuery {
  /** Distinct known terms (words and entities) -> count in the query. */
  counts: Map<number, number>;
  /** Distinct known terms -> weight in the first stage. */
  weights: Map<number, number>;
  /** Adjacent word-term pairs of the query, as pairKey(a, b). */
  bigrams: Set<number>;
  /** Sum of the IDF of every distinct query term, known or not (unknown ones at the IDF of df 0). */
  idfMass: number;
  /** Distinct known terms that are numbers. */
  numbers: Set<number>;
  /** Distinct word terms, known or not. */
  distinctTerms: number;
  /** Term id -> how the query wrote it. */
  surfaces: Map<number, string>;
}

/** Term ids fit in 24 bits for any index this engine is sized for; a pair then fits a double exactly. */
export function pairKey(a: number, b: number): number {
  return a * 0x1000000 + b;
}

/** Part of a query: its analysed text and how much its terms count. The text of a tweet weighs 1; its poster's
 * name and its month, when known, less. */
export interface QueryPart {
  analyzed: AnalyzedText;
  weight: number;
}

export function resolveQuery(parts: readonly QueryPart[], index: InvertedIndex): ResolvedQuery {
  const counts = new Map<number, number>();
  const weights = new Map<number, number>();
  const numbers = new Set<number>();
  const surfaces = new Map<number, string>();
  const distinct = new Set<string>();
  let idfMass = 0;
  const n = index.liveCount;
  const bigrams = new Set<number>();
  for (const { analyzed, weight } of parts) {
    const partCounts = new Map<number, number>();
    const ids: number[] = [];
    for (const term of [...analyzed.terms, ...analyzed.entities]) {
      const id = index.termIds.get(term);
      ids.push(id ?? -1);
      if (!distinct.has(term)) {
        distinct.add(term);
        idfMass += weight * idf(id === undefined ? 0 : Math.max(index.df[id], 0), n);
      }
      if (id === undefined) continue;
      counts.set(id, (counts.get(id) ?? 0) + 1);
      partCounts.set(id, (partCounts.get(id) ?? 0) + 1);
      if (/^\d/.test(term)) numbers.add(id);
      if (!surfaces.has(id)) surfaces.set(id, analyzed.surfaces.get(term) ?? term);
    }
    // Repeated words count, but sub-linearly: a tweet that says "vaccine" three times is not three times as much
    // about vaccines. A term in several parts keeps its strongest weight.
    for (const [id, count] of partCounts) {
      weights.set(id, Math.max(weights.get(id) ?? 0, weight * (1 + Math.log(count))));
    }
    for (let i = 1; i < analyzed.terms.length; i++) {
      if (ids[i - 1] >= 0 && ids[i] >= 0) bigrams.add(pairKey(ids[i - 1], ids[i]));
    }
  }
  return { counts, weights, bigrams, idfMass, numbers, distinctTerms: distinct.size, surfaces };
}
