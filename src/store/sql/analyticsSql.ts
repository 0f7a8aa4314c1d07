/**
 * Reads for timelines and the fact-check dashboard, each one statement, with texts ordered bytewise so every
 * engine lists the same rows in the same order.
 */
import type { MentionCountRow, TimelineRow } from '../rows.js';
import type { ClaimQueryFilter, DayRangeFilter, Page, PageQuery } from '../store.js';
import type { SqlDialect, SqlExecutor } from './dialect.js';
import { countRows, keysetPage, type BoundList } from './keysetPage.js';
import { readerOf } from './rowColumns.js';
import type { RankingSql } from './sqlBackend.js';
import { SqlParams } from './sqlParams.js';

/** First and last day a stored partial date ("2018", "2020-11", "2020-11-03") may denote, in SQL. */
function firstDay(column: string): string {
  return `CASE length(${column}) WHEN 4 THEN ${column} || '-01-01' WHEN 7 THEN ${column} || '-01' ELSE ${column} END`;
}
function lastDay(d: SqlDialect, column: string): string {
  return `CASE length(${column}) WHEN 4 THEN ${column} || '-12-31'
    WHEN 7 THEN ${d.lastDayOfMonth(column)} ELSE ${column} END`;
}

function timelineList(d: SqlDialect, entityId: number, range: DayRangeFilter): BoundList {
  const params = new SqlParams(d);
  const entity = params.add(entityId, 'bigint');
  // Ids of events and statements share one sequence on the timeline: events even, statements odd.
  const from = `(
    SELECT ${d.typed("'event'", 'text')} AS "itemKind", v.id AS "itemId", v.date AS date, v.date_sort AS sort,
      v.id * 2 AS position, ${firstDay('v.date')} AS "firstDay", ${lastDay(d, 'v.date')} AS "lastDay"
    FROM events v
    WHERE v.id IN (SELECT event_id FROM event_participants WHERE entity_id = ${entity}) OR v.outlet_id = ${entity}
    UNION ALL
    SELECT 'statement', s.id, s.said_on, s.said_on_sort, s.id * 2 + 1, s.said_on_first_day, s.said_on_last_day
    FROM statements s
    WHERE (s.speaker_id = ${entity} OR s.id IN (SELECT statement_id FROM mentions WHERE entity_id = ${entity}))
      AND s.retracted_at IS NULL
  ) t`;
  const where: string[] = [];
  if (range.fromDay !== undefined) where.push(`${d.bytewise('t."lastDay"')} >= ${params.add(range.fromDay, 'text')}`);
  if (range.toDay !== undefined) where.push(`${d.bytewise('t."firstDay"')} <= ${params.add(range.toDay, 'text')}`);
  const list = { select: TIMELINE_COLUMNS, from, where, sort: 't.sort', id: 't.position', descending: false };
  return { params, list };
}

const TIMELINE_COLUMNS = 't."itemKind" AS "itemKind", t."itemId" AS "itemId", t.date AS date';
const toTimelineRow = readerOf<TimelineRow>(TIMELINE_COLUMNS);

export function timelinePage(
  db: SqlExecutor,
  d: SqlDialect,
  entityId: number,
  range: DayRangeFilter,
  page: PageQuery,
): Promise<Page<TimelineRow>> {
  return keysetPage(db, d, timelineList(d, entityId, range), page, toTimelineRow);
}

export function countTimeline(db: SqlExecutor, d: SqlDialect, entityId: number, range: DayRangeFilter) {
  return countRows(db, timelineList(d, entityId, range));
}

/**
 * The dashboard's figures are read from counters the database keeps as data changes (SQLite migrations 005 and
 * 008, PostgreSQL 008; their triggers define each figure): a request reads a few rows, never the claims, reviews,
 * statements or mentions themselves.
 */
export function claimStatusCountsSql(d: SqlDialect): string {
  return `SELECT status, n AS count FROM claim_status_counts WHERE n > 0 ORDER BY ${d.bytewise('status')}`;
}

/** Whether `filter` asks only for current claims, all or of one status: those are counted as they are written. */
export function isCountedClaimFilter(filter: ClaimQueryFilter): boolean {
  return Object.entries(filter).every(
    ([key, value]) => value === undefined || key === 'status' || (key === 'includeRetracted' && value === false),
  );
}

