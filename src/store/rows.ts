/**
 * Row types: what the Store returns, whatever the backend. Ids are the backend's internal integer keys; the API
 * exposes only slugs and global ids built from them. Dates are kept as partial-date ISO strings ("2018",
 * "2020-11-03") and parsed at the edge.
 */
import type {
  AttributionConfidence,
  Assertion,
  BasisKind,
  ClaimStatus,
  DocumentFactField,
  EventKind,
  RelationshipStatus,
  RelationshipType,
  Stance,
  Voice,
} from '../domain/dataset.js';

import type { EntityType } from '../domain/dataset.js';
export type { EntityType };

export interface EntityRow {
  id: number;
  slug: string;
  type: EntityType;
  name: string;
  /** OutletKind for outlets, OrganizationKind for organizations, null for people */
  kind: string | null;
  description: string | null;
  url: string | null;
}

export interface CitedSourceRow {
  url: string;
  title: string;
  accessed: string | null;
}

export interface SameAsRow {
  entityId: number;
  uri: string;
  source: CitedSourceRow;
}

/**
 * How a fact is known. The spans a STATED or INFERRED basis rests on are evidence rows owned by the fact (see
 * EvidenceOwnerKind); a STATED basis without spans of its own is stated by its record's evidence.
 */
export interface BasisRow {
  kind: BasisKind;
  /** INFERRED: one line on why the spans lead to the fact */
  reason: string | null;
  /** EXTERNAL: sources outside the held documents that state it */
  sources: CitedSourceRow[];
  /** EXTERNAL: documents of the graph that state it */
  documentIds: number[];
}

/** Words an editor added, in [brackets], to a text the source left incomplete. */
export interface CompletionRow {
  text: string;
  reason: string;
}

/** A fact about a document that its source does not give, and why. */
export interface UnknownFactRow {
  field: DocumentFactField;
  reason: string;
}

/** Who retracted a record, when and why; a retracted record is kept, and hidden from default lists. */
export interface Retractable {
  retractedAt: string | null;
  retractedBy: string | null;
  retractionReason: string | null;
}

export interface DocumentRow extends Retractable {
  id: number;
  slug: string;
  title: string;
  url: string | null;
  outletId: number | null;
  published: string | null;
  text: string | null;
  sha256: string | null;
  /** length of the held text in code points */
  length: number | null;
  /** the headline exactly as published, when the source gives it */
  headline: string | null;
  /** how the outlet is known (its spans: owner 'document_outlet'); null when STATED by the document's evidence */
  outletBasis: BasisRow | null;
  /** the facts the source does not give */
  unknownFacts: UnknownFactRow[];
}

export interface EventRow {
  id: number;
  slug: string;
  kind: EventKind;
  title: string;
  date: string | null;
  /** true: the event had happened by `date`, perhaps earlier */
  dateKnownBy: boolean;
  /** how the date is known (its spans: owner 'event_date'); null when STATED by the event's evidence */
  dateBasis: BasisRow | null;
  outletId: number | null;
}

export interface StatementRow extends Retractable {
  id: number;
  slug: string;
  /** the speaker, or for voice DOCUMENT the outlet whose document narrates it */
  speakerId: number;
  voice: Voice;
  quote: string;
  isDirectQuote: boolean;
  attributionConfidence: AttributionConfidence;
  /** editors' additions in [brackets] in `quote` */
  completions: CompletionRow[];
  saidOn: string | null;
  /** true: it had been said by `saidOn`, perhaps earlier */
  saidOnKnownBy: boolean;
  /** how the date is known (its spans: owner 'statement_said_on'); null when STATED by the statement's evidence */
  saidOnBasis: BasisRow | null;
  occasionId: number | null;
}

export interface MentionRow {
  statementId: number;
  entityId: number;
  stance: Stance;
}

export interface ClaimRow extends Retractable {
  id: number;
  slug: string;
  text: string;
  /** the first claimant (derived from claim_claimants, where the claimants are kept); null when it has none */
  claimantId: number | null;
  status: ClaimStatus;
  /** editors' additions in [brackets] in `text` */
  completions: CompletionRow[];
}

/**
 * One claimant of a claim, in order. Without `reportedById` the claimant's evidence shows it making the claim; with
 * it, the evidence shows that entity saying the claimant makes it. Its spans: evidence owner 'claim_claimant'.
 */
export interface ClaimantRow {
  id: number;
  claimId: number;
  entityId: number;
  reportedById: number | null;
}

