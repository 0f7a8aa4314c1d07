/**
 * Bad input gets a precise, safe error: the right `extensions.code`, the argument at fault, partial data where the
 * rest of the query could be answered, and never a stack trace, a file path or SQL. After each one the server
 * still answers a normal query.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type GraphQLBody, type TestServer } from './support/testServer.js';

type Json = any;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
});

const globalId = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** Sends a query and checks that the response, whatever it is, leaks nothing of the server's insides. */
async function send(
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ status: number; body: GraphQLBody }> {
  const { status, body, text } = await server.graphql(query, variables);
  expect(text).not.toMatch(/sqlite/i);
  expect(text).not.toContain('at /');
  expect(text).not.toContain('node_modules');
  expect(text).not.toMatch(/\b(SELECT|INSERT|FROM|WHERE)\b/);
  return { status, body };
}

/** The server is still well: a normal query answers with the article's data. */
async function expectStillServing(): Promise<void> {
  const { status, body } = await send('{ people { totalCount } entity(name: "Ye") { name } }');
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  expect(body.data).toEqual({ people: { totalCount: 6 }, entity: { name: 'Kanye West' } });
}

/** The response has exactly one error, with this code (and these other fields), and the server still serves. */
async function expectOneError(
  response: { status: number; body: GraphQLBody },
  expected: { code: string; status?: number; argumentPath?: string; path?: (string | number)[]; message?: RegExp },
): Promise<Json> {
  const { status, body } = response;
  expect(body.errors, JSON.stringify(body)).toHaveLength(1);
  const [error] = body.errors!;
  expect(error.extensions?.code, error.message).toBe(expected.code);
  expect(status).toBe(expected.status ?? 200);
  if (expected.argumentPath !== undefined) expect(error.extensions?.argumentPath).toBe(expected.argumentPath);
  if (expected.path !== undefined) expect(error.path).toEqual(expected.path);
  if (expected.message !== undefined) expect(error.message).toMatch(expected.message);
  expect(error.extensions).not.toHaveProperty('stacktrace');
  await expectStillServing();
  return error;
}

describe('node ids', () => {
  it('a well-formed id of a node that does not exist: NOT_FOUND, and node is null', async () => {
    const response = await send('query ($id: ID!) { node(id: $id) { id } }', { id: globalId('Person:no-such-person') });
    await expectOneError(response, { code: 'NOT_FOUND', path: ['node'], argumentPath: 'id' });
    expect(response.body.data).toEqual({ node: null });
  });

  it('an id of the wrong type for an existing slug is not found either (an Outlet id with a person slug)', async () => {
    const response = await send('query ($id: ID!) { node(id: $id) { id } }', { id: globalId('Outlet:john-legend') });
    await expectOneError(response, { code: 'NOT_FOUND', path: ['node'] });
    expect(response.body.data).toEqual({ node: null });
  });

  it.each([
    ['not base64 at all', 'not an id!'],
    ['an unknown type', globalId('Spaceship:john-legend')],
    ['no type', globalId('john-legend')],
    ['a slug that is not a slug', globalId('Person:John Legend')],
    ['empty', ''],
  ])('a malformed id (%s): BAD_USER_INPUT', async (_what, id) => {
    const response = await send('query ($id: ID!) { node(id: $id) { id } }', { id });
    await expectOneError(response, { code: 'BAD_USER_INPUT', path: ['node'], argumentPath: 'id' });
    expect(response.body.data).toEqual({ node: null });
  });

  it('nodes with one good and one malformed id: the good node, null for the bad one, an error at its path', async () => {
    const good = globalId('Person:john-legend');
    const response = await send('query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Person { name } } }', {
      ids: [good, 'garbage!'],
    });
    await expectOneError(response, { code: 'BAD_USER_INPUT', path: ['nodes', 1] });
    expect(response.body.data).toEqual({ nodes: [{ id: good, name: 'John Legend' }, null] });
  });

  it('nodes with an unknown id in the middle: NOT_FOUND at that index only', async () => {
    const legend = globalId('Person:john-legend');
    const west = globalId('Person:kanye-west');
    const response = await send('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: [legend, globalId('Claim:no-such-claim'), west],
    });
    await expectOneError(response, { code: 'NOT_FOUND', path: ['nodes', 1] });
    expect(response.body.data).toEqual({ nodes: [{ id: legend }, null, { id: west }] });
  });
});

