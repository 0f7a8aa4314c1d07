/**
 * The request log: one JSON line per GraphQL request (over HTTP, and per WebSocket subscribe) with its id,
 * operation, outcome, duration, store calls, client address, status and persisted-query hash; never its query
 * text, variables or credentials. The id is the client's `x-request-id` when that is a short safe token (else a
 * fresh UUID), echoed in the response; an internal error is logged once with its stack under that id, and the
 * client's error carries the id. Client errors never log a stack.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKENS } from '../support/writeServer.js';
import { connectGraphQLSocket, subscribe, waitFor } from './graphqlSocket.js';
import { post, requestLines, startLoggedServer, type Json, type LoggedServer } from './loggedServer.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SECRET_NAME = 'Zebulon Quartermaine-Secret';

let server: LoggedServer;

beforeAll(async () => {
  server = await startLoggedServer({ CLAIMGRAPH_TOKENS: `rita:reviewer:${TOKENS.reviewer.token}` });
});

afterAll(async () => {
  await server?.close();
});

describe('one line per HTTP request', () => {
  it('a named query logs its id, operation, outcome, duration, store calls, address and status', async () => {
    const result = await post(
      server.url,
      {
        query: 'query PersonByName($name: String!) { entity(name: $name) { __typename } people { totalCount } }',
        variables: { name: SECRET_NAME },
      },
      { 'x-request-id': 'trace-0001', authorization: `Bearer ${TOKENS.reviewer.token}` },
    );
    expect(result.status).toBe(200);
    expect(result.headers.get('x-request-id')).toBe('trace-0001');
    const lines = requestLines(server, 'trace-0001');
    expect(lines).toHaveLength(1);
    const [line] = lines;
    console.log(`[log] ${JSON.stringify(line)}`);
    expect(line).toMatchObject({
      level: 30,
      transport: 'http',
      operationName: 'PersonByName',
      operationType: 'query',
      outcome: 'ok',
      errorCodes: [],
      storeCalls: result.body.extensions.storeCalls,
      clientAddress: '127.0.0.1',
      statusCode: 200,
    });
    expect(line.storeCalls).toBeGreaterThan(0);
    expect(typeof line.durationMs).toBe('number');
    expect(line.durationMs).toBeGreaterThanOrEqual(0);
    expect(line).not.toHaveProperty('persistedQueryHash');
  });

  it('never logs the query text, its variables, the bearer token or headers', async () => {
    await post(
      server.url,
      { query: 'query Leak($name: String!) { entity(name: $name) { __typename } }', variables: { name: SECRET_NAME } },
      { authorization: `Bearer ${TOKENS.reviewer.token}`, cookie: 'session=cookie-secret-value' },
    );
    // a request refused before it runs, and one refused at the door, with the same secrets in them
    await post(
      server.url,
      { query: `{ entity(name: "${SECRET_NAME}") { nope } }` },
      {
        authorization: `Bearer ${TOKENS.reviewer.token}`,
      },
    );
    // and a GET, whose query and variables travel in the URL
    const search = new URLSearchParams({
      query: 'query ByGet($name: String!) { entity(name: $name) { __typename } }',
      variables: JSON.stringify({ name: SECRET_NAME }),
    });
    const get = await fetch(`${server.url}?${search.toString()}`, {
      headers: { 'apollo-require-preflight': 'true', 'x-request-id': 'by-get' },
    });
    expect(get.status).toBe(200);
    expect(requestLines(server, 'by-get')[0]).toMatchObject({ operationName: 'ByGet', outcome: 'ok' });
    const text = server.text();
    expect(text).not.toContain(SECRET_NAME);
    expect(text).not.toContain('Zebulon');
    expect(text).not.toContain(TOKENS.reviewer.token);
    expect(text).not.toContain('cookie-secret-value');
    expect(text).not.toMatch(/entity\(name/);
    expect(text).not.toMatch(/"(authorization|cookie|headers|variables|query)":/i);
  });

  it('an unsafe or overlong x-request-id is replaced by a fresh UUID, echoed back', async () => {
    for (const incoming of ['has spaces in it', 'x'.repeat(65), 'line\\nbreak', '{"json":1}']) {
      const result = await post(server.url, { query: '{ __typename }' }, { 'x-request-id': incoming });
      const id = result.headers.get('x-request-id');
      expect(id, incoming).toMatch(UUID);
      expect(requestLines(server, id!)).toHaveLength(1);
      expect(server.text()).not.toContain(incoming);
    }
    const fresh = await post(server.url, { query: '{ __typename }' });
    expect(fresh.headers.get('x-request-id')).toMatch(UUID);
  });

  it('a refused query logs its error codes and the limit that refused it, without a stack', async () => {
    // deeper than the depth limit (12): statements -> nodes -> speaker -> statements -> ...
    const deep = `{ ${'statements(first: 1) { nodes { speaker { '.repeat(5)}slug${' } } }'.repeat(5)} }`;
    const refused = await post(server.url, { query: deep }, { 'x-request-id': 'too-deep' });
    expect(refused.status).toBe(400);
    const invalid = await post(server.url, { query: '{ nope }' }, { 'x-request-id': 'invalid-field' });
    expect(invalid.status).toBe(400);
    const unparsable = await post(server.url, { query: '{ people {' }, { 'x-request-id': 'unparsable' });
    expect(unparsable.status).toBe(400);

    expect(requestLines(server, 'too-deep')).toEqual([
      expect.objectContaining({
        outcome: 'error',
        errorCodes: ['QUERY_TOO_COMPLEX'],
        refusedBy: 'depth',
        statusCode: 400,
        storeCalls: 0,
      }),
    ]);
    expect(requestLines(server, 'invalid-field')).toEqual([
      expect.objectContaining({ outcome: 'error', errorCodes: ['GRAPHQL_VALIDATION_FAILED'], operationType: null }),
    ]);
    expect(requestLines(server, 'unparsable')[0].errorCodes).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(server.text()).not.toContain('"stack"');
    expect(server.lines().filter((line) => line.level >= 50)).toEqual([]);
  });

  it('a mutation and a body too large are logged with their type and status', async () => {
    const mutation = await post(
      server.url,
      { query: 'mutation Nothing { __typename }' },
      { 'x-request-id': 'a-mutation', authorization: `Bearer ${TOKENS.reviewer.token}` },
    );
    expect(mutation.status).toBe(200);
    expect(requestLines(server, 'a-mutation')[0]).toMatchObject({ operationType: 'mutation', outcome: 'ok' });

    const large = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'too-large' },
      body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(1_100_000)}` }),
    });
    expect(large.status).toBe(413);
    expect(requestLines(server, 'too-large')[0]).toMatchObject({
      outcome: 'error',
      refusedBy: 'bodySize',
      statusCode: 413,
    });
  });

  it('an automatic persisted query logs its hash', async () => {
    const query = '{ people { totalCount } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const registered = await post(server.url, { query, extensions }, { 'x-request-id': 'apq-register' });
    expect(registered.status).toBe(200);
    const byHash = await post(server.url, { extensions }, { 'x-request-id': 'apq-by-hash' });
    expect(byHash.body.data).toEqual({ people: { totalCount: 6 } });
    for (const id of ['apq-register', 'apq-by-hash']) {
      expect(requestLines(server, id)[0]).toMatchObject({ outcome: 'ok', persistedQueryHash: sha256Hash });
    }
  });
});

describe('internal errors', () => {
  it('are logged once with their stack under the request id, which the client gets in extensions', async () => {
    const broken = await startLoggedServer();
    try {
      await broken.running.store.close();
      const result = await post(broken.url, { query: '{ people { totalCount } }' }, { 'x-request-id': 'support-42' });
      expect(result.status).toBe(200);
      expect(result.headers.get('x-request-id')).toBe('support-42');
      const [error] = result.body.errors as Json[];
      expect(error.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', requestId: 'support-42' });
      expect(result.text).not.toContain('stack');

      const lines = broken.lines().filter((line) => line.reqId === 'support-42');
      const withStack = lines.filter((line) => typeof line.err?.stack === 'string');
      expect(withStack).toHaveLength(1);
      expect(withStack[0]).toMatchObject({ level: 50, msg: `internal error ${error.extensions.errorId}` });
      expect(lines.filter((line) => line.msg === 'graphql request')).toEqual([
        expect.objectContaining({ outcome: 'error', errorCodes: ['INTERNAL_SERVER_ERROR'], statusCode: 200 }),
      ]);
      console.log(`[log] the internal error's line: ${JSON.stringify({ ...withStack[0], err: '...' })}`);
    } finally {
      await broken.close();
    }
  });
});

describe('WebSocket subscribes', () => {
  it('each subscribe has its own line: accepted, and refused with its codes', async () => {
    const { socket, messages } = await connectGraphQLSocket(server.url);
    try {
      subscribe(socket, 'a', 'subscription Watch { statementAdded { __typename } }');
      subscribe(socket, 'b', 'query NotHere($name: String!) { entity(name: $name) { __typename } }', {
        name: SECRET_NAME,
      });
      await waitFor(() => messages.find((message) => message.id === 'b' && message.type === 'error'));
      const socketLines = () =>
        server.lines().filter((line) => line.msg === 'graphql request' && line.transport === 'websocket');
      const accepted = await waitFor(() => socketLines().find((line) => line.operationName === 'Watch'));
      expect(accepted).toMatchObject({
        operationType: 'subscription',
        outcome: 'ok',
        errorCodes: [],
        clientAddress: '127.0.0.1',
      });
      expect(accepted.reqId).toMatch(UUID);
      expect(accepted).not.toHaveProperty('statusCode');
      const refused = await waitFor(() => socketLines().find((line) => line.outcome === 'error'));
      expect(refused).toMatchObject({ errorCodes: ['BAD_REQUEST'] });
      expect(refused.reqId).not.toBe(accepted.reqId);
      expect(server.text()).not.toContain(SECRET_NAME);
    } finally {
      socket.terminate();
    }
  });
});

describe('the level', () => {
  it('CLAIMGRAPH_LOG_LEVEL=warn keeps request lines out of the log', async () => {
    const quiet = await startLoggedServer({ CLAIMGRAPH_LOG_LEVEL: 'warn' });
    try {
      const result = await post(quiet.url, { query: '{ people { totalCount } }' });
      expect(result.status).toBe(200);
      expect(quiet.lines()).toEqual([]);
    } finally {
      await quiet.close();
    }
  });
});
