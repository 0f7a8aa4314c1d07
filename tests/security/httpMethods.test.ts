/**
 * HTTP details clients and probes run into: /graphql answers the methods it does not serve (PUT, DELETE, PATCH)
 * with 405 and an Allow header, as a typed GraphQL error, before reading their body; and a client that trickles
 * its request headers is cut off at the configured headers timeout (CLAIMGRAPH_HEADERS_TIMEOUT_MS, 10 s by
 * default), not up to 30 s later when Node would otherwise get round to checking. Durations are printed, and only
 * bounded from above by a guard far from both the configured and the unfixed figure.
 */
import { connect } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_HTTP_LIMITS, loadConfig } from '../../src/config/config.js';
import { startServer, type RunningServer } from '../../src/app/startServer.js';
import { newTestDatabase, type TestDatabaseLocation } from '../support/testDatabase.js';
import { FIXTURE_DATASET_FILE } from '../support/testServer.js';
import { expectNoInternals, sleep } from './helpers.js';

const HEADERS_TIMEOUT_MS = 1_000;
let database: TestDatabaseLocation;
let server: RunningServer;
let impatient: RunningServer;

beforeAll(async () => {
  database = await newTestDatabase();
  const env = { PORT: '0', HOST: '127.0.0.1', CLAIMGRAPH_DB: database.database, CLAIMGRAPH_SEED: FIXTURE_DATASET_FILE };
  server = await startServer(loadConfig(env), () => {});
  impatient = await startServer(
    loadConfig({ ...env, CLAIMGRAPH_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS), CLAIMGRAPH_SEED: 'none' }),
    () => {},
  );
});

afterAll(async () => {
  await server?.close();
  await impatient?.close();
  await database?.remove();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('methods /graphql does not serve', () => {
  it('PUT, DELETE and PATCH get 405 with Allow: GET, POST and a BAD_REQUEST error, whatever the body', async () => {
    const consoleErrors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bodies: [string, Record<string, string>][] = [
      [JSON.stringify({ query: '{ people { totalCount } }' }), { 'content-type': 'application/json' }],
      ['{ not json', { 'content-type': 'application/json' }],
      ['', {}],
    ];
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      for (const [body, headers] of bodies) {
        const response = await fetch(server.url, { method, headers, body: body === '' ? undefined : body });
        const text = await response.text();
        expect(response.status, `${method} ${body}`).toBe(405);
        expect(response.headers.get('allow')).toBe('GET, POST');
        expect(JSON.parse(text)).toEqual({
          errors: [
            {
              message: `${method} is not supported on /graphql: send POST (or GET for queries)`,
              extensions: { code: 'BAD_REQUEST' },
            },
          ],
        });
        expectNoInternals(text);
      }
    }
    expect(consoleErrors).not.toHaveBeenCalled();
    // GET and POST are as they were
    const post = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ people { totalCount } }' }),
    });
    expect(post.status).toBe(200);
    const get = await fetch(`${server.url}?query=${encodeURIComponent('{ people { totalCount } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
  });
});

describe('the slow-header timeout', () => {
  it('is configured as documented: headers 10 s, the whole request 15 s', () => {
    expect(DEFAULT_HTTP_LIMITS.headersTimeoutMs).toBe(10_000);
    expect(server.app.server.headersTimeout).toBe(10_000);
    expect(server.app.server.requestTimeout).toBe(DEFAULT_HTTP_LIMITS.requestTimeoutMs);
    expect(impatient.app.server.headersTimeout).toBe(HEADERS_TIMEOUT_MS);
  });

  it('a client trickling its headers is answered 408 and disconnected at the headers timeout', async () => {
    const { hostname, port } = new URL(impatient.url);
    const socket = connect({ host: hostname, port: Number(port) });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const started = performance.now();
    let received = '';
    let open = true;
    const closed = new Promise<void>((resolve) => {
      socket.on('data', (chunk) => (received += chunk.toString('utf8')));
      socket.on('error', () => {});
      socket.on('close', () => {
        open = false;
        resolve();
      });
    });
    // one header byte every 100 ms: the socket is never idle, so only the headers deadline can end it
    const head = 'POST /graphql HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\nx-slow: ';
    void (async () => {
      for (let i = 0; open; i++) {
        socket.write(i < head.length ? head[i] : 'a');
        await sleep(100);
      }
    })();
    // the guard is far above the configured 1 s and far below the 30 s Node's default check interval allowed
    const outcome = await Promise.race([closed.then(() => 'closed'), sleep(10_000).then(() => 'still open')]);
    const elapsed = performance.now() - started;
    open = false;
    socket.destroy();
    console.log(
      `[latency] headers trickled one byte per 100 ms: cut off after ${elapsed.toFixed(0)} ms (headers timeout ${HEADERS_TIMEOUT_MS} ms), answer ${JSON.stringify(received.split('\r\n')[0])}`,
    );
    expect(outcome).toBe('closed');
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
    // the server is fine
    const after = await fetch(impatient.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(after.status).toBe(200);
  });
});
