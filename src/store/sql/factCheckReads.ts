/**
 * Reads of published fact-checks (migration 007): by id, and each claim's current ones newest first. A review date
 * is a partial date ("2020", "2020-11-03"), compared bytewise as every sorted text is; undated ones come last.
 */
import type { PublishedFactCheckRow } from '../rows.js';
import type { Raw, SqlDialect } from './dialect.js';
import { readerOf } from './rowColumns.js';

const FACT_CHECK_COLUMNS =
  'f.id AS id, f.slug AS slug, f.claim_id AS "claimId", f.publisher_id AS "publisherId", f.url AS url, ' +
  'f.headline AS headline, f.textual_rating AS "textualRating", f.rating_value AS "ratingValue", ' +
  'f.reviewed_on AS "reviewedOn", f.claim_date AS "claimDate", f.language_code AS "languageCode", ' +
  'f.claimant_names AS "claimantNames", f.appearance_urls AS "appearanceUrls", ' +
  'f.record_document_id AS "recordDocumentId", f.retracted_at AS "retractedAt", f.retracted_by AS "retractedBy", ' +
  'f.retraction_reason AS "retractionReason"';

export function factCheckReads(d: SqlDialect) {
  const columns = readerOf<PublishedFactCheckRow>(FACT_CHECK_COLUMNS);
  const read = (raw: Raw): PublishedFactCheckRow => {
    const row = columns(raw);
    return {
      ...row,
      ratingValue: row.ratingValue === null ? null : Number(row.ratingValue),
      claimantNames: d.fromJson(raw.claimantNames) as string[],
      appearanceUrls: d.fromJson(raw.appearanceUrls) as string[],
    };
  };
  const keys = (expr: string) => d.inList(expr, d.listPlaceholder(1, 'bigint'));
  return {
    read,
    byIds: `SELECT ${FACT_CHECK_COLUMNS} FROM published_fact_checks f WHERE ${keys('f.id')}`,
    byClaimIds: `SELECT ${FACT_CHECK_COLUMNS}, f.claim_id AS _key FROM published_fact_checks f
      WHERE ${keys('f.claim_id')} AND f.retracted_at IS NULL
      ORDER BY f.claim_id, CASE WHEN f.reviewed_on IS NULL THEN 1 ELSE 0 END, ${d.bytewise('f.reviewed_on')} DESC, f.id DESC`,
    /** every current fact-check's headline by claim, for the similar-claim index */
    headlines: `SELECT f.claim_id AS "claimId", f.headline AS headline FROM published_fact_checks f
      WHERE f.retracted_at IS NULL AND f.headline IS NOT NULL ORDER BY f.claim_id, f.id`,
  };
}
