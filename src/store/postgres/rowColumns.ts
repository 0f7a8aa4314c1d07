/**
 * The column lists that read each row type, aliased to the row types' field names (quoted: PostgreSQL folds
 * unquoted names to lower case), and the few mappings that are more than a rename.
 */
import type { EvidenceRow } from '../rows.js';
import type { Raw } from './runQuery.js';

/** Who retracted a record of table alias `t`, when and why (Retractable). */
function retraction(t: string): string {
  return `${t}.retracted_at AS "retractedAt", ${t}.retracted_by AS "retractedBy", ${t}.retraction_reason AS "retractionReason"`;
}

export const ENTITY_COLUMNS =
  'e.id AS id, e.slug AS slug, e.type AS type, e.name AS name, e.kind AS kind, e.description AS description, e.url AS url';
export const DOCUMENT_COLUMNS =
  'd.id AS id, d.slug AS slug, d.title AS title, d.url AS url, d.outlet_id AS "outletId", d.published AS published, d.text AS text, d.sha256 AS sha256, d.length AS length, ' +
  retraction('d');
export const EVENT_COLUMNS =
  'v.id AS id, v.slug AS slug, v.kind AS kind, v.title AS title, v.date AS date, v.outlet_id AS "outletId"';
export const STATEMENT_COLUMNS =
  's.id AS id, s.slug AS slug, s.speaker_id AS "speakerId", s.quote AS quote, s.is_direct_quote AS "isDirectQuote", s.attribution_confidence AS "attributionConfidence", s.said_on AS "saidOn", s.occasion_id AS "occasionId", ' +
  retraction('s');
export const CLAIM_COLUMNS =
  'c.id AS id, c.slug AS slug, c.text AS text, c.claimant_id AS "claimantId", c.status AS status, ' +
  retraction('c');
export const REVIEW_COLUMNS =
  'r.id AS id, r.slug AS slug, r.claim_id AS "claimId", r.rating_value AS "ratingValue", r.rating_label AS "ratingLabel", r.explanation AS explanation, r.reviewer AS reviewer, r.reviewed_at AS "reviewedAt", r.sources_json AS sources, ' +
  retraction('r');
export const RELATIONSHIP_COLUMNS =
  'l.id AS id, l.slug AS slug, l.type AS type, l.from_id AS "fromId", l.to_id AS "toId", l.assertion AS assertion, ' +
  retraction('l');
export const EVIDENCE_COLUMNS =
  'x.id AS id, x.document_id AS "documentId", x.start AS start, x."end" AS "end", x.exact AS exact, x.prefix AS prefix, x.suffix AS suffix';

/**
 * A row whose columns already have the row type's names and types (booleans are booleans, int8 is parsed to
 * numbers by the pool, json is parsed by node-postgres).
 */
export function asRow<T>(raw: Raw): T {
  return raw as unknown as T;
}

/** A row read with an extra `_key` column naming the parent it belongs to. */
export function withoutKey<T>(raw: Raw): T {
  const { _key, ...row } = raw;
  return row as T;
}

/** The evidence columns of a row that also carries other columns (an appearance, an owner). */
export function toEvidence(raw: Raw): EvidenceRow {
  return {
    id: raw.id as number,
    documentId: raw.documentId as number,
    start: raw.start as number,
    end: raw.end as number,
    exact: raw.exact as string,
    prefix: raw.prefix as string,
    suffix: raw.suffix as string,
  };
}
