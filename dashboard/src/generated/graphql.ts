/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Whether the sources state a fact or only imply it. */
export type Assertion =
  /** The source only implies it; treat with care. */
  | 'IMPLIED'
  /** The source states it. */
  | 'STATED';

/** How sure we are that the speaker said it. This is about attribution, not about truth. */
export type AttributionConfidence =
  /** The source prints the speaker's words in quotation marks. */
  | 'DIRECT_QUOTE_IN_SOURCE'
  /** The source reports the gist in its own words. */
  | 'PARAPHRASED_BY_SOURCE'
  /** The source relays what a third party says was said. */
  | 'REPORTED_SECONDHAND';

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
  /** Only claims made by this entity (global id, slug or alias). */
  claimant?: string | null | undefined;
  /** Also list retracted claims (hidden by default). */
  includeRetracted?: boolean | null | undefined;
  /** Only claims whose current rating (latest review) has this ordinal value (1-5). */
  rating?: number | null | undefined;
  /** Only claims with this status. */
  status?: ClaimStatus | null | undefined;
};

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

/** What a rating says about a claim. */
export type Verdict =
  /** Rated 1 or 2: the claim does not hold. */
  | 'FALSE'
  /** Rated 3: partly true. */
  | 'MIXED'
  /** Rated 4 or 5: the claim holds. */
  | 'TRUE';

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

export type ReviewSummaryFragment = { id: string, ratingValue: number, ratingLabel: string, verdict: Verdict, reviewer: string, reviewedAt: string };

export type StatementSummaryFragment = { id: string, slug: string, quote: string, isDirectQuote: boolean, speaker:
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
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ClaimsPageQuery = { claims: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, slug: string, text: string, status: ClaimStatus, claimant:
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
      , about: Array<
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
      >, currentReview: { id: string, ratingValue: number, ratingLabel: string, verdict: Verdict, reviewer: string, reviewedAt: string } | null, appearances: { totalCount: number }, disputedBy: { totalCount: number } }> } };

export type SummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type SummaryQuery = { factCheckSummary: { totalClaims: number, byStatus: Array<{ status: ClaimStatus, count: number }>, byRating: Array<{ ratingValue: number | null, ratingLabel: string | null, count: number }>, mostDisputed: Array<{ disputeCount: number, reviewCount: number, claim: { id: string, text: string } }> } };

export type EntitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type EntitiesQuery = { people: { nodes: Array<{ id: string, slug: string, name: string, entityType: EntityType }> }, outlets: { nodes: Array<{ id: string, slug: string, name: string, entityType: EntityType }> }, organizations: { nodes: Array<{ id: string, slug: string, name: string, entityType: EntityType }> } };

export type ClaimDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ClaimDetailQuery = { node:
    | { id: string, slug: string, text: string, status: ClaimStatus, claimant:
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
      , about: Array<
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
      >, currentReview: { id: string, ratingValue: number, ratingLabel: string, verdict: Verdict, reviewer: string, reviewedAt: string } | null, retraction: { reason: string, retractedAt: string } | null, appearances: { totalCount: number, nodes: Array<{ statement: { id: string, quote: string, isDirectQuote: boolean, speaker:
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
             } | null, document: { id: string, title: string }, evidence: { start: number, end: number, exact: string, prefix: string, suffix: string, document: { id: string, slug: string, title: string } } }> }, disputedBy: { totalCount: number, nodes: Array<{ id: string, slug: string, quote: string, isDirectQuote: boolean, evidence: Array<{ start: number, end: number, exact: string, prefix: string, suffix: string, document: { id: string, slug: string, title: string } }>, speaker:
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
          , saidOn: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null, mentions: Array<{ stance: Stance, entity:
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
             }> }> }, reviews: { totalCount: number, nodes: Array<{ explanation: string, id: string, ratingValue: number, ratingLabel: string, verdict: Verdict, reviewer: string, reviewedAt: string, sources: Array<{ url: string, title: string, accessed: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null }>, retraction: { reason: string } | null }> } }
    | Record<PropertyKey, never>
   | null };

