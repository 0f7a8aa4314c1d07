/**
 * Reads for timelines and the fact-check dashboard, each one statement, with texts ordered bytewise so every
 * engine lists the same rows in the same order. The rankings read counters where an engine keeps them (see
 * RankingReads); this module holds what they share.
 */
import type { MentionCountRow, TimelineRow } from '../rows.js';
import type { DayRangeFilter, Page, PageQuery } from '../store.js';
import type { SqlDialect, SqlExecutor } from './dialect.js';
import { countRows, keysetPage, type BoundList } from './keysetPage.js';
import { readerOf } from './rowColumns.js';
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

export function claimStatusCountsSql(d: SqlDialect): string {
  return `SELECT status, COUNT(*) AS count FROM claims WHERE retracted_at IS NULL GROUP BY status
    ORDER BY ${d.bytewise('status')}`;
}

/**
 * The current rating is a claim's latest current review. Claims without one (most of them) are counted as the
 * difference, so only reviewed claims are visited one by one.
 */
export function claimRatingCountsSql(d: SqlDialect): string {
  return `WITH rated AS MATERIALIZED (
      SELECT r.rating_value, r.rating_label FROM reviews r JOIN claims c ON c.id = r.claim_id
      WHERE r.retracted_at IS NULL AND c.retracted_at IS NULL AND r.id = (
        SELECT id FROM reviews WHERE claim_id = r.claim_id AND retracted_at IS NULL
        ORDER BY reviewed_at DESC, id DESC LIMIT 1)
    ), unrated AS (
      SELECT (SELECT COUNT(*) FROM claims WHERE retracted_at IS NULL) - (SELECT COUNT(*) FROM rated) AS n
    )
    SELECT * FROM (
      SELECT ${d.typed('NULL', 'integer')} AS "ratingValue", ${d.typed('NULL', 'text')} AS "ratingLabel", n AS count
      FROM unrated WHERE n > 0
      UNION ALL
      SELECT rating_value, rating_label, COUNT(*) FROM rated GROUP BY rating_value, rating_label
    ) counts ORDER BY "ratingValue" NULLS FIRST, ${d.bytewise('"ratingLabel"')}`;
}

/** An entity's mention count and one stance's share of it. */
export interface MentionStanceCountRow {
  entityId: number;
  count: number;
  stance: MentionCountRow['byStance'][number]['stance'];
  stanceCount: number;
}

/** Rows of (entity, stance) counts, best entities first, as one MentionCountRow per entity. */
export function mentionCountsByEntity(rows: readonly MentionStanceCountRow[]): MentionCountRow[] {
  const byEntity = new Map<number, MentionCountRow>();
  for (const row of rows) {
    const entry = byEntity.get(row.entityId) ?? { entityId: row.entityId, count: row.count, byStance: [] };
    entry.byStance.push({ stance: row.stance, count: row.stanceCount });
    byEntity.set(row.entityId, entry);
  }
  return [...byEntity.values()];
}
