/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Whether the sources state a relationship or only imply it. */
export type Assertion =
  /** The source only implies it; treat with care. */
  | 'IMPLIED'
  /** The source states it. */
  | 'STATED';

/** How sure we are that the speaker said it. This is about attribution, not about truth. */
export type AttributionConfidence =
  /** The source prints the speaker's words in quotation marks. */
  | 'DIRECT_QUOTE_IN_SOURCE'
  /** The document's own words, in its own voice (voice DOCUMENT): nobody else's. */
  | 'NARRATED_BY_SOURCE'
  /** The source reports the gist in its own words. */
  | 'PARAPHRASED_BY_SOURCE'
  /** The source relays what a third party says was said. */
  | 'REPORTED_SECONDHAND';

/** How a fact is known. */
export type BasisKind =
  /** The held documents do not say it; cited sources or documents of the graph do. */
  | 'EXTERNAL'
  /** A reader concludes it from spans that do not say it outright; the spans and a one-line reason are given. */
  | 'INFERRED'
  /** The source says it: in the basis's own spans, or, when it has none, in its record's evidence. */
  | 'STATED';

/** A source a review relies on. */
export type CitedSourceInput = {
  /** When it was consulted, as a partial date. */
  accessed?: string | null | undefined;
  /** Its title. */
  title: string;
  /** Where it can be read (http or https). */
  url: string;
};

/** Filters for `Query.claims`; they combine with AND. */
export type ClaimFilter = {
  /** Only claims about this entity (global id, slug or alias). */
  about?: string | null | undefined;
  /** Only claims with this entity among their claimants, directly or as reported (global id, slug or alias). */
  claimant?: string | null | undefined;
  /** Also list retracted claims (hidden by default). */
  includeRetracted?: boolean | null | undefined;
  /** Only claims whose current rating (latest review) has this ordinal value (1-5). */
  rating?: number | null | undefined;
  /** Only claims with this status. */
  status?: ClaimStatus | null | undefined;
  /**
   * Only claims whose text contains every word of this one (split on white space), upper and lower case alike for
   * the letters A-Z at least. At most 500 characters; white space only is no filter.
   */
  text?: string | null | undefined;
  /** Only claims whose current review's verdict is this one: FALSE (rated 1-2), MIXED (3) or TRUE (4-5). */
  verdict?: Verdict | null | undefined;
};

/**
 * Orders of `Query.claims` for a fact-checker's worklist. Claims that tie are ordered by when they were recorded,
 * in the same direction as the order.
 */
export type ClaimOrder =
  /** Most seen first: by the number of places the claim appears (see `Claim.appearances`). */
  | 'APPEARANCES_DESC'
  /** Most disputed first: by the number of current statements disputing the claim. */
  | 'DISPUTES_DESC'
  /** Earliest first seen (see `Claim.firstSeen`) first; claims with no dated appearance last. */
  | 'FIRST_SEEN_ASC'
  /** Latest first seen first; claims with no dated appearance last. */
  | 'FIRST_SEEN_DESC'
  /** Least recently reviewed first; claims never reviewed last. */
  | 'LAST_REVIEWED_ASC'
  /** Most recently reviewed (see `Claim.lastReviewedAt`) first; claims never reviewed last. */
  | 'LAST_REVIEWED_DESC'
  /** By status, the contested first: DISPUTED, then UNDER_REVIEW, UNREVIEWED and REVIEWED. */
  | 'STATUS';

/** Where a fact-checker stands on a claim. */
export type ClaimStatus =
  /** Reviewed, and the reviews disagree. */
  | 'DISPUTED'
  /** Reviewed, and the reviews agree. */
  | 'REVIEWED'
  /** A review has been started. */
  | 'UNDER_REVIEW'
  /** No review yet. */
  | 'UNREVIEWED';

/** How precise a partial date is. */
export type DatePrecision =
  /** The full calendar date is known. */
  | 'DAY'
  /** Year and month are known. */
  | 'MONTH'
  /** Only the year is known (the article says "In 2018"). */
  | 'YEAR';

/** An article to draft: exactly one of `text` and `html` (at most 1,000,000 bytes), and what is known about it. */
export type DraftDocumentInput = {
  /** The article as a saved web page; its text is what Readability finds to be the article. */
  html?: string | null | undefined;
  /** The outlet that published it, matched by name or alias against the graph's outlets. */
  outletName?: string | null | undefined;
  /** When it was published, as a partial date (YYYY, YYYY-MM or YYYY-MM-DD); by default the page's date, if it states one. */
  published?: string | null | undefined;
  /** The article as plain text. */
  text?: string | null | undefined;
  /** The document's title; by default the page's title, else the text's first line. */
  title?: string | null | undefined;
  /** Where the article is published (http or https). */
  url?: string | null | undefined;
};

/** The kind of an entity. */
export type EntityType =
  /** Any other group, such as a political party. */
  | 'ORGANIZATION'
  /** A publisher or medium. */
  | 'OUTLET'
  /** A human being. */
  | 'PERSON';

/** The kind of an event. */
export type EventKind =
  /** A campaign, such as a run for office. */
  | 'CAMPAIGN'
  /** An election. */
  | 'ELECTION'
  /** An endorsement or declaration of support. */
  | 'ENDORSEMENT'
  /** An interview given to an outlet. */
  | 'INTERVIEW'
  /** Anything else. */
  | 'OTHER'
  /** An episode of a podcast or show. */
  | 'PODCAST_EPISODE'
  /** The publication of a document. */
  | 'PUBLICATION'
  /** A post, or an exchange of posts, on a social network. */
  | 'SOCIAL_MEDIA_POST';

/** The text of a held document of an imported dataset. */
export type HeldTextInput = {
  /** The document's slug in the dataset. */
  document: string;
  /** Its full text; its SHA-256 must match the dataset's. */
  text: string;
};

/** Two claims to link as the same claim. */
export type LinkSameClaimInput = {
  /** The claim: its global id. */
  claim: string | number;
  /** Why they are the same claim, in a line (optional). */
  reason?: string | null | undefined;
  /** The claim that is the same claim: its global id (not the same as `claim`). */
  sameAs: string | number;
};

/** The kinds of edge a path between two entities can take. */
export type PathEdgeKind =
  /** An event both took part in (the outlet an event happened on counts as taking part). */
  | 'EVENT'
  /** A document an outlet published that reports a statement by or about the other. */
  | 'PUBLICATION'
  /** A relationship between the two (friendship, support, ownership...). */
  | 'RELATIONSHIP'
  /** A statement by one that mentions the other. */
  | 'STATEMENT';

/** The state of a relationship during a period. */
export type RelationshipStatus =
  /** The relationship holds. */
  | 'ACTIVE'
  /** The relationship has ended. */
  | 'ENDED'
  /** The relationship holds but is strained. */
  | 'STRAINED';

/** The type of a relationship. */
export type RelationshipType =
  /** `from` appeared on the outlet `to`. */
  | 'APPEARED_ON'
  /** `from` criticized `to`. */
  | 'CRITICIZED'
  /** `from` publicly endorsed `to`. */
  | 'ENDORSED'
  /** A friendship. */
  | 'FRIENDSHIP'
  /** `from` is a member of `to`. */
  | 'MEMBER_OF'
  /** `from` owns `to`. */
  | 'OWNS'
  /** `from` ran for an office held or contested by `to`. */
  | 'RAN_FOR'
  /** `from` supported `to` (a candidate, a party, a person). */
  | 'SUPPORTED'
  /** `from` urged `to` to do something. */
  | 'URGED';

