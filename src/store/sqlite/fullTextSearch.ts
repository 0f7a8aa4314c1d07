/**
 * Ranked full-text search with SQLite's FTS5 over `search_index` (migrations 002 and 005). What the user typed is
 * turned into an FTS5 query by toFtsQuery, with the spelling variants the index has (src/domain/searchVariants.ts)
 * as alternatives; scores are BM25, reported higher-is-better.
 */
import { searchPlan, variantProbes } from '../../domain/searchVariants.js';
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../domain/snippet.js';
import { InvalidSearchQueryError } from '../errors.js';
import type { SearchKind } from '../rows.js';
import type { SqlExecutor } from '../sql/dialect.js';
import type { FullTextSearch } from '../sql/sqlBackend.js';
import { rankInTiers } from '../sql/searchTiers.js';
import { toFtsPlan, toFtsQuery } from './ftsQuery.js';

/** Which of the phrases are somewhere in the index: each probe stops at its first match. */
const PHRASES_IN_INDEX = `SELECT p.key AS probe FROM json_each(?1) p
  WHERE EXISTS (SELECT 1 FROM search_index WHERE search_index MATCH p.value)`;

/** The MATCH expression for a user's query; a query with no words at all cannot match anything. */
async function ftsMatch(db: SqlExecutor, query: string): Promise<string> {
  const match = toFtsQuery(query);
  if (match === '') throw new InvalidSearchQueryError('the query has no words to search for');
  const probes = variantProbes(query);
  if (probes.length === 0) return match;
  const rows = await db.all(PHRASES_IN_INDEX, [JSON.stringify(probes.map((probe) => `"${probe}"`))]);
  const plan = searchPlan(query, new Set(rows.map((row) => probes[row.probe as number])));
  return plan === null ? match : toFtsPlan(plan);
}

/**
 * The engine's complaint in our own words: FTS5's ("no such column: x", "fts5: syntax error near ...") would tell
 * a client which engine and columns lie behind the API.
 */
function plainSearchError(engineMessage: string): string {
  if (/no such column/.test(engineMessage)) {
    return 'a word followed by a colon would search a field by name, which is not supported; put it in double quotes';
  }
  if (/unknown special query/.test(engineMessage)) return 'a `*` must end a word (`sell*`), not stand alone';
  return 'check its double quotes, parentheses and operators (AND, OR, NOT, NEAR(a b, distance))';
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
      throw new InvalidSearchQueryError(plainSearchError(error.message));
    }
    throw error;
  }
}

/**
 * A node can match in several index rows (a person's name and aliases, a document's title and text): it is
 * ranked by its best row. A direct quote ranks no lower than the best paraphrase from the same occasion (the
 * interview, the episode, the post) that the query finds, and above it on a tie, as above any paraphrase it ties
 * with: what was said comes before a rendering of it, however much shorter the rendering. Ranking needs BM25 for
 * every row it ranks, but snippets are dear, so they are made only for the best rows of the nodes on the page
 * (ties between a node's equally good rows go to the smallest snippet). The PostgreSQL backend ranks alike.
 *
 * The rows ranked are the newest ?5 matches (-1: all) below rowid ?6, the nodes ("KIND:id") of ?7 left out
 * (src/store/sql/searchTiers.ts); FTS5 walks them newest first and scores only those. The answer's first row says
 * how many rows were ranked and the oldest one's rowid; the page's rows follow.
 */
const BEST_ROWS_OF_PAGE = `
  WITH hits AS MATERIALIZED (
    SELECT r.rowid AS rid, r.kind AS kind, r.node_id AS node_id, bm25(search_index) AS score
    FROM search_index CROSS JOIN search_rows r ON r.rowid = search_index.rowid
    WHERE search_index MATCH ?1 AND search_index.rowid < ?6
      AND r.kind IN (SELECT value FROM json_each(?2))
      AND r.kind || ':' || r.node_id NOT IN (SELECT value FROM json_each(?7))
    ORDER BY search_index.rowid DESC LIMIT ?5
  ), nodes AS MATERIALIZED (
    SELECT n.kind, n.node_id, n.score, s.occasion_id, s.is_direct_quote AS direct
    FROM (SELECT kind, node_id, MIN(score) AS score FROM hits GROUP BY kind, node_id) n
    LEFT JOIN statements s ON n.kind = 'STATEMENT' AND s.id = n.node_id
  ), paraphrased AS (
    SELECT occasion_id, MIN(score) AS score FROM nodes WHERE direct = 0 AND occasion_id IS NOT NULL GROUP BY occasion_id
  ), page AS (
    SELECT n.kind, n.node_id, n.score AS own, CASE WHEN p.score < n.score THEN p.score ELSE n.score END AS score,
      CASE WHEN n.direct = 0 THEN 1 ELSE 0 END AS paraphrase
    FROM nodes n
    LEFT JOIN paraphrased p ON n.direct = 1 AND p.occasion_id = n.occasion_id
    ORDER BY score, paraphrase, kind, node_id LIMIT ?3 OFFSET ?4
  )
  SELECT 0 AS position, COUNT(*) AS covered, MIN(rid) AS oldest,
    NULL AS rid, NULL AS kind, NULL AS nodeId, NULL AS score, NULL AS paraphrase
  FROM hits
  UNION ALL
  SELECT 1, NULL, NULL, h.rid, p.kind, p.node_id, p.score, p.paraphrase
  FROM page p JOIN hits h ON h.kind = p.kind AND h.node_id = p.node_id AND h.score = p.own
  ORDER BY position, score, paraphrase, kind, nodeId`;

