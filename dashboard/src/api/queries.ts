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
`);
graphql(`
  fragment DatedFactParts on DatedFact {
    date {
      ...DateParts
    }
    knownBy
    basis {
      ...BasisFacts
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
`);

export const CLAIMS_PAGE = graphql(`
  query ClaimsPage($filter: ClaimFilter, $order: ClaimOrder, $first: Int, $after: String, $last: Int, $before: String) {
    claims(filter: $filter, order: $order, first: $first, after: $after, last: $last, before: $before) {
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
`);

export const STATEMENT_DETAIL = graphql(`
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
`);

export const EVENT_DETAIL = graphql(`
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
`);

export const TIMELINE = graphql(`
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
`);

/**
 * The speakers with the most statements, most first: the timeline opens on the most active person. As many as the
 * API gives (50), since outlets narrating in their own voice may fill the top places.
 */
export const MOST_ACTIVE_SPEAKERS = graphql(`
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
`);

export const REVIEW_CLAIM = graphql(`
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

export const LINK_SAME_CLAIM = graphql(`
  mutation LinkSameClaim($input: LinkSameClaimInput!) {
    linkSameClaim(input: $input) {
      changed
      sameAs {
        id
        text
      }
    }
  }
`);

export const UNLINK_SAME_CLAIM = graphql(`
  mutation UnlinkSameClaim($input: UnlinkSameClaimInput!) {
    unlinkSameClaim(input: $input) {
      changed
      sameAs {
        id
        text
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
`);

/** The "New article" page: a draft of who said what (editor role; stores nothing). */
export const DRAFT_DOCUMENT = graphql(`
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
`);

/** The accepted drafts, as a dataset rebuilt by src/draft/buildImportDataset.ts (editor role). */
export const IMPORT_ARTICLE = graphql(`
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
`);

/** Speakers for the search-as-you-type box: people and outlets by name and alias. */
export const SPEAKER_SEARCH = graphql(`
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
`);

/** An imported statement found by its speaker and words, with the document that reports it. */
export const IMPORTED_STATEMENT = graphql(`
  query ImportedStatement($speaker: String!, $text: String!) {
    statements(filter: { speaker: $speaker, text: $text }, first: 10) {
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
`);

/** The imported document and every statement it reports, for the links after an import. */
export const IMPORTED_DOCUMENT = graphql(`
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
`);

/**
 * "Checked before?": the claims most likely the same claim as a text, each with the newsroom's current verdict
 * and the fact-checks other organizations published about it. One more than shown is asked for, so that the claim
 * a page is about can be left out and five still shown.
 */
graphql(`
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
`);

export const SIMILAR_CLAIMS = graphql(`
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
`);

/** A document's row in the list: what it is, who published it, where and when. */
graphql(`
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
`);

export const DOCUMENTS_PAGE = graphql(`
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
`);

export const EVENTS_PAGE = graphql(`
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
`);

/** Whom the reviewer's token belongs to, checked before the panel says who is signed in. */
export const VIEWER = graphql(`
  query Viewer {
    viewer {
      name
      displayName
      role
    }
  }
`);

export const REVISE_REVIEW = graphql(`
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
`);

export const WITHDRAW_REVIEW = graphql(`
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
`);
