/**
 * The claims list's worklist orders as keyset sort texts: each order is one text expression per claim `c` that
 * compares bytewise in every engine (dates as ISO text, counts zero-padded), so a cursor (sort text, id) means the
 * same place in SQLite and PostgreSQL. The lookups are correlated subqueries over indexed columns
 * (claim_appearances' and reviews' claim_id, claim_rankings' primary key).
 */
import type { ClaimOrder, SortDirection } from '../store.js';
import type { SqlDialect } from './dialect.js';

/** A text above every ISO date, for the undated or unreviewed in an ascending list. */
const AFTER_EVERY_DATE = "'~'";
/** A text below every ISO date, for the undated or unreviewed in a descending list. */
const BEFORE_EVERY_DATE = "''";

/**
 * Earliest date (ISO partial dates: "2020" sorts before "2020-03") of the statements and documents it appears in,
 * the earliest by bytes whatever the columns' collation.
 */
export const firstSeen = (dialect: SqlDialect) => `(SELECT MIN(${dialect.bytewise('seen.day')}) FROM (
    SELECT s.said_on AS day FROM claim_appearances a JOIN statements s ON s.id = a.statement_id
    WHERE a.claim_id = c.id
    UNION ALL
    SELECT doc.published AS day FROM claim_appearances a JOIN evidence x ON x.id = a.evidence_id
      JOIN documents doc ON doc.id = x.document_id
    WHERE a.claim_id = c.id
  ) seen)`;

/** When the current review (latest current one by reviewed_at) was published. */
const LAST_REVIEWED = `(SELECT MAX(r.reviewed_at) FROM reviews r WHERE r.claim_id = c.id AND r.retracted_at IS NULL)`;

/** Statuses in worklist order: the contested first, then those in progress, the untouched, and the settled. */
const STATUS_RANK = `(CASE c.status WHEN 'DISPUTED' THEN '0' WHEN 'UNDER_REVIEW' THEN '1'
  WHEN 'UNREVIEWED' THEN '2' ELSE '3' END)`;

/** A count as ten digits, so that texts order as the numbers do. */
function padded(count: string): string {
  return `substr(CAST(10000000000 + (${count}) AS TEXT), 2)`;
}

const DISPUTES = padded('COALESCE((SELECT k.dispute_count FROM claim_rankings k WHERE k.claim_id = c.id), 0)');
const APPEARANCES = padded('(SELECT COUNT(*) FROM claim_appearances a WHERE a.claim_id = c.id)');

export interface ClaimSort {
  sort: string;
  descending: boolean;
}

/** The sort text of `order`; `recorded` is the text of the order recorded (ties only, so the id decides). */
export function claimSort(dialect: SqlDialect, order: SortDirection | ClaimOrder, recorded: string): ClaimSort {
  switch (order) {
    case 'ASC':
      return { sort: recorded, descending: false };
    case 'DESC':
      return { sort: recorded, descending: true };
    case 'FIRST_SEEN_ASC':
      return { sort: `COALESCE(${firstSeen(dialect)}, ${AFTER_EVERY_DATE})`, descending: false };
    case 'FIRST_SEEN_DESC':
      return { sort: `COALESCE(${firstSeen(dialect)}, ${BEFORE_EVERY_DATE})`, descending: true };
    case 'LAST_REVIEWED_ASC':
      return { sort: `COALESCE(${LAST_REVIEWED}, ${AFTER_EVERY_DATE})`, descending: false };
    case 'LAST_REVIEWED_DESC':
      return { sort: `COALESCE(${LAST_REVIEWED}, ${BEFORE_EVERY_DATE})`, descending: true };
    case 'STATUS':
      return { sort: STATUS_RANK, descending: false };
    case 'DISPUTES_DESC':
      return { sort: DISPUTES, descending: true };
    case 'APPEARANCES_DESC':
      return { sort: APPEARANCES, descending: true };
  }
}
