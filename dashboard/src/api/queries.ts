/**
 * Every operation the dashboard sends, written against schema.graphql. Queries stay compact (fragments, literal
 * page sizes on nested lists) so they pass the server's limits on tokens and cost.
 */

const ENTITY = `fragment E on Entity { id slug name entityType }`;
const DATE = `fragment D on PartialDate { year month day precision iso }`;
const SPAN = `fragment S on Evidence { start end exact prefix suffix document { id slug title } }`;
const REVIEW_SUMMARY = `fragment R on ClaimReview { id ratingValue ratingLabel verdict reviewer reviewedAt }`;
const STATEMENT_SUMMARY = `fragment St on Statement {
  id slug quote isDirectQuote speaker { ...E } saidOn { ...D } mentions { stance entity { ...E } }
}`;

export const CLAIMS_PAGE = `query ClaimsPage($filter: ClaimFilter, $first: Int, $after: String, $last: Int, $before: String) {
  claims(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    nodes {
      id slug text status claimant { ...E } about { ...E } currentReview { ...R }
      appearances(first: 1) { totalCount } disputedBy(first: 1) { totalCount }
    }
  }
}
${ENTITY} ${REVIEW_SUMMARY}`;

export const FACT_CHECK_SUMMARY = `query Summary {
  factCheckSummary {
    totalClaims
    byStatus { status count }
    byRating { ratingValue ratingLabel count }
    mostDisputed(first: 3) { claim { id text } disputeCount reviewCount }
  }
}`;

/** Every entity, for pickers (claimant, about, path ends, timeline). */
export const ENTITIES = `query Entities {
  people(first: 100) { nodes { ...E } }
  outlets(first: 100) { nodes { ...E } }
  organizations(first: 100) { nodes { ...E } }
}
${ENTITY}`;

export const CLAIM_DETAIL = `query ClaimDetail($id: ID!) {
  node(id: $id) {
    ... on Claim {
      id slug text status claimant { ...E } about { ...E } currentReview { ...R }
      retraction { reason retractedAt }
      appearances(first: 50) {
        totalCount
        nodes { statement { id quote isDirectQuote speaker { ...E } } document { id title } evidence { ...S } }
      }
      disputedBy(first: 20) { totalCount nodes { ...St evidence { ...S } } }
      reviews(first: 50) {
        totalCount
        nodes { ...R explanation sources { url title accessed { ...D } } retraction { reason } }
      }
    }
  }
}
${ENTITY} ${DATE} ${SPAN} ${REVIEW_SUMMARY} ${STATEMENT_SUMMARY}`;

export const STATEMENT_DETAIL = `query StatementDetail($id: ID!) {
  node(id: $id) {
    ... on Statement {
      ...St attributionConfidence
      occasion { id title kind date { ...D } }
      evidence { ...S }
      reportedIn { id title }
      disputes { id text status }
      claims(first: 20) { nodes { id text status } }
      respondsTo { ...St }
      retraction { reason }
    }
  }
}
${ENTITY} ${DATE} ${SPAN} ${STATEMENT_SUMMARY}`;

/** The held texts of documents, to show a span inside its sentence. */
export const DOCUMENT_TEXTS = `query DocumentTexts($ids: [ID!]!) { nodes(ids: $ids) { id ... on Document { text } } }`;

export const DOCUMENT_DETAIL = `query DocumentDetail($id: ID!) {
  node(id: $id) {
    ... on Document { id slug title url isHeld text sha256 outlet { ...E } published { ...D } }
  }
}
${ENTITY} ${DATE}`;

export const EVENT_DETAIL = `query EventDetail($id: ID!) {
  node(id: $id) {
    ... on Event {
      id title kind date { ...D } outlet { ...E } participants { ...E } evidence { ...S }
      statements(first: 20) { nodes { ...St } }
    }
  }
}
${ENTITY} ${DATE} ${SPAN} ${STATEMENT_SUMMARY}`;

export const GRAPH = `query Graph {
  relationships(first: 100) {
    totalCount
    nodes { id slug type status assertion from { ...E } to { ...E } start { ...D } end { ...D } }
  }
}
${ENTITY} ${DATE}`;

export const ENTITY_PANEL = `query EntityPanel($id: ID!) {
  node(id: $id) {
    ... on Entity {
      ...E aliases
      statements(first: 20) { totalCount nodes { ...St } }
      statementsAbout(first: 20) { totalCount nodes { ...St } }
    }
    ... on Person { description }
  }
}
${ENTITY} ${DATE} ${STATEMENT_SUMMARY}`;

export const PATHS = `query Paths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 4, first: 3) {
    length
    entities { ...E }
    hops {
      kind forward description from { ...E } to { ...E }
      statement { id } relationship { id type } event { id title }
      evidence { ...S }
    }
  }
}
${ENTITY} ${SPAN}`;

export const TIMELINE = `query Timeline($entity: ID!, $after: String) {
  timeline(entity: $entity, first: 50, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor date { ...D }
      node {
        __typename
        ... on Event { id title kind outlet { name } }
        ... on Statement { ...St }
      }
    }
  }
}
${ENTITY} ${DATE} ${STATEMENT_SUMMARY}`;

export const SEARCH = `query Search($query: String!, $after: String) {
  search(query: $query, first: 20, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      kind score snippet highlights { start end }
      node {
        __typename
        ... on Entity { ...E }
        ... on Statement { id quote speaker { ...E } }
        ... on Claim { id text claimant { ...E } }
        ... on Event { id title }
        ... on Document { id title }
      }
    }
  }
}
${ENTITY}`;

export const REVIEW_CLAIM = `mutation ReviewClaim($input: ReviewClaimInput!) {
  reviewClaim(input: $input) { review { id ratingValue ratingLabel } claim { id status } }
}`;

export const START_CLAIM_REVIEW = `mutation StartClaimReview($claim: ID!) {
  startClaimReview(claim: $claim) { claim { id status } }
}`;

/** Live updates (graphql-ws): just enough to tell the user and to know which views to refresh. */
export const CLAIM_REVIEWED = `subscription ClaimReviewed {
  claimReviewed { review { id ratingValue ratingLabel reviewer } claim { id text status } }
}`;

export const STATEMENT_ADDED = `subscription StatementAdded {
  statementAdded { statement { id quote speaker { id name } mentions { entity { id } } } }
}`;
