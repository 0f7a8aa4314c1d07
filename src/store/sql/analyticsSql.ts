/**
 * Reads for timelines and claim counts, each one statement, with texts ordered bytewise so every
 * engine lists the same rows in the same order.
 */
import type { TimelineItemKind, TimelineRow } from '../rows.js';
import type { ClaimQueryFilter, Page, PageQuery, TimelineFilter } from '../store.js';
import { firstSeen } from './claimOrderSql.js';
import type { SqlDialect, SqlExecutor } from './dialect.js';
import { countRows, keysetPage, type BoundList } from './keysetPage.js';
import { readerOf } from './rowColumns.js';
import { currentClaimCountSql } from './dashboardFigureSql.js';
import { SqlParams, whereClause } from './sqlParams.js';

/** First and last day a stored partial date ("2018", "2020-11", "2020-11-03") may denote, in SQL. */
function firstDay(column: string): string {
  return `CASE length(${column}) WHEN 4 THEN ${column} || '-01-01' WHEN 7 THEN ${column} || '-01' ELSE ${column} END`;
}
function lastDay(d: SqlDialect, column: string): string {
  return `CASE length(${column}) WHEN 4 THEN ${column} || '-12-31'
    WHEN 7 THEN ${d.lastDayOfMonth(column)} ELSE ${column} END`;
}

/**
 * The sort text of a stored partial date, as the *_sort columns hold it: "2018" -> "2018-00-00", so a year sorts
 * before the dated items of that year; undated last ('~').
 */
function dateSortKey(column: string): string {
  return `COALESCE(CASE length(${column}) WHEN 4 THEN ${column} || '-00-00' WHEN 7 THEN ${column} || '-00'
    ELSE ${column} END, '~')`;
}

/** Every kind, in the order that breaks ties between items of one date and of equal id. */
const TIMELINE_KINDS: readonly TimelineItemKind[] = ['event', 'statement', 'claim', 'review', 'relationshipState'];

/** One kind's rows, each with its date, sort text, position and the period its date may denote. */
interface TimelinePart {
  select: string;
  from: string;
  where: string[];
}

/** The SQL expressions of one kind's columns. */
interface TimelineColumnSql {
  id: string;
  relationshipId: string;
  date: string;
  sort: string;
  firstDay: string;
  lastDay: string;
}

/**
 * A part's columns, in the order every part lists them, typed so that any part may come first in the UNION. Ids of
 * all kinds share one tie-breaking sequence: an item's position is its id times the number of kinds plus its kind's
 * place, so it is unique across kinds and orders items of one kind by id.
 */
function timelineColumns(d: SqlDialect, kind: TimelineItemKind, column: TimelineColumnSql): string {
  const typed = (expr: string, type: 'text' | 'bigint') => d.typed(`(${expr})`, type);
  const position = `${column.id} * ${TIMELINE_KINDS.length} + ${TIMELINE_KINDS.indexOf(kind)}`;
  return `${typed(`'${kind}'`, 'text')} AS "itemKind", ${typed(column.id, 'bigint')} AS "itemId",
    ${typed(column.relationshipId, 'bigint')} AS "relationshipId", ${typed(column.date, 'text')} AS date,
    ${typed(column.sort, 'text')} AS sort, ${typed(position, 'bigint')} AS position,
    ${typed(column.firstDay, 'text')} AS "firstDay", ${typed(column.lastDay, 'text')} AS "lastDay"`;
}

/** The columns of a kind dated by a stored partial date without sort or period columns of its own. */
function partialDateColumns(d: SqlDialect, id: string, relationshipId: string, date: string): TimelineColumnSql {
  return { id, relationshipId, date, sort: dateSortKey(date), firstDay: firstDay(date), lastDay: lastDay(d, date) };
}

