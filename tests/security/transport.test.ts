/**
 * The HTTP transport: batching off, an explicit
 * body limit answered 413, malformed JSON answered 400 with one log line, GET for queries only, CSRF prevention,
 * application/graphql-response+json, HTTP and per-operation timeouts, rate limiting per client and token, and the
 * GraphQL-over-HTTP audit (graphql-http's auditServer).
 */
import autocannon from 'autocannon';
import { auditServer } from 'graphql-http';
import { connect } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_HTTP_LIMITS } from '../../src/config/config.js';
import { createHttpServer, type HttpServer } from '../../src/http/createHttpServer.js';
import { seedIfEmpty } from '../../src/app/startServer.js';
import { openStore } from '../../src/store/openStore.js';
import type { Store } from '../../src/store/store.js';
import { newTestDatabase, type TestDatabaseLocation } from '../support/testDatabase.js';
import { FIXTURE_DATASET_FILE, postGraphQL, startTestServer, type TestServer } from '../support/testServer.js';
import { bearer, globalId, startWriteServer, TOKENS, type WriteServer } from '../support/writeServer.js';
import { expectNoInternals, logLatency, sleep, type Json } from './helpers.js';

let server: TestServer;
let writes: WriteServer;

beforeAll(async () => {
  [server, writes] = await Promise.all([startTestServer(), startWriteServer()]);
});

afterAll(async () => {
  await Promise.all([server?.close(), writes?.close()]);
});

afterEach(() => {
  vi.restoreAllMocks();
});

const CLAIM = globalId('Claim', 'west-60000-votes');
const REVIEW_MUTATION = `mutation { reviewClaim(input: { claim: "west-60000-votes", ratingValue: 2, explanation: "csrf",
  sources: [{ url: "https://example.org/csrf", title: "csrf" }] }) { review { id } } }`;

/** How many reviews and history entries the watched claim has: a refused write must change neither. */
async function writeCounts(): Promise<Json> {
  const { body } = await writes.graphql(
    `{ node(id: "${CLAIM}") { ... on Claim { status reviews { totalCount } } } history(id: "${CLAIM}") { totalCount } factCheckSummary { byRating { ratingValue count } } }`,
  );
  return body.data;
}

