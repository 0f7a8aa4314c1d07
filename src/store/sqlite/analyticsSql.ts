/**
 * SQLite reads for timelines, search and the fact-check dashboard: each method is one statement.
 */
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../domain/snippet.js';
import { InvalidSearchQueryError } from '../errors.js';
import type {
  ClaimRatingCountRow,
  ClaimStatusCountRow,
  DisputedClaimRow,
  MentionCountRow,
  SearchHitRow,
  SearchKind,
  SpeakerCountRow,
  TimelineRow,
} from '../rows.js';
import type { DayRangeFilter, Page, PageQuery } from '../store.js';
import { toFtsQuery } from './ftsQuery.js';
import { countRows, keysetPage, type ListSql } from './keysetPage.js';
import type { SqliteDatabase } from './openSqliteDatabase.js';

/** First and last day a stored partial date ("2018", "2020-11", "2020-11-03") may denote, in SQL. */
function firstDay(column: string): string {
  return `CASE length(${column}) WHEN 4 THEN ${column} || '-01-01' WHEN 7 THEN ${column} || '-01' ELSE ${column} END`;
}
function lastDay(column: string): string {
  return `CASE length(${column}) WHEN 4 THEN ${column} || '-12-31'
    WHEN 7 THEN date(${column} || '-01', '+1 month', '-1 day') ELSE ${column} END`;
}

function timelineList(entityId: number, range: DayRangeFilter): ListSql {
  // Ids of events and statements share one sequence on the timeline: events even, statements odd.
  const from = `(
    SELECT 'event' AS itemKind, v.id AS itemId, v.date AS date, v.date_sort AS sort, v.id * 2 AS position,
      ${firstDay('v.date')} AS firstDay, ${lastDay('v.date')} AS lastDay
    FROM events v
    WHERE v.id IN (SELECT event_id FROM event_participants WHERE entity_id = ?) OR v.outlet_id = ?
    UNION ALL
    SELECT 'statement', s.id, s.said_on, s.said_on_sort, s.id * 2 + 1, s.said_on_first_day, s.said_on_last_day
    FROM statements s
    WHERE (s.speaker_id = ? OR s.id IN (SELECT statement_id FROM mentions WHERE entity_id = ?)) AND s.retracted_at IS NULL
  ) t`;
  const where: string[] = [];
  const params: unknown[] = [entityId, entityId, entityId, entityId];
  if (range.fromDay !== undefined) {
    where.push('t.lastDay >= ?');
    params.push(range.fromDay);
  }
  if (range.toDay !== undefined) {
    where.push('t.firstDay <= ?');
    params.push(range.toDay);
  }
  return {
    select: 't.itemKind AS itemKind, t.itemId AS itemId, t.date AS date',
    from,
    where,
    params,
    sort: 't.sort',
    id: 't.position',
    descending: false,
  };
}

export function timelinePage(db: SqliteDatabase, entityId: number, range: DayRangeFilter, page: PageQuery): Page<TimelineRow> {
  return keysetPage(db, timelineList(entityId, range), page, (raw) => raw as unknown as TimelineRow);
}

