/**
 * Hostile query shapes (depth, cost, aliases, directives, tokens, introspection and fragment cycles) are refused before execution (HTTP 400, a typed
 * error naming the limit and by how much, no `data`, zero store calls), the limits are calibrated so that real
 * queries pass, and the server keeps serving. Latencies are printed ([latency] lines), never asserted.
 */
import { ValidationContext } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_QUERY_LIMITS } from '../../src/config/queryLimits.js';
import { ON_POSTGRES } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { globalId, startWriteServer, type WriteServer } from '../support/writeServer.js';
import { captureSql, expectRejectedBeforeExecution, limitErrorOf, measure } from './helpers.js';

let server: TestServer;
/** introspection on and a smaller depth limit: the limits are configuration, and introspection is limited too */
let tuned: TestServer;
let writes: WriteServer;
const TUNED_DEPTH = 6;

beforeAll(async () => {
  [server, tuned, writes] = await Promise.all([
    startTestServer(),
    startTestServer({ env: { CLAIMGRAPH_INTROSPECTION: '1', CLAIMGRAPH_MAX_DEPTH: String(TUNED_DEPTH) } }),
    startWriteServer(),
  ]);
});

afterAll(async () => {
  await Promise.all([server?.close(), tuned?.close(), writes?.close()]);
});

/** A cheap query that must keep answering after each attack. */
async function stillServing(target: TestServer = server): Promise<void> {
  const { status, body } = await target.graphql('{ people { totalCount } }');
  expect(status).toBe(200);
  expect(body.data?.people.totalCount).toBe(6);
}

/**
 * A query whose depth, as the depth limit counts it, is exactly `depth`: a chain of `depth - 1` fields through
 * the real schema (statements -> nodes -> speaker -> statements -> nodes -> ...), each list of one item so that
 * only the depth grows, ending in a scalar leaf (the last level).
 */
function queryOfDepth(depth: number): string {
  const cycle = [
    { field: 'statements(first: 1)', leaf: 'totalCount' },
    { field: 'nodes', leaf: 'slug' },
    { field: 'speaker', leaf: 'slug' },
  ];
  const steps = Array.from({ length: depth - 1 }, (_, i) => cycle[i % 3]);
  let selection = steps.at(-1)!.leaf;
  for (let i = steps.length - 1; i >= 0; i--) selection = `${steps[i].field} { ${selection} }`;
  return `{ ${selection} }`;
}