function get(url: string, query: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}?query=${encodeURIComponent(query)}`, { headers });
}

describe('transport', () => {
  it('JSON-array batching is refused: 400 "Operation batching disabled." (BAD_REQUEST)', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(Array.from({ length: 10 }, () => ({ query: '{ __typename }' }))),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as Json;
    expect(body).not.toHaveProperty('data');
    expect(body.errors).toEqual([{ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } }]);
  });

  it('a 2 MB body, or a 2 MB string in variables, is a 413 from the body limit; memory stays flat', async () => {
    const before = process.memoryUsage().rss;
    const bodies = [
      JSON.stringify({ query: `{ __typename } # ${'x'.repeat(2_000_000)}` }),
      JSON.stringify({ query: 'query Q($text: String) { __typename }', variables: { text: 'y'.repeat(2_000_000) } }),
    ];
    const errorLines = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (let round = 0; round < 10; round++) {
      for (const body of bodies) {
        const response = await fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        expect(response.status).toBe(413);
        const text = await response.text();
        expect(JSON.parse(text).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
        expectNoInternals(text);
      }
    }
    // one short line per refused request, never a stack
    expect(errorLines).toHaveBeenCalledTimes(20);
    for (const [line] of errorLines.mock.calls)
      expect(String(line)).toMatch(/^413 POST \/graphql from 127\.0\.0\.1: Request body is too large$/);
    const after = process.memoryUsage().rss;
    console.log(
      `[memory] RSS ${(before / 2 ** 20).toFixed(0)} MB before 20 x 2 MB bodies, ${(after / 2 ** 20).toFixed(0)} MB after`,
    );
    // just under the limit passes the transport: the name's own cap (256 characters) answers it, a typed 400
    const fits = await server.graphql('query Q($text: String!) { entity(name: $text) { name } }', {
      text: 'z'.repeat(900_000),
    });
    expect(fits.status).toBe(400);
    expect(fits.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: 'name' });
  });

  it('malformed JSON is a 400 with one log line, not a stack per request', async () => {
    const errorLines = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const body of ['{"query": ', '{"query": "{ __typename }"', 'not json at all']) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(response.status).toBe(400);
      expectNoInternals(await response.text());
    }
    expect(errorLines).toHaveBeenCalledTimes(3);
    for (const call of errorLines.mock.calls) {
      expect(call).toHaveLength(1);
      expect(String(call[0])).toMatch(/^400 POST \/graphql from 127\.0\.0\.1: .*JSON/);
      expect(String(call[0])).not.toContain('\n');
    }
  });

  it('application/graphql-response+json is supported', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ people { totalCount } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(((await response.json()) as Json).data).toEqual({ people: { totalCount: 6 } });

    // a refusal before execution is a 400 in that media type (a legacy application/json-only client gets 200: below)
    const refused = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ nope }' }),
    });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
  });

  it('a mutation over GET is a 405 with Allow: POST; nothing is written', async () => {
    const before = await writeCounts();
    const response = await get(writes.url, REVIEW_MUTATION, {
      'apollo-require-preflight': 'true',
      authorization: bearer('reviewer').authorization,
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    const body = (await response.json()) as Json;
    expect(body.errors[0].message).toContain('GET requests only support query operations');
    expect(body).not.toHaveProperty('data');
    expect(await writeCounts()).toEqual(before);
  });

  it('a simple GET (no preflight header) is blocked as CSRF; with apollo-require-preflight it answers 200', async () => {
    const blocked = await get(server.url, '{ __typename }');
    expect(blocked.status).toBe(400);
    const body = (await blocked.json()) as Json;
    expect(body.errors[0].message).toContain('Cross-Site Request Forgery');
    expect(body).not.toHaveProperty('data');

    const allowed = await get(server.url, '{ __typename }', { 'apollo-require-preflight': 'true' });
    expect(allowed.status).toBe(200);
    expect(((await allowed.json()) as Json).data).toEqual({ __typename: 'Query' });
  });

  it('simple POSTs (form-urlencoded, text/plain, multipart) are refused and write nothing', async () => {
    const before = await writeCounts();
    const json = JSON.stringify({ query: REVIEW_MUTATION });
    const attempts: [string, string][] = [
      ['application/x-www-form-urlencoded', `query=${encodeURIComponent(REVIEW_MUTATION)}`],
      ['text/plain', json],
      [
        'multipart/form-data; boundary=cop',
        `--cop\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${json}\r\n--cop--\r\n`,
      ],
    ];
    const errorLines = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const [contentType, body] of attempts) {
      const response = await fetch(writes.url, {
        method: 'POST',
        headers: { 'content-type': contentType, authorization: bearer('reviewer').authorization },
        body,
      });
      const text = await response.text();
      if (contentType === 'text/plain') {
        // parsed as text, then Apollo's CSRF prevention refuses it
        expect(response.status).toBe(400);
        expect(text).toContain('Cross-Site Request Forgery');
      } else {
        // no body parser for these types: refused (415) before Apollo sees them, which is stricter than the CSRF 400
        expect([400, 415]).toContain(response.status);
      }
      expect(text).not.toContain('"data"');
    }
    errorLines.mockRestore();
    expect(await writeCounts()).toEqual(before);
  });

  it('a GET with a text/plain Content-Type is a 415', async () => {
    const response = await get(server.url, '{ __typename }', {
      'content-type': 'text/plain',
      'apollo-require-preflight': 'true',
    });
    expect(response.status).toBe(415);
    expect(await response.text()).not.toContain('"data"');
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('timeouts', () => {
  let database: TestDatabaseLocation;
  let store: Store;
  let http: HttpServer;
  let url: string;
  const delayed = new Set<NodeJS.Timeout>();
  const SLOW_METHODS = new Set<PropertyKey>(['search', 'countSearch']);
  const OPERATION_TIMEOUT_MS = 500;
  const SLOW_MS = 30_000;

  beforeAll(async () => {
    database = await newTestDatabase();
    store = await openStore(database.database);
    await seedIfEmpty(store, FIXTURE_DATASET_FILE);
    // A test-local fault: the Store handed to the HTTP server answers search 30 s late; everything else is real.
    const slow = new Proxy(store, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        if (!SLOW_METHODS.has(property)) return value.bind(target);
        return (...args: unknown[]) =>
          new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
              delayed.delete(timer);
              (value.apply(target, args) as Promise<unknown>).then(resolve, reject);
            }, SLOW_MS);
            delayed.add(timer);
          });
      },
    });
    http = await createHttpServer({
      store: slow,
      dev: false,
      reportStoreCalls: true,
      http: { ...DEFAULT_HTTP_LIMITS, operationTimeoutMs: OPERATION_TIMEOUT_MS, rateLimitPerMinute: 0 },
    });
    await http.app.listen({ port: 0, host: '127.0.0.1' });
    const address = http.app.server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
  });

  afterAll(async () => {
    for (const timer of delayed) clearTimeout(timer);
    await http?.app.close();
    await store?.close();
    await database?.remove();
  });

  it('20 slow operations end with OPERATION_TIMEOUT at the deadline while other requests keep answering', async () => {
    expect(http.app.server.requestTimeout).toBe(DEFAULT_HTTP_LIMITS.requestTimeoutMs);
    expect(http.app.server.headersTimeout).toBeGreaterThan(0);
    expect(http.app.server.headersTimeout).toBeLessThanOrEqual(DEFAULT_HTTP_LIMITS.requestTimeoutMs);

    const slowDurations: number[] = [];
    const slow = Array.from({ length: 20 }, async () => {
      const started = performance.now();
      const result = await postGraphQL(url, '{ search(query: "Legend") { totalCount nodes { snippet } } }');
      slowDurations.push(performance.now() - started);
      return result;
    });
    const fastDurations: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      const fast = await postGraphQL(url, '{ people { totalCount } statements(first: 5) { nodes { quote } } }');
      fastDurations.push(performance.now() - started);
      expect(fast.status).toBe(200);
      expect(fast.body.data.people.totalCount).toBe(6);
    }
    for (const result of await Promise.all(slow)) {
      expect(result.status).toBe(200);
      expect(result.body.data ?? null).toBeNull();
      expect(result.body.errors).toHaveLength(1);
      expect(result.body.errors![0]).toMatchObject({
        message: `The operation took longer than ${OPERATION_TIMEOUT_MS} ms and was stopped`,
        extensions: { code: 'OPERATION_TIMEOUT', timeoutMs: OPERATION_TIMEOUT_MS },
      });
    }
    expect(delayed.size, 'the slow store calls are still pending: the answers came from the deadline').toBeGreaterThan(
      0,
    );
    logLatency(`slow operations (store delayed ${SLOW_MS} ms, deadline ${OPERATION_TIMEOUT_MS} ms)`, slowDurations);
    logLatency('other requests meanwhile', fastDurations);
  });

  it('a client that stalls mid-request is disconnected after CLAIMGRAPH_REQUEST_TIMEOUT_MS', async () => {
    const stalling = await startTestServer({ env: { CLAIMGRAPH_REQUEST_TIMEOUT_MS: '300' } });
    try {
      const { hostname, port } = new URL(stalling.url);
      const socket = connect({ host: hostname, port: Number(port) });
      const started = performance.now();
      const closed = new Promise<string>((resolve) => {
        let received = '';
        socket.on('data', (chunk) => (received += chunk.toString('utf8')));
        socket.on('error', () => {});
        socket.on('close', () => resolve(received));
      });
      socket.write('POST /graphql HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n'); // never finished
      const guard = sleep(10_000).then(() => 'still open after 10 s');
      const outcome = await Promise.race([closed, guard]);
      socket.destroy();
      expect(outcome).not.toBe('still open after 10 s');
      console.log(
        `[latency] a stalled request was cut off after ${(performance.now() - started).toFixed(0)} ms (limit 300 ms)`,
      );
      // the server is fine
      expect((await stalling.graphql('{ people { totalCount } }')).status).toBe(200);
    } finally {
      await stalling.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('rate limiting', () => {
  const LIMIT = 50;
  let limited: WriteServer;
  let exempt: TestServer;

  beforeAll(async () => {
    [limited, exempt] = await Promise.all([
      startWriteServer({ env: { CLAIMGRAPH_RATE_LIMIT: String(LIMIT) } }),
      startTestServer({ env: { CLAIMGRAPH_RATE_LIMIT: String(LIMIT), CLAIMGRAPH_RATE_LIMIT_EXEMPT: '127.0.0.1' } }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([limited?.close(), exempt?.close()]);
  });

  function blast(url: string, amount: number, headers: Record<string, string> = {}): Promise<autocannon.Result> {
    return autocannon({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ people { totalCount } }' }),
      connections: 4,
      amount,
    });
  }

  it('a burst from one client gets 429 with Retry-After after the threshold; a valid token has its own budget', async () => {
    const errorLines = vi.spyOn(console, 'error').mockImplementation(() => {});
    const burst = await blast(limited.url, 200);
    console.log(
      `[rate] 200 requests from one address at ${burst.requests.average.toFixed(0)} req/s: ${burst['2xx']} x 2xx, ${burst.statusCodeStats?.['429']?.count ?? 0} x 429, ${burst['5xx']} x 5xx, ${burst.errors} errors`,
    );
    expect(burst.errors).toBe(0);
    expect(burst['5xx']).toBe(0);
    expect(burst['2xx']).toBe(LIMIT);
    expect(burst.statusCodeStats?.['429']?.count).toBe(200 - LIMIT);

    const refused = await fetch(limited.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expectNoInternals(await refused.text());

    // a token is a client of its own: a valid token has its own budget, whatever address it comes from
    const withToken = await blast(limited.url, LIMIT + 10, bearer('reviewer'));
    expect(withToken['2xx']).toBe(LIMIT);
    expect(withToken.statusCodeStats?.['429']?.count).toBe(10);

    // health and readiness keep answering under the limit
    const origin = new URL(limited.url).origin;
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
    expect((await fetch(`${origin}/readyz`)).status).toBe(200);
    errorLines.mockRestore();
  });

  it("the auditor's address (CLAIMGRAPH_RATE_LIMIT_EXEMPT) is never limited", async () => {
    const errorLines = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const audited = await blast(exempt.url, 200);
      console.log(`[rate] 200 requests from the exempt address: ${audited['2xx']} x 2xx, ${audited.non2xx} other`);
      expect(audited['2xx']).toBe(200);
      expect(audited.non2xx).toBe(0);
    } finally {
      errorLines.mockRestore();
    }
  });

  it('made-up bearer tokens do not escape the address limit', async () => {
    const fresh = await startTestServer({
      env: { CLAIMGRAPH_RATE_LIMIT: '5', CLAIMGRAPH_TOKENS: `rita:reviewer:${TOKENS.reviewer.token}` },
    });
    const errorLines = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) {
        const response = await fetch(fresh.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer made-up-token-number-${i}-xxxxxxxx` },
          body: JSON.stringify({ query: '{ people { totalCount } }' }),
        });
        statuses.push(response.status);
        await response.arrayBuffer();
      }
      console.log(`[rate] 10 reads with 10 made-up tokens under a limit of 5: ${statuses.join(' ')}`);
      expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(5);
    } finally {
      errorLines.mockRestore();
      await fresh.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('GraphQL-over-HTTP compliance (graphql-http auditServer)', () => {
  it('every audit passes (no warning, no error; notices allowed), with introspection on and in production mode', async () => {
    const errorLines = vi.spyOn(console, 'error').mockImplementation(() => {});
    const introspecting = await startTestServer({ env: { CLAIMGRAPH_INTROSPECTION: '1' } });
    try {
      for (const [label, url] of [
        ['introspection on', introspecting.url],
        ['production default (introspection off)', server.url],
      ] as const) {
        const results = await auditServer({ url, fetchFn: fetch });
        const byStatus = (status: string) => results.filter((r) => r.status === status);
        console.log(
          `[audit] ${label}: ${results.length} audits, ${byStatus('ok').length} ok, ` +
            `errors [${byStatus('error')
              .map((r) => r.id)
              .join(', ')}], warnings [${byStatus('warn')
              .map((r) => `${r.id} ${r.name}`)
              .join('; ')}], ` +
            `notices [${byStatus('notice')
              .map((r) => `${r.id} ${r.name}`)
              .join('; ')}]`,
        );
        expect(byStatus('error').map((r) => r.id)).toEqual([]);
        expect(byStatus('warn').map((r) => `${r.id} ${r.name}`)).toEqual([]);
        expect(results.length - byStatus('notice').length, label).toBe(byStatus('ok').length);
      }
    } finally {
      errorLines.mockRestore();
      await introspecting.close();
    }
  });

  it('request errors: 400 in application/graphql-response+json, 200 for a legacy application/json-only client', async () => {
    const refusals = [
      { query: '{' },
      { query: '{ nope }' },
      { query: 'query Q($id: ID!) { __typename }', variables: { id: null } },
    ];
    for (const body of refusals) {
      const status = async (accept?: string) =>
        (
          await fetch(server.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
            body: JSON.stringify(body),
          })
        ).status;
      expect(await status('application/graphql-response+json'), body.query).toBe(400);
      expect(await status('application/json'), body.query).toBe(200);
      expect(await status('application/graphql-response+json, application/json;q=0.9'), body.query).toBe(400);
    }
    // not a well-formed GraphQL-over-HTTP request: still a 400 for every client
    const empty = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ variables: {} }),
    });
    expect(empty.status).toBe(400);
  });

  it('with introspection off, __type(name:) answers and __schema is refused (INTROSPECTION_DISABLED)', async () => {
    const type = await server.graphql('{ __type(name: "Person") { name } }');
    expect(type.status).toBe(200);
    expect(type.body.data).toEqual({ __type: { name: 'Person' } });
    const dump = await server.graphql('{ __schema { types { name } } }');
    expect(dump.status).toBe(400);
    expect(dump.body.errors?.[0]?.extensions?.validationErrorCode).toBe('INTROSPECTION_DISABLED');
  });
});
