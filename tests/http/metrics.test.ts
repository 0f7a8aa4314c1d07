/**
 * Prometheus metrics at /metrics: absent unless CLAIMGRAPH_METRICS=1 (404), behind a bearer token when
 * CLAIMGRAPH_METRICS_TOKEN is set, in the text format Prometheus scrapes, with the process's own metrics
 * (event-loop delay included), the GraphQL request counters and histograms, the refusals by limit, the open
 * WebSockets and the per-query caches' sizes; operation names are labels only up to a bound.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { MAX_OPERATION_NAME_LABELS } from '../../src/http/serverMetrics.js';
import { post, startLoggedServer, type LoggedServer } from './loggedServer.js';

const METRICS_TOKEN = 'metrics-scraper-token-0123456789';

let open: LoggedServer;
let guarded: LoggedServer;
let off: LoggedServer;

beforeAll(async () => {
  [open, guarded, off] = await Promise.all([
    startLoggedServer({ CLAIMGRAPH_METRICS: '1' }),
    startLoggedServer({ CLAIMGRAPH_METRICS: '1', CLAIMGRAPH_METRICS_TOKEN: METRICS_TOKEN }),
    startLoggedServer(),
  ]);
});

afterAll(async () => {
  await Promise.all([open?.close(), guarded?.close(), off?.close()]);
});

async function scrape(server: LoggedServer, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(`${server.origin}/metrics`, { headers });
  expect(response.status).toBe(200);
  return response.text();
}

/** The value of one sample, `name{labels}` exactly as exposed; 0 when the series does not exist yet. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
}

describe('access', () => {
  it('is off by default: /metrics is a 404, and it is not part of the GraphQL schema', async () => {
    const response = await fetch(`${off.origin}/metrics`);
    expect(response.status).toBe(404);
    await response.arrayBuffer();
    const asGraphQL = await post(off.url, { query: '{ metrics }' });
    expect(asGraphQL.status).toBe(400);
    expect(asGraphQL.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('with CLAIMGRAPH_METRICS=1 it answers in the Prometheus text format', async () => {
    const response = await fetch(`${open.origin}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await response.text();
    for (const name of [
      'process_cpu_user_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_p99_seconds',
      'nodejs_heap_size_used_bytes',
      'claimgraph_websocket_connections',
    ]) {
      expect(text, name).toMatch(new RegExp(`^${name} `, 'm'));
    }
  });

  it('with CLAIMGRAPH_METRICS_TOKEN it answers only the bearer of that token', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong-token-0123456789abcdef' },
      { authorization: METRICS_TOKEN },
    ];
    for (const headers of attempts) {
      const refused = await fetch(`${guarded.origin}/metrics`, { headers });
      expect(refused.status, JSON.stringify(headers)).toBe(401);
      expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await refused.text()).not.toContain('claimgraph_');
    }
    const text = await scrape(guarded, { authorization: `Bearer ${METRICS_TOKEN}` });
    expect(text).toContain('claimgraph_graphql_requests_total');
  });

  it('a metrics token too short to resist guessing, or an unknown log level, fails at start naming the variable', () => {
    expect(() => loadConfig({ CLAIMGRAPH_METRICS_TOKEN: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ CLAIMGRAPH_METRICS_TOKEN: 'short' })).toThrow(/CLAIMGRAPH_METRICS_TOKEN/);
    expect(() => loadConfig({ CLAIMGRAPH_LOG_LEVEL: 'loud' })).toThrow(/CLAIMGRAPH_LOG_LEVEL must be one of/);
    expect(() => loadConfig({ CLAIMGRAPH_METRICS: 'yes' })).toThrow(/CLAIMGRAPH_METRICS must be/);
    const defaults = loadConfig({}).observability;
    expect(defaults).toEqual({ logLevel: 'info', metrics: false, metricsToken: null });
  });
});

describe('counting', () => {
  it('requests, durations, store calls, errors and refusals move with the requests served', async () => {
    const before = await scrape(open);
    const ok = 'claimgraph_graphql_requests_total{operation_type="query",operation_name="CountPeople",outcome="ok"}';
    const duration =
      'claimgraph_graphql_request_duration_seconds_count{operation_type="query",operation_name="CountPeople"}';
    const storeCallsSum = 'claimgraph_store_calls_sum{operation_type="query"}';
    const validation = 'claimgraph_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}';
    const depth = 'claimgraph_refusals_total{limit="depth"}';
    const aliases = 'claimgraph_refusals_total{limit="aliases"}';

    let storeCalls = 0;
    for (let i = 0; i < 3; i++) {
      const result = await post(open.url, { query: 'query CountPeople { people { totalCount } }' });
      expect(result.status).toBe(200);
      storeCalls += result.body.extensions.storeCalls as number;
    }
    await post(open.url, { query: '{ nope }' });
    const deep = `{ ${'statements(first: 1) { nodes { speaker { '.repeat(5)}slug${' } } }'.repeat(5)} }`;
    expect((await post(open.url, { query: deep })).status).toBe(400);
    const aliased = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect((await post(open.url, { query: aliased })).status).toBe(400);

    const tokens = 'claimgraph_refusals_total{limit="tokens"}';
    expect((await post(open.url, { query: `{ ${'__typename '.repeat(1_100)}}` })).status).toBe(400);

    const after = await scrape(open);
    expect(sample(after, tokens) - sample(before, tokens)).toBe(1);
    expect(sample(after, ok) - sample(before, ok)).toBe(3);
    expect(sample(after, duration) - sample(before, duration)).toBe(3);
    expect(sample(after, storeCallsSum) - sample(before, storeCallsSum)).toBe(storeCalls);
    expect(sample(after, validation) - sample(before, validation)).toBe(1);
    expect(sample(after, depth) - sample(before, depth)).toBe(1);
    expect(sample(after, aliases) - sample(before, aliases)).toBe(1);
    expect(sample(after, 'claimgraph_graphql_errors_total{code="QUERY_TOO_COMPLEX"}')).toBeGreaterThanOrEqual(2);
    // a scrape is not a GraphQL request: no line in the request log
    expect(open.lines().filter((line) => line.msg === 'graphql request').length).toBeGreaterThanOrEqual(6);
    expect(open.text()).not.toContain('/metrics');
  });

  it('the per-query caches report their entries and bytes', async () => {
    await post(open.url, { query: 'query CacheFiller { people { totalCount } }' });
    const text = await scrape(open);
    expect(sample(text, 'claimgraph_cache_entries{cache="documents"}')).toBeGreaterThan(0);
    expect(sample(text, 'claimgraph_cache_bytes{cache="documents"}')).toBeGreaterThan(0);
    expect(sample(text, 'claimgraph_cache_max_bytes{cache="documents"}')).toBe(16 * 1024 * 1024);
    expect(text).toMatch(/^claimgraph_cache_entries\{cache="persisted_queries"\} \d+$/m);
    expect(text).toMatch(/^claimgraph_cache_evictions_total\{cache="documents"\} 0$/m);
  });

  it(`operation names are labels for the first ${MAX_OPERATION_NAME_LABELS} distinct ones only; later ones count as "other"`, async () => {
    const server = await startLoggedServer({ CLAIMGRAPH_METRICS: '1', CLAIMGRAPH_LOG_LEVEL: 'silent' });
    try {
      const names = MAX_OPERATION_NAME_LABELS + 20;
      for (let i = 0; i < names; i++) {
        expect((await post(server.url, { query: `query Made${i} { __typename }` })).status).toBe(200);
      }
      const text = await scrape(server);
      const labelled = new Set(
        [...text.matchAll(/^claimgraph_graphql_requests_total\{[^}]*operation_name="([^"]+)"/gm)].map((m) => m[1]),
      );
      console.log(`[metrics] ${names} distinct operation names gave ${labelled.size} label values`);
      expect(labelled.size).toBe(MAX_OPERATION_NAME_LABELS + 1);
      expect(labelled).toContain('other');
      expect(
        sample(text, 'claimgraph_graphql_requests_total{operation_type="query",operation_name="other",outcome="ok"}'),
      ).toBe(20);
    } finally {
      await server.close();
    }
  });

  it('open WebSockets are a gauge; refused upgrades and HTTP 429s count as rate-limited by transport', async () => {
    const limited = await startLoggedServer({
      CLAIMGRAPH_METRICS: '1',
      CLAIMGRAPH_RATE_LIMIT: '4',
      CLAIMGRAPH_LOG_LEVEL: 'silent',
    });
    const socket = new WebSocket(limited.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('open', () => resolve());
        socket.once('error', reject);
      });
      const withSocket = await scrape(limited);
      expect(sample(withSocket, 'claimgraph_websocket_connections')).toBe(1);

      // the upgrade spent one request of 4: three more go through, the rest are refused
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await post(limited.url, { query: '{ __typename }' })).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const refusedUpgrade = await new Promise<number | undefined>((resolve) => {
        const late = new WebSocket(limited.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
        late.once('unexpected-response', (_request, response) => resolve(response.statusCode));
        late.once('open', () => resolve(undefined));
        late.once('error', () => {});
      });
      expect(refusedUpgrade).toBe(429);

      const text = await scrape(limited);
      expect(sample(text, 'claimgraph_rate_limited_total{transport="http"}')).toBe(2);
      expect(sample(text, 'claimgraph_rate_limited_total{transport="websocket"}')).toBe(1);
      expect(sample(text, 'claimgraph_refusals_total{limit="rate"}')).toBe(3);
      expect(
        sample(
          text,
          'claimgraph_graphql_requests_total{operation_type="unknown",operation_name="anonymous",outcome="error"}',
        ),
      ).toBe(2);

      socket.close();
      await new Promise((resolve) => socket.once('close', resolve));
      // the server sees the close a moment after the client does
      let gauge = 1;
      for (let i = 0; i < 100 && gauge !== 0; i++) {
        gauge = sample(await scrape(limited), 'claimgraph_websocket_connections');
        if (gauge !== 0) await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(gauge).toBe(0);
    } finally {
      socket.terminate();
      await limited.close();
    }
  });
});