describe('query limits, checked before execution', () => {
  it('a 50-level depth bomb is refused before execution and the server keeps serving', async () => {
    const bomb = queryOfDepth(50);
    // a cycle through the real schema too: statement -> claims -> appearances -> statement -> ...
    let shaped = 'id';
    while ((shaped.match(/\{/g)?.length ?? 0) < 50)
      shaped = `claims { nodes { appearances { nodes { statement { ${shaped} } } } } }`;
    const statementId = (await server.graphql('{ statements(first: 1) { nodes { id } } }')).body.data.statements
      .nodes[0].id;
    const cycleShaped = `{ node(id: "${statementId}") { ... on Statement { ${shaped} } } }`;

    for (const [label, query] of [
      ['speaker/statements chain', bomb],
      ['statement/claims/appearances cycle', cycleShaped],
    ] as const) {
      const result = await measure(`depth bomb (50 levels, ${label}) refused`, 20, () => server.graphql(query));
      const errors = expectRejectedBeforeExecution(result);
      const depth = limitErrorOf(errors, 'depth');
      expect(depth.max).toBe(DEFAULT_QUERY_LIMITS.maxDepth);
      expect(depth.found).toBeGreaterThanOrEqual(50);
      expect(depth.message).toMatch(/too deeply nested: the limit is 12, this query has \d+/);
    }
    await stillServing();
  });

  it('a query exactly at the depth limit runs; one level more is refused (default and configured limits)', async () => {
    const atLimit = await server.graphql(queryOfDepth(DEFAULT_QUERY_LIMITS.maxDepth));
    expect(atLimit.body.errors, atLimit.text).toBeUndefined();
    expect(atLimit.status).toBe(200);
    expect(atLimit.body.data.statements.nodes).toHaveLength(1);

    const over = expectRejectedBeforeExecution(await server.graphql(queryOfDepth(DEFAULT_QUERY_LIMITS.maxDepth + 1)));
    expect(limitErrorOf(over, 'depth')).toMatchObject({
      max: DEFAULT_QUERY_LIMITS.maxDepth,
      found: DEFAULT_QUERY_LIMITS.maxDepth + 1,
    });

    // CLAIMGRAPH_MAX_DEPTH moves the boundary
    const tunedAt = await tuned.graphql(queryOfDepth(TUNED_DEPTH));
    expect(tunedAt.status, tunedAt.text).toBe(200);
    const tunedOver = expectRejectedBeforeExecution(await tuned.graphql(queryOfDepth(TUNED_DEPTH + 1)));
    expect(limitErrorOf(tunedOver, 'depth')).toMatchObject({ max: TUNED_DEPTH, found: TUNED_DEPTH + 1 });

    // calibration: the deepest real query (the "60,000 votes" example, docs/examples/claim-provenance.graphql, as
    // a dashboard's claim page asks it) passes the default limit
    const exampleDeepest = await server.graphql(`{
      search(query: "60,000 votes", kinds: [CLAIM], first: 1) {
        nodes { node { ... on Claim {
          text status claimant { name }
          appearances { nodes { statement { quote } document { title outlet { name } sha256 } evidence { start end exact prefix } } }
        } } }
      }
    }`);
    expect(exampleDeepest.body.errors, exampleDeepest.text).toBeUndefined();
    expect(exampleDeepest.body.data.search.nodes[0].node.appearances.nodes[0].document.outlet.name).toBe('The Source');
  });

  it('`first` beyond the page size or negative is BAD_USER_INPUT with no rows, and list SQL always has a LIMIT', async () => {
    for (const [query, variables] of [
      ['{ statements(first: 99999999) { nodes { id } } }', undefined],
      ['{ statements(first: -1) { nodes { id } } }', undefined],
      ['{ claims(last: 1000) { nodes { id } } }', undefined],
      ['query Page($n: Int) { statements(first: $n) { nodes { id } } }', { n: 99999999 }],
    ] as const) {
      const result = await server.graphql(query, variables);
      // a resolver's refusal: GraphQL-over-HTTP answers it with 200 and data null (a 400 would do as well)
      expect([200, 400]).toContain(result.status);
      expect(result.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(result.body.data ?? null).toBeNull();
      expect(result.body.extensions?.storeCalls ?? 0).toBe(0);
      expect(result.body.errors![0].message).toMatch(/at most 100|non-negative/);
    }

    if (ON_POSTGRES) return; // the SQL spy below watches better-sqlite3
    const { result: page, sql: prepared } = await captureSql(() =>
      server.graphql(
        '{ statements(first: 100) { nodes { id } } claims(first: 100) { nodes { id } } people(first: 100) { nodes { id } } }',
      ),
    );
    expect(page.status).toBe(200);
    expect(page.body.data.statements.nodes.length).toBeLessThanOrEqual(100);
    const listQueries = prepared.filter((sql) => /\bORDER BY\b/i.test(sql));
    expect(listQueries.length, prepared.join('\n---\n')).toBeGreaterThan(0);
    for (const sql of listQueries) expect(sql, 'a list query without LIMIT').toMatch(/\bLIMIT\b/i);
  });

  it('a wide-times-deep cost bomb (with aliases) is refused before execution; dashboard queries still run', async () => {
    const arm =
      'statements(first: 100) { nodes { claims(first: 100) { nodes { reviews(first: 100) { nodes { claim { appearances(first: 100) { nodes { statement { quote } } } } } } } } } }';
    const bomb = `{ a: ${arm} b: ${arm} c: ${arm} }`;
    const result = await measure('cost bomb refused', 10, () => server.graphql(bomb));
    const errors = expectRejectedBeforeExecution(result);
    const cost = limitErrorOf(errors, 'cost');
    expect(cost.max).toBe(DEFAULT_QUERY_LIMITS.maxCost);
    expect(cost.found).toBeGreaterThan(DEFAULT_QUERY_LIMITS.maxCost);
    expect(
      errors.some((e) => e.extensions?.limit === 'depth'),
      'refused for its cost, not its depth',
    ).toBe(false);

    const dashboard = await measure('dashboard query accepted', 10, () =>
      server.graphql(`{
        factCheckSummary {
          totalClaims byStatus { status count } byRating { ratingValue ratingLabel count }
          mostDisputed { claim { slug text } disputeCount reviewCount }
          statementsPerSpeaker { speaker { name } count }
        }
        claims(first: 20) { totalCount nodes { slug text status claimant { name } reviews(first: 5) { totalCount nodes { ratingValue verdict } } } }
        statements(first: 20) { totalCount nodes { quote speaker { name } mentions { entity { name } stance } } }
      }`),
    );
    expect(dashboard.body.errors, dashboard.text).toBeUndefined();
    expect(dashboard.body.data.factCheckSummary.totalClaims).toBe(5);
    await stillServing();
  });

  it('a fragment DAG cost bomb is refused with work proportional to the document', async () => {
    const levels = 20;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Statement { ...F${i + 1} ...F${i + 1} }`,
    );
    const query = `{ statements(first: 1) { nodes { ...F0 } } }\n${fragments.join('\n')}\nfragment F${levels} on Statement { id }`;
    let lookups = 0;
    const getFragment = ValidationContext.prototype.getFragment;
    ValidationContext.prototype.getFragment = function (this: ValidationContext, name: string) {
      lookups += 1;
      return getFragment.call(this, name);
    };
    let result;
    try {
      result = await measure('fragment DAG bomb (20 levels, 2 spreads each) refused', 1, () => server.graphql(query));
    } finally {
      ValidationContext.prototype.getFragment = getFragment;
    }
    expectRejectedBeforeExecution(result);
    console.log(`[work] fragment DAG bomb: ${lookups} fragment look-ups during validation for ${2 * levels} spreads`);
    expect(lookups).toBeLessThan(100 * 2 * levels);
  });

  it('alias overloading on a real field is refused before execution', async () => {
    const aliased = (count: number) =>
      `{ ${Array.from({ length: count }, (_, i) => `a${i}: people { totalCount }`).join(' ')} }`;
    const atLimit = await server.graphql(aliased(DEFAULT_QUERY_LIMITS.maxAliases));
    expect(atLimit.status, atLimit.text).toBe(200);

    const over = expectRejectedBeforeExecution(await server.graphql(aliased(DEFAULT_QUERY_LIMITS.maxAliases + 1)));
    expect(limitErrorOf(over, 'aliases')).toMatchObject({ max: 15, found: 16 });

    const flood = await measure('101 aliases refused', 10, () => server.graphql(aliased(101)));
    const errors = expectRejectedBeforeExecution(flood);
    const aliases = limitErrorOf(errors, 'aliases');
    expect(aliases).toMatchObject({ max: 15, found: 101 });
    expect(aliases.message).toBe('Too many aliases: the limit is 15, this query has 101');
    await stillServing();
  });

  it('graphql-cop alias overloading (101 aliases of __typename) is refused: __typename aliases count', async () => {
    // Policy: __typename aliases are not exempt (Armor allowList: []), so scanner results are clean.
    const query = `query cop { ${Array.from({ length: 101 }, (_, i) => `alias${i}: __typename`).join(' ')} }`;
    const errors = expectRejectedBeforeExecution(await server.graphql(query));
    expect(limitErrorOf(errors, 'aliases')).toMatchObject({ max: 15, found: 101 });
  });

  it('50 aliased reviewClaim calls are refused by the alias and mutation-field limits; nothing is written', async () => {
    const claimId = globalId('Claim', 'west-60000-votes');
    const countsQuery = `{ claim: node(id: "${claimId}") { ... on Claim { status reviews { totalCount } } } factCheckSummary { byStatus { status count } } }`;
    const history = `{ history(id: "${claimId}") { totalCount } }`;
    const before = [(await writes.graphql(countsQuery)).body.data, (await writes.graphql(history)).body.data];
    const input = {
      claim: 'west-60000-votes',
      ratingValue: 1,
      explanation: 'brute force',
      sources: [{ url: 'https://example.org/x', title: 'x' }],
    };
    const mutation = (count: number) =>
      `mutation Brute($input: ReviewClaimInput!) { ${Array.from({ length: count }, (_, i) => `r${i}: reviewClaim(input: $input) { review { id } }`).join(' ')} }`;

    const fifty = expectRejectedBeforeExecution(await writes.as('reviewer', mutation(50), { input }));
    expect(limitErrorOf(fifty, 'aliases')).toMatchObject({ max: 15, found: 50 });
    expect(limitErrorOf(fifty, 'mutationFields')).toMatchObject({ max: 5, found: 50 });

    // under the alias limit, the per-request mutation-field limit still holds
    const six = expectRejectedBeforeExecution(await writes.as('reviewer', mutation(6), { input }));
    expect(limitErrorOf(six, 'mutationFields')).toMatchObject({
      max: DEFAULT_QUERY_LIMITS.maxMutationFields,
      found: 6,
    });
    expect(six.some((e) => e.extensions?.limit === 'aliases')).toBe(false);

    const after = [(await writes.graphql(countsQuery)).body.data, (await writes.graphql(history)).body.data];
    expect(after).toEqual(before);
    expect(before[0].claim.reviews.totalCount).toBe(0);
  });

  it('field duplication (quote x500) resolves each row once: the same store calls as one quote', async () => {
    const once = await server.graphql('{ statements { nodes { quote } } }');
    const duplicated = await measure('quote x500 on every statement', 10, () =>
      server.graphql(`{ statements { nodes { ${'quote '.repeat(500)}} } }`),
    );
    expect(duplicated.status).toBe(200);
    expect(duplicated.body.errors).toBeUndefined();
    expect(duplicated.body.data).toEqual(once.body.data);
    expect(duplicated.body.extensions?.storeCalls).toBe(once.body.extensions?.storeCalls);
    await stillServing();
  });

  it('a token bomb (id x1200) is a 400 GRAPHQL_PARSE_FAILED, not a 500', async () => {
    const result = await measure('token bomb refused', 10, () =>
      server.graphql(`{ statements { nodes { ${'id '.repeat(1200)}} } }`),
    );
    const [error] = expectRejectedBeforeExecution(result, ['GRAPHQL_PARSE_FAILED']);
    expect(error.message).toContain(`more that ${DEFAULT_QUERY_LIMITS.maxTokens} tokens`);
    await stillServing();
  });

  it('directive overloading is refused before execution; unknown directives give at most 10 errors', async () => {
    const result = await server.graphql(`{ __typename ${'@include(if: true) '.repeat(60)}}`);
    const errors = expectRejectedBeforeExecution(result);
    expect(limitErrorOf(errors, 'directives')).toMatchObject({ max: 50, found: 60 });
    console.log(
      `[errors] directive overloading: @include x60 answered with ${errors.length} errors (no validation maxErrors is set)`,
    );

    const unknown = await server.graphql(`{ __typename ${'@aa '.repeat(10)}}`);
    const unknownErrors = expectRejectedBeforeExecution(unknown, ['GRAPHQL_VALIDATION_FAILED']);
    expect(unknownErrors.length).toBeLessThanOrEqual(10);
    for (const error of unknownErrors) expect(error.message).toBe('Unknown directive "@aa".');
  });

  it('circular introspection is refused: INTROSPECTION_DISABLED in production, a limit when introspection is on', async () => {
    const cop =
      'query cop { __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }';
    const disabled = expectRejectedBeforeExecution(await server.graphql(cop));
    expect(disabled.map((e) => e.extensions?.validationErrorCode)).toContain('INTROSPECTION_DISABLED');

    // introspection on (CLAIMGRAPH_INTROSPECTION=1): the circular payload is still refused before execution
    const small = await tuned.graphql('{ __schema { queryType { name } } }');
    expect(small.body.data?.__schema.queryType.name).toBe('Query');
    const refused = expectRejectedBeforeExecution(await tuned.graphql(cop));
    expect(
      refused.some((e) => e.extensions?.limit === 'depth' || /Maximum introspection depth exceeded/.test(e.message)),
      JSON.stringify(refused),
    ).toBe(true);
    await stillServing(tuned);
  });

  it('circular fragments (A<->B, and self-referencing on Statement) are 400s; the process stays up', async () => {
    const cycles = [
      'query cop { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
      '{ statements { nodes { ...S } } } fragment S on Statement { id respondsTo { ...S } }',
      '{ statements { nodes { ...S } } } fragment S on Statement { id ...S }',
    ];
    for (const query of cycles) {
      const errors = expectRejectedBeforeExecution(await server.graphql(query), [
        'GRAPHQL_VALIDATION_FAILED',
        'QUERY_TOO_COMPLEX',
      ]);
      expect(
        errors.some((e) => /Cannot spread fragment "\w+" within itself/.test(e.message)),
        JSON.stringify(errors),
      ).toBe(true);
    }
    await stillServing();
  });
});