export interface EvidenceRow {
  id: number;
  documentId: number;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export interface ClaimAppearanceRow {
  claimId: number;
  statementId: number | null;
  evidence: EvidenceRow;
}

export interface ReviewRow extends Retractable {
  id: number;
  slug: string;
  claimId: number;
  ratingValue: number;
  ratingLabel: string;
  explanation: string;
  reviewer: string;
  reviewedAt: string;
  sources: CitedSourceRow[];
}

export interface RelationshipRow extends Retractable {
  id: number;
  slug: string;
  type: RelationshipType;
  fromId: number;
  toId: number;
  /** derived: STATED when any state's basis is STATED, else IMPLIED */
  assertion: Assertion;
}

export interface RelationshipStateRow {
  id: number;
  relationshipId: number;
  status: RelationshipStatus;
  /** how the state is known (its own spans: owner 'relationship_state_basis') */
  basis: BasisRow;
  start: string | null;
  /** true: the state held by `start`, perhaps earlier */
  startKnownBy: boolean;
  /** how the start is known (spans: owner 'relationship_state_start'); null when STATED by the state's evidence */
  startBasis: BasisRow | null;
  end: string | null;
  /** true: the state had ended by `end`, perhaps earlier */
  endKnownBy: boolean;
  /** how the end is known (spans: owner 'relationship_state_end'); null when STATED by the state's evidence */
  endBasis: BasisRow | null;
}

/**
 * The records and facts that carry evidence: records by their id, a claimant by its ClaimantRow id, and the basis
 * of a fact by the id of the record it belongs to (a statement's date, an event's date, a document's outlet, a
 * relationship state, its start or its end).
 */
export type EvidenceOwnerKind =
  | 'entity'
  | 'event'
  | 'statement'
  | 'relationship_state'
  | 'document'
  | 'claim_claimant'
  | 'statement_said_on'
  | 'event_date'
  | 'document_outlet'
  | 'relationship_state_basis'
  | 'relationship_state_start'
  | 'relationship_state_end';

export interface EvidenceOwner {
  kind: EvidenceOwnerKind;
  id: number;
}

/** The kinds of edge a path between two entities can take. */
export type PathEdgeKind = 'RELATIONSHIP' | 'STATEMENT' | 'EVENT' | 'PUBLICATION';

/**
 * One edge incident to an entity, seen from that entity: a relationship either way, a statement by it about the
 * neighbour (or by the neighbour about it), an event both took part in (a hosting outlet counts), or a document an
 * outlet published that reports a statement by or about the neighbour.
 */
export interface PathEdgeRow {
  entityId: number;
  neighborId: number;
  kind: PathEdgeKind;
  /** true when the edge's own direction runs from entityId to neighborId (speaker to subject, from to to) */
  outward: boolean;
  relationshipId: number | null;
  statementId: number | null;
  eventId: number | null;
  documentId: number | null;
}

export const SEARCH_KINDS = ['PERSON', 'OUTLET', 'ORGANIZATION', 'STATEMENT', 'CLAIM', 'EVENT', 'DOCUMENT'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** A search match; the snippet marks matched terms with SNIPPET_MARK_START / SNIPPET_MARK_END. */
export interface SearchHitRow {
  kind: SearchKind;
  nodeId: number;
  score: number;
  markedSnippet: string;
}

/** What a timeline item is: each kind is read from its own table. */
export type TimelineItemKind = 'event' | 'statement' | 'claim' | 'review' | 'relationshipState';

export interface TimelineRow {
  itemKind: TimelineItemKind;
  /** the id in the kind's table (for a relationshipState, the state's own id) */
  itemId: number;
  /** the relationship a relationshipState belongs to; null for the other kinds */
  relationshipId: number | null;
  /** the partial date the item is placed by ("2020", "2020-11-03"); null when undated */
  date: string | null;
}

export interface DisputedClaimRow {
  claimId: number;
  disputeCount: number;
  reviewCount: number;
}

export interface SpeakerCountRow {
  speakerId: number;
  count: number;
}

export interface MentionCountRow {
  entityId: number;
  count: number;
  byStance: { stance: Stance; count: number }[];
}

export interface ClaimStatusCountRow {
  status: ClaimStatus;
  count: number;
}

export interface ClaimRatingCountRow {
  ratingValue: number | null;
  ratingLabel: string | null;
  count: number;
}

export type ChangeAction =
  'CREATE' | 'REVIEW' | 'START_REVIEW' | 'RETRACT' | 'IMPORT' | 'MERGE' | 'STATUS' | 'LINK' | 'UNLINK';

/** One entry of the audit log. */
export interface ChangeRow {
  id: number;
  at: string;
  actor: string;
  action: ChangeAction;
  nodeTable: string;
  nodeId: number;
  nodeSlug: string;
  before: unknown;
  after: unknown;
  summary: string;
}

/** A fact-check another organization published about a claim, imported from its feed (see migration 007). */
export interface PublishedFactCheckRow extends Retractable {
  id: number;
  slug: string;
  claimId: number;
  publisherId: number;
  url: string | null;
  headline: string | null;
  textualRating: string | null;
  /** 1 (false) .. 5 (true); null when the feed gave only words */
  ratingValue: number | null;
  reviewedOn: string | null;
  claimDate: string | null;
  languageCode: string | null;
  claimantNames: string[];
  appearanceUrls: string[];
  recordDocumentId: number;
}