export type StatementDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type StatementDetailQuery = { node:
    | { attributionConfidence: AttributionConfidence, id: string, slug: string, quote: string, isDirectQuote: boolean, occasion: { id: string, title: string, kind: EventKind, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null } | null, evidence: Array<{ start: number, end: number, exact: string, prefix: string, suffix: string, document: { id: string, slug: string, title: string } }>, reportedIn: Array<{ id: string, title: string }>, disputes: Array<{ id: string, text: string, status: ClaimStatus }>, claims: { nodes: Array<{ id: string, text: string, status: ClaimStatus }> }, respondsTo: Array<{ id: string, slug: string, quote: string, isDirectQuote: boolean, speaker:
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
   | null> };

export type DocumentDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type DocumentDetailQuery = { node:
    | { id: string, slug: string, title: string, url: string | null, isHeld: boolean, text: string | null, sha256: string | null, outlet: { id: string, slug: string, name: string, entityType: EntityType } | null, published: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null }
    | Record<PropertyKey, never>
   | null };

export type EventDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type EventDetailQuery = { node:
    | { id: string, title: string, kind: EventKind, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null, outlet: { id: string, slug: string, name: string, entityType: EntityType } | null, participants: Array<
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
        | { id: string, slug: string, name: string, entityType: EntityType }
      >, evidence: Array<{ start: number, end: number, exact: string, prefix: string, suffix: string, document: { id: string, slug: string, title: string } }>, statements: { nodes: Array<{ id: string, slug: string, quote: string, isDirectQuote: boolean, speaker:
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
      , start: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null, end: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null }> } };

export type EntityPanelQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityPanelQuery = { node:
    | { aliases: Array<string>, id: string, slug: string, name: string, entityType: EntityType, statements: { totalCount: number, nodes: Array<{ id: string, slug: string, quote: string, isDirectQuote: boolean, speaker:
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
          , saidOn: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null, mentions: Array<{ stance: Stance, entity:
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
             }> }> }, statementsAbout: { totalCount: number, nodes: Array<{ id: string, slug: string, quote: string, isDirectQuote: boolean, speaker:
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
          , saidOn: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null, mentions: Array<{ stance: Stance, entity:
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
             }> }> } }
    | { aliases: Array<string>, id: string, slug: string, name: string, entityType: EntityType, statements: { totalCount: number, nodes: Array<{ id: string, slug: string, quote: string, isDirectQuote: boolean, speaker:
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
          , saidOn: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null, mentions: Array<{ stance: Stance, entity:
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
             }> }> }, statementsAbout: { totalCount: number, nodes: Array<{ id: string, slug: string, quote: string, isDirectQuote: boolean, speaker:
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
          , saidOn: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null, mentions: Array<{ stance: Stance, entity:
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
             }> }> } }
    | { aliases: Array<string>, description: string | null, id: string, slug: string, name: string, entityType: EntityType, statements: { totalCount: number, nodes: Array<{ id: string, slug: string, quote: string, isDirectQuote: boolean, speaker:
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
          , saidOn: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null, mentions: Array<{ stance: Stance, entity:
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
             }> }> }, statementsAbout: { totalCount: number, nodes: Array<{ id: string, slug: string, quote: string, isDirectQuote: boolean, speaker:
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
      , statement: { id: string } | null, relationship: { id: string, type: RelationshipType } | null, event: { id: string, title: string } | null, evidence: Array<{ start: number, end: number, exact: string, prefix: string, suffix: string, document: { id: string, slug: string, title: string } }> }> }> };

export type TimelineQueryVariables = Exact<{
  entity: string | number;
  after?: string | null | undefined;
}>;


export type TimelineQuery = { timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null, node:
        | { __typename: 'Event', id: string, title: string, kind: EventKind, outlet: { name: string } | null }
        | { __typename: 'Statement', id: string, slug: string, quote: string, isDirectQuote: boolean, speaker:
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
          , saidOn: { year: number, month: number | null, day: number | null, precision: DatePrecision, iso: string } | null, mentions: Array<{ stance: Stance, entity:
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
              | { id: string, slug: string, name: string, entityType: EntityType }
             }> }
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
           }
        | { __typename: 'Document', id: string, title: string }
        | { __typename: 'Event', id: string, title: string }
        | { __typename: 'Organization', id: string, slug: string, name: string, entityType: EntityType }
        | { __typename: 'Outlet', id: string, slug: string, name: string, entityType: EntityType }
        | { __typename: 'Person', id: string, slug: string, name: string, entityType: EntityType }
        | { __typename: 'Statement', id: string, quote: string, speaker:
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
            | { id: string, slug: string, name: string, entityType: EntityType }
           }
       }> } };

export type ReviewClaimMutationVariables = Exact<{
  input: ReviewClaimInput;
}>;


export type ReviewClaimMutation = { reviewClaim: { review: { id: string, ratingValue: number, ratingLabel: string }, claim: { id: string, status: ClaimStatus } } };

export type StartClaimReviewMutationVariables = Exact<{
  claim: string | number;
}>;


export type StartClaimReviewMutation = { startClaimReview: { claim: { id: string, status: ClaimStatus } } };

export type ClaimReviewedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ClaimReviewedSubscription = { claimReviewed: { review: { id: string, ratingValue: number, ratingLabel: string, reviewer: string }, claim: { id: string, text: string, status: ClaimStatus } } };

export type StatementAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type StatementAddedSubscription = { statementAdded: { statement: { id: string, quote: string, speaker:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , mentions: Array<{ entity:
          | { id: string }
          | { id: string }
          | { id: string }
         }> } } };

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
export const DatePartsFragmentDoc = new TypedDocumentString(`
    fragment DateParts on PartialDate {
  year
  month
  day
  precision
  iso
}
    `, {"fragmentName":"DateParts"}) as unknown as TypedDocumentString<DatePartsFragment, unknown>;
export const StatementSummaryFragmentDoc = new TypedDocumentString(`
    fragment StatementSummary on Statement {
  id
  slug
  quote
  isDirectQuote
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
export const ClaimsPageDocument = new TypedDocumentString(`
    query ClaimsPage($filter: ClaimFilter, $first: Int, $after: String, $last: Int, $before: String) {
  claims(
    filter: $filter
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
      claimant {
        ...EntityRef
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
    }
  }
}
    fragment EntityRef on Entity {
  id
  slug
  name
  entityType
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
      claimant {
        ...EntityRef
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
            quote
            isDirectQuote
            speaker {
              ...EntityRef
            }
          }
          document {
            id
            title
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
}`) as unknown as TypedDocumentString<ClaimDetailQuery, ClaimDetailQueryVariables>;
export const StatementDetailDocument = new TypedDocumentString(`
    query StatementDetail($id: ID!) {
  node(id: $id) {
    ... on Statement {
      ...StatementSummary
      attributionConfidence
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
fragment StatementSummary on Statement {
  id
  slug
  quote
  isDirectQuote
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
      url
      isHeld
      text
      sha256
      outlet {
        ...EntityRef
      }
      published {
        ...DateParts
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
}`) as unknown as TypedDocumentString<DocumentDetailQuery, DocumentDetailQueryVariables>;
export const EventDetailDocument = new TypedDocumentString(`
    query EventDetail($id: ID!) {
  node(id: $id) {
    ... on Event {
      id
      title
      kind
      date {
        ...DateParts
      }
      outlet {
        ...EntityRef
      }
      participants {
        ...EntityRef
      }
      evidence {
        ...EvidenceSpan
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
fragment StatementSummary on Statement {
  id
  slug
  quote
  isDirectQuote
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
      start {
        ...DateParts
      }
      end {
        ...DateParts
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
}`) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const TimelineDocument = new TypedDocumentString(`
    query Timeline($entity: ID!, $after: String) {
  timeline(entity: $entity, first: 50, after: $after) {
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
        }
        ... on Statement {
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
fragment StatementSummary on Statement {
  id
  slug
  quote
  isDirectQuote
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
      ratingValue
      ratingLabel
    }
    claim {
      id
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