/**
 * The benchmark's fixed set of queries, each with its variables (several variants for queries that should not
 * hit one cache line: random pairs for `paths`), the store calls it must make, and a check of its response that
 * relies on what the generator knows about the graph, not on what the server answers.
 */
import { Random } from '../src/generate/random.js';
import type { SyntheticEntity, SyntheticGraph } from '../src/generate/syntheticGraph.js';

export type Json = any;

export interface BenchRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export interface BenchQuery {
  name: string;
  /** what the query stands for, in the report */
  description: string;
  /** request variants, sent in turn */
  requests: BenchRequest[];
  /**
   * Store calls each request must make: the query's depth in store round-trips, never the number of nodes. A
   * number, or a bound for `paths` (one call per breadth-first level), or a function of the response for
   * `search` (one call per kind of node found).
   */
  storeCalls: number | { atMost: number } | ((data: Json) => number);
  /** turns a variant into the request that is measured, given the variant's response (page 1 -> page 2) */
  prepare?: (data: Json, request: BenchRequest) => BenchRequest;
  /** problems with one response's data, empty when it is as expected */
  check: (data: Json, request: BenchRequest) => string[];
}

const NESTED = /* GraphQL */ `
  query WhoSaidWhat {
    people(first: 10) {
      nodes {
        name
        statements(first: 5) {
          nodes {
            quote
            saidOn {
              iso
            }
            mentions {
              stance
              entity {
                name
                statements(first: 3) {
                  nodes {
                    slug
                    quote
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

const ENTITY = /* GraphQL */ `
  query Entity($name: String!) {
    entity(name: $name) {
      id
      slug
      name
      entityType
      aliases
      ... on Person {
        description
      }
    }
  }
