/**
 * The column lists that read each row type, aliased to the row types' field names (quoted: PostgreSQL folds
 * unquoted names to lower case), and the mappings that are more than a rename.
 */
import type {
  CitedSourceRow,
  ClaimRow,
  DocumentRow,
  EntityRow,
  EventRow,
  EvidenceRow,
  PathEdgeRow,
  RelationshipRow,
  ReviewRow,
  StatementRow,
} from '../rows.js';
import type { Raw, SqlDialect } from './dialect.js';

/** Who retracted a record of table alias `t`, when and why (Retractable). */
function retraction(t: string): string {
  return (
    `${t}.retracted_at AS "retractedAt", ${t}.retracted_by AS "retractedBy", ` +
    `${t}.retraction_reason AS "retractionReason"`
  );
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
  'c.id AS id, c.slug AS slug, c.text AS text, c.claimant_id AS "claimantId", c.status AS status, ' + retraction('c');
export const REVIEW_COLUMNS =
  'r.id AS id, r.slug AS slug, r.claim_id AS "claimId", r.rating_value AS "ratingValue", r.rating_label AS "ratingLabel", r.explanation AS explanation, r.reviewer AS reviewer, r.reviewed_at AS "reviewedAt", r.sources_json AS sources, ' +
  retraction('r');
export const RELATIONSHIP_COLUMNS =
  'l.id AS id, l.slug AS slug, l.type AS type, l.from_id AS "fromId", l.to_id AS "toId", l.assertion AS assertion, ' +
  retraction('l');
export const EVIDENCE_COLUMNS =
  'x.id AS id, x.document_id AS "documentId", x.start AS start, x."end" AS "end", x.exact AS exact, x.prefix AS prefix, x.suffix AS suffix';

/** A row whose columns are exactly the row type's fields, with its names and types. */
export function asRow<T>(raw: Raw): T {
  return raw as unknown as T;
}

/**
 * The row of a column list, from a raw row that may carry more columns (a page's position, a batch's key): one
 * copy, of the listed fields only.
 */
export function readerOf<T>(columns: string): (raw: Raw) => T {
  const fields = [...columns.matchAll(/ AS "?(\w+)"?(?=,|$)/g)].map((match) => match[1]);
  return (raw) => {
    const row: Raw = {};
    for (const field of fields) row[field] = raw[field];
    return row as T;
  };
}

/** Readers of each row type from its column list, with the columns an engine stores in its own way converted. */
export function rowReaders(dialect: SqlDialect) {
  const review = readerOf<ReviewRow>(REVIEW_COLUMNS);
  return {
    entity: readerOf<EntityRow>(ENTITY_COLUMNS),
    document: readerOf<DocumentRow>(DOCUMENT_COLUMNS),
    event: readerOf<EventRow>(EVENT_COLUMNS),
    claim: readerOf<ClaimRow>(CLAIM_COLUMNS),
    relationship: readerOf<RelationshipRow>(RELATIONSHIP_COLUMNS),
    statement: (raw: Raw): StatementRow => ({
      id: raw.id as number,
      slug: raw.slug as string,
      speakerId: raw.speakerId as number,
      quote: raw.quote as string,
      isDirectQuote: dialect.toBoolean(raw.isDirectQuote),
      attributionConfidence: raw.attributionConfidence as StatementRow['attributionConfidence'],
      saidOn: raw.saidOn as string | null,
      occasionId: raw.occasionId as number | null,
      retractedAt: raw.retractedAt as string | null,
      retractedBy: raw.retractedBy as string | null,
      retractionReason: raw.retractionReason as string | null,
    }),
    review: (raw: Raw): ReviewRow => ({ ...review(raw), sources: dialect.fromJson(raw.sources) as CitedSourceRow[] }),
    pathEdge: (raw: Raw): PathEdgeRow => ({ ...asRow<PathEdgeRow>(raw), outward: dialect.toBoolean(raw.outward) }),
  };
}

export type RowReaders = ReturnType<typeof rowReaders>;

/** The evidence columns of a row that also carries other columns (an appearance, an owner). */
export const toEvidence = readerOf<EvidenceRow>(EVIDENCE_COLUMNS);