/** A review of a claim. */
export type ReviewClaimInput = {
  /** The claim: a global id or slug. */
  claim: string | number;
  /** Why. */
  explanation: string;
  /** The rating as text; defaults to False, Mostly false, Half true, Mostly true or True. */
  ratingLabel?: string | null | undefined;
  /** 1 (false) to 5 (true). */
  ratingValue: number;
  /** At least one source. */
  sources: Array<CitedSourceInput>;
};

/** A new version of a review. */
export type ReviseReviewInput = {
  /** Why. */
  explanation: string;
  /** The rating as text; defaults to False, Mostly false, Half true, Mostly true or True. */
  ratingLabel?: string | null | undefined;
  /** 1 (false) to 5 (true). */
  ratingValue: number;
  /** The current review to replace: its global id. */
  review: string | number;
  /** At least one source. */
  sources: Array<CitedSourceInput>;
};

/** The kinds of search result. */
export type SearchKind =
  /** Claims, by their text. */
  | 'CLAIM'
  /** Documents, by title and held text. */
  | 'DOCUMENT'
  /** Events, by title. */
  | 'EVENT'
  /** Organizations, by name and alias. */
  | 'ORGANIZATION'
  /** Outlets, by name and alias. */
  | 'OUTLET'
  /** People, by name and alias. */
  | 'PERSON'
  /** Statements, by their words. */
  | 'STATEMENT';

/** How similarClaims ranked its claims. */
export type SimilarClaimRanking =
  /** Words, names, phrases and numbers only: semantic ranking is off, or not every claim has its sentence vectors yet. */
  | 'LEXICAL'
  /** Those, and how close the claims' sentence embeddings (Universal Sentence Encoder) are to the text's. */
  | 'SEMANTIC';

/** How a mention in a statement treats the entity mentioned. */
export type Stance =
  /** Finds fault with the entity. */
  | 'CRITICIZES'
  /** Contests what the entity said or did. */
  | 'DISPUTES'
  /** Mentions the entity without taking a side. */
  | 'NEUTRAL'
  /** Speaks against the entity's position or candidacy. */
  | 'OPPOSES'
  /** Speaks in favour of the entity. */
  | 'SUPPORTS';

/**
 * What an item on a timeline is, for `timeline(kinds:)`. Each kind says which items of that kind an entity's timeline
 * has, and which date places them.
 */
export type TimelineItemKind =
  /**
   * Claims the entity makes, or is reported to make (see `Claim.claimantAttributions`), not retracted, dated by
   * `Claim.firstSeen`: the earliest date of the statements and documents the claim appears in, whoever was seen
   * making it there.
   */
  | 'CLAIM'
  /**
   * Current reviews of those claims, dated by the day (UTC) of `reviewedAt`. A review that was revised (superseded by
   * its new version) or withdrawn is retracted, and left out; the version that replaced it is current, and listed.
   */
  | 'CLAIM_REVIEW'
  /** Events the entity took part in or hosted, dated by the event's date. */
  | 'EVENT'
  /**
   * Each state of a relationship the entity is a party to (from or to, not retracted), dated by when the state began
   * (`RelationshipState.start`); a state whose start is unknown is undated.
   */
  | 'RELATIONSHIP_CHANGE'
  /** Statements the entity made or that mention it (not retracted), dated by when they were said. */
  | 'STATEMENT';

/** Two linked claims to unlink. */
export type UnlinkSameClaimInput = {
  /** The claim: its global id. */
  claim: string | number;
  /** Why they are not the same claim after all. */
  reason: string;
  /** The claim it is linked to as the same claim: its global id. */
  sameAs: string | number;
};

/** What a rating says about a claim. */
export type Verdict =
  /** Rated 1 or 2: the claim does not hold. */
  | 'FALSE'
  /** Rated 3: partly true. */
  | 'MIXED'
  /** Rated 4 or 5: the claim holds. */
  | 'TRUE';

/** Whose voice words are in. */
export type VoiceKind =
  /** The document's own narration, in its outlet's voice: nobody is quoted or paraphrased. */
  | 'DOCUMENT'
  /** A person, outlet or organization speaking, quoted or paraphrased by the document. */
  | 'SPEAKER';

/** Which review to withdraw, and why. */
export type WithdrawReviewInput = {
  /** Why it is withdrawn; kept as the retraction's reason. */
  reason: string;
  /** The current review to withdraw: its global id. */
  review: string | number;
};

type EntityRef_Organization_Fragment = { id: string, slug: string, name: string, entityType: EntityType };

type EntityRef_Outlet_Fragment = { id: string, slug: string, name: string, entityType: EntityType };

type EntityRef_Person_Fragment = { id: string, slug: string, name: string, entityType: EntityType };

export type EntityRefFragment =
  | EntityRef_Organization_Fragment
  | EntityRef_Outlet_Fragment
  | EntityRef_Person_Fragment
;

export type DatePartsFragment = { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string };

export type EvidenceSpanFragment = { start: number, end: number, exact: string, prefix: string, suffix: string, document: { id: string, slug: string, title: string } };

export type BasisFactsFragment = { kind: BasisKind, reason: string | null, sources: Array<{ url: string, title: string }>, documents: Array<{ id: string, title: string }> };

export type DatedFactPartsFragment = { knownBy: boolean, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string }, basis: { kind: BasisKind, reason: string | null, sources: Array<{ url: string, title: string }>, documents: Array<{ id: string, title: string }> } };

export type ReviewSummaryFragment = { id: string, ratingValue: number, ratingLabel: string, verdict: Verdict, reviewer: string, reviewedAt: string };

export type StatementSummaryFragment = { id: string, slug: string, quote: string, isDirectQuote: boolean, voice: { kind: VoiceKind }, speaker:
    | { id: string, slug: string, name: string, entityType: EntityType }
    | { id: string, slug: string, name: string, entityType: EntityType }
    | { id: string, slug: string, name: string, entityType: EntityType }
  , saidOn: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null, mentions: Array<{ stance: Stance, entity:
      | { id: string, slug: string, name: string, entityType: EntityType }
      | { id: string, slug: string, name: string, entityType: EntityType }
      | { id: string, slug: string, name: string, entityType: EntityType }
     }> };

export type ClaimsPageQueryVariables = Exact<{
  filter?: ClaimFilter | null | undefined;
  order?: ClaimOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ClaimsPageQuery = { claims: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, slug: string, text: string, status: ClaimStatus, lastReviewedAt: string | null, claimantAttributions: Array<{ claimant:
          | { id: string, slug: string, name: string, entityType: EntityType }
          | { id: string, slug: string, name: string, entityType: EntityType }
          | { id: string, slug: string, name: string, entityType: EntityType }
        , reportedBy:
          | { id: string, slug: string, name: string, entityType: EntityType }
          | { id: string, slug: string, name: string, entityType: EntityType }
          | { id: string, slug: string, name: string, entityType: EntityType }
         | null }>, about: Array<
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
      >, currentReview: { id: string, ratingValue: number, ratingLabel: string, verdict: Verdict, reviewer: string, reviewedAt: string } | null, appearances: { totalCount: number }, disputedBy: { totalCount: number }, firstSeen: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null }> } };

export type SummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type SummaryQuery = { factCheckSummary: { totalClaims: number, byStatus: Array<{ status: ClaimStatus, count: number }>, byRating: Array<{ ratingValue: number | null, ratingLabel: string | null, count: number }>, mostDisputed: Array<{ disputeCount: number, reviewCount: number, claim: { id: string, text: string } }> } };

