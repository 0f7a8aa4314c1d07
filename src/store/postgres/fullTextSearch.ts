/**
 * Ranked full-text search with PostgreSQL's text search over `search_index` (see migration 002).
 *
 * What the user typed goes through websearch_to_tsquery, which reads plain text ("60,000 votes", "West’s ire")
 * and the usual web-search syntax ("quoted phrase", or, -word) and never raises a syntax error, with `word*`
 * prefixes added (prefixQuery.ts); plain text gets the
 * spelling variants the index has (src/domain/searchVariants.ts) as alternatives. A query that leaves
 * no searchable words (only punctuation, or only stop words such as "the") is the user's mistake: each statement
 * reports the query's size alongside its result, so that takes no extra round-trip.
 *
 * Scores are ts_rank_cd (higher is better) divided by the text's length (normalization 2), so that, as with BM25
 * in SQLite, a name or a quote that is mostly the query outranks a long article that mentions it. Snippets come
 * from ts_headline, computed only for the page's rows since it re-parses the whole text, with matched terms between
 * the snippet markers of src/domain/snippet.ts.
 */
import { searchPlan, variantProbes, type SearchPlan } from '../../domain/searchVariants.js';
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../domain/snippet.js';
import { InvalidSearchQueryError } from '../errors.js';
import type { SearchKind } from '../rows.js';
import type { SqlExecutor } from '../sql/dialect.js';
import type { FullTextSearch } from '../sql/sqlBackend.js';
import { rankInTiers, type RankedPage, type RankedRows } from '../sql/searchTiers.js';
import { websearchWithPrefixes } from './prefixQuery.js';

/** A phrase as websearch_to_tsquery reads it: words next to each other are a quoted phrase. */
function websearchPhrase(phrase: string): string {
  return phrase.includes(' ') ? `"${phrase}"` : phrase;
}

/** Which of the phrases are somewhere in the index: each probe stops at its first match. */
const PHRASES_IN_INDEX = `SELECT p.ord AS probe
  FROM unnest($1::text[]) WITH ORDINALITY p(phrase, ord)
  CROSS JOIN LATERAL (SELECT websearch_to_tsquery('english'::regconfig, search_text(p.phrase)) AS query) q
  WHERE numnode(q.query) > 0 AND EXISTS (SELECT 1 FROM search_index i WHERE i.document @@ q.query)`;

/** The query with the spelling variants the index has (src/domain/searchVariants.ts), or null for none. */
async function planOf(db: SqlExecutor, query: string): Promise<SearchPlan | null> {
  const probes = variantProbes(query);
  if (probes.length === 0) return null;
  const rows = await db.all(PHRASES_IN_INDEX, [probes.map(websearchPhrase)]);
  return searchPlan(query, new Set(rows.map((row) => probes[Number(row.probe) - 1])));
}

/**
 * The `q` relation: the tsquery of what the user typed, or of its plan (each phrase through websearch_to_tsquery,
 * a slot's alternatives joined by ||, the slots by &&), its texts appended to `params`.
 */
function queryRelation(query: string, plan: SearchPlan | null, params: unknown[]): string {
  return `q AS (SELECT ${queryExpression(query, plan, params)} AS query)`;
}

