/** The explorer's opening tabs: the article's questions, as a developer would ask them. */
export interface ExampleTab {
  query: string;
  variables?: string;
  headers?: string;
}

/** What the explorer knows of the schema: read by introspection, refused by the server, or not read (an error). */
export type SchemaAvailability = 'docs' | 'introspection-off' | 'unavailable';

const SCHEMA_HELP: Record<SchemaAvailability, string> = {
  docs: `# (or Ctrl-Enter). The docs, in the left bar,
# describe every type and field.`,
  'introspection-off': `# (or Ctrl-Enter). This server does not allow
# introspection, so there are no docs or completion
# here: every type and field is described in
# schema.graphql, in claimgraph's repository.`,
  unavailable: `# (or Ctrl-Enter). The schema could not be read
# (see the note above); every type and field is
# described in schema.graphql, in claimgraph's
# repository.`,
};

/**
 * The first tab's introduction, which says where the schema is described: the explorer's docs when the server
 * allows introspection, else schema.graphql (published in the repository), as on a production server.
 */
export function introduction(availability: SchemaAvailability): string {
  return `# claimgraph's GraphQL explorer.
# Each tab holds an example: run it with ▶
${SCHEMA_HELP[availability]}
#
`;
}

/** The opening tabs, the first one introduced as `introduction` says. */
export function exampleTabs(availability: SchemaAvailability): ExampleTab[] {
  const [first, ...others] = EXAMPLES;
  return [{ ...first, query: introduction(availability) + first.query }, ...others];
}

const EXAMPLES: ExampleTab[] = [
  {
    query: `# Who did West call a sellout?
query WhoDidWestCallASellout {
  statements(filter: { speaker: "Ye", text: "sellout", stance: CRITICIZES }) {
    nodes {
      quote
      isDirectQuote
      mentions { entity { name } stance }
      evidence { document { slug } start end exact }
    }
  }
}
`,
  },
  {
    query: `# Which claims are unreviewed, and who disputes them?
query UnreviewedClaims {
  claims(filter: { status: UNREVIEWED }) {
    totalCount
    nodes { slug text claimant { name } disputedBy { totalCount } }
  }
  factCheckSummary { totalClaims byStatus { status count } }
}
`,
  },
  {
    query: `# How is Big Sean connected to Joe Biden? Every hop carries its evidence.
query HowConnected($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 4, first: 3) {
    length
    entities { name }
    hops { kind description evidence { exact } }
  }
}
`,
    variables: JSON.stringify({ from: 'Big Sean', to: 'Joe Biden' }, null, 2),
  },
  {
    query: `# A timeline with partial dates: "2018" is known to the year only. Add kinds: [CLAIM, CLAIM_REVIEW] to
# see only claims and their reviews.
query Timeline {
  timeline(entity: "Ye", first: 20) {
    edges {
      date { iso precision }
      node {
        __typename
        ... on Event { title kind }
        ... on Statement { quote speaker { name } }
        ... on Claim { text status }
        ... on ClaimReview { ratingLabel reviewer }
        ... on RelationshipChange { relationship { type from { name } to { name } } state { status } }
      }
    }
  }
}
`,
  },
  {
    query: `# Full-text search, ranked, with the matching words marked.
query Search {
  search(query: "sellout") {
    nodes { kind score snippetHtml node { __typename ... on Statement { quote speaker { name } } } }
  }
}
`,
  },
  {
    query: `# Reviewing needs a reviewer's token: add it in the Headers tab below, as
# { "Authorization": "Bearer <your token>" }
mutation Review($input: ReviewClaimInput!) {
  reviewClaim(input: $input) {
    review { ratingValue ratingLabel reviewer }
    claim { slug status claimReview }
  }
}
`,
    variables: JSON.stringify(
      {
        input: {
          claim: 'west-60000-votes',
          ratingValue: 4,
          explanation: 'Official results put his total near 70,000 votes out of about 158 million.',
          sources: [{ url: 'https://example.org/2020-results', title: '2020 presidential election results' }],
        },
      },
      null,
      2,
    ),
    headers: JSON.stringify({ Authorization: 'Bearer <reviewer token>' }, null, 2),
  },
  {
    query: `# Live: this subscription stays open and shows each review as it is recorded
# (over graphql-ws, at the same /graphql address).
subscription Reviews {
  claimReviewed {
    review { ratingValue ratingLabel reviewer reviewedAt }
    claim { slug text status }
  }
}
`,
  },
];