export type EntitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type EntitiesQuery = { people: { nodes: Array<{ id: string, slug: string, name: string, entityType: EntityType }> }, outlets: { nodes: Array<{ id: string, slug: string, name: string, entityType: EntityType }> }, organizations: { nodes: Array<{ id: string, slug: string, name: string, entityType: EntityType }> } };

export type ClaimDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ClaimDetailQuery = { node:
    | { id: string, slug: string, text: string, status: ClaimStatus, completions: Array<{ text: string, reason: string }>, claimantAttributions: Array<{ claimant:
          | { id: string, slug: string, name: string, entityType: EntityType }
          | { id: string, slug: string, name: string, entityType: EntityType }
          | { id: string, slug: string, name: string, entityType: EntityType }
        , reportedBy:
          | { id: string, slug: string, name: string, entityType: EntityType }
          | { id: string, slug: string, name: string, entityType: EntityType }
          | { id: string, slug: string, name: string, entityType: EntityType }
         | null, evidence: Array<{ start: number, end: number, exact: string, prefix: string, suffix: string, document: { id: string, slug: string, title: string } }> }>, statusBasis: { kind: BasisKind, reason: string | null, evidence: Array<{ start: number, end: number, exact: string, prefix: string, suffix: string, document: { id: string, slug: string, title: string } }>, sources: Array<{ url: string, title: string }>, documents: Array<{ id: string, title: string }> }, about: Array<
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
      >, currentReview: { id: string, ratingValue: number, ratingLabel: string, verdict: Verdict, reviewer: string, reviewedAt: string } | null, retraction: { reason: string, retractedAt: string } | null, appearances: { totalCount: number, nodes: Array<{ statement: { id: string, isDirectQuote: boolean } | null, voice: { kind: VoiceKind, entity:
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
             | null }, evidence: { start: number, end: number, exact: string, prefix: string, suffix: string, document: { id: string, slug: string, title: string } } }> }, disputedBy: { totalCount: number, nodes: Array<{ id: string, slug: string, quote: string, isDirectQuote: boolean, evidence: Array<{ start: number, end: number, exact: string, prefix: string, suffix: string, document: { id: string, slug: string, title: string } }>, voice: { kind: VoiceKind }, speaker:
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
          , saidOn: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null, mentions: Array<{ stance: Stance, entity:
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
             }> }> }, factChecks: Array<{ id: string, url: string | null, headline: string | null, textualRating: string | null, ratingValue: number | null, verdict: Verdict | null, publisher:
          | { id: string, slug: string, name: string, entityType: EntityType }
          | { id: string, slug: string, name: string, entityType: EntityType }
          | { id: string, slug: string, name: string, entityType: EntityType }
        , reviewedOn: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null }>, sameClaims: Array<{ id: string, text: string, status: ClaimStatus }>, reviews: { totalCount: number, nodes: Array<{ explanation: string, id: string, ratingValue: number, ratingLabel: string, verdict: Verdict, reviewer: string, reviewedAt: string, sources: Array<{ url: string, title: string, accessed: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null }>, retraction: { reason: string } | null }> } }
    | Record<PropertyKey, never>
   | null };

export type StatementDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type StatementDetailQuery = { node:
    | { attributionConfidence: AttributionConfidence, id: string, slug: string, quote: string, isDirectQuote: boolean, voice: { kind: VoiceKind, document: { id: string, title: string } | null }, completions: Array<{ text: string, reason: string }>, saidOnFact: { knownBy: boolean, basis: { kind: BasisKind, reason: string | null, evidence: Array<{ start: number, end: number, exact: string, prefix: string, suffix: string, document: { id: string, slug: string, title: string } }>, sources: Array<{ url: string, title: string }>, documents: Array<{ id: string, title: string }> }, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } } | null, occasion: { id: string, title: string, kind: EventKind, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null } | null, evidence: Array<{ start: number, end: number, exact: string, prefix: string, suffix: string, document: { id: string, slug: string, title: string } }>, reportedIn: Array<{ id: string, title: string }>, disputes: Array<{ id: string, text: string, status: ClaimStatus }>, claims: { nodes: Array<{ id: string, text: string, status: ClaimStatus }> }, respondsTo: Array<{ id: string, slug: string, quote: string, isDirectQuote: boolean, voice: { kind: VoiceKind }, speaker:
          | { id: string, slug: string, name: string, entityType: EntityType }
          | { id: string, slug: string, name: string, entityType: EntityType }
          | { id: string, slug: string, name: string, entityType: EntityType }
        , saidOn: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null, mentions: Array<{ stance: Stance, entity:
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
           }> }>, retraction: { reason: string } | null, speaker:
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
      , saidOn: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null, mentions: Array<{ stance: Stance, entity:
          | { id: string, slug: string, name: string, entityType: EntityType }
          | { id: string, slug: string, name: string, entityType: EntityType }
          | { id: string, slug: string, name: string, entityType: EntityType }
         }> }
    | Record<PropertyKey, never>
   | null };

export type DocumentTextsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type DocumentTextsQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { text: string | null, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type DocumentDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type DocumentDetailQuery = { node:
    | { id: string, slug: string, title: string, headline: string | null, url: string | null, isHeld: boolean, text: string | null, sha256: string | null, outlet: { id: string, slug: string, name: string, entityType: EntityType } | null, outletBasis: { kind: BasisKind, reason: string | null, sources: Array<{ url: string, title: string }>, documents: Array<{ id: string, title: string }> } | null, published: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null, unknownFacts: Array<{ field: string, reason: string }> }
    | Record<PropertyKey, never>
   | null };

export type EventDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type EventDetailQuery = { node:
    | { id: string, title: string, kind: EventKind, dateFact: { knownBy: boolean, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string }, basis: { kind: BasisKind, reason: string | null, sources: Array<{ url: string, title: string }>, documents: Array<{ id: string, title: string }> } } | null, outlet: { id: string, slug: string, name: string, entityType: EntityType } | null, participants: Array<
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
      >, evidence: Array<{ start: number, end: number, exact: string, prefix: string, suffix: string, document: { url: string | null, id: string, slug: string, title: string, published: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null } }>, statements: { nodes: Array<{ id: string, slug: string, quote: string, isDirectQuote: boolean, voice: { kind: VoiceKind }, speaker:
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
          , saidOn: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null, mentions: Array<{ stance: Stance, entity:
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
             }> }> } }
    | Record<PropertyKey, never>
   | null };

export type GraphQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphQuery = { relationships: { totalCount: number, nodes: Array<{ id: string, slug: string, type: RelationshipType, status: RelationshipStatus, assertion: Assertion, from:
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
      , to:
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
      , states: Array<{ status: RelationshipStatus, basis: { kind: BasisKind, reason: string | null, sources: Array<{ url: string, title: string }>, documents: Array<{ id: string, title: string }> }, startFact: { knownBy: boolean, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string }, basis: { kind: BasisKind, reason: string | null, sources: Array<{ url: string, title: string }>, documents: Array<{ id: string, title: string }> } } | null, endFact: { knownBy: boolean, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string }, basis: { kind: BasisKind, reason: string | null, sources: Array<{ url: string, title: string }>, documents: Array<{ id: string, title: string }> } } | null, evidence: Array<{ start: number, end: number, exact: string, prefix: string, suffix: string, document: { id: string, slug: string, title: string } }> }> }> } };

