/**
 * Ranked full-text search with PostgreSQL's text search over `search_index` (see migration 002).
 *
 * What the user typed goes through websearch_to_tsquery, which reads plain text ("60,000 votes", "West’s ire")
 * and the usual web-search syntax ("quoted phrase", or, -word) and never raises a syntax error. A query that leaves
 * no searchable words (only punctuation, or only stop words such as "the") is the user's mistake: each statement
 * reports the query's size alongside its result, so that takes no extra round-trip.
 *
 * Scores are ts_rank_cd (higher is better) divided by the text's length (normalization 2), so that, as with BM25
 * in SQLite, a name or a quote that is mostly the query outranks a long article that mentions it. Snippets come
 * from ts_headline, computed only for the page's rows since it re-parses the whole text, with matched terms between
 * the snippet markers of src/domain/snippet.ts.
 */
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../domain/snippet.js';
import { InvalidSearchQueryError } from '../errors.js';
import type { SearchKind } from '../rows.js';
import type { FullTextSearch } from '../sql/sqlBackend.js';

const QUERY = `q AS (SELECT websearch_to_tsquery('english'::regconfig, search_text($1::text)) AS query)`;

// One fragment of up to 24 words around the best match, like the SQLite backend's snippet of 24 tokens.
const HEADLINE_OPTIONS = [
  `StartSel="${SNIPPET_MARK_START}"`,
  `StopSel="${SNIPPET_MARK_END}"`,
  'MaxWords=24',
  'MinWords=12',
  'ShortWord=0',
  'MaxFragments=1',
  'FragmentDelimiter=" … "',
].join(', ');

// numnode(query) > 0 comes first so an empty query is never matched against the index (which would only log a
// notice per row).
const MATCHES = `FROM search_index i, q
  WHERE numnode(q.query) > 0 AND i.document @@ q.query AND i.kind = ANY($2::text[])`;

function requireWords(query: string, nodes: unknown): void {
  if (nodes !== 0) return;
  // The english configuration drops stop words, so "the" alone leaves nothing to look for: say so, rather than
  // answer with no results as if nothing mentioned it.
  throw new InvalidSearchQueryError(
    /[\p{L}\p{N}]/u.test(query)
      ? 'the query has only words too common to search for (such as "the" or "and")'
      : 'the query has no words to search for',
  );
}

export const postgresFullTextSearch: FullTextSearch = {
  async search(db, query, kinds, limit, offset) {
    const rows = await db.all(
      `WITH ${QUERY},
       best AS (
         -- a node indexed under several texts (a name and its aliases, a title and a body) counts once, by its best
         SELECT DISTINCT ON (i.kind, i.node_id) i.id, i.kind, i.node_id, ts_rank_cd(i.document, q.query, 2) AS score
         ${MATCHES}
         ORDER BY i.kind, i.node_id, score DESC, i.id
       ),
       page AS (SELECT * FROM best ORDER BY score DESC, kind, node_id LIMIT $3::bigint OFFSET $4::bigint)
       SELECT numnode(q.query) AS nodes, p.kind, p.node_id AS "nodeId", p.score,
         ts_headline('english'::regconfig, search_text(i.body), q.query, $5::text) AS snippet
       FROM q LEFT JOIN (page p JOIN search_index i ON i.id = p.id) ON true
       ORDER BY p.score DESC, p.kind, p.node_id`,
      [query, kinds, limit, offset, HEADLINE_OPTIONS],
    );
    requireWords(query, rows[0]?.nodes);
    return rows
      .filter((row) => row.kind !== null)
      .map((row) => ({
        kind: row.kind as SearchKind,
        nodeId: row.nodeId as number,
        score: row.score as number,
        markedSnippet: row.snippet as string,
      }));
  },

  async countSearch(db, query, kinds) {
    const [row] = await db.all(
      `WITH ${QUERY}
       SELECT numnode(q.query) AS nodes,
         (SELECT COUNT(*) FROM (SELECT DISTINCT i.kind, i.node_id ${MATCHES}) hits) AS n
       FROM q`,
      [query, kinds],
    );
    requireWords(query, row?.nodes);
    return row.n as number;
  },

  async unindex(tx, kind, nodeId) {
    await tx.run('DELETE FROM search_index WHERE kind = $1 AND node_id = $2', [kind, nodeId]);
  },
};
