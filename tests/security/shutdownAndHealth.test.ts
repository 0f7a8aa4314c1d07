/**
 * Graceful shutdown and health: SIGTERM to the real CLI lets in-flight queries and mutations finish while new
 * connections are refused, then closes the database with nothing lost; liveness and readiness answer, and
 * readiness fails (503) while draining or when the database cannot answer.
 */
import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../src/http/createHttpServer.js';
import { seedIfEmpty } from '../../src/app/startServer.js';
import { openStore } from '../../src/store/openStore.js';
import type { Store } from '../../src/store/store.js';
import { newTestDatabase, type TestDatabaseLocation } from '../support/testDatabase.js';
import { FIXTURE_DATASET_FILE } from '../support/testServer.js';
import { TOKENS, TOKENS_VARIABLE } from '../support/writeServer.js';
import { killChildren, runServe } from '../support/cliServer.js';
import { connectionRefused, halfSentPost, logLatency, removeFolders, sleep, temporaryFolder } from './helpers.js';

afterAll(() => {
  killChildren();
  removeFolders();
});

describe('graceful shutdown', () => {
  it('on SIGTERM, 20 in-flight queries and 5 in-flight mutations complete (200), new connections are refused, the process exits 0 and nothing is lost', async () => {
    const folder = temporaryFolder();
    const databaseFile = join(folder, 'shutdown.db');
    const cli = await runServe({
      NODE_ENV: 'production',
      CLAIMGRAPH_DB: databaseFile,
      CLAIMGRAPH_TOKENS: TOKENS_VARIABLE,
      CLAIMGRAPH_RATE_LIMIT: '0',
    });
    const [, url] = await cli.waitForOutput(/claimgraph serving (http:\/\/\S+)/);

    // In flight = the server has read the request's headers (it answered 100 Continue) and part of its body; the
    // rest is sent after SIGTERM.
    const queries = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        halfSentPost(
          url,
          JSON.stringify({
            query: `{ q${i}: statements(first: 100) { totalCount nodes { quote speaker { name } } } }`,
          }),
        ),
      ),
    );
    const mutations = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        halfSentPost(
          url,
          JSON.stringify({
            query: `mutation { reviewClaim(input: { claim: "west-60000-votes", ratingValue: 4, explanation: "shutdown ${i}",
              sources: [{ url: "https://example.org/results", title: "Official results" }] }) { review { slug } claim { status } } }`,
          }),
          { authorization: `Bearer ${TOKENS.reviewer.token}` },
        ),
      ),
    );

    const signalled = performance.now();
    cli.child.kill('SIGTERM');
    await cli.waitForOutput(/received SIGTERM, shutting down/);
    let refused = false;
    for (let attempt = 0; attempt < 50 && !refused; attempt++) {
      refused = await connectionRefused(url);
      if (!refused) await sleep(100);
    }
    expect(refused, 'new connections are refused while draining').toBe(true);
    expect(cli.child.exitCode, 'the process waits for its in-flight requests').toBeNull();

    const responses = await Promise.all([...queries, ...mutations].map((request) => request.finish()));
    for (const response of responses) {
      expect(response.status, response.body.slice(0, 300)).toBe(200);
      const body = JSON.parse(response.body);
      expect(body.errors, response.body.slice(0, 300)).toBeUndefined();
    }
    const reviewSlugs = responses.slice(20).map((response) => JSON.parse(response.body).data.reviewClaim.review.slug);
    expect(new Set(reviewSlugs).size).toBe(5);

    const { code, signal } = await cli.exited();
    console.log(
      `[latency] SIGTERM to exit with 25 in-flight requests: ${(performance.now() - signalled).toFixed(0)} ms`,
    );
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(cli.stderr()).toBe('');

    // the database was closed cleanly: the WAL was checkpointed into the file, every acknowledged review is there
    expect(!existsSync(`${databaseFile}-wal`) || statSync(`${databaseFile}-wal`).size === 0).toBe(true);
    const db = new Database(databaseFile, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = db
        .prepare(`SELECT slug FROM reviews WHERE slug IN (${reviewSlugs.map(() => '?').join(', ')})`)
        .all(...reviewSlugs) as { slug: string }[];
      expect(stored.map((row) => row.slug).sort()).toEqual([...reviewSlugs].sort());
      expect(db.prepare("SELECT status FROM claims WHERE slug = 'west-60000-votes'").pluck().get()).toBe('REVIEWED');
      expect(
        db
          .prepare(
            `SELECT COUNT(*) FROM changes WHERE action = 'REVIEW' AND node_slug IN (${reviewSlugs.map(() => '?').join(', ')})`,
          )
          .pluck()
          .get(...reviewSlugs),
      ).toBe(5);
    } finally {
      db.close();
    }
  });
});

describe('health and readiness', () => {
  let database: TestDatabaseLocation;
  let store: Store;
  const servers: HttpServer[] = [];

  async function listen(): Promise<{ http: HttpServer; origin: string }> {
    const http = await createHttpServer({ store, dev: false, reportStoreCalls: false });
    servers.push(http);
    await http.app.listen({ port: 0, host: '127.0.0.1' });
    const address = http.app.server.address();
    return { http, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
  }

  beforeAll(async () => {
    database = await newTestDatabase();
    store = await openStore(database.database);
    await seedIfEmpty(store, FIXTURE_DATASET_FILE);
  });

  afterAll(async () => {
    for (const http of servers) await http.app.close();
    await store?.close().catch(() => {}); // closed by the test already
    await database?.remove();
  });

  it('/healthz and a GET query answer 200; readiness is 503 while draining and when the database cannot run SELECT 1', async () => {
    const { http, origin } = await listen();
    const health: number[] = [];
    const typename: number[] = [];
    for (let i = 0; i < 20; i++) {
      let started = performance.now();
      const live = await fetch(`${origin}/healthz`);
      health.push(performance.now() - started);
      expect(live.status).toBe(200);
      expect(await live.json()).toEqual({ status: 'ok' });
      started = performance.now();
      const query = await fetch(`${origin}/graphql?query=${encodeURIComponent('{__typename}')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      typename.push(performance.now() - started);
      expect(query.status).toBe(200);
      expect(await query.json()).toEqual({ data: { __typename: 'Query' } });
    }
    logLatency('GET /healthz', health);
    logLatency('GET /graphql?query={__typename} with apollo-require-preflight', typename);
    const ready = await fetch(`${origin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });

    // draining: readiness fails first, so a load balancer stops sending; the server itself still answers
    http.startDraining();
    const draining = await fetch(`${origin}/readyz`);
    expect(draining.status).toBe(503);
    expect(await draining.json()).toEqual({ status: 'draining' });
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);

    // the database cannot answer: a second server on the same store, then the store closes under it
    const other = await listen();
    expect((await fetch(`${other.origin}/readyz`)).status).toBe(200);
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      await store.close();
      const down = await fetch(`${other.origin}/readyz`);
      expect(down.status).toBe(503);
      const text = await down.text();
      expect(JSON.parse(text)).toEqual({ status: 'unavailable' });
      expect(text).not.toMatch(/database|sqlite|not open/i);
      expect(errors.map(([message]) => message)).toContain('readiness check failed');
      expect((await fetch(`${other.origin}/healthz`)).status).toBe(200);
    } finally {
      console.error = original;
    }
  });
});