export type EntityPanelQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityPanelQuery = { node:
    | { aliases: Array<string>, id: string, slug: string, name: string, entityType: EntityType, statements: { totalCount: number, nodes: Array<{ id: string, slug: string, quote: string, isDirectQuote: boolean, voice: { kind: VoiceKind }, speaker:
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
          , saidOn: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null, mentions: Array<{ stance: Stance, entity:
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
             }> }> }, statementsAbout: { totalCount: number, nodes: Array<{ id: string, slug: string, quote: string, isDirectQuote: boolean, voice: { kind: VoiceKind }, speaker:
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
          , saidOn: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null, mentions: Array<{ stance: Stance, entity:
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
             }> }> } }
    | { aliases: Array<string>, id: string, slug: string, name: string, entityType: EntityType, statements: { totalCount: number, nodes: Array<{ id: string, slug: string, quote: string, isDirectQuote: boolean, voice: { kind: VoiceKind }, speaker:
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
          , saidOn: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null, mentions: Array<{ stance: Stance, entity:
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
             }> }> }, statementsAbout: { totalCount: number, nodes: Array<{ id: string, slug: string, quote: string, isDirectQuote: boolean, voice: { kind: VoiceKind }, speaker:
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
          , saidOn: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null, mentions: Array<{ stance: Stance, entity:
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
             }> }> } }
    | { aliases: Array<string>, description: string | null, id: string, slug: string, name: string, entityType: EntityType, statements: { totalCount: number, nodes: Array<{ id: string, slug: string, quote: string, isDirectQuote: boolean, voice: { kind: VoiceKind }, speaker:
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
          , saidOn: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null, mentions: Array<{ stance: Stance, entity:
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
             }> }> }, statementsAbout: { totalCount: number, nodes: Array<{ id: string, slug: string, quote: string, isDirectQuote: boolean, voice: { kind: VoiceKind }, speaker:
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
          , saidOn: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null, mentions: Array<{ stance: Stance, entity:
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
             }> }> } }
    | Record<PropertyKey, never>
   | null };

export type PathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type PathsQuery = { paths: Array<{ length: number, entities: Array<
      | { id: string, slug: string, name: string, entityType: EntityType }
      | { id: string, slug: string, name: string, entityType: EntityType }
      | { id: string, slug: string, name: string, entityType: EntityType }
    >, hops: Array<{ kind: PathEdgeKind, forward: boolean, description: string, from:
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
      , to:
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
      , statement: { id: string } | null, relationship: { id: string, type: RelationshipType, states: Array<{ status: RelationshipStatus, basis: { kind: BasisKind, reason: string | null, sources: Array<{ url: string, title: string }>, documents: Array<{ id: string, title: string }> }, startFact: { knownBy: boolean, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string }, basis: { kind: BasisKind, reason: string | null, sources: Array<{ url: string, title: string }>, documents: Array<{ id: string, title: string }> } } | null, endFact: { knownBy: boolean, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string }, basis: { kind: BasisKind, reason: string | null, sources: Array<{ url: string, title: string }>, documents: Array<{ id: string, title: string }> } } | null, evidence: Array<{ start: number, end: number, exact: string, prefix: string, suffix: string, document: { id: string, slug: string, title: string } }> }> } | null, event: { id: string, title: string } | null, evidence: Array<{ start: number, end: number, exact: string, prefix: string, suffix: string, document: { id: string, slug: string, title: string } }> }> }> };

export type TimelineQueryVariables = Exact<{
  entity: string | number;
  after?: string | null | undefined;
  kinds?: Array<TimelineItemKind> | TimelineItemKind | null | undefined;
}>;


export type TimelineQuery = { timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null, node:
        | { __typename: 'Claim', id: string, text: string, status: ClaimStatus, claimantAttributions: Array<{ claimant:
              | { id: string }
              | { id: string }
              | { id: string }
            , reportedBy:
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
             | null }> }
        | { __typename: 'ClaimReview', id: string, ratingValue: number, ratingLabel: string, verdict: Verdict, reviewer: string, reviewedAt: string, claim: { id: string, text: string } }
        | { __typename: 'Event', id: string, title: string, kind: EventKind, outlet: { name: string } | null, dateFact: { knownBy: boolean } | null }
        | { __typename: 'RelationshipChange', previousStatus: RelationshipStatus | null, relationship: { id: string, type: RelationshipType, from:
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
            , to:
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
             }, state: { status: RelationshipStatus, startFact: { knownBy: boolean } | null } }
        | { __typename: 'Statement', id: string, slug: string, quote: string, isDirectQuote: boolean, saidOnFact: { knownBy: boolean } | null, voice: { kind: VoiceKind }, speaker:
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
          , saidOn: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null, mentions: Array<{ stance: Stance, entity:
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
             }> }
       }> } };

export type MostActiveSpeakersQueryVariables = Exact<{ [key: string]: never; }>;


export type MostActiveSpeakersQuery = { factCheckSummary: { statementsPerSpeaker: Array<{ count: number, speaker:
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
       }> } };

export type SearchQueryVariables = Exact<{
  query: string;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ kind: SearchKind, score: number, snippet: string, highlights: Array<{ start: number, end: number }>, node:
        | { __typename: 'Claim', id: string, text: string, claimant:
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
           | null }
        | { __typename: 'Document', id: string, title: string }
        | { __typename: 'Event', id: string, title: string }
        | { __typename: 'Organization', id: string, slug: string, name: string, entityType: EntityType }
        | { __typename: 'Outlet', id: string, slug: string, name: string, entityType: EntityType }
        | { __typename: 'Person', id: string, slug: string, name: string, entityType: EntityType }
        | { __typename: 'Statement', id: string, quote: string, isDirectQuote: boolean, speaker:
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
           }
       }> } };

export type ReviewClaimMutationVariables = Exact<{
  input: ReviewClaimInput;
}>;


export type ReviewClaimMutation = { reviewClaim: { review: { id: string, slug: string, ratingValue: number, ratingLabel: string }, claim: { id: string, slug: string, status: ClaimStatus } } };

export type StartClaimReviewMutationVariables = Exact<{
  claim: string | number;
}>;


export type StartClaimReviewMutation = { startClaimReview: { claim: { id: string, status: ClaimStatus } } };

export type LinkSameClaimMutationVariables = Exact<{
  input: LinkSameClaimInput;
}>;


export type LinkSameClaimMutation = { linkSameClaim: { changed: boolean, sameAs: { id: string, text: string } } };

export type UnlinkSameClaimMutationVariables = Exact<{
  input: UnlinkSameClaimInput;
}>;


export type UnlinkSameClaimMutation = { unlinkSameClaim: { changed: boolean, sameAs: { id: string, text: string } } };

export type ClaimReviewedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ClaimReviewedSubscription = { claimReviewed: { review: { id: string, ratingValue: number, ratingLabel: string, reviewer: string }, claim: { id: string, text: string, status: ClaimStatus } } };

export type StatementAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type StatementAddedSubscription = { statementAdded: { statement: { id: string, quote: string, isDirectQuote: boolean, speaker:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , mentions: Array<{ entity:
          | { id: string }
          | { id: string }
          | { id: string }
         }> } } };

export type DraftDocumentMutationVariables = Exact<{
  input: DraftDocumentInput;
}>;


export type DraftDocumentMutation = { draftDocument: { title: string, documentSlug: string, byline: string | null, text: string, dataset: unknown, notes: Array<string>, attributions: Array<{ speaker: string | null, direct: boolean, confidence: number, statementSlug: string | null, content: { start: number, end: number, exact: string }, cue: { start: number, end: number, exact: string } | null, source: { start: number, end: number, exact: string } | null, speakerEntity:
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
       | null }>, proposedEntities: Array<{ slug: string, name: string, type: EntityType }>, texts: Array<{ document: string, text: string }> } };

export type ImportArticleMutationVariables = Exact<{
  dataset: unknown;
  texts: Array<HeldTextInput> | HeldTextInput;
}>;


