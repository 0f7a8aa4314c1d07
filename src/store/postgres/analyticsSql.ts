/**
 * PostgreSQL reads for timelines and the fact-check dashboard: each function is one statement, with the orderings
 * of the SQLite backend (texts compared bytewise) so both backends list the same rows in the same order.
 */
import type {
  ClaimRatingCountRow,
  ClaimStatusCountRow,
  DisputedClaimRow,
  MentionCountRow,
  SpeakerCountRow,
  TimelineRow,
} from '../rows.js';
import type { DayRangeFilter, Page, PageQuery } from '../store.js';
import { countRows, keysetPage, type ListSql } from './keysetPage.js';
import type { RunQuery } from './runQuery.js';
import { SqlParams } from './sqlParams.js';

/** First and last day a stored partial date ("2018", "2020-11", "2020-11-03") may denote, in SQL. */
function firstDay(column: string): string {
  return `CASE length(${column}) WHEN 4 THEN ${column} || '-01-01' WHEN 7 THEN ${column} || '-01' ELSE ${column} END`;
}
function lastDay(column: string): string {
  // to_char with an explicit format: a ::text cast would follow the server's DateStyle.
  return `CASE length(${column}) WHEN 4 THEN ${column} || '-12-31'
    WHEN 7 THEN to_char(to_date(${column} || '-01', 'YYYY-MM-DD') + interval '1 month' - interval '1 day', 'YYYY-MM-DD')
    ELSE ${column} END`;
}

function timelineList(params: SqlParams, entityId: number, range: DayRangeFilter): ListSql {
  const entity = params.add(entityId, 'bigint');
  // Ids of events and statements share one sequence on the timeline: events even, statements odd.
  const from = `(
    SELECT 'event'::text AS "itemKind", v.id AS "itemId", v.date AS date, v.date_sort AS sort, v.id * 2 AS position,
      ${firstDay('v.date')} AS "firstDay", ${lastDay('v.date')} AS "lastDay"
    FROM events v
    WHERE v.id IN (SELECT event_id FROM event_participants WHERE entity_id = ${entity}) OR v.outlet_id = ${entity}
    UNION ALL
    SELECT 'statement', s.id, s.said_on, s.said_on_sort, s.id * 2 + 1, s.said_on_first_day, s.said_on_last_day
    FROM statements s
    WHERE (s.speaker_id = ${entity} OR s.id IN (SELECT statement_id FROM mentions WHERE entity_id = ${entity}))
      AND s.retracted_at IS NULL
  ) t`;
  const where: string[] = [];
  if (range.fromDay !== undefined) where.push(`t."lastDay" COLLATE "C" >= ${params.add(range.fromDay, 'text')}`);
  if (range.toDay !== undefined) where.push(`t."firstDay" COLLATE "C" <= ${params.add(range.toDay, 'text')}`);
  return {
    select: 't."itemKind" AS "itemKind", t."itemId" AS "itemId", t.date AS date',
    from,
    where,
    sort: 't.sort',
    id: 't.position',
    descending: false,
  };
}

export async function timelinePage(
  run: RunQuery,
  entityId: number,
  range: DayRangeFilter,
  page: PageQuery,
): Promise<Page<TimelineRow>> {
  const params = new SqlParams();
  return keysetPage(run, timelineList(params, entityId, range), params, page, (raw) => raw as unknown as TimelineRow);
}

export async function countTimeline(run: RunQuery, entityId: number, range: DayRangeFilter): Promise<number> {
  const params = new SqlParams();
  return countRows(run, timelineList(params, entityId, range), params);
}

export async function claimStatusCounts(run: RunQuery): Promise<ClaimStatusCountRow[]> {
  const rows = await run(
    'SELECT status, COUNT(*) AS count FROM claims WHERE retracted_at IS NULL GROUP BY status ORDER BY status COLLATE "C"',
  );
  return rows as unknown as ClaimStatusCountRow[];
}

export async function claimRatingCounts(run: RunQuery): Promise<ClaimRatingCountRow[]> {
  const rows = await run(
    `SELECT r.rating_value AS "ratingValue", r.rating_label AS "ratingLabel", COUNT(*) AS count
     FROM claims c LEFT JOIN reviews r ON r.id = (
       SELECT id FROM reviews WHERE claim_id = c.id AND retracted_at IS NULL ORDER BY reviewed_at DESC, id DESC LIMIT 1)
     WHERE c.retracted_at IS NULL
     GROUP BY r.rating_value, r.rating_label ORDER BY r.rating_value NULLS FIRST, r.rating_label COLLATE "C"`,
  );
  return rows as unknown as ClaimRatingCountRow[];
}

export async function mostDisputedClaims(run: RunQuery, limit: number): Promise<DisputedClaimRow[]> {
  const rows = await run(
    `SELECT "claimId", "disputeCount", "reviewCount" FROM (
       SELECT c.id AS "claimId", c.status,
         (SELECT COUNT(*) FROM statement_disputes d JOIN statements s ON s.id = d.statement_id
          WHERE d.claim_id = c.id AND s.retracted_at IS NULL) AS "disputeCount",
         (SELECT COUNT(*) FROM reviews r WHERE r.claim_id = c.id AND r.retracted_at IS NULL) AS "reviewCount"
       FROM claims c WHERE c.retracted_at IS NULL
     ) counted
     WHERE "disputeCount" > 0 OR status = 'DISPUTED'
     ORDER BY "disputeCount" DESC, "reviewCount" DESC, "claimId" LIMIT $1::bigint`,
    [limit],
  );
  return rows as unknown as DisputedClaimRow[];
}

export async function statementCountsBySpeaker(run: RunQuery, limit: number): Promise<SpeakerCountRow[]> {
  const rows = await run(
    `SELECT speaker_id AS "speakerId", COUNT(*) AS count FROM statements WHERE retracted_at IS NULL
     GROUP BY speaker_id ORDER BY count DESC, speaker_id LIMIT $1::bigint`,
    [limit],
  );
  return rows as unknown as SpeakerCountRow[];
}

export async function mentionCountsByEntity(run: RunQuery, limit: number): Promise<MentionCountRow[]> {
  const rows = (await run(
    `WITH top AS (
       SELECT m.entity_id, COUNT(*) AS n FROM mentions m JOIN statements s ON s.id = m.statement_id
       WHERE s.retracted_at IS NULL GROUP BY m.entity_id ORDER BY n DESC, m.entity_id LIMIT $1::bigint)
     SELECT top.entity_id AS "entityId", top.n AS count, m.stance AS stance, COUNT(*) AS "stanceCount"
     FROM top JOIN mentions m ON m.entity_id = top.entity_id
     JOIN statements s ON s.id = m.statement_id AND s.retracted_at IS NULL
     GROUP BY top.entity_id, top.n, m.stance
     ORDER BY top.n DESC, top.entity_id, "stanceCount" DESC, m.stance COLLATE "C"`,
    [limit],
  )) as unknown as {
    entityId: number;
    count: number;
    stance: MentionCountRow['byStance'][number]['stance'];
    stanceCount: number;
  }[];
  const byEntity = new Map<number, MentionCountRow>();
  for (const row of rows) {
    const entry = byEntity.get(row.entityId) ?? { entityId: row.entityId, count: row.count, byStance: [] };
    entry.byStance.push({ stance: row.stance, count: row.stanceCount });
    byEntity.set(row.entityId, entry);
  }
  return [...byEntity.values()];
}