/** The nodes of the first tier, left out of the second. */
const NODES_FROM = `SELECT DISTINCT r.kind || ':' || r.node_id AS node
  FROM search_index CROSS JOIN search_rows r ON r.rowid = search_index.rowid
  WHERE search_index MATCH ?1 AND search_index.rowid >= ?2 AND r.kind IN (SELECT value FROM json_each(?3))`;

const SNIPPETS_OF_ROWS = `
  SELECT rowid AS rid, snippet(search_index, 2, char(1), char(2), '…', 24) AS snippet
  FROM search_index WHERE search_index MATCH ?1 AND rowid IN (SELECT value FROM json_each(?2))`;

/**
 * The same for a query with a prefix (`Kalo*`): looking up each row on its own merges the doclists of every word
 * with that prefix again (~1 ms a row at 1M statements), so the rows between the page's first and last are walked
 * once instead (the `+` keeps the list from being handed to FTS5 as lookups).
 */
const SNIPPETS_OF_ROWS_WALKED = `
  SELECT rowid AS rid, snippet(search_index, 2, char(1), char(2), '…', 24) AS snippet
  FROM search_index WHERE search_index MATCH ?1 AND rowid BETWEEN ?3 AND ?4
    AND +rowid IN (SELECT value FROM json_each(?2))`;

const COUNT_MATCHES = `SELECT COUNT(*) AS n FROM (SELECT DISTINCT r.kind, r.node_id
  FROM search_index CROSS JOIN search_rows r ON r.rowid = search_index.rowid
  WHERE search_index MATCH ?1 AND r.kind IN (SELECT value FROM json_each(?2)))`;

/** SQLite's rowids are 64-bit signed; this is above every one. */
const ABOVE_EVERY_ROWID = 2 ** 63;

type BestRow = { rid: number; kind: SearchKind; nodeId: number; score: number; paraphrase: number };

export const sqliteFullTextSearch: FullTextSearch = {
  async search(db, query, kinds, limit, offset, window) {
    if (SNIPPET_MARK_START !== '\u0001' || SNIPPET_MARK_END !== '\u0002') throw new Error('snippet markers changed');
    const match = await withSearchErrors(() => ftsMatch(db, query));
    const best = await rankInTiers(window, limit, offset, {
      ranked: async (rows, pageLimit, pageOffset) => {
        const [covered, ...page] = await withSearchErrors(() =>
          db.all(BEST_ROWS_OF_PAGE, [
            match,
            JSON.stringify(kinds),
            pageLimit,
            pageOffset,
            rows.newest ?? -1,
            rows.below ?? ABOVE_EVERY_ROWID,
            JSON.stringify(rows.without),
          ]),
        );
        return { rows: page as BestRow[], covered: covered.covered as number, oldest: covered.oldest as number | null };
      },
      nodesFrom: async (from) => {
        const rows = await withSearchErrors(() => db.all(NODES_FROM, [match, from, JSON.stringify(kinds)]));
        return rows.map((row) => row.node as string);
      },
    });
    if (best.length === 0) return [];
    const rids = best.map((row) => row.rid);
    const snippetRows = await withSearchErrors(() =>
      match.includes('*')
        ? db.all(SNIPPETS_OF_ROWS_WALKED, [match, JSON.stringify(rids), Math.min(...rids), Math.max(...rids)])
        : db.all(SNIPPETS_OF_ROWS, [match, JSON.stringify(rids)]),
    );
    const snippets = new Map(snippetRows.map((row) => [row.rid as number, row.snippet as string]));
    type Hit = BestRow & { snippet: string };
    const byNode = new Map<string, Hit>();
    for (const row of best) {
      const key = `${row.kind}:${row.nodeId}`;
      const snippet = snippets.get(row.rid) ?? '';
      const known = byNode.get(key);
      if (known === undefined) byNode.set(key, { ...row, snippet });
      // as SQLite orders text: by UTF-8 bytes
      else if (Buffer.compare(Buffer.from(snippet), Buffer.from(known.snippet)) < 0) known.snippet = snippet;
    }
    // BM25 is lower-is-better in SQLite; the API reports higher-is-better. byNode keeps the tiers' order.
    return [...byNode.values()].map((row) => ({
      kind: row.kind,
      nodeId: row.nodeId,
      score: -row.score,
      markedSnippet: row.snippet,
    }));
  },

  async countSearch(db, query, kinds) {
    const match = await withSearchErrors(() => ftsMatch(db, query));
    const [row] = await withSearchErrors(() => db.all(COUNT_MATCHES, [match, JSON.stringify(kinds)]));
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