function timelinePart(d: SqlDialect, kind: TimelineItemKind, entity: string): TimelinePart {
  // Claims the entity makes or is reported to make; their reviews are on its timeline too.
  const claimsOfEntity = `SELECT claim_id FROM claim_claimants WHERE entity_id = ${entity}`;
  switch (kind) {
    case 'event':
      return {
        select: timelineColumns(d, kind, {
          id: 'v.id',
          relationshipId: 'NULL',
          date: 'v.date',
          sort: 'v.date_sort',
          firstDay: firstDay('v.date'),
          lastDay: lastDay(d, 'v.date'),
        }),
        from: 'events v',
        where: [
          `(v.id IN (SELECT event_id FROM event_participants WHERE entity_id = ${entity}) OR v.outlet_id = ${entity})`,
        ],
      };
    case 'statement':
      return {
        select: timelineColumns(d, kind, {
          id: 's.id',
          relationshipId: 'NULL',
          date: 's.said_on',
          sort: 's.said_on_sort',
          firstDay: 's.said_on_first_day',
          lastDay: 's.said_on_last_day',
        }),
        from: 'statements s',
        where: [
          `(s.speaker_id = ${entity} OR s.id IN (SELECT statement_id FROM mentions WHERE entity_id = ${entity}))`,
          's.retracted_at IS NULL',
        ],
      };
    case 'claim':
      // Dated by when the claim was first seen (Claim.firstSeen), whoever was seen making it.
      return {
        select: timelineColumns(d, kind, partialDateColumns(d, 'c.id', 'NULL', 'c.seen')),
        from: `(SELECT c.id AS id, ${firstSeen(d)} AS seen FROM claims c
          WHERE c.retracted_at IS NULL AND c.id IN (${claimsOfEntity})) c`,
        where: [],
      };
    case 'review': {
      // Dated by the day (UTC) it was published: reviewed_at is stored as an ISO instant in UTC. A revised or
      // withdrawn review is retracted, so only current ones are listed.
      const day = 'substr(r.reviewed_at, 1, 10)';
      return {
        select: timelineColumns(d, kind, {
          id: 'r.id',
          relationshipId: 'NULL',
          date: day,
          sort: day,
          firstDay: day,
          lastDay: day,
        }),
        from: 'reviews r JOIN claims c ON c.id = r.claim_id',
        where: ['r.retracted_at IS NULL', 'c.retracted_at IS NULL', `r.claim_id IN (${claimsOfEntity})`],
      };
    }
    case 'relationshipState':
      // Dated by when the state began; a state with no known start is undated.
      return {
        select: timelineColumns(d, kind, partialDateColumns(d, 'rs.id', 'rs.relationship_id', 'rs.start')),
        from: 'relationship_states rs JOIN relationships l ON l.id = rs.relationship_id',
        where: ['l.retracted_at IS NULL', `(l.from_id = ${entity} OR l.to_id = ${entity})`],
      };
  }
}

function timelineList(d: SqlDialect, entityId: number, filter: TimelineFilter): BoundList {
  const params = new SqlParams(d);
  const entity = params.add(entityId, 'bigint');
  const kinds = TIMELINE_KINDS.filter((kind) => filter.kinds === undefined || filter.kinds.includes(kind));
  const parts = kinds.map((kind) => timelinePart(d, kind, entity));
  // No kinds asked for: one part that can hold no row keeps the statement's shape (and its parameter in use).
  if (parts.length === 0) {
    const none = timelinePart(d, 'event', entity);
    parts.push({ ...none, where: [...none.where, '1 = 0'] });
  }
  const from = `(${parts.map((part) => `SELECT ${part.select} FROM ${part.from} ${whereClause(part.where)}`).join('\n    UNION ALL\n    ')}) t`;
  const where: string[] = [];
  if (filter.fromDay !== undefined) where.push(`${d.bytewise('t."lastDay"')} >= ${params.add(filter.fromDay, 'text')}`);
  if (filter.toDay !== undefined) where.push(`${d.bytewise('t."firstDay"')} <= ${params.add(filter.toDay, 'text')}`);
  const list = { select: TIMELINE_COLUMNS, from, where, sort: 't.sort', id: 't.position', descending: false };
  return { params, list };
}

const TIMELINE_COLUMNS =
  't."itemKind" AS "itemKind", t."itemId" AS "itemId", t."relationshipId" AS "relationshipId", t.date AS date';
const toTimelineRow = readerOf<TimelineRow>(TIMELINE_COLUMNS);

export function timelinePage(
  db: SqlExecutor,
  d: SqlDialect,
  entityId: number,
  filter: TimelineFilter,
  page: PageQuery,
): Promise<Page<TimelineRow>> {
  return keysetPage(db, d, timelineList(d, entityId, filter), page, toTimelineRow);
}

export function countTimeline(db: SqlExecutor, d: SqlDialect, entityId: number, filter: TimelineFilter) {
  return countRows(db, timelineList(d, entityId, filter));
}

/** Whether `filter` asks only for current claims, all or of one status: those are counted as they are written. */
export function isCountedClaimFilter(filter: ClaimQueryFilter): boolean {
  return Object.entries(filter).every(
    ([key, value]) => value === undefined || key === 'status' || (key === 'includeRetracted' && value === false),
  );
}

/** The number of current claims, all or of one status. */
export async function countCurrentClaims(db: SqlExecutor, d: SqlDialect, status?: string): Promise<number> {
  const [row] = await db.all(currentClaimCountSql(d, status !== undefined), status === undefined ? [] : [status]);
  return row.n as number;
}