export type ImportArticleMutation = { importArticle: { counts: Array<{ kind: string, count: number }>, merged: Array<{ importedSlug: string, entity:
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
       }> } };

export type SpeakerSearchQueryVariables = Exact<{
  query: string;
}>;


export type SpeakerSearchQuery = { search: { nodes: Array<{ node:
        | { __typename: 'Claim' }
        | { __typename: 'Document' }
        | { __typename: 'Event' }
        | { __typename: 'Organization', id: string, slug: string, name: string, entityType: EntityType }
        | { __typename: 'Outlet', id: string, slug: string, name: string, entityType: EntityType }
        | { __typename: 'Person', id: string, slug: string, name: string, entityType: EntityType }
        | { __typename: 'Statement' }
       }> } };

export type ImportedStatementQueryVariables = Exact<{
  speaker: string;
  text: string;
}>;


export type ImportedStatementQuery = { statements: { nodes: Array<{ id: string, slug: string, reportedIn: Array<{ id: string, slug: string }> }> } };

export type ImportedDocumentQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportedDocumentQuery = { node:
    | { id: string, slug: string, title: string, statementsReported: { totalCount: number, nodes: Array<{ id: string, slug: string, quote: string, isDirectQuote: boolean, speaker:
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
           }> } }
    | Record<PropertyKey, never>
   | null };

export type PublishedFactCheckSummaryFragment = { id: string, url: string | null, headline: string | null, textualRating: string | null, ratingValue: number | null, verdict: Verdict | null, publisher:
    | { id: string, slug: string, name: string, entityType: EntityType }
    | { id: string, slug: string, name: string, entityType: EntityType }
    | { id: string, slug: string, name: string, entityType: EntityType }
  , reviewedOn: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null };

export type SimilarClaimsQueryVariables = Exact<{
  text: string;
}>;


export type SimilarClaimsQuery = { similarClaims: { totalCount: number, ranking: SimilarClaimRanking, nodes: Array<{ score: number, matchedTerms: Array<string>, claim: { id: string, text: string, status: ClaimStatus, claimants: Array<
          | { id: string, slug: string, name: string, entityType: EntityType }
          | { id: string, slug: string, name: string, entityType: EntityType }
          | { id: string, slug: string, name: string, entityType: EntityType }
        >, currentReview: { id: string, ratingValue: number, ratingLabel: string, verdict: Verdict, reviewer: string, reviewedAt: string } | null, factChecks: Array<{ id: string, url: string | null, headline: string | null, textualRating: string | null, ratingValue: number | null, verdict: Verdict | null, publisher:
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
          , reviewedOn: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null }> } }> } };

export type DocumentRowFragment = { id: string, slug: string, title: string, url: string | null, isHeld: boolean, outlet: { id: string, slug: string, name: string, entityType: EntityType } | null, published: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null };

export type DocumentsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type DocumentsPageQuery = { documents: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, slug: string, title: string, url: string | null, isHeld: boolean, outlet: { id: string, slug: string, name: string, entityType: EntityType } | null, published: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null }> } };

export type EventsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type EventsPageQuery = { events: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, slug: string, title: string, kind: EventKind, outlet: { id: string, slug: string, name: string, entityType: EntityType } | null, dateFact: { knownBy: boolean, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } } | null, evidence: Array<{ document: { id: string, title: string, url: string | null } }> }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { name: string, displayName: string, role: string } | null };

export type ReviseReviewMutationVariables = Exact<{
  input: ReviseReviewInput;
}>;


export type ReviseReviewMutation = { reviseReview: { review: { id: string, slug: string, ratingValue: number, ratingLabel: string }, claim: { id: string, slug: string, status: ClaimStatus } } };

export type WithdrawReviewMutationVariables = Exact<{
  input: WithdrawReviewInput;
}>;


