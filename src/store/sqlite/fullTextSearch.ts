/**
 * Ranked full-text search with SQLite's FTS5 over `search_index` (migrations 002 and 005). What the user typed is
 * turned into an FTS5 query by toFtsQuery; scores are BM25, reported higher-is-better.
 */
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../domain/snippet.js';
import { InvalidSearchQueryError } from '../errors.js';
import type { SearchKind } from '../rows.js';
import type { FullTextSearch } from '../sql/sqlBackend.js';
import { toFtsQuery } from './ftsQuery.js';

/** The MATCH expression for a user's query; a query with no words at all cannot match anything. */
function ftsMatch(query: string): string {
  const match = toFtsQuery(query);
  if (match === '') throw new InvalidSearchQueryError('the query has no words to search for');
  return match;
}

/**
 * Runs a full-text statement. The user's query is the only variable part of these statements, so an
 * SQLITE_ERROR from one (fts5 syntax errors, "unknown special query", a bad NEAR distance, an unknown column) is
 * the query's fault; I/O, corruption or busy errors have other codes and stay internal.
 */
async function withSearchErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Error && (error as { code?: unknown }).code === 'SQLITE_ERROR') {
      throw new InvalidSearchQueryError(error.message.replace(/^fts5: /, ''));
    }
    throw error;
  }
}

/**
 * A node can match in several index rows (a person's name and aliases, a document's title and text): it is
 * ranked by its best row. Ranking needs BM25 for every match, but snippets are dear, so they are made only for
 * the best rows of the nodes on the page (ties between a node's equally good rows go to the smallest snippet).
 */
const BEST_ROWS_OF_PAGE = `
  WITH hits AS MATERIALIZED (
    SELECT r.rowid AS rid, r.kind AS kind, r.node_id AS node_id, bm25(search_index) AS score
    FROM search_index CROSS JOIN search_rows r ON r.rowid = search_index.rowid
    WHERE search_index MATCH ?1 AND r.kind IN (SELECT value FROM json_each(?2))
  ), page AS (
    SELECT kind, node_id, MIN(score) AS score FROM hits GROUP BY kind, node_id
    ORDER BY score, kind, node_id LIMIT ?3 OFFSET ?4
  )
  SELECT h.rid AS rid, p.kind AS kind, p.node_id AS nodeId, p.score AS score
  FROM page p JOIN hits h ON h.kind = p.kind AND h.node_id = p.node_id AND h.score = p.score`;

const SNIPPETS_OF_ROWS = `
  SELECT rowid AS rid, snippet(search_index, 2, char(1), char(2), '…', 24) AS snippet
  FROM search_index WHERE search_index MATCH ?1 AND rowid IN (SELECT value FROM json_each(?2))`;

const COUNT_MATCHES = `SELECT COUNT(*) AS n FROM (SELECT DISTINCT r.kind, r.node_id
  FROM search_index CROSS JOIN search_rows r ON r.rowid = search_index.rowid
  WHERE search_index MATCH ?1 AND r.kind IN (SELECT value FROM json_each(?2)))`;

export const sqliteFullTextSearch: FullTextSearch = {
  async search(db, query, kinds, limit, offset) {
    if (SNIPPET_MARK_START !== '\u0001' || SNIPPET_MARK_END !== '\u0002') throw new Error('snippet markers changed');
    const match = ftsMatch(query);
    const params = [match, JSON.stringify(kinds), limit, offset];
    const pageRows = await withSearchErrors(() => db.all(BEST_ROWS_OF_PAGE, params));
    const best = pageRows as { rid: number; kind: SearchKind; nodeId: number; score: number }[];
    if (best.length === 0) return [];
    const rowIds = JSON.stringify(best.map((row) => row.rid));
    const snippetRows = await withSearchErrors(() => db.all(SNIPPETS_OF_ROWS, [match, rowIds]));
    const snippets = new Map(snippetRows.map((row) => [row.rid as number, row.snippet as string]));
    const byNode = new Map<string, { kind: SearchKind; nodeId: number; score: number; snippet: string }>();
    for (const row of best) {
      const key = `${row.kind}:${row.nodeId}`;
      const snippet = snippets.get(row.rid) ?? '';
      const known = byNode.get(key);
      if (known === undefined) byNode.set(key, { kind: row.kind, nodeId: row.nodeId, score: row.score, snippet });
      // as SQLite orders text: by UTF-8 bytes
      else if (Buffer.compare(Buffer.from(snippet), Buffer.from(known.snippet)) < 0) known.snippet = snippet;
    }
    const rows = [...byNode.values()].sort(
      (a, b) => a.score - b.score || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || a.nodeId - b.nodeId,
    );
    // BM25 is lower-is-better in SQLite; the API reports higher-is-better.
    return rows.map((row) => ({ kind: row.kind, nodeId: row.nodeId, score: -row.score, markedSnippet: row.snippet }));
  },

  async countSearch(db, query, kinds) {
    const [row] = await withSearchErrors(() => db.all(COUNT_MATCHES, [ftsMatch(query), JSON.stringify(kinds)]));
    return row.n as number;
  },

  // search_rows (migration 005) says which index rows are the record's: the index cannot look up its own kind and
  // node_id columns without reading every row.
  async unindex(tx, kind, nodeId) {
    await tx.run(
      'DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_rows WHERE kind = ?1 AND node_id = ?2)',
      [kind, nodeId],
    );
    await tx.run('DELETE FROM search_rows WHERE kind = ?1 AND node_id = ?2', [kind, nodeId]);
  },
};