describe('statement filters', () => {
  it('an unknown speaker: NOT_FOUND naming filter.speaker, not an empty page', async () => {
    const response = await send('{ statements(filter: { speaker: "Nobody McNobody" }) { totalCount } }');
    await expectOneError(response, {
      code: 'NOT_FOUND',
      path: ['statements'],
      argumentPath: 'filter.speaker',
      message: /Nobody McNobody/,
    });
    expect(response.body.data).toBeNull();
  });

  it('an unknown entity in about, an unknown event, and a person given as outlet', async () => {
    await expectOneError(await send('{ statements(filter: { about: "no-such-entity" }) { totalCount } }'), {
      code: 'NOT_FOUND',
      argumentPath: 'filter.about',
    });
    await expectOneError(await send('{ statements(filter: { event: "no-such-event" }) { totalCount } }'), {
      code: 'NOT_FOUND',
      argumentPath: 'filter.event',
    });
    await expectOneError(await send('{ statements(filter: { outlet: "john-legend" }) { totalCount } }'), {
      code: 'BAD_USER_INPUT',
      argumentPath: 'filter.outlet',
    });
  });

  it('a value that is not in the enum (stance: LOVES): GRAPHQL_VALIDATION_FAILED, HTTP 400, no data', async () => {
    const response = await send('{ statements(filter: { stance: LOVES }) { totalCount } }');
    await expectOneError(response, { code: 'GRAPHQL_VALIDATION_FAILED', status: 400, message: /LOVES/ });
    expect(response.body.data).toBeUndefined();
  });

  it('the same bad enum value in a variable: BAD_USER_INPUT, HTTP 400', async () => {
    const response = await send('query ($stance: Stance) { statements(filter: { stance: $stance }) { totalCount } }', {
      stance: 'LOVES',
    });
    await expectOneError(response, { code: 'BAD_USER_INPUT', status: 400, message: /LOVES/ });
  });

  it.each([
    ['saidFrom', '2020-13'],
    ['saidTo', '2020-02-30'],
    ['saidFrom', 'last year'],
    ['saidTo', '20'],
  ])('%s: %j is BAD_USER_INPUT naming the argument', async (field, value) => {
    const response = await send(`query ($value: String) { statements(filter: { ${field}: $value }) { totalCount } }`, {
      value,
    });
    await expectOneError(response, {
      code: 'BAD_USER_INPUT',
      path: ['statements'],
      argumentPath: `filter.${field}`,
      message: new RegExp(value.replace(/[-]/g, '\\-')),
    });
  });

  it('saidFrom after saidTo is BAD_USER_INPUT', async () => {
    await expectOneError(await send('{ statements(filter: { saidFrom: "2021", saidTo: "2020" }) { totalCount } }'), {
      code: 'BAD_USER_INPUT',
      argumentPath: 'filter.saidFrom',
    });
  });

  it('text is matched literally: LIKE wildcards and quotes are only characters', async () => {
    const { body } = await send(`{
      percent: statements(filter: { text: "%" }) { totalCount }
      underscore: statements(filter: { text: "_" }) { totalCount }
      injection: statements(filter: { text: "'; DROP TABLE statements; --" }) { totalCount }
      all: statements { totalCount }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      percent: { totalCount: 0 },
      underscore: { totalCount: 0 },
      injection: { totalCount: 0 },
      all: { totalCount: 10 },
    });
  });

  it('a claim rating outside 1-5 is BAD_USER_INPUT', async () => {
    await expectOneError(await send('{ claims(filter: { rating: 7 }) { totalCount } }'), {
      code: 'BAD_USER_INPUT',
      argumentPath: 'filter.rating',
    });
  });
});

describe('paging arguments', () => {
  it('first: 1000 is over the cap of 100: BAD_USER_INPUT; first: 100 is fine', async () => {
    const response = await send('{ statements(first: 1000) { totalCount } }');
    await expectOneError(response, { code: 'BAD_USER_INPUT', argumentPath: 'first', message: /100/ });
    const capped = await send('{ statements(first: 100) { totalCount nodes { id } } }');
    expect(capped.body.errors).toBeUndefined();
    expect(capped.body.data.statements.nodes).toHaveLength(10);
  });

  it('last: 101 is over the cap too', async () => {
    await expectOneError(await send('{ people(last: 101) { totalCount } }'), {
      code: 'BAD_USER_INPUT',
      argumentPath: 'last',
    });
  });

  it('first: -1 is BAD_USER_INPUT', async () => {
    await expectOneError(await send('{ statements(first: -1) { totalCount } }'), {
      code: 'BAD_USER_INPUT',
      argumentPath: 'first',
    });
  });

  it('first and last together is BAD_USER_INPUT', async () => {
    await expectOneError(await send('{ statements(first: 1, last: 1) { totalCount } }'), { code: 'BAD_USER_INPUT' });
  });

  it('a cap on a nested list: the error is at the nested field, and its parent is null', async () => {
    const response = await send('{ entity(name: "Legend") { name statements(first: 500) { totalCount } } }');
    await expectOneError(response, { code: 'BAD_USER_INPUT', path: ['entity', 'statements'], argumentPath: 'first' });
    expect(response.body.data).toEqual({ entity: null });
  });

  it.each([
    ['garbage', 'garbage'],
    ['base64 of nonsense', Buffer.from('hello world').toString('base64url')],
    ['base64 of a JSON object', Buffer.from('{"id": 1}').toString('base64url')],
    ['characters outside base64', '💥💥💥'],
  ])('a garbage cursor (%s) is BAD_USER_INPUT', async (_what, cursor) => {
    await expectOneError(
      await send('query ($after: String) { statements(after: $after) { totalCount } }', { after: cursor }),
      {
        code: 'BAD_USER_INPUT',
        argumentPath: 'after',
      },
    );
    await expectOneError(
      await send('query ($before: String) { statements(before: $before) { totalCount } }', { before: cursor }),
      {
        code: 'BAD_USER_INPUT',
        argumentPath: 'before',
      },
    );
  });

  it('a cursor from another list is BAD_USER_INPUT', async () => {
    const { body } = await send(
      '{ people(first: 1) { pageInfo { endCursor } } statements(first: 1) { pageInfo { endCursor } } }',
    );
    const peopleCursor = body.data.people.pageInfo.endCursor;
    const statementCursor = body.data.statements.pageInfo.endCursor;
    expect(typeof peopleCursor).toBe('string');
    await expectOneError(
      await send('query ($after: String) { statements(after: $after) { totalCount } }', { after: peopleCursor }),
      {
        code: 'BAD_USER_INPUT',
        argumentPath: 'after',
      },
    );
    // the same list in another order is another list: its positions mean something else
    await expectOneError(
      await send('query ($after: String) { statements(orderBy: SAID_ON_DESC, after: $after) { totalCount } }', {
        after: statementCursor,
      }),
      { code: 'BAD_USER_INPUT', argumentPath: 'after' },
    );
    await expectOneError(
      await send('query ($before: String) { people(before: $before) { totalCount } }', { before: statementCursor }),
      {
        code: 'BAD_USER_INPUT',
        argumentPath: 'before',
      },
    );
  });
});

describe('malformed requests', () => {
  it('a syntax error is GRAPHQL_PARSE_FAILED, HTTP 400', async () => {
    const response = await send('{ statements( { totalCount } }');
    await expectOneError(response, { code: 'GRAPHQL_PARSE_FAILED', status: 400 });
    expect(response.body.data).toBeUndefined();
  });

  it('a field that does not exist is GRAPHQL_VALIDATION_FAILED, HTTP 400', async () => {
    const response = await send('{ people { nodes { shoeSize } } }');
    await expectOneError(response, { code: 'GRAPHQL_VALIDATION_FAILED', status: 400, message: /shoeSize/ });
  });

  it('a missing required argument is GRAPHQL_VALIDATION_FAILED, HTTP 400', async () => {
    await expectOneError(await send('{ entity { name } }'), { code: 'GRAPHQL_VALIDATION_FAILED', status: 400 });
  });

  it('a body that is not JSON is HTTP 400, without internals', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ people { totalCount } }"',
    });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(text).not.toContain('at /');
    expect(text).not.toContain('node_modules');
    await expectStillServing();
  });
});