export function countTimeline(db: SqliteDatabase, entityId: number, range: DayRangeFilter): number {
  return countRows(db, timelineList(entityId, range));
}

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
function withSearchErrors<T>(run: () => T): T {
  try {
    return run();
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
    WHERE search_index MATCH ? AND r.kind IN (SELECT value FROM json_each(?))
  ), page AS (
    SELECT kind, node_id, MIN(score) AS score FROM hits GROUP BY kind, node_id
    ORDER BY score, kind, node_id LIMIT ? OFFSET ?
  )
  SELECT h.rid AS rid, p.kind AS kind, p.node_id AS nodeId, p.score AS score
  FROM page p JOIN hits h ON h.kind = p.kind AND h.node_id = p.node_id AND h.score = p.score`;

const SNIPPETS_OF_ROWS = `
  SELECT rowid AS rid, snippet(search_index, 2, char(1), char(2), '…', 24) AS snippet
  FROM search_index WHERE search_index MATCH ? AND rowid IN (SELECT value FROM json_each(?))`;

export function search(
  db: SqliteDatabase,
  query: string,
  kinds: readonly SearchKind[],
  limit: number,
  offset: number,
): SearchHitRow[] {
  if (SNIPPET_MARK_START !== '\u0001' || SNIPPET_MARK_END !== '\u0002') throw new Error('snippet markers changed');
  const match = ftsMatch(query);
  const best = withSearchErrors(
    () =>
      db.prepare(BEST_ROWS_OF_PAGE).all(match, JSON.stringify(kinds), limit, offset) as {
        rid: number;
        kind: SearchKind;
        nodeId: number;
        score: number;
      }[],
  );
  if (best.length === 0) return [];
  const snippets = new Map(
    (
      withSearchErrors(() => db.prepare(SNIPPETS_OF_ROWS).all(match, JSON.stringify(best.map((row) => row.rid)))) as {
        rid: number;
        snippet: string;
      }[]
    ).map((row) => [row.rid, row.snippet]),
  );
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
}

export function countSearch(db: SqliteDatabase, query: string, kinds: readonly SearchKind[]): number {
  return withSearchErrors(
    () =>
      (
        db
          .prepare(
            `SELECT COUNT(*) AS n FROM (SELECT DISTINCT r.kind, r.node_id
             FROM search_index CROSS JOIN search_rows r ON r.rowid = search_index.rowid
             WHERE search_index MATCH ? AND r.kind IN (SELECT value FROM json_each(?)))`,
          )
          .get(ftsMatch(query), JSON.stringify(kinds)) as { n: number }
      ).n,
  );
}

export function claimStatusCounts(db: SqliteDatabase): ClaimStatusCountRow[] {
  return db
    .prepare('SELECT status, COUNT(*) AS count FROM claims WHERE retracted_at IS NULL GROUP BY status ORDER BY status')
    .all() as ClaimStatusCountRow[];
}

/**
 * The current rating is a claim's latest current review. Claims without one (most of them) are counted as the
 * difference, so only reviewed claims are visited one by one.
 */
export function claimRatingCounts(db: SqliteDatabase): ClaimRatingCountRow[] {
  return db
    .prepare(
      `WITH rated AS MATERIALIZED (
         SELECT r.rating_value, r.rating_label FROM reviews r JOIN claims c ON c.id = r.claim_id
         WHERE r.retracted_at IS NULL AND c.retracted_at IS NULL AND r.id = (
           SELECT id FROM reviews WHERE claim_id = r.claim_id AND retracted_at IS NULL
           ORDER BY reviewed_at DESC, id DESC LIMIT 1)
       ), unrated AS (
         SELECT (SELECT COUNT(*) FROM claims WHERE retracted_at IS NULL) - (SELECT COUNT(*) FROM rated) AS n
       )
       SELECT NULL AS ratingValue, NULL AS ratingLabel, n AS count FROM unrated WHERE n > 0
       UNION ALL
       SELECT rating_value, rating_label, COUNT(*) FROM rated GROUP BY rating_value, rating_label
       ORDER BY ratingValue NULLS FIRST, ratingLabel`,
    )
    .all() as ClaimRatingCountRow[];
}

/**
 * Ranked by the dispute counters migration 005 keeps: the claims with the top `limit` counts (all of them, ties
 * included, since reviews break those ties) are the only ones that can be listed, with the DISPUTED claims no
 * statement disputes when fewer than `limit` claims are disputed at all.
 */
export function mostDisputedClaims(db: SqliteDatabase, limit: number): DisputedClaimRow[] {
  return db
    .prepare(
      `WITH top AS (
         SELECT d.n FROM claim_dispute_counts d JOIN claims c ON c.id = d.claim_id
         WHERE d.n > 0 AND c.retracted_at IS NULL ORDER BY d.n DESC LIMIT @limit
       ), candidates AS (
         SELECT claim_id AS id FROM claim_dispute_counts WHERE n >= (SELECT MIN(n) FROM top)
         UNION SELECT id FROM claims WHERE status = 'DISPUTED' AND retracted_at IS NULL AND (SELECT COUNT(*) FROM top) < @limit
       )
       SELECT c.id AS claimId,
         COALESCE((SELECT n FROM claim_dispute_counts WHERE claim_id = c.id), 0) AS disputeCount,
         (SELECT COUNT(*) FROM reviews r WHERE r.claim_id = c.id AND r.retracted_at IS NULL) AS reviewCount
       FROM candidates k JOIN claims c ON c.id = k.id
       WHERE c.retracted_at IS NULL AND (disputeCount > 0 OR c.status = 'DISPUTED')
       ORDER BY disputeCount DESC, reviewCount DESC, c.id LIMIT @limit`,
    )
    .all({ limit }) as DisputedClaimRow[];
}

/** Read from the counters migration 005 keeps (one row per speaker), not counted over every statement. */
export function statementCountsBySpeaker(db: SqliteDatabase, limit: number): SpeakerCountRow[] {
  return db
    .prepare(
      `SELECT speaker_id AS speakerId, n AS count FROM speaker_statement_counts WHERE n > 0
       ORDER BY n DESC, speaker_id LIMIT ?`,
    )
    .all(limit) as SpeakerCountRow[];
}

/** Read from the counters migration 005 keeps (per entity, and per entity and stance). */
export function mentionCountsByEntity(db: SqliteDatabase, limit: number): MentionCountRow[] {
  const rows = db
    .prepare(
      `WITH top AS (
         SELECT entity_id, n FROM mention_totals WHERE n > 0 ORDER BY n DESC, entity_id LIMIT ?)
       SELECT top.entity_id AS entityId, top.n AS count, c.stance AS stance, c.n AS stanceCount
       FROM top JOIN mention_counts c ON c.entity_id = top.entity_id AND c.n > 0
       ORDER BY top.n DESC, top.entity_id, c.n DESC, c.stance`,
    )
    .all(limit) as { entityId: number; count: number; stance: MentionCountRow['byStance'][number]['stance']; stanceCount: number }[];
  const byEntity = new Map<number, MentionCountRow>();
  for (const row of rows) {
    const entry = byEntity.get(row.entityId) ?? { entityId: row.entityId, count: row.count, byStance: [] };
    entry.byStance.push({ stance: row.stance, count: row.stanceCount });
    byEntity.set(row.entityId, entry);
  }
  return [...byEntity.values()];
}
