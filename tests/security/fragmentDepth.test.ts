/**
 * The depth limit counts field nesting only, however the fields are split into fragments: Relay and Apollo
 * clients colocate a fragment with each component, so one query spreads fragments that spread fragments, each
 * wrapping its fields in inline fragments. Such a query at exactly the limit runs; one field deeper is refused
 * before execution with a message naming the limit. Through GraphQL over HTTP, on a real server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_QUERY_LIMITS } from '../../src/config/queryLimits.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { expectRejectedBeforeExecution, limitErrorOf } from './helpers.js';

let server: TestServer;
const LIMIT = DEFAULT_QUERY_LIMITS.maxDepth;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
});

/** The real schema's cycle: Query/Entity.statements -> StatementConnection.nodes -> Statement.speaker -> Entity. */
const CYCLE = [
  { type: 'Entity', field: 'statements(first: 1)', leaf: 'totalCount' },
  { type: 'StatementConnection', field: 'nodes', leaf: 'slug' },
  { type: 'Statement', field: 'speaker', leaf: 'slug' },
];

/**
 * A Relay-style query whose fields are `depth` levels deep (the leaf counted): one component fragment per field
 * level, each made of a chained container fragment (`...Row_n` spreads `...Row_n_fields`) whose fields sit in an
 * inline fragment. By the old count (a spread adds 2, an inline fragment 1) it was 5 levels per field.
 */
function colocatedQuery(depth: number): string {
  const steps = Array.from({ length: depth - 1 }, (_, i) => CYCLE[i % 3]);
  const fragments: string[] = [];
  steps.forEach((step, i) => {
    const type = i === 0 ? 'Query' : step.type;
    const inner = i === steps.length - 1 ? step.leaf : `...Row_${i + 1}`;
    fragments.push(`fragment Row_${i} on ${type} { ...Row_${i}_fields }`);
    fragments.push(`fragment Row_${i}_fields on ${type} { ... on ${type} { ${step.field} { ${inner} } } }`);
  });
  return `query AppQuery { ...Row_0 }\n${fragments.join('\n')}`;
}

/** How deep the fields of a result go (the depth of its JSON objects, scalars counted as a level). */
function resultDepth(value: unknown): number {
  if (Array.isArray(value)) return Math.max(0, ...value.map(resultDepth));
  if (value && typeof value === 'object') return 1 + Math.max(0, ...Object.values(value).map(resultDepth));
  return 0;
}

describe('depth counts fields, not fragments', () => {
  it(`colocated fragments (named, chained, inline) exactly at the limit (${LIMIT}) run`, async () => {
    const result = await server.graphql(colocatedQuery(LIMIT));
    expect(result.status, result.text.slice(0, 500)).toBe(200);
    expect(result.body.errors).toBeUndefined();
    // the fields really are that deep: the answer's objects nest LIMIT - 1 times around the leaf
    expect(resultDepth(result.body.data)).toBe(LIMIT);
  });

  it('one field more is refused before execution, naming the limit', async () => {
    const errors = expectRejectedBeforeExecution(await server.graphql(colocatedQuery(LIMIT + 1)));
    const depth = limitErrorOf(errors, 'depth');
    expect(depth).toMatchObject({ max: LIMIT, found: LIMIT + 1 });
    expect(depth.message).toBe(`The query is too deeply nested: the limit is ${LIMIT}, this query has ${LIMIT + 1}`);
  });

  it("the issue's probe: seven chained fragments around 4 field levels run", async () => {
    const fragments = Array.from({ length: 6 }, (_, i) => `fragment F${i + 1} on Query { ...F${i + 2} }`);
    const query = `{ ...F1 }\n${fragments.join('\n')}\nfragment F7 on Query { claims(first: 1) { nodes { claimants { name } } } }`;
    const result = await server.graphql(query);
    expect(result.status, result.text.slice(0, 500)).toBe(200);
    expect(result.body.data?.claims.nodes).toHaveLength(1);
  });

  it('a fragment used shallow and deep counts at its deepest use', async () => {
    // ...Tail adds 3 levels (statements > nodes > slug) wherever it is spread
    const tail = 'fragment Tail on Entity { statements(first: 1) { nodes { slug } } }';
    const chain = (levels: number): string =>
      levels === 0 ? '...Tail' : `statements(first: 1) { nodes { speaker { ${chain(levels - 1)} } } }`;
    // entity(1) + 3 per chain level + Tail's 3: with 2 levels 10, with 3 levels 13
    const fits = `{ entity(name: "ye") { ...Tail ${chain(2)} } }\n${tail}`;
    const over = `{ entity(name: "ye") { ...Tail ${chain(3)} } }\n${tail}`;
    const result = await server.graphql(fits);
    expect(result.status, result.text.slice(0, 500)).toBe(200);
    const depth = limitErrorOf(expectRejectedBeforeExecution(await server.graphql(over)), 'depth');
    expect(depth).toMatchObject({ max: LIMIT, found: 13 });
  });
});
