/**
 * Every operation the dashboard sends, written against schema.graphql with the `graphql()` that GraphQL Code
 * Generator's client preset writes into dashboard/src/generated/ (`npm run codegen`): each call returns the
 * operation's text typed with its result and variables, so a field the schema lacks, or a result read the wrong
 * way, fails the typecheck. Queries stay compact (fragments, literal page sizes on nested lists) so they pass the
 * server's limits on tokens and cost. The fragments are the dashboard's shared shapes (EntityRefFragment, ...).
 * After changing anything here, run `npm run codegen`. The build (vite.config.ts) swaps each call for the document
 * codegen generated for it, so each operation is one call whose only argument is a template literal with nothing
 * interpolated.
 */
import { graphql } from '../generated/gql.js';

graphql(`
  fragment EntityRef on Entity {
    id
    slug
    name
    entityType
  }
`);
graphql(`
  fragment DateParts on PartialDate {
    year
    month
    day
    precision
    iso
  }
`);
graphql(`
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
`);
graphql(`
  fragment ReviewSummary on ClaimReview {
    id
    ratingValue
    ratingLabel
    verdict
    reviewer
    reviewedAt
  }
`);
graphql(`
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
`);

export const CLAIMS_PAGE = graphql(`
  query ClaimsPage($filter: ClaimFilter, $first: Int, $after: String, $last: Int, $before: String) {
    claims(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
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
`);

export const FACT_CHECK_SUMMARY = graphql(`
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
`);

/** Every entity, for pickers (claimant, about, path ends, timeline). */
export const ENTITIES = graphql(`
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
`);

export const CLAIM_DETAIL = graphql(`
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
`);

export const STATEMENT_DETAIL = graphql(`
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
`);

/** The held texts of documents, to show a span inside its sentence. */
export const DOCUMENT_TEXTS = graphql(`
  query DocumentTexts($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Document {
        text
      }
    }
  }
`);

export const DOCUMENT_DETAIL = graphql(`
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
`);

export const EVENT_DETAIL = graphql(`
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
`);

export const GRAPH = graphql(`
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
`);

export const ENTITY_PANEL = graphql(`
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
`);

export const PATHS = graphql(`
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
`);

export const TIMELINE = graphql(`
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
`);

export const SEARCH = graphql(`
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
`);

export const REVIEW_CLAIM = graphql(`
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
`);

export const START_CLAIM_REVIEW = graphql(`
  mutation StartClaimReview($claim: ID!) {
    startClaimReview(claim: $claim) {
      claim {
        id
        status
      }
    }
  }
`);

/** Live updates (graphql-ws): just enough to tell the user and to know which views to refresh. */
export const CLAIM_REVIEWED = graphql(`
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
`);

export const STATEMENT_ADDED = graphql(`
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
`);
