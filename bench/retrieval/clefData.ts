/**
 * Reading the CLEF 2020 CheckThat! task 2 files (verified claims, tweet queries, qrels) at run time. Nothing of
 * the data is kept in the repository; callers pass the paths.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTsv } from './tsv.js';

export interface VerifiedClaim {
  id: string;
  vclaim: string;
  title: string;
}

export interface Query {
  id: string;
  text: string;
}

/** Query id -> relevant claim ids. */
export type Qrels = Map<string, Set<string>>;

function rowsAfterHeader(path: string): string[][] {
  return parseTsv(readFileSync(path, 'utf8'))
    .slice(1)
    .filter((row) => row.length > 1 || row[0] !== '');
}

export function loadClaims(path: string): VerifiedClaim[] {
  return rowsAfterHeader(path).map(([id, vclaim, title]) => ({ id, vclaim: vclaim ?? '', title: title ?? '' }));
}

export function loadQueries(path: string): Query[] {
  return rowsAfterHeader(path).map(([id, text]) => ({ id, text: text ?? '' }));
}

export function loadQrels(path: string): Qrels {
  const qrels: Qrels = new Map();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [queryId, , claimId, relevance] = line.trim().split(/\s+/);
    if (!queryId || !claimId || Number(relevance) <= 0) continue;
    if (!qrels.has(queryId)) qrels.set(queryId, new Set());
    qrels.get(queryId)!.add(claimId);
  }
  return qrels;
}

export interface Split {
  queries: Query[];
  qrels: Qrels;
}

export interface ClefData {
  claims: VerifiedClaim[];
  train: Split;
  dev: Split;
}

/** Loads the standard layout under `dir` (verified_claims.docs.tsv, train/, dev/); undefined if it is absent. */
export function loadClefData(dir: string): ClefData | undefined {
  const claimsPath = join(dir, 'verified_claims.docs.tsv');
  if (!existsSync(claimsPath)) return undefined;
  const split = (name: string): Split => ({
    queries: loadQueries(join(dir, name, 'tweets.queries.tsv')),
    qrels: loadQrels(join(dir, name, 'tweet-vclaim-pairs.qrels')),
  });
  return { claims: loadClaims(claimsPath), train: split('train'), dev: split('dev') };
}
