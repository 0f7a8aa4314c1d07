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

const BEST_HIT_PER_NODE = `
  WITH hits AS (
    SELECT kind, node_id, bm25(search_index) AS score,
      snippet(search_index, 2, char(1), char(2), '…', 24) AS snippet
    FROM search_index WHERE search_index MATCH ? AND kind IN (SELECT value FROM json_each(?))
  ), ranked AS (
    SELECT *, ROW_NUMBER() OVER (PARTITION BY kind, node_id ORDER BY score, snippet) AS rn FROM hits
  )`;

export function search(
  db: SqliteDatabase,
  query: string,
  kinds: readonly SearchKind[],
  limit: number,
  offset: number,
): SearchHitRow[] {
  if (SNIPPET_MARK_START !== '\u0001' || SNIPPET_MARK_END !== '\u0002') throw new Error('snippet markers changed');
  const rows = withSearchErrors(
    () =>
      db
        .prepare(
          `${BEST_HIT_PER_NODE}
          SELECT kind, node_id AS nodeId, score, snippet FROM ranked WHERE rn = 1
          ORDER BY score, kind, node_id LIMIT ? OFFSET ?`,
        )
        .all(ftsMatch(query), JSON.stringify(kinds), limit, offset) as {
        kind: SearchKind;
        nodeId: number;
        score: number;
        snippet: string;
      }[],
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
            `SELECT COUNT(*) AS n FROM (SELECT DISTINCT kind, node_id FROM search_index
             WHERE search_index MATCH ? AND kind IN (SELECT value FROM json_each(?)))`,
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

export function claimRatingCounts(db: SqliteDatabase): ClaimRatingCountRow[] {
  return db
    .prepare(
      `SELECT r.rating_value AS ratingValue, r.rating_label AS ratingLabel, COUNT(*) AS count
       FROM claims c LEFT JOIN reviews r ON r.id = (
         SELECT id FROM reviews WHERE claim_id = c.id AND retracted_at IS NULL ORDER BY reviewed_at DESC, id DESC LIMIT 1)
       WHERE c.retracted_at IS NULL
       GROUP BY r.rating_value, r.rating_label ORDER BY r.rating_value NULLS FIRST, r.rating_label`,
    )
    .all() as ClaimRatingCountRow[];
}

export function mostDisputedClaims(db: SqliteDatabase, limit: number): DisputedClaimRow[] {
  return db
    .prepare(
      `SELECT c.id AS claimId,
         (SELECT COUNT(*) FROM statement_disputes d JOIN statements s ON s.id = d.statement_id
          WHERE d.claim_id = c.id AND s.retracted_at IS NULL) AS disputeCount,
         (SELECT COUNT(*) FROM reviews r WHERE r.claim_id = c.id AND r.retracted_at IS NULL) AS reviewCount
       FROM claims c
       WHERE c.retracted_at IS NULL AND (disputeCount > 0 OR c.status = 'DISPUTED')
       ORDER BY disputeCount DESC, reviewCount DESC, c.id LIMIT ?`,
    )
    .all(limit) as DisputedClaimRow[];
}

export function statementCountsBySpeaker(db: SqliteDatabase, limit: number): SpeakerCountRow[] {
  return db
    .prepare(
      `SELECT speaker_id AS speakerId, COUNT(*) AS count FROM statements WHERE retracted_at IS NULL
       GROUP BY speaker_id ORDER BY count DESC, speaker_id LIMIT ?`,
    )
    .all(limit) as SpeakerCountRow[];
}

export function mentionCountsByEntity(db: SqliteDatabase, limit: number): MentionCountRow[] {
  const rows = db
    .prepare(
      `WITH top AS (
         SELECT m.entity_id, COUNT(*) AS n FROM mentions m JOIN statements s ON s.id = m.statement_id
         WHERE s.retracted_at IS NULL GROUP BY m.entity_id ORDER BY n DESC, m.entity_id LIMIT ?)
       SELECT top.entity_id AS entityId, top.n AS count, m.stance AS stance, COUNT(*) AS stanceCount
       FROM top JOIN mentions m ON m.entity_id = top.entity_id
       JOIN statements s ON s.id = m.statement_id AND s.retracted_at IS NULL
       GROUP BY top.entity_id, m.stance ORDER BY top.n DESC, top.entity_id, stanceCount DESC, m.stance`,
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
