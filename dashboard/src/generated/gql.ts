/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment EntityRef on Entity { id slug name entityType }": typeof types.EntityRefFragmentDoc,
    "fragment DateParts on PartialDate { year month day precision iso }": typeof types.DatePartsFragmentDoc,
    "fragment EvidenceSpan on Evidence { start end exact prefix suffix document { id slug title } }": typeof types.EvidenceSpanFragmentDoc,
    "fragment ReviewSummary on ClaimReview { id ratingValue ratingLabel verdict reviewer reviewedAt }": typeof types.ReviewSummaryFragmentDoc,
    "fragment StatementSummary on Statement {\n  id slug quote isDirectQuote speaker { ...EntityRef } saidOn { ...DateParts } mentions { stance entity { ...EntityRef } }\n}": typeof types.StatementSummaryFragmentDoc,
    "query ClaimsPage($filter: ClaimFilter, $first: Int, $after: String, $last: Int, $before: String) {\n  claims(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n    totalCount\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    nodes {\n      id slug text status claimant { ...EntityRef } about { ...EntityRef } currentReview { ...ReviewSummary }\n      appearances(first: 1) { totalCount } disputedBy(first: 1) { totalCount }\n    }\n  }\n}": typeof types.ClaimsPageDocument,
    "query Summary {\n  factCheckSummary {\n    totalClaims\n    byStatus { status count }\n    byRating { ratingValue ratingLabel count }\n    mostDisputed(first: 3) { claim { id text } disputeCount reviewCount }\n  }\n}": typeof types.SummaryDocument,
    "query Entities {\n  people(first: 100) { nodes { ...EntityRef } }\n  outlets(first: 100) { nodes { ...EntityRef } }\n  organizations(first: 100) { nodes { ...EntityRef } }\n}": typeof types.EntitiesDocument,
    "query ClaimDetail($id: ID!) {\n  node(id: $id) {\n    ... on Claim {\n      id slug text status claimant { ...EntityRef } about { ...EntityRef } currentReview { ...ReviewSummary }\n      retraction { reason retractedAt }\n      appearances(first: 50) {\n        totalCount\n        nodes { statement { id quote isDirectQuote speaker { ...EntityRef } } document { id title } evidence { ...EvidenceSpan } }\n      }\n      disputedBy(first: 20) { totalCount nodes { ...StatementSummary evidence { ...EvidenceSpan } } }\n      reviews(first: 50) {\n        totalCount\n        nodes { ...ReviewSummary explanation sources { url title accessed { ...DateParts } } retraction { reason } }\n      }\n    }\n  }\n}": typeof types.ClaimDetailDocument,
    "query StatementDetail($id: ID!) {\n  node(id: $id) {\n    ... on Statement {\n      ...StatementSummary attributionConfidence\n      occasion { id title kind date { ...DateParts } }\n      evidence { ...EvidenceSpan }\n      reportedIn { id title }\n      disputes { id text status }\n      claims(first: 20) { nodes { id text status } }\n      respondsTo { ...StatementSummary }\n      retraction { reason }\n    }\n  }\n}": typeof types.StatementDetailDocument,
    "query DocumentTexts($ids: [ID!]!) { nodes(ids: $ids) { id ... on Document { text } } }": typeof types.DocumentTextsDocument,
    "query DocumentDetail($id: ID!) {\n  node(id: $id) {\n    ... on Document { id slug title url isHeld text sha256 outlet { ...EntityRef } published { ...DateParts } }\n  }\n}": typeof types.DocumentDetailDocument,
    "query EventDetail($id: ID!) {\n  node(id: $id) {\n    ... on Event {\n      id title kind date { ...DateParts } outlet { ...EntityRef } participants { ...EntityRef } evidence { ...EvidenceSpan }\n      statements(first: 20) { nodes { ...StatementSummary } }\n    }\n  }\n}": typeof types.EventDetailDocument,
    "query Graph {\n  relationships(first: 100) {\n    totalCount\n    nodes { id slug type status assertion from { ...EntityRef } to { ...EntityRef } start { ...DateParts } end { ...DateParts } }\n  }\n}": typeof types.GraphDocument,
    "query EntityPanel($id: ID!) {\n  node(id: $id) {\n    ... on Entity {\n      ...EntityRef aliases\n      statements(first: 20) { totalCount nodes { ...StatementSummary } }\n      statementsAbout(first: 20) { totalCount nodes { ...StatementSummary } }\n    }\n    ... on Person { description }\n  }\n}": typeof types.EntityPanelDocument,
    "query Paths($from: ID!, $to: ID!) {\n  paths(from: $from, to: $to, maxHops: 4, first: 3) {\n    length\n    entities { ...EntityRef }\n    hops {\n      kind forward description from { ...EntityRef } to { ...EntityRef }\n      statement { id } relationship { id type } event { id title }\n      evidence { ...EvidenceSpan }\n    }\n  }\n}": typeof types.PathsDocument,
    "query Timeline($entity: ID!, $after: String) {\n  timeline(entity: $entity, first: 50, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges {\n      cursor date { ...DateParts }\n      node {\n        __typename\n        ... on Event { id title kind outlet { name } }\n        ... on Statement { ...StatementSummary }\n      }\n    }\n  }\n}": typeof types.TimelineDocument,
    "query Search($query: String!, $after: String) {\n  search(query: $query, first: 20, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes {\n      kind score snippet highlights { start end }\n      node {\n        __typename\n        ... on Entity { ...EntityRef }\n        ... on Statement { id quote speaker { ...EntityRef } }\n        ... on Claim { id text claimant { ...EntityRef } }\n        ... on Event { id title }\n        ... on Document { id title }\n      }\n    }\n  }\n}": typeof types.SearchDocument,
    "mutation ReviewClaim($input: ReviewClaimInput!) {\n  reviewClaim(input: $input) { review { id ratingValue ratingLabel } claim { id status } }\n}": typeof types.ReviewClaimDocument,
    "mutation StartClaimReview($claim: ID!) {\n  startClaimReview(claim: $claim) { claim { id status } }\n}": typeof types.StartClaimReviewDocument,
    "subscription ClaimReviewed {\n  claimReviewed { review { id ratingValue ratingLabel reviewer } claim { id text status } }\n}": typeof types.ClaimReviewedDocument,
    "subscription StatementAdded {\n  statementAdded { statement { id quote speaker { id name } mentions { entity { id } } } }\n}": typeof types.StatementAddedDocument,
};
const documents: Documents = {
    "fragment EntityRef on Entity { id slug name entityType }": types.EntityRefFragmentDoc,
    "fragment DateParts on PartialDate { year month day precision iso }": types.DatePartsFragmentDoc,
    "fragment EvidenceSpan on Evidence { start end exact prefix suffix document { id slug title } }": types.EvidenceSpanFragmentDoc,
    "fragment ReviewSummary on ClaimReview { id ratingValue ratingLabel verdict reviewer reviewedAt }": types.ReviewSummaryFragmentDoc,
    "fragment StatementSummary on Statement {\n  id slug quote isDirectQuote speaker { ...EntityRef } saidOn { ...DateParts } mentions { stance entity { ...EntityRef } }\n}": types.StatementSummaryFragmentDoc,
    "query ClaimsPage($filter: ClaimFilter, $first: Int, $after: String, $last: Int, $before: String) {\n  claims(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n    totalCount\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    nodes {\n      id slug text status claimant { ...EntityRef } about { ...EntityRef } currentReview { ...ReviewSummary }\n      appearances(first: 1) { totalCount } disputedBy(first: 1) { totalCount }\n    }\n  }\n}": types.ClaimsPageDocument,
    "query Summary {\n  factCheckSummary {\n    totalClaims\n    byStatus { status count }\n    byRating { ratingValue ratingLabel count }\n    mostDisputed(first: 3) { claim { id text } disputeCount reviewCount }\n  }\n}": types.SummaryDocument,
    "query Entities {\n  people(first: 100) { nodes { ...EntityRef } }\n  outlets(first: 100) { nodes { ...EntityRef } }\n  organizations(first: 100) { nodes { ...EntityRef } }\n}": types.EntitiesDocument,
    "query ClaimDetail($id: ID!) {\n  node(id: $id) {\n    ... on Claim {\n      id slug text status claimant { ...EntityRef } about { ...EntityRef } currentReview { ...ReviewSummary }\n      retraction { reason retractedAt }\n      appearances(first: 50) {\n        totalCount\n        nodes { statement { id quote isDirectQuote speaker { ...EntityRef } } document { id title } evidence { ...EvidenceSpan } }\n      }\n      disputedBy(first: 20) { totalCount nodes { ...StatementSummary evidence { ...EvidenceSpan } } }\n      reviews(first: 50) {\n        totalCount\n        nodes { ...ReviewSummary explanation sources { url title accessed { ...DateParts } } retraction { reason } }\n      }\n    }\n  }\n}": types.ClaimDetailDocument,
    "query StatementDetail($id: ID!) {\n  node(id: $id) {\n    ... on Statement {\n      ...StatementSummary attributionConfidence\n      occasion { id title kind date { ...DateParts } }\n      evidence { ...EvidenceSpan }\n      reportedIn { id title }\n      disputes { id text status }\n      claims(first: 20) { nodes { id text status } }\n      respondsTo { ...StatementSummary }\n      retraction { reason }\n    }\n  }\n}": types.StatementDetailDocument,
    "query DocumentTexts($ids: [ID!]!) { nodes(ids: $ids) { id ... on Document { text } } }": types.DocumentTextsDocument,
    "query DocumentDetail($id: ID!) {\n  node(id: $id) {\n    ... on Document { id slug title url isHeld text sha256 outlet { ...EntityRef } published { ...DateParts } }\n  }\n}": types.DocumentDetailDocument,
    "query EventDetail($id: ID!) {\n  node(id: $id) {\n    ... on Event {\n      id title kind date { ...DateParts } outlet { ...EntityRef } participants { ...EntityRef } evidence { ...EvidenceSpan }\n      statements(first: 20) { nodes { ...StatementSummary } }\n    }\n  }\n}": types.EventDetailDocument,
    "query Graph {\n  relationships(first: 100) {\n    totalCount\n    nodes { id slug type status assertion from { ...EntityRef } to { ...EntityRef } start { ...DateParts } end { ...DateParts } }\n  }\n}": types.GraphDocument,
    "query EntityPanel($id: ID!) {\n  node(id: $id) {\n    ... on Entity {\n      ...EntityRef aliases\n      statements(first: 20) { totalCount nodes { ...StatementSummary } }\n      statementsAbout(first: 20) { totalCount nodes { ...StatementSummary } }\n    }\n    ... on Person { description }\n  }\n}": types.EntityPanelDocument,
    "query Paths($from: ID!, $to: ID!) {\n  paths(from: $from, to: $to, maxHops: 4, first: 3) {\n    length\n    entities { ...EntityRef }\n    hops {\n      kind forward description from { ...EntityRef } to { ...EntityRef }\n      statement { id } relationship { id type } event { id title }\n      evidence { ...EvidenceSpan }\n    }\n  }\n}": types.PathsDocument,
    "query Timeline($entity: ID!, $after: String) {\n  timeline(entity: $entity, first: 50, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges {\n      cursor date { ...DateParts }\n      node {\n        __typename\n        ... on Event { id title kind outlet { name } }\n        ... on Statement { ...StatementSummary }\n      }\n    }\n  }\n}": types.TimelineDocument,
    "query Search($query: String!, $after: String) {\n  search(query: $query, first: 20, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes {\n      kind score snippet highlights { start end }\n      node {\n        __typename\n        ... on Entity { ...EntityRef }\n        ... on Statement { id quote speaker { ...EntityRef } }\n        ... on Claim { id text claimant { ...EntityRef } }\n        ... on Event { id title }\n        ... on Document { id title }\n      }\n    }\n  }\n}": types.SearchDocument,
    "mutation ReviewClaim($input: ReviewClaimInput!) {\n  reviewClaim(input: $input) { review { id ratingValue ratingLabel } claim { id status } }\n}": types.ReviewClaimDocument,
    "mutation StartClaimReview($claim: ID!) {\n  startClaimReview(claim: $claim) { claim { id status } }\n}": types.StartClaimReviewDocument,
    "subscription ClaimReviewed {\n  claimReviewed { review { id ratingValue ratingLabel reviewer } claim { id text status } }\n}": types.ClaimReviewedDocument,
    "subscription StatementAdded {\n  statementAdded { statement { id quote speaker { id name } mentions { entity { id } } } }\n}": types.StatementAddedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EntityRef on Entity { id slug name entityType }"): typeof import('./graphql').EntityRefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DateParts on PartialDate { year month day precision iso }"): typeof import('./graphql').DatePartsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EvidenceSpan on Evidence { start end exact prefix suffix document { id slug title } }"): typeof import('./graphql').EvidenceSpanFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReviewSummary on ClaimReview { id ratingValue ratingLabel verdict reviewer reviewedAt }"): typeof import('./graphql').ReviewSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StatementSummary on Statement {\n  id slug quote isDirectQuote speaker { ...EntityRef } saidOn { ...DateParts } mentions { stance entity { ...EntityRef } }\n}"): typeof import('./graphql').StatementSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClaimsPage($filter: ClaimFilter, $first: Int, $after: String, $last: Int, $before: String) {\n  claims(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n    totalCount\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    nodes {\n      id slug text status claimant { ...EntityRef } about { ...EntityRef } currentReview { ...ReviewSummary }\n      appearances(first: 1) { totalCount } disputedBy(first: 1) { totalCount }\n    }\n  }\n}"): typeof import('./graphql').ClaimsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Summary {\n  factCheckSummary {\n    totalClaims\n    byStatus { status count }\n    byRating { ratingValue ratingLabel count }\n    mostDisputed(first: 3) { claim { id text } disputeCount reviewCount }\n  }\n}"): typeof import('./graphql').SummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Entities {\n  people(first: 100) { nodes { ...EntityRef } }\n  outlets(first: 100) { nodes { ...EntityRef } }\n  organizations(first: 100) { nodes { ...EntityRef } }\n}"): typeof import('./graphql').EntitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClaimDetail($id: ID!) {\n  node(id: $id) {\n    ... on Claim {\n      id slug text status claimant { ...EntityRef } about { ...EntityRef } currentReview { ...ReviewSummary }\n      retraction { reason retractedAt }\n      appearances(first: 50) {\n        totalCount\n        nodes { statement { id quote isDirectQuote speaker { ...EntityRef } } document { id title } evidence { ...EvidenceSpan } }\n      }\n      disputedBy(first: 20) { totalCount nodes { ...StatementSummary evidence { ...EvidenceSpan } } }\n      reviews(first: 50) {\n        totalCount\n        nodes { ...ReviewSummary explanation sources { url title accessed { ...DateParts } } retraction { reason } }\n      }\n    }\n  }\n}"): typeof import('./graphql').ClaimDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatementDetail($id: ID!) {\n  node(id: $id) {\n    ... on Statement {\n      ...StatementSummary attributionConfidence\n      occasion { id title kind date { ...DateParts } }\n      evidence { ...EvidenceSpan }\n      reportedIn { id title }\n      disputes { id text status }\n      claims(first: 20) { nodes { id text status } }\n      respondsTo { ...StatementSummary }\n      retraction { reason }\n    }\n  }\n}"): typeof import('./graphql').StatementDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DocumentTexts($ids: [ID!]!) { nodes(ids: $ids) { id ... on Document { text } } }"): typeof import('./graphql').DocumentTextsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DocumentDetail($id: ID!) {\n  node(id: $id) {\n    ... on Document { id slug title url isHeld text sha256 outlet { ...EntityRef } published { ...DateParts } }\n  }\n}"): typeof import('./graphql').DocumentDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventDetail($id: ID!) {\n  node(id: $id) {\n    ... on Event {\n      id title kind date { ...DateParts } outlet { ...EntityRef } participants { ...EntityRef } evidence { ...EvidenceSpan }\n      statements(first: 20) { nodes { ...StatementSummary } }\n    }\n  }\n}"): typeof import('./graphql').EventDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Graph {\n  relationships(first: 100) {\n    totalCount\n    nodes { id slug type status assertion from { ...EntityRef } to { ...EntityRef } start { ...DateParts } end { ...DateParts } }\n  }\n}"): typeof import('./graphql').GraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EntityPanel($id: ID!) {\n  node(id: $id) {\n    ... on Entity {\n      ...EntityRef aliases\n      statements(first: 20) { totalCount nodes { ...StatementSummary } }\n      statementsAbout(first: 20) { totalCount nodes { ...StatementSummary } }\n    }\n    ... on Person { description }\n  }\n}"): typeof import('./graphql').EntityPanelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Paths($from: ID!, $to: ID!) {\n  paths(from: $from, to: $to, maxHops: 4, first: 3) {\n    length\n    entities { ...EntityRef }\n    hops {\n      kind forward description from { ...EntityRef } to { ...EntityRef }\n      statement { id } relationship { id type } event { id title }\n      evidence { ...EvidenceSpan }\n    }\n  }\n}"): typeof import('./graphql').PathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Timeline($entity: ID!, $after: String) {\n  timeline(entity: $entity, first: 50, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges {\n      cursor date { ...DateParts }\n      node {\n        __typename\n        ... on Event { id title kind outlet { name } }\n        ... on Statement { ...StatementSummary }\n      }\n    }\n  }\n}"): typeof import('./graphql').TimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Search($query: String!, $after: String) {\n  search(query: $query, first: 20, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes {\n      kind score snippet highlights { start end }\n      node {\n        __typename\n        ... on Entity { ...EntityRef }\n        ... on Statement { id quote speaker { ...EntityRef } }\n        ... on Claim { id text claimant { ...EntityRef } }\n        ... on Event { id title }\n        ... on Document { id title }\n      }\n    }\n  }\n}"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewClaim($input: ReviewClaimInput!) {\n  reviewClaim(input: $input) { review { id ratingValue ratingLabel } claim { id status } }\n}"): typeof import('./graphql').ReviewClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartClaimReview($claim: ID!) {\n  startClaimReview(claim: $claim) { claim { id status } }\n}"): typeof import('./graphql').StartClaimReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ClaimReviewed {\n  claimReviewed { review { id ratingValue ratingLabel reviewer } claim { id text status } }\n}"): typeof import('./graphql').ClaimReviewedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription StatementAdded {\n  statementAdded { statement { id quote speaker { id name } mentions { entity { id } } } }\n}"): typeof import('./graphql').StatementAddedDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