`;

const STATEMENT_PAGE = /* GraphQL */ `
  query StatementPage($speaker: String!, $after: String) {
    statements(
      filter: { speaker: $speaker, directQuotesOnly: true, saidFrom: "2010", saidTo: "2020-06" }
      first: 20
      after: $after
    ) {
      edges {
        cursor
        node {
          slug
          quote
          isDirectQuote
          saidOn {
            iso
            precision
          }
          speaker {
            name
          }
          mentions {
            stance
            entity {
              name
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const SEARCH = /* GraphQL */ `
  query Search($query: String!) {
    search(query: $query, first: 10) {
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
          ... on Statement {
            slug
            speaker {
              name
            }
          }
          ... on Claim {
            slug
            text
          }
          ... on Person {
            slug
            name
          }
          ... on Document {
            slug
            title
          }
          ... on Event {
            slug
            title
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`;

const PATHS = /* GraphQL */ `
  query Paths($from: ID!, $to: ID!) {
    paths(from: $from, to: $to, maxHops: 4, first: 3) {
      length
      entities {
        slug
      }
      hops {
        kind
        forward
        from {
          slug
        }
        to {
          slug
        }
      }
    }
  }
`;

const NEIGHBOURHOOD = /* GraphQL */ `
  query Neighbourhood($name: String!) {
    entity(name: $name) {
      slug
      relationships(first: 10) {
        nodes {
          type
          status
          from {
            slug
            name
          }
          to {
            slug
            name
            relationships(first: 10) {
              nodes {
                type
                status
                from {
                  slug
                }
                to {
                  slug
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`;

const SUMMARY = /* GraphQL */ `
  query Dashboard {
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
      mostDisputed(first: 5) {
        disputeCount
        reviewCount
        claim {
          slug
          text
          status
        }
      }
      statementsPerSpeaker(first: 10) {
        count
        speaker {
          name
        }
      }
      mentionsPerEntity(first: 10) {
        count
        entity {
          name
        }
        byStance {
          stance
          count
        }
      }
    }
  }
`;

const LARGE = /* GraphQL */ `
  query LargeResponse($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Document {
        slug
        title
        text
        statementsReported(first: 100) {
          nodes {
            slug
            quote
            isDirectQuote
            saidOn {
              iso
            }
            speaker {
              name
            }
            mentions {
              stance
              entity {
                name
              }
            }
            evidence {
              start
              end
              exact
              prefix
              suffix
            }
          }
        }
      }
    }
  }
`;

const TINY = /* GraphQL */ `
  {
    __typename
  }
`;

function isSortedBy<T>(items: T[], key: (item: T) => string): boolean {
  return items.every((item, i) => i === 0 || key(items[i - 1]) <= key(item));
}

/** The sort text of an optional partial date, as the API orders statements (undated last). */
function dateKey(saidOn: { iso: string } | null): string {
  if (!saidOn) return '~';
  const [year, month = '00', day = '00'] = saidOn.iso.split('-');
  return `${year}-${month}-${day}`;
}

export function benchQueries(graph: SyntheticGraph): BenchQuery[] {
  const random = new Random(graph.options.seed, 1_000_003);
  const famous = graph.famousPeople(50);
  const star = famous[0];
  const midlist = famous[3];
  // uniformly random people: most are in the long tail, a few are famous
  const pairs = Array.from(
    { length: 16 },
    () => [random.pick(graph.people), random.pick(graph.people)] as const,
  ).filter(([a, b]) => a !== b);
  const byName = new Map<string, SyntheticEntity>(
    [...graph.people, ...graph.outlets, ...graph.organizations].map((e) => [e.name, e]),
  );

  const queries: BenchQuery[] = [
    {
      name: 'tiny',
      description: '`{ __typename }`: the cost of a request that does no work',
      requests: [{ query: TINY }],
      storeCalls: 0,
      check: (data) => (data?.__typename === 'Query' ? [] : ['__typename is not Query']),
    },
    {
      name: 'entity',
      description: 'one entity by name (`entity(name:)` with its aliases)',
      requests: famous.slice(0, 8).map((person) => ({ query: ENTITY, variables: { name: person.name } })),
      storeCalls: 3,
      check: (data, request) => {
        const entity = data?.entity;
        const expected = byName.get(request.variables!.name as string);
        if (!entity || !expected) return ['no entity'];
        return entity.slug === expected.slug && entity.name === expected.name && entity.entityType === 'PERSON'
          ? []
          : [`expected ${expected.slug}, got ${entity.slug}`];
      },
    },
    {
      name: 'nested',
      description:
        'who said what: 10 people → 5 statements each → their mentions → each mentioned entity’s 3 statements',
      requests: [{ query: NESTED }],
      storeCalls: 5,
      check: (data) => {
        const people = data?.people?.nodes ?? [];
        const problems: string[] = [];
        if (people.length !== 10) problems.push(`expected 10 people, got ${people.length}`);
        if (!isSortedBy(people, (p: Json) => p.name.toLowerCase())) problems.push('people are not in name order');
        let statements = 0;
        for (const person of people) {
          const list = person.statements.nodes;
          statements += list.length;
          if (list.length > 5) problems.push(`${person.name} has more than 5 statements`);
          if (!isSortedBy(list, (s: Json) => dateKey(s.saidOn)))
            problems.push(`${person.name}'s statements are not in date order`);
          for (const statement of list) {
            if (
              statement.mentions.length === 0 &&
              !statement.quote.includes('nothing new') &&
              !statement.quote.includes('all anyone asks')
            ) {
              problems.push(`a statement of ${person.name} mentions nobody`);
            }
            for (const mention of statement.mentions) {
              if (!statement.quote.includes(mention.entity.name) && mention.stance !== 'DISPUTES') {
                problems.push(`"${statement.quote}" mentions ${mention.entity.name} without naming them`);
              }
              if (mention.entity.statements.nodes.length > 3)
                problems.push('more than 3 statements of a mentioned entity');
            }
          }
        }
        if (statements === 0) problems.push('no statements at all');
        return problems.slice(0, 5);
      },
    },
    {
      name: 'statementPage',
      description: `a filtered, paginated statements page: page 2 of ${midlist.name}'s direct quotes said from 2010 to June 2020, 20 a page`,
      requests: [{ query: STATEMENT_PAGE, variables: { speaker: midlist.name, after: null } }],
      prepare: (data, request) => ({
        ...request,
        variables: { ...request.variables, after: data.statements.pageInfo.endCursor },
      }),
      storeCalls: 5,
      check: (data, request) => {
        const edges = data?.statements?.edges ?? [];
        const problems: string[] = [];
        if (edges.length === 0) problems.push('an empty page');
        if (edges.length > 20) problems.push('more than 20 statements');
        for (const { node } of edges) {
          if (node.speaker.name !== request.variables!.speaker) problems.push(`speaker ${node.speaker.name}`);
          if (!node.isDirectQuote) problems.push(`${node.slug} is not a direct quote`);
          const day = dateKey(node.saidOn);
          if (day < '2010' || day > '2020-06-30') problems.push(`${node.slug} said on ${node.saidOn?.iso}`);
        }
        if (!isSortedBy(edges, (e: Json) => dateKey(e.node.saidOn))) problems.push('not in date order');
        return problems.slice(0, 5);
      },
    },
    {
      name: 'search',
      description: `full-text search, 10 hits with snippets: "${famous[25].name}", "lawsuit", "stadium deal", "misquoted", "Kalo*"`,
      // a well-known (not the most quoted) person, a common topic, a phrase, a stance word, a prefix
      requests: [famous[25].name, 'lawsuit', 'stadium deal', 'misquoted', 'Kalo*'].map((query) => ({
        query: SEARCH,
        variables: { query },
      })),
      // the search, one call per kind of node found, and the speakers of the statements found
      storeCalls: (data) => {
        const kinds = new Set(
          (data?.search?.nodes ?? []).map((hit: Json) =>
            ['PERSON', 'OUTLET', 'ORGANIZATION'].includes(hit.kind) ? 'ENTITY' : hit.kind,
          ),
        );
        return 1 + kinds.size + (kinds.has('STATEMENT') ? 1 : 0);
      },
      check: (data) => {
        const hits = data?.search?.nodes ?? [];
        const problems: string[] = [];
        if (hits.length === 0) problems.push('no hits');
        if (!hits.every((h: Json, i: number) => i === 0 || hits[i - 1].score >= h.score))
          problems.push('hits are not best first');
        for (const hit of hits) if (hit.highlights.length === 0) problems.push(`a ${hit.kind} hit without a highlight`);
        return problems.slice(0, 5);
      },
    },
    {
      name: 'paths',
      description: `\`paths\` (maxHops 4, 3 paths) between ${pairs.length} pairs of people drawn uniformly at random`,
      requests: pairs.map(([from, to]) => ({ query: PATHS, variables: { from: from.slug, to: to.slug } })),
      // resolving the two ends, one call per breadth-first level (at most maxHops), then the entities of the hops
      storeCalls: { atMost: 6 },
      check: (data, request) => {
        const paths = data?.paths ?? [];
        const problems: string[] = [];
        const lengths = new Set(paths.map((p: Json) => p.length));
        if (lengths.size > 1) problems.push('paths of different lengths');
        for (const path of paths) {
          const slugs = path.entities.map((e: Json) => e.slug);
          if (slugs[0] !== request.variables!.from || slugs.at(-1) !== request.variables!.to)
            problems.push('a path with the wrong ends');
          if (path.length > 4 || path.hops.length !== path.length) problems.push('a path longer than maxHops');
          path.hops.forEach((hop: Json, i: number) => {
            if (hop.from.slug !== slugs[i] || hop.to.slug !== slugs[i + 1]) problems.push('hops do not chain');
          });
        }
        return problems.slice(0, 5);
      },
    },
    {
      name: 'neighbourhood',
      description:
        'a 2-hop neighbourhood: an entity’s relationships, and the relationships of each entity they lead to',
      requests: famous.slice(10, 14).map((person) => ({ query: NEIGHBOURHOOD, variables: { name: person.name } })),
      storeCalls: 8,
      check: (data, request) => {
        const entity = data?.entity;
        if (!entity) return ['no entity'];
        const problems: string[] = [];
        const slug = byName.get(request.variables!.name as string)!.slug;
        for (const relationship of entity.relationships.nodes) {
          if (relationship.from.slug !== slug && relationship.to.slug !== slug)
            problems.push('a relationship that does not touch the entity');
          for (const next of relationship.to.relationships.nodes) {
            if (next.from.slug !== relationship.to.slug && next.to.slug !== relationship.to.slug)
              problems.push('a second-hop relationship that does not touch its entity');
          }
        }
        if (entity.relationships.nodes.length === 0) problems.push('no relationships');
        return problems.slice(0, 5);
      },
    },
    {
      name: 'summary',
      description:
        'the fact-check dashboard summary (counts by status and rating, most disputed, top speakers and subjects)',
      requests: [{ query: SUMMARY }],
      // every figure in one read, then one batch of claims and one of entities (speakers and mentioned entities
      // together): the figures arrive at once, so both rankings' entities are asked for in the same turn
      storeCalls: 3,
      check: (data) => {
        const summary = data?.factCheckSummary;
        if (!summary) return ['no summary'];
        const problems: string[] = [];
        const byStatus = summary.byStatus.reduce((sum: number, row: Json) => sum + row.count, 0);
        const byRating = summary.byRating.reduce((sum: number, row: Json) => sum + row.count, 0);
        if (byStatus !== summary.totalClaims)
          problems.push(`byStatus adds up to ${byStatus}, not ${summary.totalClaims}`);
        if (byRating !== summary.totalClaims)
          problems.push(`byRating adds up to ${byRating}, not ${summary.totalClaims}`);
        if (summary.statementsPerSpeaker[0]?.speaker.name !== star.name)
          problems.push(`the most quoted is not ${star.name}`);
        if (!isSortedBy(summary.statementsPerSpeaker, (row: Json) => String(1e9 - row.count)))
          problems.push('speakers not by count');
        return problems;
      },
    },
    {
      name: 'large',
      description:
        'one large response: 5 held documents with their full text and 100 statements each (mentions, evidence)',
      requests: [
        {
          query: LARGE,
          variables: { ids: [1, 2, 3, 4, 5].map((n) => Buffer.from(`Document:report-${n}`).toString('base64url')) },
        },
      ],
      storeCalls: 7,
      check: (data) => {
        const documents = data?.nodes ?? [];
        const problems: string[] = [];
        if (documents.length !== 5) problems.push(`expected 5 documents, got ${documents.length}`);
        for (const document of documents) {
          if (!document?.text) {
            problems.push('a document without its text');
            continue;
          }
          if (document.statementsReported.nodes.length === 0) problems.push(`${document.slug} reports no statements`);
          const codePoints = Array.from(document.text as string);
          for (const statement of document.statementsReported.nodes) {
            for (const span of statement.evidence) {
              const found = codePoints.slice(span.start, span.end).join('');
              if (found !== span.exact)
                problems.push(`${statement.slug}: span [${span.start}, ${span.end}) reads "${found}"`);
            }
          }
        }
        return problems.slice(0, 5);
      },
    },
  ];
  return queries;
}

/** How often each query appears in the weighted mix: lookups and pages dominate, as in a dashboard's traffic. */
export const MIX_WEIGHTS: Record<string, number> = {
  entity: 30,
  statementPage: 20,
  search: 15,
  nested: 10,
  neighbourhood: 10,
  paths: 5,
  summary: 5,
  large: 2,
  tiny: 3,
};
