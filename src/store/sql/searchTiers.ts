/**
 * Search's ranking window. Ranking scores every row a query matches (BM25 on SQLite, ts_rank_cd on PostgreSQL)
 * before the best ten are known, which at a million statements means tens of thousands of rows or more for a
 * common word or a well-known name. So a query matching more index rows than the window ranks in two tiers: first the
 * nodes found among the `window` most recently indexed matching rows, ranked among themselves by the usual rules;
 * then every other match, ranked among themselves the same way. A query matching no more rows than the window is
 * ranked over all its matches, exactly as without one. The engines walk a match newest first without scoring it,
 * so the first tier costs the window's rows, not the match's; the second is ranked only when a page reaches it.
 */

/** Ranking this many rows takes a few milliseconds on either store (BENCHMARKS.md). */
export const DEFAULT_SEARCH_RANK_WINDOW = 1000;

/**
 * The rows one ranking covers: the `newest` matching rows (null: all of them) with ids below `below` (null: any),
 * the nodes of `without` ("KIND:id") left out.
 */
export interface RankedRows {
  newest: number | null;
  below: number | null;
  without: readonly string[];
}

/** A page of one ranking, and which rows it covered: how many, and the oldest one's id. */
export interface RankedPage<R> {
  rows: R[];
  covered: number;
  oldest: number | null;
}

export interface TierQueries<R> {
  /** one page of a ranking, best first; a node may come in several rows (its equally good index rows) */
  ranked(rows: RankedRows, limit: number, offset: number): Promise<RankedPage<R>>;
  /** the nodes ("KIND:id") with a matching row at or after `from` */
  nodesFrom(from: number): Promise<string[]>;
}

/** How many nodes the rows are (a node may come in several). */
function nodeCount(rows: readonly { kind: string; nodeId: number }[]): number {
  return new Set(rows.map((row) => `${row.kind}:${row.nodeId}`)).size;
}

/** A page of the ranking with a window of `window` rows (null: rank every match). */
export async function rankInTiers<R extends { kind: string; nodeId: number }>(
  window: number | null,
  limit: number,
  offset: number,
  queries: TierQueries<R>,
): Promise<R[]> {
  const first = await queries.ranked({ newest: window, below: null, without: [] }, limit, offset);
  // a window that covered fewer rows than it could held every match
  if (window === null || first.covered < window || first.oldest === null) return first.rows;
  const firstNodes = nodeCount(first.rows);
  if (firstNodes === limit) return first.rows;
  const windowNodes = await queries.nodesFrom(first.oldest);
  const rest = await queries.ranked(
    { newest: null, below: first.oldest, without: windowNodes },
    limit - firstNodes,
    Math.max(0, offset - windowNodes.length),
  );
  return [...first.rows, ...rest.rows];
}
