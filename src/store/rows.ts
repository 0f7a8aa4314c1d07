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
} from '../ingest/datasetFormat.js';

export type EntityType = 'PERSON' | 'OUTLET' | 'ORGANIZATION';

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

export interface DocumentRow {
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

export interface StatementRow {
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

export interface ClaimRow {
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

export interface ReviewRow {
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

export interface RelationshipRow {
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