/** The number of current claims, all or of one status. */
export async function countCurrentClaims(db: SqlExecutor, d: SqlDialect, status?: string): Promise<number> {
  const total = d.typed('(COALESCE(SUM(n), 0))', 'bigint');
  const where = status === undefined ? '' : ` WHERE status = ${d.placeholder(1, 'text')}`;
  const [row] = await db.all(
    `SELECT ${total} AS n FROM claim_status_counts${where}`,
    status === undefined ? [] : [status],
  );
  return row.n as number;
}

/**
 * A claim's current rating is its latest current review's. The unrated are the current claims without one: all
 * current claims less the rated ones.
 */
export function claimRatingCountsSql(d: SqlDialect): string {
  const unrated = d.typed(
    `((SELECT COALESCE(SUM(n), 0) FROM claim_status_counts) - (SELECT COALESCE(SUM(n), 0) FROM claim_rating_counts))`,
    'bigint',
  );
  return `SELECT * FROM (
      SELECT ${d.typed('NULL', 'integer')} AS "ratingValue", ${d.typed('NULL', 'text')} AS "ratingLabel", n AS count
      FROM (SELECT ${unrated} AS n) unrated WHERE n > 0
      UNION ALL
      SELECT rating_value, rating_label, n FROM claim_rating_counts WHERE n > 0
    ) counts ORDER BY "ratingValue" NULLS FIRST, ${d.bytewise('"ratingLabel"')}`;
}

// Stances are upper-case words (src/domain/dataset.ts), so neither separator can occur in one.
const STANCE_COUNT = ':';
const STANCE_LIST = ',';

/**
 * The rankings, each a walk of its counter's ranking index (ties broken as the index orders them) that stops
 * after `limit` rows.
 */
export function rankingSql(d: SqlDialect): RankingSql {
  const limit = d.placeholder(1, 'bigint');
  const yes = d.booleanLiteral(true);
  return {
    // the condition is the partial index's own, so the index serves the query
    mostDisputedClaims: `SELECT claim_id AS "claimId", dispute_count AS "disputeCount", review_count AS "reviewCount"
      FROM claim_rankings WHERE is_current = ${yes} AND (dispute_count > 0 OR is_disputed = ${yes})
      ORDER BY dispute_count DESC, review_count DESC, claim_id LIMIT ${limit}`,
    statementCountsBySpeaker: `SELECT speaker_id AS "speakerId", n AS count FROM speaker_statement_counts
      WHERE n > 0 ORDER BY n DESC, speaker_id LIMIT ${limit}`,
    // Each top entity's stances come from a subquery per entity, which both engines run as an index lookup
    // whatever their statistics say of the counters' size (a join may be planned as a scan of all of them).
    mentionStanceCounts: `WITH top AS (
        SELECT entity_id, n FROM mention_totals WHERE n > 0 ORDER BY n DESC, entity_id LIMIT ${limit})
      SELECT top.entity_id AS "entityId", top.n AS count, (
          SELECT string_agg(c.stance || '${STANCE_COUNT}' || c.n, '${STANCE_LIST}'
            ORDER BY c.n DESC, ${d.bytewise('c.stance')})
          FROM mention_counts c WHERE c.entity_id = top.entity_id AND c.n > 0
        ) AS stances
      FROM top ORDER BY top.n DESC, top.entity_id`,
  };
}

/** An entity's mention count and its stances' shares of it, most first: "NEUTRAL:7,CRITICIZES:1". */
export interface MentionStanceCountRow {
  entityId: number;
  count: number;
  stances: string | null;
}

/** The rows of mentionStanceCounts as MentionCountRows. */
export function mentionCountsByEntity(rows: readonly MentionStanceCountRow[]): MentionCountRow[] {
  return rows.map((row) => ({
    entityId: row.entityId,
    count: row.count,
    byStance: (row.stances === null ? [] : row.stances.split(STANCE_LIST)).map((entry) => {
      const [stance, count] = entry.split(STANCE_COUNT);
      return { stance: stance as MentionCountRow['byStance'][number]['stance'], count: Number(count) };
    }),
  }));
}
