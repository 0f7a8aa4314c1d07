/**
 * A request over the client's budget is refused as GraphQL: HTTP 429, a Retry-After header, and a GraphQL
 * response whose one error has code RATE_LIMITED and the seconds to wait, in the content type the client accepts
 * (application/graphql-response+json, or application/json for a client that accepts only that). Health checks
 * and metrics scrapes never spend the budget.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoInternals } from './helpers.js';
import { startLoggedServer, type Json, type LoggedServer } from '../http/loggedServer.js';

const LIMIT = 3;
let server: LoggedServer;

beforeAll(async () => {
  server = await startLoggedServer({ CLAIMGRAPH_RATE_LIMIT: String(LIMIT), CLAIMGRAPH_METRICS: '1' });
});

afterAll(async () => {
  await server?.close();
});

function send(accept: string, requestId?: string): Promise<Response> {
  return fetch(server.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept,
      ...(requestId ? { 'x-request-id': requestId } : {}),
    },
    body: JSON.stringify({ query: '{ people { totalCount } }' }),
  });
}

describe('the 429 answer', () => {
  it('once the budget is spent, each Accept type gets a 429 GraphQL response with RATE_LIMITED and Retry-After', async () => {
    for (let i = 0; i < LIMIT; i++) {
      const allowed = await send('application/graphql-response+json');
      expect(allowed.status).toBe(200);
      await allowed.arrayBuffer();
    }
    const cases = [
      { accept: 'application/graphql-response+json', type: 'application/graphql-response+json' },
      {
        accept: 'application/graphql-response+json, application/json;q=0.9',
        type: 'application/graphql-response+json',
      },
      { accept: 'application/json', type: 'application/json' },
      { accept: '*/*', type: 'application/graphql-response+json' },
    ];
    for (const { accept, type } of cases) {
      const refused = await send(accept, `refused-${cases.findIndex((c) => c.accept === accept)}`);
      const text = await refused.text();
      expect(refused.status, `Accept: ${accept}`).toBe(429);
      expect(refused.headers.get('content-type'), `Accept: ${accept}`).toBe(`${type}; charset=utf-8`);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      const body = JSON.parse(text);
      expect(body).not.toHaveProperty('data');
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: retryAfter });
      expect(body.errors[0].message).toMatch(new RegExp(`^Too many requests: .* retry after ${retryAfter} s$`));
      expectNoInternals(text);
    }
    console.log(
      `[rate] the refusal: ${JSON.stringify(((await (await send('application/json')).json()) as Json).errors[0])}`,
    );

    // the refusal has its request id and its line in the log, without a stack
    const refusedLine = server.lines().find((line) => line.reqId === 'refused-0' && line.msg === 'graphql request');
    expect(refusedLine).toMatchObject({
      outcome: 'error',
      errorCodes: ['RATE_LIMITED'],
      refusedBy: 'rate',
      statusCode: 429,
    });
    expect(server.text()).not.toContain('"stack"');
  });

  it('health checks and metrics scrapes answer under the limit and do not spend it', async () => {
    for (let i = 0; i < LIMIT + 2; i++) {
      expect((await fetch(`${server.origin}/healthz`)).status).toBe(200);
      const scrape = await fetch(`${server.origin}/metrics`);
      expect(scrape.status).toBe(200);
      expect(await scrape.text()).toMatch(/^claimgraph_rate_limited_total\{transport="http"\} [1-9]\d*$/m);
    }
  });

  it('a refusal outside /graphql keeps the plain JSON error, with 429 and Retry-After', async () => {
    const refused = await fetch(`${server.origin}/claims/no-such-claim/claimreview`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Object.keys((await refused.json()) as Json)).toEqual(['error']);
  });
});
