/** The shapes of the dashboard's query results (the fields its queries select from schema.graphql). */

export type ClaimStatus = 'UNREVIEWED' | 'UNDER_REVIEW' | 'REVIEWED' | 'DISPUTED';
export const CLAIM_STATUSES: readonly ClaimStatus[] = ['UNREVIEWED', 'UNDER_REVIEW', 'REVIEWED', 'DISPUTED'];
export type Stance = 'SUPPORTS' | 'OPPOSES' | 'CRITICIZES' | 'DISPUTES' | 'NEUTRAL';
export type EntityType = 'PERSON' | 'OUTLET' | 'ORGANIZATION';
export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';
export type Verdict = 'FALSE' | 'MIXED' | 'TRUE';

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  totalCount: number;
  pageInfo: PageInfo;
  nodes: T[];
}

export interface PartialDate {
  year: number;
  month: number | null;
  day: number | null;
  precision: DatePrecision;
  iso: string;
}

export interface EntityRef {
  id: string;
  slug: string;
  name: string;
  entityType: EntityType;
}

export interface EvidenceSpan {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  document: { id: string; slug: string; title: string };
}

export interface ReviewSummary {
  id: string;
  ratingValue: number;
  ratingLabel: string;
  verdict: Verdict;
  reviewer: string;
  reviewedAt: string;
}

export interface Review extends ReviewSummary {
  explanation: string;
  sources: { url: string; title: string; accessed: PartialDate | null }[];
  retraction: { reason: string } | null;
}

export interface ClaimRow {
  id: string;
  slug: string;
  text: string;
  status: ClaimStatus;
  claimant: EntityRef;
  about: EntityRef[];
  currentReview: ReviewSummary | null;
  appearances: { totalCount: number };
  disputedBy: { totalCount: number };
}

export interface StatementSummary {
  id: string;
  slug: string;
  quote: string;
  isDirectQuote: boolean;
  speaker: EntityRef;
  saidOn: PartialDate | null;
  mentions: { stance: Stance; entity: EntityRef }[];
}

export interface StatementDetail extends StatementSummary {
  attributionConfidence: string;
  occasion: { id: string; title: string; kind: string; date: PartialDate | null } | null;
  evidence: EvidenceSpan[];
  reportedIn: { id: string; title: string }[];
  disputes: { id: string; text: string; status: ClaimStatus }[];
  claims: { nodes: { id: string; text: string; status: ClaimStatus }[] };
  respondsTo: StatementSummary[];
  retraction: { reason: string } | null;
}

export interface ClaimDetail {
  id: string;
  slug: string;
  text: string;
  status: ClaimStatus;
  claimant: EntityRef;
  about: EntityRef[];
  currentReview: ReviewSummary | null;
  retraction: { reason: string; retractedAt: string } | null;
  appearances: Connection<{
    statement: { id: string; quote: string; isDirectQuote: boolean; speaker: EntityRef } | null;
    document: { id: string; title: string };
    evidence: EvidenceSpan;
  }>;
  disputedBy: Connection<StatementSummary & { evidence: EvidenceSpan[] }>;
  reviews: Connection<Review>;
}

export interface FactCheckSummary {
  totalClaims: number;
  byStatus: { status: ClaimStatus; count: number }[];
  byRating: { ratingValue: number | null; ratingLabel: string | null; count: number }[];
  mostDisputed: { claim: { id: string; text: string }; disputeCount: number; reviewCount: number }[];
}

export interface RelationshipEdgeData {
  id: string;
  slug: string;
  type: string;
  status: 'ACTIVE' | 'STRAINED' | 'ENDED';
  assertion: 'STATED' | 'IMPLIED';
  from: EntityRef;
  to: EntityRef;
  start: PartialDate | null;
  end: PartialDate | null;
}

export interface PathHop {
  kind: 'RELATIONSHIP' | 'STATEMENT' | 'EVENT' | 'PUBLICATION';
  forward: boolean;
  description: string;
  from: EntityRef;
  to: EntityRef;
  statement: { id: string } | null;
  relationship: { id: string; type: string } | null;
  event: { id: string; title: string } | null;
  evidence: EvidenceSpan[];
}

export interface PathResult {
  length: number;
  entities: EntityRef[];
  hops: PathHop[];
}

export type TimelineNode =
  | { __typename: 'Event'; id: string; title: string; kind: string; outlet: { name: string } | null }
  | ({ __typename: 'Statement' } & StatementSummary);

export interface TimelineEdgeData {
  cursor: string;
  date: PartialDate | null;
  node: TimelineNode;
}

export type SearchNode =
  | ({ __typename: 'Person' | 'Outlet' | 'Organization' } & EntityRef)
  | { __typename: 'Statement'; id: string; quote: string; speaker: EntityRef }
  | { __typename: 'Claim'; id: string; text: string; claimant: EntityRef }
  | { __typename: 'Event'; id: string; title: string }
  | { __typename: 'Document'; id: string; title: string };

export interface SearchHitData {
  kind: string;
  score: number;
  snippet: string;
  highlights: { start: number; end: number }[];
  node: SearchNode;
}
