/**
 * A request refused before GraphQL could read it (a body over the size limit, a body that is not JSON, a content
 * type the server does not read) is answered on /graphql as GraphQL: its HTTP status, and a GraphQL response whose
 * one error names the problem with a code, in the content type the client accepts. Elsewhere the plain JSON error
 * stays.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoInternals } from './helpers.js';
import { requestLines, startLoggedServer, type Json, type LoggedServer } from '../http/loggedServer.js';

const BODY_LIMIT = 4096;
let server: LoggedServer;

beforeAll(async () => {
  server = await startLoggedServer({ CLAIMGRAPH_BODY_LIMIT: String(BODY_LIMIT) });
});

afterAll(async () => {
  await server?.close();
});

function send(body: string, headers: Record<string, string>): Promise<Response> {
  return fetch(server.url, { method: 'POST', headers, body });
}

/** The one error of a refusal's GraphQL response, after checking its status, content type and lack of internals. */
async function refusalOf(response: Response, status: number, type: string): Promise<Json> {
  const text = await response.text();
  expect(response.status, text.slice(0, 300)).toBe(status);
  expect(response.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
  expectNoInternals(text);
  const body = JSON.parse(text);
  expect(body).not.toHaveProperty('data');
  expect(body.errors).toHaveLength(1);
  return body.errors[0];
}

describe('refusals before GraphQL runs, on /graphql', () => {
  const oversized = JSON.stringify({
    query: 'query Similar($text: String!) { similarClaims(text: $text) { totalCount } }',
    variables: { text: 'votes '.repeat(BODY_LIMIT) },
  });

  it('a body over the limit is 413 PAYLOAD_TOO_LARGE, naming the limit and its setting', async () => {
    const error = await refusalOf(
      await send(oversized, { 'content-type': 'application/json', 'x-request-id': 'too-large' }),
      413,
      'application/graphql-response+json',
    );
    expect(error.extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE', limitBytes: BODY_LIMIT });
    expect(error.message).toBe(
      `The request body is larger than this server accepts: at most ${BODY_LIMIT} bytes (CLAIMGRAPH_BODY_LIMIT)`,
    );
    expect(requestLines(server, 'too-large')[0]).toMatchObject({
      outcome: 'error',
      errorCodes: ['PAYLOAD_TOO_LARGE'],
      refusedBy: 'bodySize',
      statusCode: 413,
    });
  });

  it('a client that accepts only application/json gets the refusal as application/json', async () => {
    const error = await refusalOf(
      await send(oversized, { 'content-type': 'application/json', accept: 'application/json' }),
      413,
      'application/json',
    );
    expect(error.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a body that is not JSON is 400 BAD_REQUEST saying so', async () => {
    const error = await refusalOf(
      await send('{"query": "{ people { totalCount } }"', { 'content-type': 'application/json' }),
      400,
      'application/graphql-response+json',
    );
    expect(error.extensions).toEqual({ code: 'BAD_REQUEST' });
    expect(error.message).toMatch(/not valid JSON/);
  });

  it('a content type the server does not read is 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const error = await refusalOf(
      await send('<query>{ people { totalCount } }</query>', { 'content-type': 'application/xml' }),
      415,
      'application/graphql-response+json',
    );
    expect(error.extensions).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(error.message).toMatch(/application\/xml/);
  });

  it('the server answers normally after each refusal', async () => {
    const ok = await send(JSON.stringify({ query: '{ people { totalCount } }' }), {
      'content-type': 'application/json',
    });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as Json).data.people.totalCount).toBeGreaterThan(0);
  });
});
