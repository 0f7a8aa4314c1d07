/**
 * The annotated dataset format: the fixture format and the import format for new articles.
 *
 * A dataset is one JSON file. Records refer to each other by `slug` (lowercase, digits and hyphens, unique across
 * the whole dataset, whatever the record kind). Every record that states a fact carries `evidence`: a held
 * document, a span counted in Unicode code points (start inclusive, end exclusive, as in a W3C
 * TextPositionSelector) and the exact text of that span (a TextQuoteSelector, with optional prefix/suffix that are
 * checked too when present). Partial dates are strings: "2018", "2020-11" or "2020-11-03".
 *
 * These types describe the file as written; `validateDataset` checks an unknown JSON value against them and
 * reports every problem with the record, the field and what is wrong.
 */

export const DATASET_FORMAT = 'claimgraph-dataset/1' as const;

/** A partial date as written in a dataset: YYYY, YYYY-MM or YYYY-MM-DD. */
export type PartialDateString = string;

/** The kinds of entity the graph holds: who can speak, be mentioned, own or be owned. */
export const ENTITY_TYPES = ['PERSON', 'OUTLET', 'ORGANIZATION'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const OUTLET_KINDS = ['MAGAZINE', 'NEWSPAPER', 'TV_NETWORK', 'PODCAST', 'TV_SHOW', 'SOCIAL_NETWORK', 'WEBSITE'] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];

export const ORGANIZATION_KINDS = ['POLITICAL_PARTY', 'COMPANY', 'GOVERNMENT', 'OTHER'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const EVENT_KINDS = [
  'INTERVIEW',
  'SOCIAL_MEDIA_POST',
  'PODCAST_EPISODE',
  'CAMPAIGN',
  'ELECTION',
  'ENDORSEMENT',
  'PUBLICATION',
  'OTHER',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const STANCES = ['SUPPORTS', 'OPPOSES', 'CRITICIZES', 'DISPUTES', 'NEUTRAL'] as const;
export type Stance = (typeof STANCES)[number];

/** How sure we are that the speaker said it: distinct from whether what was said is true. */
export const ATTRIBUTION_CONFIDENCES = [
  'DIRECT_QUOTE_IN_SOURCE', // the source prints the words in quotation marks
  'PARAPHRASED_BY_SOURCE', // the source reports the gist in its own words
  'REPORTED_SECONDHAND', // the source relays what a third party says was said
] as const;
export type AttributionConfidence = (typeof ATTRIBUTION_CONFIDENCES)[number];

export const CLAIM_STATUSES = ['UNREVIEWED', 'UNDER_REVIEW', 'REVIEWED', 'DISPUTED'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const RELATIONSHIP_TYPES = [
  'FRIENDSHIP',
  'SUPPORTED',
  'ENDORSED',
  'CRITICIZED',
  'URGED',
  'OWNS',
  'APPEARED_ON',
  'RAN_FOR',
  'MEMBER_OF',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const RELATIONSHIP_STATUSES = ['ACTIVE', 'STRAINED', 'ENDED'] as const;
export type RelationshipStatus = (typeof RELATIONSHIP_STATUSES)[number];

/** How a fact is known: stated by the source, or only implied by it (DESIGN.md: mark implied facts as such). */
export const ASSERTIONS = ['STATED', 'IMPLIED'] as const;
export type Assertion = (typeof ASSERTIONS)[number];

export interface EvidenceRecord {
  /** slug of a held document (one with `textFile`) */
  document: string;
  start: number;
  end: number;
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** A source outside the held documents, for a fact the article does not state (e.g. a public identifier). */
export interface CitedSource {
  url: string;
  title: string;
  accessed?: PartialDateString;
}

export interface SameAsRecord {
  uri: string;
  source: CitedSource;
}

export interface DocumentRecord {
  slug: string;
  title: string;
  url?: string;
  /** slug of the outlet that published it */
  outlet?: string;
  published?: PartialDateString;
  /** path of the document's text, relative to the dataset file; present only for held documents */
  textFile?: string;
  /** SHA-256 (hex) of the text file's bytes; required with textFile */
  sha256?: string;
  /** evidence (in a held document) that this cited work exists, e.g. "In an interview with the New Yorker" */
  evidence?: EvidenceRecord[];
}

export interface PersonRecord {
  slug: string;
  name: string;
  aliases?: string[];
  description?: string;
  sameAs?: SameAsRecord[];
  evidence: EvidenceRecord[];
}

export interface OutletRecord {
  slug: string;
  name: string;
  kind: OutletKind;
  aliases?: string[];
  url?: string;
  evidence: EvidenceRecord[];
}

export interface OrganizationRecord {
  slug: string;
  name: string;
  kind: OrganizationKind;
  aliases?: string[];
  evidence: EvidenceRecord[];
}

export interface EventRecord {
  slug: string;
  kind: EventKind;
  title: string;
  date?: PartialDateString;
  /** slugs of people, outlets or organizations */
  participants?: string[];
  /** slug of the outlet it happened on (the show, the network, the magazine) */
  outlet?: string;
  evidence: EvidenceRecord[];
}

export interface MentionRecord {
  /** slug of a person, outlet or organization */
  entity: string;
  stance: Stance;
}

export interface StatementRecord {
  slug: string;
  /** slug of a person or outlet */
  speaker: string;
  /** the words: verbatim for a direct quote, the source's wording for a paraphrase */
  quote: string;
  isDirectQuote: boolean;
  attributionConfidence: AttributionConfidence;
  saidOn?: PartialDateString;
  /** slug of the event where it was said */
  occasion?: string;
  mentions: MentionRecord[];
  /** slugs of claims this statement disputes */
  disputes?: string[];
  /** slugs of statements this one responds to */
  respondsTo?: string[];
  evidence: EvidenceRecord[];
}

export interface ClaimAppearanceRecord {
  /** slug of the statement it appears in; absent when it appears in a document's own voice */
  statement?: string;
  evidence: EvidenceRecord;
}

export interface ClaimRecord {
  slug: string;
  /** the checkable proposition, in neutral wording */
  text: string;
  /** slug of the person, outlet or organization that makes the claim */
  claimant: string;
  /** slugs of the entities the claim is about */
  about: string[];
  status: ClaimStatus;
  appearances: ClaimAppearanceRecord[];
}

export interface ReviewRecord {
  slug: string;
  claim: string;
  /** 1 (false) .. 5 (true) */
  ratingValue: number;
  ratingLabel: string;
  explanation: string;
  reviewer: string;
  reviewedAt: string;
  /** a review needs a cited source (DESIGN.md: claims start UNREVIEWED unless a review cites a source) */
  sources: CitedSource[];
}

export interface RelationshipStateRecord {
  status: RelationshipStatus;
  start?: PartialDateString;
  end?: PartialDateString;
  evidence: EvidenceRecord[];
}

export interface RelationshipRecord {
  slug: string;
  type: RelationshipType;
  from: string;
  to: string;
  assertion: Assertion;
  /** dated states, oldest first; the last one is the current status */
  states: RelationshipStateRecord[];
}

export interface Dataset {
  format: typeof DATASET_FORMAT;
  documents: DocumentRecord[];
  people: PersonRecord[];
  outlets: OutletRecord[];
  organizations: OrganizationRecord[];
  events: EventRecord[];
  statements: StatementRecord[];
  claims: ClaimRecord[];
  reviews?: ReviewRecord[];
  relationships: RelationshipRecord[];
}