export type WithdrawReviewMutation = { withdrawReview: { review: { id: string }, claim: { id: string, status: ClaimStatus } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EvidenceSpanFragmentDoc = new TypedDocumentString(`
    fragment EvidenceSpan on Evidence {
  start
  end
  exact
  prefix
  suffix
  document {
    id
    slug
    title
  }
}
    `, {"fragmentName":"EvidenceSpan"}) as unknown as TypedDocumentString<EvidenceSpanFragment, unknown>;
export const DatePartsFragmentDoc = new TypedDocumentString(`
    fragment DateParts on PartialDate {
  year
  month
  day
  precision
  iso
}
    `, {"fragmentName":"DateParts"}) as unknown as TypedDocumentString<DatePartsFragment, unknown>;
export const BasisFactsFragmentDoc = new TypedDocumentString(`
    fragment BasisFacts on Basis {
  kind
  reason
  sources {
    url
    title
  }
  documents {
    id
    title
  }
}
    `, {"fragmentName":"BasisFacts"}) as unknown as TypedDocumentString<BasisFactsFragment, unknown>;
export const DatedFactPartsFragmentDoc = new TypedDocumentString(`
    fragment DatedFactParts on DatedFact {
  date {
    ...DateParts
  }
  knownBy
  basis {
    ...BasisFacts
  }
}
    fragment DateParts on PartialDate {
  year
  month
  day
  precision
  iso
}
fragment BasisFacts on Basis {
  kind
  reason
  sources {
    url
    title
  }
  documents {
    id
    title
  }
}`, {"fragmentName":"DatedFactParts"}) as unknown as TypedDocumentString<DatedFactPartsFragment, unknown>;
export const ReviewSummaryFragmentDoc = new TypedDocumentString(`
    fragment ReviewSummary on ClaimReview {
  id
  ratingValue
  ratingLabel
  verdict
  reviewer
  reviewedAt
}
    `, {"fragmentName":"ReviewSummary"}) as unknown as TypedDocumentString<ReviewSummaryFragment, unknown>;
export const EntityRefFragmentDoc = new TypedDocumentString(`
    fragment EntityRef on Entity {
  id
  slug
  name
  entityType
}
    `, {"fragmentName":"EntityRef"}) as unknown as TypedDocumentString<EntityRefFragment, unknown>;
export const StatementSummaryFragmentDoc = new TypedDocumentString(`
    fragment StatementSummary on Statement {
  id
  slug
  quote
  isDirectQuote
  voice {
    kind
  }
  speaker {
    ...EntityRef
  }
  saidOn {
    ...DateParts
  }
  mentions {
    stance
    entity {
      ...EntityRef
    }
  }
}
    fragment EntityRef on Entity {
  id
  slug
  name
  entityType
}
fragment DateParts on PartialDate {
  year
  month
  day
  precision
  iso
}`, {"fragmentName":"StatementSummary"}) as unknown as TypedDocumentString<StatementSummaryFragment, unknown>;
export const PublishedFactCheckSummaryFragmentDoc = new TypedDocumentString(`
    fragment PublishedFactCheckSummary on PublishedFactCheck {
  id
  url
  headline
  textualRating
  ratingValue
  verdict
  publisher {
    ...EntityRef
  }
  reviewedOn {
    ...DateParts
  }
}
    fragment EntityRef on Entity {
  id
  slug
  name
  entityType
}
fragment DateParts on PartialDate {
  year
  month
  day
  precision
  iso
}`, {"fragmentName":"PublishedFactCheckSummary"}) as unknown as TypedDocumentString<PublishedFactCheckSummaryFragment, unknown>;
export const DocumentRowFragmentDoc = new TypedDocumentString(`
    fragment DocumentRow on Document {
  id
  slug
  title
  url
  isHeld
  outlet {
    ...EntityRef
  }
  published {
    ...DateParts
  }
}
    fragment EntityRef on Entity {
  id
  slug
  name
  entityType
}
fragment DateParts on PartialDate {
  year
  month
  day
  precision
  iso
}`, {"fragmentName":"DocumentRow"}) as unknown as TypedDocumentString<DocumentRowFragment, unknown>;
export const ClaimsPageDocument = new TypedDocumentString(`
    query ClaimsPage($filter: ClaimFilter, $order: ClaimOrder, $first: Int, $after: String, $last: Int, $before: String) {
  claims(
    filter: $filter
    order: $order
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      id
      slug
      text
      status
      claimantAttributions {
        claimant {
          ...EntityRef
        }
        reportedBy {
          ...EntityRef
        }
      }
      about {
        ...EntityRef
      }
      currentReview {
        ...ReviewSummary
      }
      appearances(first: 1) {
        totalCount
      }
      disputedBy(first: 1) {
        totalCount
      }
      firstSeen {
        ...DateParts
      }
      lastReviewedAt
    }
  }
}
    fragment EntityRef on Entity {
  id
  slug
  name
  entityType
}
fragment DateParts on PartialDate {
  year
  month
  day
  precision
  iso
}
fragment ReviewSummary on ClaimReview {
  id
  ratingValue
  ratingLabel
  verdict
  reviewer
  reviewedAt
}`) as unknown as TypedDocumentString<ClaimsPageQuery, ClaimsPageQueryVariables>;
export const SummaryDocument = new TypedDocumentString(`
    query Summary {
  factCheckSummary {
    totalClaims
    byStatus {
      status
      count
    }
    byRating {
      ratingValue
      ratingLabel
      count
    }
    mostDisputed(first: 3) {
      claim {
        id
        text
      }
      disputeCount
      reviewCount
    }
  }
}
    `) as unknown as TypedDocumentString<SummaryQuery, SummaryQueryVariables>;
export const EntitiesDocument = new TypedDocumentString(`
    query Entities {
  people(first: 100) {
    nodes {
      ...EntityRef
    }
  }
  outlets(first: 100) {
    nodes {
      ...EntityRef
    }
  }
  organizations(first: 100) {
    nodes {
      ...EntityRef
    }
  }
}
    fragment EntityRef on Entity {
  id
  slug
  name
  entityType
}`) as unknown as TypedDocumentString<EntitiesQuery, EntitiesQueryVariables>;
export const ClaimDetailDocument = new TypedDocumentString(`
    query ClaimDetail($id: ID!) {
  node(id: $id) {
    ... on Claim {
      id
      slug
      text
      status
      completions {
        text
        reason
      }
      claimantAttributions {
        claimant {
          ...EntityRef
        }
        reportedBy {
          ...EntityRef
        }
        evidence {
          ...EvidenceSpan
        }
      }
      statusBasis {
        ...BasisFacts
        evidence {
          ...EvidenceSpan
        }
      }
      about {
        ...EntityRef
      }
      currentReview {
        ...ReviewSummary
      }
      retraction {
        reason
        retractedAt
      }
      appearances(first: 50) {
        totalCount
        nodes {
          statement {
            id
            isDirectQuote
          }
          voice {
            kind
            entity {
              ...EntityRef
            }
          }
          evidence {
            ...EvidenceSpan
          }
        }
      }
      disputedBy(first: 20) {
        totalCount
        nodes {
          ...StatementSummary
          evidence {
            ...EvidenceSpan
          }
        }
      }
      factChecks {
        ...PublishedFactCheckSummary
      }
      sameClaims {
        id
        text
        status
      }
      reviews(first: 50) {
        totalCount
        nodes {
          ...ReviewSummary
          explanation
          sources {
            url
            title
            accessed {
              ...DateParts
            }
          }
          retraction {
            reason
          }
        }
      }
    }
  }
}
    fragment EntityRef on Entity {
  id
  slug
  name
  entityType
}
fragment DateParts on PartialDate {
  year
  month
  day
  precision
  iso
}
fragment EvidenceSpan on Evidence {
  start
  end
  exact
  prefix
  suffix
  document {
    id
    slug
    title
  }
}
fragment BasisFacts on Basis {
  kind
  reason
  sources {
    url
    title
  }
  documents {
    id
    title
  }
}
fragment ReviewSummary on ClaimReview {
  id
  ratingValue
  ratingLabel
  verdict
  reviewer
  reviewedAt
}
fragment StatementSummary on Statement {
  id
  slug
  quote
  isDirectQuote
  voice {
    kind
  }
  speaker {
    ...EntityRef
  }
  saidOn {
    ...DateParts
  }
  mentions {
    stance
    entity {
      ...EntityRef
    }
  }
}
fragment PublishedFactCheckSummary on PublishedFactCheck {
  id
  url
  headline
  textualRating
  ratingValue
  verdict
  publisher {
    ...EntityRef
  }
  reviewedOn {
    ...DateParts
  }
}`) as unknown as TypedDocumentString<ClaimDetailQuery, ClaimDetailQueryVariables>;
export const StatementDetailDocument = new TypedDocumentString(`
    query StatementDetail($id: ID!) {
  node(id: $id) {
    ... on Statement {
      ...StatementSummary
      attributionConfidence
      voice {
        document {
          id
          title
        }
      }
      completions {
        text
        reason
      }
      saidOnFact {
        ...DatedFactParts
        basis {
          evidence {
            ...EvidenceSpan
          }
        }
      }
      occasion {
        id
        title
        kind
        date {
          ...DateParts
        }
      }
      evidence {
        ...EvidenceSpan
      }
      reportedIn {
        id
        title
      }
      disputes {
        id
        text
        status
      }
      claims(first: 20) {
        nodes {
          id
          text
          status
        }
      }
      respondsTo {
        ...StatementSummary
      }
      retraction {
        reason
      }
    }
  }
}
    fragment EntityRef on Entity {
  id
  slug
  name
  entityType
}
fragment DateParts on PartialDate {
  year
  month
  day
  precision
  iso
}
fragment EvidenceSpan on Evidence {
  start
  end
  exact
  prefix
  suffix
  document {
    id
    slug
    title
  }
}
fragment BasisFacts on Basis {
  kind
  reason
  sources {
    url
    title
  }
  documents {
    id
    title
  }
}
fragment DatedFactParts on DatedFact {
  date {
    ...DateParts
  }
  knownBy
  basis {
    ...BasisFacts
  }
}
fragment StatementSummary on Statement {
  id
  slug
  quote
  isDirectQuote
  voice {
    kind
  }
  speaker {
    ...EntityRef
  }
  saidOn {
    ...DateParts
  }
  mentions {
    stance
    entity {
      ...EntityRef
    }
  }
}`) as unknown as TypedDocumentString<StatementDetailQuery, StatementDetailQueryVariables>;
export const DocumentTextsDocument = new TypedDocumentString(`
    query DocumentTexts($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on Document {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentTextsQuery, DocumentTextsQueryVariables>;
export const DocumentDetailDocument = new TypedDocumentString(`
    query DocumentDetail($id: ID!) {
  node(id: $id) {
    ... on Document {
      id
      slug
      title
      headline
      url
      isHeld
      text
      sha256
      outlet {
        ...EntityRef
      }
      outletBasis {
        ...BasisFacts
      }
      published {
        ...DateParts
      }
      unknownFacts {
        field
        reason
      }
    }
  }
}
    fragment EntityRef on Entity {
  id
  slug
  name
  entityType
}
fragment DateParts on PartialDate {
  year
  month
  day
  precision
  iso
}
fragment BasisFacts on Basis {
  kind
  reason
  sources {
    url
    title
  }
  documents {
    id
    title
  }
}`) as unknown as TypedDocumentString<DocumentDetailQuery, DocumentDetailQueryVariables>;
export const EventDetailDocument = new TypedDocumentString(`
    query EventDetail($id: ID!) {
  node(id: $id) {
    ... on Event {
      id
      title
      kind
      dateFact {
        ...DatedFactParts
      }
      outlet {
        ...EntityRef
      }
      participants {
        ...EntityRef
      }
      evidence {
        ...EvidenceSpan
        document {
          url
          published {
            ...DateParts
          }
        }
      }
      statements(first: 20) {
        nodes {
          ...StatementSummary
        }
      }
    }
  }
}
    fragment EntityRef on Entity {
  id
  slug
  name
  entityType
}
fragment DateParts on PartialDate {
  year
  month
  day
  precision
  iso
}
fragment EvidenceSpan on Evidence {
  start
  end
  exact
  prefix
  suffix
  document {
    id
    slug
    title
  }
}
fragment BasisFacts on Basis {
  kind
  reason
  sources {
    url
    title
  }
  documents {
    id
    title
  }
}
fragment DatedFactParts on DatedFact {
  date {
    ...DateParts
  }
  knownBy
  basis {
    ...BasisFacts
  }
}
fragment StatementSummary on Statement {
  id
  slug
  quote
  isDirectQuote
  voice {
    kind
  }
  speaker {
    ...EntityRef
  }
  saidOn {
    ...DateParts
  }
  mentions {
    stance
    entity {
      ...EntityRef
    }
  }
}`) as unknown as TypedDocumentString<EventDetailQuery, EventDetailQueryVariables>;
export const GraphDocument = new TypedDocumentString(`
    query Graph {
  relationships(first: 100) {
    totalCount
    nodes {
      id
      slug
      type
      status
      assertion
      from {
        ...EntityRef
      }
      to {
        ...EntityRef
      }
      states {
        status
        basis {
          ...BasisFacts
        }
        startFact {
          ...DatedFactParts
        }
        endFact {
          ...DatedFactParts
        }
        evidence {
          ...EvidenceSpan
        }
      }
    }
  }
}
    fragment EntityRef on Entity {
  id
  slug
  name
  entityType
}
fragment DateParts on PartialDate {
  year
  month
  day
  precision
  iso
}
fragment EvidenceSpan on Evidence {
  start
  end
  exact
  prefix
  suffix
  document {
    id
    slug
    title
  }
}
fragment BasisFacts on Basis {
  kind
  reason
  sources {
    url
    title
  }
  documents {
    id
    title
  }
}
fragment DatedFactParts on DatedFact {
  date {
    ...DateParts
  }
  knownBy
  basis {
    ...BasisFacts
  }
}`) as unknown as TypedDocumentString<GraphQuery, GraphQueryVariables>;
export const EntityPanelDocument = new TypedDocumentString(`
    query EntityPanel($id: ID!) {
  node(id: $id) {
    ... on Entity {
      ...EntityRef
      aliases
      statements(first: 20) {
        totalCount
        nodes {
          ...StatementSummary
        }
      }
      statementsAbout(first: 20) {
        totalCount
        nodes {
          ...StatementSummary
        }
      }
    }
    ... on Person {
      description
    }
  }
}
    fragment EntityRef on Entity {
  id
  slug
  name
  entityType
}
fragment DateParts on PartialDate {
  year
  month
  day
  precision
  iso
}
fragment StatementSummary on Statement {
  id
  slug
  quote
  isDirectQuote
  voice {
    kind
  }
  speaker {
    ...EntityRef
  }
  saidOn {
    ...DateParts
  }
  mentions {
    stance
    entity {
      ...EntityRef
    }
  }
}`) as unknown as TypedDocumentString<EntityPanelQuery, EntityPanelQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 4, first: 3) {
    length
    entities {
      ...EntityRef
    }
    hops {
      kind
      forward
      description
      from {
        ...EntityRef
      }
      to {
        ...EntityRef
      }
      statement {
        id
      }
      relationship {
        id
        type
        states {
          status
          basis {
            ...BasisFacts
          }
          startFact {
            ...DatedFactParts
          }
          endFact {
            ...DatedFactParts
          }
          evidence {
            ...EvidenceSpan
          }
        }
      }
      event {
        id
        title
      }
      evidence {
        ...EvidenceSpan
      }
    }
  }
}
    fragment EntityRef on Entity {
  id
  slug
  name
  entityType
}
fragment DateParts on PartialDate {
  year
  month
  day
  precision
  iso
}
fragment EvidenceSpan on Evidence {
  start
  end
  exact
  prefix
  suffix
  document {
    id
    slug
    title
  }
}
fragment BasisFacts on Basis {
  kind
  reason
  sources {
    url
    title
  }
  documents {
    id
    title
  }
}
fragment DatedFactParts on DatedFact {
  date {
    ...DateParts
  }
  knownBy
  basis {
    ...BasisFacts
  }
}`) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const TimelineDocument = new TypedDocumentString(`
    query Timeline($entity: ID!, $after: String, $kinds: [TimelineItemKind!]) {
  timeline(entity: $entity, first: 50, after: $after, kinds: $kinds) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      date {
        ...DateParts
      }
      node {
        __typename
        ... on Event {
          id
          title
          kind
          outlet {
            name
          }
          dateFact {
            knownBy
          }
        }
        ... on Statement {
          ...StatementSummary
          saidOnFact {
            knownBy
          }
        }
        ... on Claim {
          id
          text
          status
          claimantAttributions {
            claimant {
              id
            }
            reportedBy {
              ...EntityRef
            }
          }
        }
        ... on ClaimReview {
          ...ReviewSummary
          claim {
            id
            text
          }
        }
        ... on RelationshipChange {
          relationship {
            id
            type
            from {
              ...EntityRef
            }
            to {
              ...EntityRef
            }
          }
          state {
            status
            startFact {
              knownBy
            }
          }
          previousStatus
        }
      }
    }
  }
}
    fragment EntityRef on Entity {
  id
  slug
  name
  entityType
}
fragment DateParts on PartialDate {
  year
  month
  day
  precision
  iso
}
fragment ReviewSummary on ClaimReview {
  id
  ratingValue
  ratingLabel
  verdict
  reviewer
  reviewedAt
}
fragment StatementSummary on Statement {
  id
  slug
  quote
  isDirectQuote
  voice {
    kind
  }
  speaker {
    ...EntityRef
  }
  saidOn {
    ...DateParts
  }
  mentions {
    stance
    entity {
      ...EntityRef
    }
  }
}`) as unknown as TypedDocumentString<TimelineQuery, TimelineQueryVariables>;
export const MostActiveSpeakersDocument = new TypedDocumentString(`
    query MostActiveSpeakers {
  factCheckSummary {
    statementsPerSpeaker(first: 50) {
      speaker {
        ...EntityRef
      }
      count
    }
  }
}
    fragment EntityRef on Entity {
  id
  slug
  name
  entityType
}`) as unknown as TypedDocumentString<MostActiveSpeakersQuery, MostActiveSpeakersQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $after: String) {
  search(query: $query, first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      kind
      score
      snippet
      highlights {
        start
        end
      }
      node {
        __typename
        ... on Entity {
          ...EntityRef
        }
        ... on Statement {
          id
          quote
          isDirectQuote
          speaker {
            ...EntityRef
          }
        }
        ... on Claim {
          id
          text
          claimant {
            ...EntityRef
          }
        }
        ... on Event {
          id
          title
        }
        ... on Document {
          id
          title
        }
      }
    }
  }
}
    fragment EntityRef on Entity {
  id
  slug
  name
  entityType
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const ReviewClaimDocument = new TypedDocumentString(`
    mutation ReviewClaim($input: ReviewClaimInput!) {
  reviewClaim(input: $input) {
    review {
      id
      slug
      ratingValue
      ratingLabel
    }
    claim {
      id
      slug
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewClaimMutation, ReviewClaimMutationVariables>;
export const StartClaimReviewDocument = new TypedDocumentString(`
    mutation StartClaimReview($claim: ID!) {
  startClaimReview(claim: $claim) {
    claim {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<StartClaimReviewMutation, StartClaimReviewMutationVariables>;
export const LinkSameClaimDocument = new TypedDocumentString(`
    mutation LinkSameClaim($input: LinkSameClaimInput!) {
  linkSameClaim(input: $input) {
    changed
    sameAs {
      id
      text
    }
  }
}
    `) as unknown as TypedDocumentString<LinkSameClaimMutation, LinkSameClaimMutationVariables>;
export const UnlinkSameClaimDocument = new TypedDocumentString(`
    mutation UnlinkSameClaim($input: UnlinkSameClaimInput!) {
  unlinkSameClaim(input: $input) {
    changed
    sameAs {
      id
      text
    }
  }
}
    `) as unknown as TypedDocumentString<UnlinkSameClaimMutation, UnlinkSameClaimMutationVariables>;
export const ClaimReviewedDocument = new TypedDocumentString(`
    subscription ClaimReviewed {
  claimReviewed {
    review {
      id
      ratingValue
      ratingLabel
      reviewer
    }
    claim {
      id
      text
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimReviewedSubscription, ClaimReviewedSubscriptionVariables>;
export const StatementAddedDocument = new TypedDocumentString(`
    subscription StatementAdded {
  statementAdded {
    statement {
      id
      quote
      isDirectQuote
      speaker {
        id
        name
      }
      mentions {
        entity {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementAddedSubscription, StatementAddedSubscriptionVariables>;
export const DraftDocumentDocument = new TypedDocumentString(`
    mutation DraftDocument($input: DraftDocumentInput!) {
  draftDocument(input: $input) {
    title
    documentSlug
    byline
    text
    attributions {
      content {
        start
        end
        exact
      }
      cue {
        start
        end
        exact
      }
      source {
        start
        end
        exact
      }
      speaker
      speakerEntity {
        ...EntityRef
      }
      direct
      confidence
      statementSlug
    }
    proposedEntities {
      slug
      name
      type
    }
    dataset
    texts {
      document
      text
    }
    notes
  }
}
    fragment EntityRef on Entity {
  id
  slug
  name
  entityType
}`) as unknown as TypedDocumentString<DraftDocumentMutation, DraftDocumentMutationVariables>;
export const ImportArticleDocument = new TypedDocumentString(`
    mutation ImportArticle($dataset: JSON!, $texts: [HeldTextInput!]!) {
  importArticle(dataset: $dataset, texts: $texts) {
    counts {
      kind
      count
    }
    merged {
      importedSlug
      entity {
        ...EntityRef
      }
    }
  }
}
    fragment EntityRef on Entity {
  id
  slug
  name
  entityType
}`) as unknown as TypedDocumentString<ImportArticleMutation, ImportArticleMutationVariables>;
export const SpeakerSearchDocument = new TypedDocumentString(`
    query SpeakerSearch($query: String!) {
  search(query: $query, kinds: [PERSON, OUTLET], first: 8) {
    nodes {
      node {
        __typename
        ... on Entity {
          ...EntityRef
        }
      }
    }
  }
}
    fragment EntityRef on Entity {
  id
  slug
  name
  entityType
}`) as unknown as TypedDocumentString<SpeakerSearchQuery, SpeakerSearchQueryVariables>;
export const ImportedStatementDocument = new TypedDocumentString(`
    query ImportedStatement($speaker: String!, $text: String!) {
  statements(filter: {speaker: $speaker, text: $text}, first: 10) {
    nodes {
      id
      slug
      reportedIn {
        id
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ImportedStatementQuery, ImportedStatementQueryVariables>;
export const ImportedDocumentDocument = new TypedDocumentString(`
    query ImportedDocument($id: ID!) {
  node(id: $id) {
    ... on Document {
      id
      slug
      title
      statementsReported(first: 100) {
        totalCount
        nodes {
          id
          slug
          quote
          isDirectQuote
          speaker {
            ...EntityRef
          }
        }
      }
    }
  }
}
    fragment EntityRef on Entity {
  id
  slug
  name
  entityType
}`) as unknown as TypedDocumentString<ImportedDocumentQuery, ImportedDocumentQueryVariables>;
export const SimilarClaimsDocument = new TypedDocumentString(`
    query SimilarClaims($text: String!) {
  similarClaims(text: $text, first: 6) {
    totalCount
    ranking
    nodes {
      score
      matchedTerms
      claim {
        id
        text
        status
        claimants {
          ...EntityRef
        }
        currentReview {
          ...ReviewSummary
        }
        factChecks {
          ...PublishedFactCheckSummary
        }
      }
    }
  }
}
    fragment EntityRef on Entity {
  id
  slug
  name
  entityType
}
fragment DateParts on PartialDate {
  year
  month
  day
  precision
  iso
}
fragment ReviewSummary on ClaimReview {
  id
  ratingValue
  ratingLabel
  verdict
  reviewer
  reviewedAt
}
fragment PublishedFactCheckSummary on PublishedFactCheck {
  id
  url
  headline
  textualRating
  ratingValue
  verdict
  publisher {
    ...EntityRef
  }
  reviewedOn {
    ...DateParts
  }
}`) as unknown as TypedDocumentString<SimilarClaimsQuery, SimilarClaimsQueryVariables>;
export const DocumentsPageDocument = new TypedDocumentString(`
    query DocumentsPage($first: Int, $after: String, $last: Int, $before: String) {
  documents(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      ...DocumentRow
    }
  }
}
    fragment EntityRef on Entity {
  id
  slug
  name
  entityType
}
fragment DateParts on PartialDate {
  year
  month
  day
  precision
  iso
}
fragment DocumentRow on Document {
  id
  slug
  title
  url
  isHeld
  outlet {
    ...EntityRef
  }
  published {
    ...DateParts
  }
}`) as unknown as TypedDocumentString<DocumentsPageQuery, DocumentsPageQueryVariables>;
export const EventsPageDocument = new TypedDocumentString(`
    query EventsPage($first: Int, $after: String, $last: Int, $before: String) {
  events(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      id
      slug
      title
      kind
      outlet {
        ...EntityRef
      }
      dateFact {
        date {
          ...DateParts
        }
        knownBy
      }
      evidence {
        document {
          id
          title
          url
        }
      }
    }
  }
}
    fragment EntityRef on Entity {
  id
  slug
  name
  entityType
}
fragment DateParts on PartialDate {
  year
  month
  day
  precision
  iso
}`) as unknown as TypedDocumentString<EventsPageQuery, EventsPageQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    name
    displayName
    role
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const ReviseReviewDocument = new TypedDocumentString(`
    mutation ReviseReview($input: ReviseReviewInput!) {
  reviseReview(input: $input) {
    review {
      id
      slug
      ratingValue
      ratingLabel
    }
    claim {
      id
      slug
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ReviseReviewMutation, ReviseReviewMutationVariables>;
export const WithdrawReviewDocument = new TypedDocumentString(`
    mutation WithdrawReview($input: WithdrawReviewInput!) {
  withdrawReview(input: $input) {
    review {
      id
    }
    claim {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<WithdrawReviewMutation, WithdrawReviewMutationVariables>;