/** The tsquery itself, as an expression of parameters appended to `params`. */
function queryExpression(query: string, plan: SearchPlan | null, params: unknown[]): string {
  const phrase = (text: string) => {
    params.push(text);
    return `websearch_to_tsquery('english'::regconfig, search_text($${params.length}::text))`;
  };
  const alternative = (phrases: readonly string[]) =>
    phrases.length === 1
      ? phrase(websearchPhrase(phrases[0]))
      : `(${phrases.map(websearchPhrase).map(phrase).join(' && ')})`;
  return plan === null
    ? websearchWithPrefixes(query, params)
    : plan.slots
        .map((alternatives) =>
          alternatives.length === 1 ? alternative(alternatives[0]) : `(${alternatives.map(alternative).join(' || ')})`,
        )
        .join(' && ');
}

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
  WHERE numnode(q.query) > 0 AND i.document @@ q.query AND i.kind = ANY($1::text[])`;

/** Above every id of search_index (a bigserial). */
const ABOVE_EVERY_ID = '9223372036854775807';

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

type RankedRow = { kind: SearchKind; nodeId: number; score: number; snippet: string };

/** One search: where it runs, what was typed, its spelling variants, and the kinds of node asked for. */
interface Search {
  db: SqlExecutor;
  query: string;
  plan: SearchPlan | null;
  kinds: readonly SearchKind[];
}

/** The first span of ids a window's rows are looked for in, as a multiple of the window. */
const FIRST_SPAN_PER_WINDOW_ROW = 128;
/** How much wider the next span is when a span held no match at all. */
const SPAN_GROWTH_WITHOUT_MATCHES = 16;

/**
 * One page of a ranking (see rankedPageAbove). A window's newest matching rows are looked for among the newest ids
 * first, then in a wider span, then in all of them. Without a span, a match of tens of thousands of rows was read
 * whole, sorted by id and all but the window dropped: "stadium deal" at 1M statements (21,654 rows) took ~120 ms;
 * within the newest 128,000 ids, ~10 ms. A span that holds the whole window answers exactly what no span would: its
 * newest `window` matches are the newest of all. A span that holds fewer is widened by the density it showed.
 */
async function rankedPage(
  search: Search,
  rows: RankedRows,
  limit: number,
  offset: number,
): Promise<RankedPage<RankedRow>> {
  const window = rows.newest;
  if (window === null) return rankedPageAbove(search, rows, limit, offset, 0);
  const [{ newest }] = await search.db.all('SELECT COALESCE(MAX(id), 0) AS newest FROM search_index');
  const newestId = Number(newest);
  let span = window * FIRST_SPAN_PER_WINDOW_ROW;
  for (;;) {
    const above = span >= newestId ? 0 : newestId - span;
    const page = await rankedPageAbove(search, rows, limit, offset, above);
    if (above === 0 || page.covered >= window) return page;
    // wide enough for the window at the density this span showed, with a margin
    span =
      page.covered === 0
        ? span * SPAN_GROWTH_WITHOUT_MATCHES
        : Math.max(2 * span, Math.ceil((1.5 * span * window) / page.covered));
  }
}

/**
 * One page of a ranking, each node once with its snippet. The rows ranked are the newest $5 matches (null: all)
 * with ids above $8 and below $6, the nodes ("KIND:id") of $7 left out (src/store/sql/searchTiers.ts): the index of
 * ids finds them without scoring any, then only those are scored.
 */
async function rankedPageAbove(
  { db, query, plan, kinds }: Search,
  rows: RankedRows,
  limit: number,
  offset: number,
  above: number,
): Promise<RankedPage<RankedRow>> {
  const params: unknown[] = [
    kinds,
    limit,
    offset,
    HEADLINE_OPTIONS,
    rows.newest,
    rows.below ?? ABOVE_EVERY_ID,
    rows.without,
    above,
  ];
  // one expression, used as q and written into the window's scan, its parameters sent once
  const inline = `(${queryExpression(query, plan, params)})`;
  const q = `q AS (SELECT ${inline} AS query)`;
  // Ranked as the SQLite backend ranks: a direct quote no lower than the best paraphrase from the same occasion that
  // the query finds, and before any paraphrase it ties with.
  const answer = await db.all(
    `WITH ${q},
     ranked_rows AS MATERIALIZED (
       -- the tsquery written out rather than read from q, so that the planner sees its words and estimates how
       -- many rows match: a common word is then found by walking ids down, a rare one through the index
       SELECT i.id, i.kind, i.node_id, i.document FROM search_index i
       WHERE numnode(${inline}) > 0 AND i.document @@ ${inline} AND i.kind = ANY($1::text[])
         AND i.id < $6::bigint AND i.id > $8::bigint AND NOT ((i.kind || ':' || i.node_id) = ANY($7::text[]))
       ORDER BY i.id DESC LIMIT $5::bigint
     ),
     best AS (
       -- a node indexed under several texts (a name and its aliases, a title and a body) counts once, by its best
       SELECT DISTINCT ON (r.kind, r.node_id) r.id, r.kind, r.node_id, ts_rank_cd(r.document, q.query, 2) AS score
       FROM ranked_rows r, q
       ORDER BY r.kind, r.node_id, score DESC, r.id
     ),
     nodes AS (
       SELECT b.id, b.kind, b.node_id, b.score, s.occasion_id, s.is_direct_quote AS direct
       FROM best b LEFT JOIN statements s ON b.kind = 'STATEMENT' AND s.id = b.node_id
     ),
     paraphrased AS (
       SELECT occasion_id, MAX(score) AS score FROM nodes
       WHERE direct IS FALSE AND occasion_id IS NOT NULL GROUP BY occasion_id
     ),
     ranked AS (
       SELECT n.id, n.kind, n.node_id, GREATEST(n.score, p.score) AS score, n.direct IS FALSE AS paraphrase
       FROM nodes n
       LEFT JOIN paraphrased p ON n.direct AND p.occasion_id = n.occasion_id
     ),
     page AS (
       SELECT * FROM ranked ORDER BY score DESC, paraphrase, kind, node_id LIMIT $2::bigint OFFSET $3::bigint
     )
     SELECT numnode(q.query) AS nodes, p.kind, p.node_id AS "nodeId", p.score,
       (SELECT COUNT(*) FROM ranked_rows) AS covered, (SELECT MIN(id) FROM ranked_rows) AS oldest,
       ts_headline('english'::regconfig, search_text(i.body), q.query, $4::text) AS snippet
     FROM q LEFT JOIN (page p JOIN search_index i ON i.id = p.id) ON true
     ORDER BY p.score DESC, p.paraphrase, p.kind, p.node_id`,
    params,
  );
  requireWords(query, answer[0]?.nodes);
  return {
    rows: answer
      .filter((row) => row.kind !== null)
      .map((row) => ({
        kind: row.kind as SearchKind,
        nodeId: row.nodeId as number,
        score: row.score as number,
        snippet: row.snippet as string,
      })),
    covered: Number(answer[0].covered),
    oldest: answer[0].oldest === null ? null : Number(answer[0].oldest),
  };
}

export const postgresFullTextSearch: FullTextSearch = {
  async search(db, query, kinds, limit, offset, window) {
    const search: Search = { db, query, plan: await planOf(db, query), kinds };
    const best = await rankInTiers(window, limit, offset, {
      ranked: (rows, pageLimit, pageOffset) => rankedPage(search, rows, pageLimit, pageOffset),
      nodesFrom: async (from) => {
        const params: unknown[] = [kinds, from];
        const q = queryRelation(query, search.plan, params);
        const rows = await db.all(
          `WITH ${q} SELECT DISTINCT i.kind || ':' || i.node_id AS node ${MATCHES} AND i.id >= $2::bigint`,
          params,
        );
        return rows.map((row) => row.node as string);
      },
    });
    return best.map((row) => ({ kind: row.kind, nodeId: row.nodeId, score: row.score, markedSnippet: row.snippet }));
  },

  async countSearch(db, query, kinds) {
    const params: unknown[] = [kinds];
    const q = queryRelation(query, await planOf(db, query), params);
    const [row] = await db.all(
      `WITH ${q}
       SELECT numnode(q.query) AS nodes,
         (SELECT COUNT(*) FROM (SELECT DISTINCT i.kind, i.node_id ${MATCHES}) hits) AS n
       FROM q`,
      params,
    );
    requireWords(query, row?.nodes);
    return row.n as number;
  },

  async unindex(tx, kind, nodeId) {
    await tx.run('DELETE FROM search_index WHERE kind = $1 AND node_id = $2', [kind, nodeId]);
  },
};
