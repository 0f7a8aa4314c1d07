/**
 * Row types: what the Store returns, whatever the backend. Ids are the backend's internal integer keys; the API
 * exposes only slugs and global ids built from them. Dates are kept as partial-date ISO strings ("2018",
 * "2020-11-03") and parsed at the edge.
 */
import type {
  AttributionConfidence,
  Assertion,
  ClaimStatus,
  EventKind,
  RelationshipStatus,
  RelationshipType,
  Stance,
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
}

export interface EventRow {
  id: number;
  slug: string;
  kind: EventKind;
  title: string;
  date: string | null;
  outletId: number | null;
}

export interface StatementRow extends Retractable {
  id: number;
  slug: string;
  speakerId: number;
  quote: string;
  isDirectQuote: boolean;
  attributionConfidence: AttributionConfidence;
  saidOn: string | null;
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
  claimantId: number;
  status: ClaimStatus;
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
  assertion: Assertion;
}

export interface RelationshipStateRow {
  id: number;
  relationshipId: number;
  status: RelationshipStatus;
  start: string | null;
  end: string | null;
}

/** The records that carry evidence. */
export type EvidenceOwnerKind = 'entity' | 'event' | 'statement' | 'relationship_state' | 'document';

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

export type SearchKind = 'PERSON' | 'OUTLET' | 'ORGANIZATION' | 'STATEMENT' | 'CLAIM' | 'EVENT' | 'DOCUMENT';

/** A search match; the snippet marks matched terms with SNIPPET_MARK_START / SNIPPET_MARK_END. */
export interface SearchHitRow {
  kind: SearchKind;
  nodeId: number;
  score: number;
  markedSnippet: string;
}

export interface TimelineRow {
  itemKind: 'event' | 'statement';
  itemId: number;
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

export type ChangeAction = 'CREATE' | 'REVIEW' | 'START_REVIEW' | 'RETRACT' | 'IMPORT' | 'MERGE' | 'STATUS';

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
