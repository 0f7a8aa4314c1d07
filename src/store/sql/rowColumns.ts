/**
 * The column lists that read each row type, aliased to the row types' field names (quoted: PostgreSQL folds
 * unquoted names to lower case), and the mappings that are more than a rename.
 */
import type {
  BasisRow,
  CitedSourceRow,
  ClaimRow,
  CompletionRow,
  DocumentRow,
  EntityRow,
  EventRow,
  EvidenceRow,
  RelationshipRow,
  RelationshipStateRow,
  ReviewRow,
  StatementRow,
  UnknownFactRow,
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
  'd.id AS id, d.slug AS slug, d.title AS title, d.url AS url, d.outlet_id AS "outletId", d.published AS published, d.text AS text, d.sha256 AS sha256, d.length AS length, d.headline AS headline, d.outlet_basis_json AS "outletBasis", d.unknown_json AS "unknownFacts", ' +
  retraction('d');
export const EVENT_COLUMNS =
  'v.id AS id, v.slug AS slug, v.kind AS kind, v.title AS title, v.date AS date, v.date_known_by AS "dateKnownBy", v.date_basis_json AS "dateBasis", v.outlet_id AS "outletId"';
export const STATEMENT_COLUMNS =
  's.id AS id, s.slug AS slug, s.speaker_id AS "speakerId", s.voice AS voice, s.quote AS quote, s.is_direct_quote AS "isDirectQuote", s.attribution_confidence AS "attributionConfidence", s.completions_json AS completions, s.said_on AS "saidOn", s.said_on_known_by AS "saidOnKnownBy", s.said_on_basis_json AS "saidOnBasis", s.occasion_id AS "occasionId", ' +
  retraction('s');
/** A claim's first claimant is the one format 1 called its claimant (claim_claimants keeps them all). */
export const CLAIM_COLUMNS =
  'c.id AS id, c.slug AS slug, c.text AS text, ' +
  '(SELECT cc.entity_id FROM claim_claimants cc WHERE cc.claim_id = c.id ORDER BY cc.position LIMIT 1) AS "claimantId", ' +
  'c.status AS status, c.completions_json AS completions, ' +
  retraction('c');
export const REVIEW_COLUMNS =
  'r.id AS id, r.slug AS slug, r.claim_id AS "claimId", r.rating_value AS "ratingValue", r.rating_label AS "ratingLabel", r.explanation AS explanation, r.reviewer AS reviewer, r.reviewed_at AS "reviewedAt", r.sources_json AS sources, ' +
  retraction('r');
/**
 * A relationship's assertion is derived from its states' bases: STATED when any of them is, else IMPLIED. A scalar
 * subquery, not EXISTS: PostgreSQL may run an EXISTS as one hashed scan of every state (its estimate of the JSON
 * condition is far too low), 11 ms for a page of 90 relationships at 100k statements, where this walks each
 * relationship's states by index.
 */
export const RELATIONSHIP_COLUMNS =
  'l.id AS id, l.slug AS slug, l.type AS type, l.from_id AS "fromId", l.to_id AS "toId", ' +
  "COALESCE((SELECT 'STATED' FROM relationship_states ls WHERE ls.relationship_id = l.id " +
  "AND ls.basis_json ->> 'kind' = 'STATED' LIMIT 1), 'IMPLIED') AS assertion, " +
  retraction('l');
export const RELATIONSHIP_STATE_COLUMNS =
  't.id AS id, t.relationship_id AS "relationshipId", t.status AS status, t.basis_json AS basis, t.start AS start, t.start_known_by AS "startKnownBy", t.start_basis_json AS "startBasis", t."end" AS "end", t.end_known_by AS "endKnownBy", t.end_basis_json AS "endBasis"';
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

/** A basis as stored (JSON, see the migration 006), with the fields its kind leaves out as empty. */
interface StoredBasis {
  kind: BasisRow['kind'];
  reason?: string;
  sources?: CitedSourceRow[];
  documentIds?: number[];
}

/** Readers of each row type from its column list, with the columns an engine stores in its own way converted. */
export function rowReaders(dialect: SqlDialect) {
  const review = readerOf<ReviewRow>(REVIEW_COLUMNS);
  const document = readerOf<DocumentRow>(DOCUMENT_COLUMNS);
  const event = readerOf<EventRow>(EVENT_COLUMNS);
  const claim = readerOf<ClaimRow>(CLAIM_COLUMNS);
  const state = readerOf<RelationshipStateRow>(RELATIONSHIP_STATE_COLUMNS);
  const basis = (raw: unknown): BasisRow | null => {
    if (raw === null || raw === undefined) return null;
    const stored = dialect.fromJson(raw) as StoredBasis;
    return {
      kind: stored.kind,
      reason: stored.reason ?? null,
      sources: stored.sources ?? [],
      documentIds: stored.documentIds ?? [],
    };
  };
  const completions = (raw: unknown) => dialect.fromJson(raw) as CompletionRow[];
  return {
    entity: readerOf<EntityRow>(ENTITY_COLUMNS),
    document: (raw: Raw): DocumentRow => ({
      ...document(raw),
      outletBasis: basis(raw.outletBasis),
      unknownFacts: dialect.fromJson(raw.unknownFacts) as UnknownFactRow[],
    }),
    event: (raw: Raw): EventRow => ({
      ...event(raw),
      dateKnownBy: dialect.toBoolean(raw.dateKnownBy),
      dateBasis: basis(raw.dateBasis),
    }),
    claim: (raw: Raw): ClaimRow => ({ ...claim(raw), completions: completions(raw.completions) }),
    relationship: readerOf<RelationshipRow>(RELATIONSHIP_COLUMNS),
    relationshipState: (raw: Raw): RelationshipStateRow => ({
      ...state(raw),
      basis: basis(raw.basis)!,
      startKnownBy: dialect.toBoolean(raw.startKnownBy),
      startBasis: basis(raw.startBasis),
      endKnownBy: dialect.toBoolean(raw.endKnownBy),
      endBasis: basis(raw.endBasis),
    }),
    statement: (raw: Raw): StatementRow => ({
      id: raw.id as number,
      slug: raw.slug as string,
      speakerId: raw.speakerId as number,
      voice: raw.voice as StatementRow['voice'],
      quote: raw.quote as string,
      isDirectQuote: dialect.toBoolean(raw.isDirectQuote),
      attributionConfidence: raw.attributionConfidence as StatementRow['attributionConfidence'],
      completions: completions(raw.completions),
      saidOn: raw.saidOn as string | null,
      saidOnKnownBy: dialect.toBoolean(raw.saidOnKnownBy),
      saidOnBasis: basis(raw.saidOnBasis),
      occasionId: raw.occasionId as number | null,
      retractedAt: raw.retractedAt as string | null,
      retractedBy: raw.retractedBy as string | null,
      retractionReason: raw.retractionReason as string | null,
    }),
    review: (raw: Raw): ReviewRow => ({ ...review(raw), sources: dialect.fromJson(raw.sources) as CitedSourceRow[] }),
  };
}

export type RowReaders = ReturnType<typeof rowReaders>;

/** The evidence columns of a row that also carries other columns (an appearance, an owner). */
export const toEvidence = readerOf<EvidenceRow>(EVIDENCE_COLUMNS);
