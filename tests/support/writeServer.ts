/**
 * A claimgraph server that accepts writes, for the fact-check workflow tests: the fixture-seeded test server of
 * testServer.ts with one bearer token per role (CLAIMGRAPH_TOKENS), a public URL and a publisher name, and helpers
 * to send a mutation as a role, to expect a refusal, and to read back everything a refused write could have
 * changed.
 */
import { expect } from 'vitest';
import { toGlobalId, type NodeTypeName } from '../../src/graphql/globalId.js';
import {
  readArticleText,
  startTestServer,
  type GraphQLErrorBody,
  type GraphQLResult,
  type TestServer,
  type TestServerOptions,
} from './testServer.js';

export type Json = any;

export const ROLES = ['editor', 'reviewer', 'admin'] as const;
export type TestRole = (typeof ROLES)[number];

/** One token per role; each at least 16 characters, as the configuration requires. */
export const TOKENS: Readonly<Record<TestRole, { name: string; token: string }>> = {
  editor: { name: 'alice', token: 'editor-token-of-alice-0123456789' },
  reviewer: { name: 'rita', token: 'reviewer-token-of-rita-0123456789' },
  admin: { name: 'adam', token: 'admin-token-of-adam-0123456789ab' },
};

export const TOKENS_VARIABLE = ROLES.map((role) => `${TOKENS[role].name}:${role}:${TOKENS[role].token}`).join(',');

export const PUBLIC_URL = 'https://factcheck.example.org';
export const PUBLISHER = 'Example Fact Check Desk';

export const ARTICLE = 'thesource-legend-west';
export const ARTICLE_TEXT = readArticleText();

export interface WriteServer extends TestServer {
  /** the server's origin, http://127.0.0.1:<port> */
  origin: string;
  /** sends a request with the role's bearer token (or none) */
  as<TData = Json>(
    role: TestRole | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<TData>>;
}

export async function startWriteServer(options: TestServerOptions = {}): Promise<WriteServer> {
  const server = await startTestServer({
    ...options,
    env: {
      CLAIMGRAPH_TOKENS: TOKENS_VARIABLE,
      CLAIMGRAPH_PUBLIC_URL: PUBLIC_URL,
      CLAIMGRAPH_PUBLISHER: PUBLISHER,
      ...options.env,
    },
  });
  return {
    ...server,
    origin: new URL(server.url).origin,
    as: (role, query, variables) => server.graphql(query, variables, role === null ? {} : { headers: bearer(role) }),
  };
}

export function bearer(role: TestRole): Record<string, string> {
  return { authorization: `Bearer ${TOKENS[role].token}` };
}

export function globalId(typeName: NodeTypeName, slug: string): string {
  return toGlobalId(typeName, slug);
}

/** Runs a request that must succeed; returns its data. */
export async function succeed(result: Promise<GraphQLResult<Json>>): Promise<Json> {
  const { status, body } = await result;
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  return body.data;
}

/** Runs a request that must fail with exactly one error of `code`; returns that error and the raw response. */
export async function refuse(
  result: Promise<GraphQLResult<Json>>,
  code: string,
): Promise<{ error: GraphQLErrorBody; text: string; data: Json }> {
  const { body, text } = await result;
  expect(body.errors, `expected one ${code} error, got ${text}`).toHaveLength(1);
  const [error] = body.errors!;
  expect(error.extensions?.code, error.message).toBe(code);
  return { error: error, text, data: body.data };
}

export interface InputProblem {
  field: string;
  message: string;
}

/** The `extensions.problems` of a BAD_USER_INPUT refusal. */
export function problemsOf(error: GraphQLErrorBody): InputProblem[] {
  const problems = error.extensions?.problems;
  expect(Array.isArray(problems), `extensions.problems in ${JSON.stringify(error)}`).toBe(true);
  return problems as InputProblem[];
}

/** A W3C TextQuoteSelector + TextPositionSelector for the `occurrence`-th `exact` in `text`, in code points. */
export function spanOf(
  document: string,
  text: string,
  exact: string,
  occurrence = 0,
): { document: string; start: number; end: number; exact: string } {
  let at = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    at = text.indexOf(exact, at + 1);
    if (at === -1) throw new Error(`${JSON.stringify(exact)} (occurrence ${occurrence}) is not in ${document}`);
  }
  const start = Array.from(text.slice(0, at)).length;
  return { document, start, end: start + Array.from(exact).length, exact };
}

/** A span of the fixture's article. */
export function articleSpan(exact: string, occurrence = 0) {
  return spanOf(ARTICLE, ARTICLE_TEXT, exact, occurrence);
}

/** Records whose history and evidence a snapshot reads: those the tests' writes refer to. */
export const WATCHED_NODES: readonly [NodeTypeName, string][] = [
  ['Person', 'john-legend'],
  ['Person', 'kanye-west'],
  ['Person', 'big-sean'],
  ['Outlet', 'new-york-post'],
  ['Document', ARTICLE],
  ['Document', 'new-yorker-legend-interview-doc'],
  ['Event', 'drink-champs-2020-episode'],
  ['Statement', 'legend-real-impetus'],
  ['Statement', 'west-drink-champs-quote'],
  ['Claim', 'fell-out-over-trump'],
  ['Claim', 'used-by-democrats'],
  ['Relationship', 'legend-west-friendship'],
];

/**
 * Everything a write could change, read back through the public API: the size of every list (retracted records
 * included), every claim's status, retraction and number of reviews, the dashboard's counts, and the history and
 * evidence of the watched records. `historyOf` adds global ids of existing records whose history must not change;
 * `absent` adds global ids of records a refused write would have created (they must stay null).
 */
export async function snapshot(
  server: TestServer,
  { historyOf = [], absent = [] }: { historyOf?: readonly string[]; absent?: readonly string[] } = {},
): Promise<Json> {
  const watched = [...WATCHED_NODES.map(([type, slug]) => globalId(type, slug)), ...historyOf];
  const histories = watched
    .map((_, index) => `h${index}: history(id: $h${index}) { totalCount nodes { action actor summary } }`)
    .join('\n');
  const query = `query Snapshot($ids: [ID!]!, ${watched.map((_, index) => `$h${index}: ID!`).join(', ')}) {
    people { totalCount } outlets { totalCount } organizations { totalCount } events { totalCount }
    documents { totalCount nodes { slug } }
    statements(filter: { includeRetracted: true }, first: 100) { totalCount nodes { slug retraction { reason } } }
    relationships(includeRetracted: true, first: 100) { totalCount nodes { slug status retraction { reason } } }
    claims(filter: { includeRetracted: true }, first: 100) {
      totalCount nodes { slug status retraction { reason } reviews { totalCount } }
    }
    factCheckSummary { totalClaims byStatus { status count } byRating { ratingValue count } }
    nodes(ids: $ids) {
      id
      ... on Entity { name aliases evidence { document { slug } start end } }
      ... on Document { retraction { reason } }
      ... on Statement { retraction { reason } }
      ... on Claim { retraction { reason } }
      ... on Relationship { retraction { reason } }
    }
    ${histories}
  }`;
  const variables: Record<string, unknown> = { ids: watched };
  watched.forEach((id, index) => (variables[`h${index}`] = id));
  const data = await succeed(server.graphql(query, variables));
  if (absent.length > 0) {
    // an unknown id is null at its position, with a NOT_FOUND error of its own
    const { body } = await server.graphql('query Absent($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: absent });
    expect(body.data?.nodes, `${absent.join(', ')} must not exist`).toEqual(absent.map(() => null));
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(absent.map(() => 'NOT_FOUND'));
  }
  return data;
}
