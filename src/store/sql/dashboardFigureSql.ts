/**
 * The fact-check dashboard's figures, each one statement over the counters the database keeps as data changes
 * (SQLite migrations 005 and 008, PostgreSQL 008; their triggers define each figure): a request reads a few rows,
 * never the claims, reviews, statements or mentions themselves. Texts are ordered bytewise so every engine lists
 * the same rows in the same order.
 */
import type {
  ClaimRatingCountRow,
  ClaimStatusCountRow,
  DisputedClaimRow,
  MentionCountRow,
  SpeakerCountRow,
} from '../rows.js';
import type { DashboardFigure, DashboardFigureRead } from '../store.js';
import type { Raw, SqlDialect } from './dialect.js';
import { asRow } from './rowColumns.js';
import type { SqlRead } from './sqlBackend.js';

/** The number of current claims, all or (parameter 1) of one status. */
export function currentClaimCountSql(d: SqlDialect, ofOneStatus: boolean): string {
  const total = d.typed('(COALESCE(SUM(n), 0))', 'bigint');
  const where = ofOneStatus ? ` WHERE status = ${d.placeholder(1, 'text')}` : '';
  return `SELECT ${total} AS n FROM claim_status_counts${where}`;
}

export function claimStatusCountsSql(d: SqlDialect): string {
  return `SELECT status, n AS count FROM claim_status_counts WHERE n > 0 ORDER BY ${d.bytewise('status')}`;
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

/** The dashboard's rankings, whose limit is parameter 1. */
interface RankingSql {
  /** DisputedClaimRows */
  mostDisputedClaims: string;
  /** SpeakerCountRows */
  statementCountsBySpeaker: string;
  /** MentionStanceCountRows: the top entities' counts by stance, best entities first */
  mentionStanceCounts: string;
}

/**
 * The rankings, each a walk of its counter's ranking index (ties broken as the index orders them) that stops
 * after `limit` rows.
 */
function rankingSql(d: SqlDialect): RankingSql {
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
interface MentionStanceCountRow {
  entityId: number;
  count: number;
  stances: string | null;
}

/** The rows of mentionStanceCounts as MentionCountRows. */
function mentionCountsByEntity(rows: readonly MentionStanceCountRow[]): MentionCountRow[] {
  return rows.map((row) => ({
    entityId: row.entityId,
    count: row.count,
    byStance: (row.stances === null ? [] : row.stances.split(STANCE_LIST)).map((entry) => {
      const [stance, count] = entry.split(STANCE_COUNT);
      return { stance: stance as MentionCountRow['byStance'][number]['stance'], count: Number(count) };
    }),
  }));
}

/** A figure's statement, and how its rows become the figure. */
export interface FigureStatement extends SqlRead {
  toFigure(rows: Raw[]): DashboardFigure;
}

/** The statements of the dashboard's figures in one engine's dialect. */
export function figureStatements(d: SqlDialect): (read: DashboardFigureRead) => FigureStatement {
  const rankings = rankingSql(d);
  const totalClaims = currentClaimCountSql(d, false);
  const statusCounts = claimStatusCountsSql(d);
  const ratingCounts = claimRatingCountsSql(d);
  const rows =
    <T>() =>
    (raws: Raw[]): T[] =>
      raws.map(asRow<T>);
  return (read) => {
    switch (read.figure) {
      case 'totalClaims':
        return { sql: totalClaims, params: [], toFigure: ([row]) => row.n as number };
      case 'claimStatusCounts':
        return { sql: statusCounts, params: [], toFigure: rows<ClaimStatusCountRow>() };
      case 'claimRatingCounts':
        return { sql: ratingCounts, params: [], toFigure: rows<ClaimRatingCountRow>() };
      case 'mostDisputedClaims':
        return { sql: rankings.mostDisputedClaims, params: [read.limit], toFigure: rows<DisputedClaimRow>() };
      case 'statementCountsBySpeaker':
        return { sql: rankings.statementCountsBySpeaker, params: [read.limit], toFigure: rows<SpeakerCountRow>() };
      case 'mentionCountsByEntity':
        return {
          sql: rankings.mentionStanceCounts,
          params: [read.limit],
          toFigure: (raws) => mentionCountsByEntity(raws.map(asRow<MentionStanceCountRow>)),
        };
    }
  };
}
