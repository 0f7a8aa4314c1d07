/**
 * Automatic persisted queries (APQ) and the caches kept per distinct query. A hash that does not match its query
 * and a protocol version other than 1 are the client's mistakes: 400 with a PERSISTED_QUERY_* code, nothing logged.
 * The parsed-document cache and the APQ cache are bounded in bytes: thousands of unique persisted queries leave
 * them within their budgets (by their own size accounting; RSS is measured by bench/apqMemory.ts), and the usual
 * APQ round trip (hash unknown, register, hash known) still works.
 */
import { createHash } from 'node:crypto';
import type { DocumentNode } from 'graphql';
import { parse } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_HTTP_LIMITS } from '../../src/config/config.js';
import { seedIfEmpty } from '../../src/app/startServer.js';
import { BYTES_PER_ENTRY, ByteBoundedCache, documentBytes, stringBytes } from '../../src/http/byteBoundedCache.js';
import { createHttpServer, type HttpServer } from '../../src/http/createHttpServer.js';
import { openStore } from '../../src/store/openStore.js';
import type { Store } from '../../src/store/store.js';
import { newTestDatabase, type TestDatabaseLocation } from '../support/testDatabase.js';
import { FIXTURE_DATASET_FILE } from '../support/testServer.js';
import { expectNoInternals, type Json } from './helpers.js';

const DOCUMENT_CACHE_BYTES = 512 * 1024;
const APQ_CACHE_BYTES = 64 * 1024;

let database: TestDatabaseLocation;
let store: Store;
let http: HttpServer;
let withoutApq: HttpServer;
const logged: string[] = [];

beforeAll(async () => {
  database = await newTestDatabase();
  store = await openStore(database.database);
  await seedIfEmpty(store, FIXTURE_DATASET_FILE);
  const logError = (message: string, error: unknown) =>
    void logged.push(`${message} ${error instanceof Error ? error.stack : String(error)}`);
  http = await createHttpServer({
    store,
    dev: false,
    reportStoreCalls: false,
    logError,
    http: {
      ...DEFAULT_HTTP_LIMITS,
      rateLimitPerMinute: 0,
      documentCacheBytes: DOCUMENT_CACHE_BYTES,
      persistedQueryCacheBytes: APQ_CACHE_BYTES,
    },
  });
  withoutApq = await createHttpServer({
    store,
    dev: false,
    reportStoreCalls: false,
    logError,
    http: { ...DEFAULT_HTTP_LIMITS, rateLimitPerMinute: 0, persistedQueryCacheBytes: 0 },
  });
});

afterAll(async () => {
  await http?.app.close();
  await withoutApq?.app.close();
  await store?.close();
  await database?.remove();
});

afterEach(() => {
  vi.restoreAllMocks();
});

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** POSTs a GraphQL request to /graphql without a network round trip. */
async function post(server: HttpServer, body: Json): Promise<{ status: number; body: Json; text: string }> {
  const response = await server.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json' },
    payload: body,
  });
  return { status: response.statusCode, body: JSON.parse(response.body), text: response.body };
}

async function get(server: HttpServer, params: Record<string, string>) {
  const response = await server.app.inject({
    method: 'GET',
    url: `/graphql?${new URLSearchParams(params).toString()}`,
    headers: { 'apollo-require-preflight': 'true' },
  });
  return { status: response.statusCode, body: JSON.parse(response.body), text: response.body };
}

describe('APQ refusals are typed client errors', () => {
  const QUERY = '{ people { totalCount } }';

  it('a hash that does not match its query: 400 PERSISTED_QUERY_HASH_MISMATCH, nothing logged', async () => {
    const consoleErrors = vi.spyOn(console, 'error').mockImplementation(() => {});
    logged.length = 0;
    const result = await post(http, {
      query: QUERY,
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ __typename }') } },
    });
    expect(result.status).toBe(400);
    expect(result.body).not.toHaveProperty('data');
    expect(result.body.errors).toEqual([
      { message: 'provided sha does not match query', extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH' } },
    ]);
    const missingHash = await post(http, { query: QUERY, extensions: { persistedQuery: { version: 1 } } });
    expect(missingHash.status).toBe(400);
    expect(missingHash.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
    expectNoInternals(result.text);
    expect(logged).toEqual([]);
    expect(consoleErrors).not.toHaveBeenCalled();
  });

  it('a version other than 1: 400 PERSISTED_QUERY_VERSION_UNSUPPORTED, over POST and GET, nothing logged', async () => {
    const consoleErrors = vi.spyOn(console, 'error').mockImplementation(() => {});
    logged.length = 0;
    for (const persistedQuery of [{ version: 2, sha256Hash: sha256(QUERY) }, { sha256Hash: sha256(QUERY) }, 'v1']) {
      const result = await post(http, { query: QUERY, extensions: { persistedQuery } });
      expect(result.status, JSON.stringify(persistedQuery)).toBe(400);
      expect(result.body.errors).toEqual([
        { message: 'Unsupported persisted query version', extensions: { code: 'PERSISTED_QUERY_VERSION_UNSUPPORTED' } },
      ]);
    }
    const overGet = await get(http, {
      extensions: JSON.stringify({ persistedQuery: { version: 2, sha256Hash: sha256(QUERY) } }),
    });
    expect(overGet.status).toBe(400);
    expect(overGet.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_VERSION_UNSUPPORTED');
    expect(logged).toEqual([]);
    expect(consoleErrors).not.toHaveBeenCalled();
  });

  it('the APQ round trip: unknown hash, then registered, then answered by hash (GET too)', async () => {
    const query = '{ people { totalCount } outlets { totalCount } }';
    const persistedQuery = { version: 1, sha256Hash: sha256(query) };
    const unknown = await post(http, { extensions: { persistedQuery } });
    expect(unknown.body.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post(http, { query, extensions: { persistedQuery } });
    expect(registered.status).toBe(200);
    expect(registered.body.data.people.totalCount).toBe(6);
    const byHash = await get(http, { extensions: JSON.stringify({ persistedQuery }) });
    expect(byHash.status).toBe(200);
    expect(byHash.body.data.people.totalCount).toBe(6);
  });

  it('with the APQ cache set to 0, persisted queries are PERSISTED_QUERY_NOT_SUPPORTED', async () => {
    const result = await post(withoutApq, {
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ x }') } },
    });
    expect(result.body.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    expect(withoutApq.caches.persistedQueries).toBeNull();
  });
});

describe('the per-query caches are bounded in bytes', () => {
  it('3,000 unique persisted queries leave both caches within their budgets; recent ones are still hits', async () => {
    const { documents, persistedQueries } = http.caches;
    expect(documents?.maxBytes).toBe(DOCUMENT_CACHE_BYTES);
    expect(persistedQueries?.maxBytes).toBe(APQ_CACHE_BYTES);
    const SENT = 3_000;
    // unique documents that need no store call: the work is Apollo's (hash, parse, validate, cache)
    const queryOf = (i: number) => `query Unique${i} { __typename kind${i}: __typename again: __typename }`;
    let peakDocuments = 0;
    let peakPersisted = 0;
    for (let i = 0; i < SENT; i++) {
      const query = queryOf(i);
      const result = await post(http, {
        query,
        extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } },
      });
      if (result.status !== 200) throw new Error(`query ${i}: ${result.text}`);
      peakDocuments = Math.max(peakDocuments, documents!.usage().bytes);
      peakPersisted = Math.max(peakPersisted, persistedQueries!.usage().bytes);
    }
    const documentUsage = documents!.usage();
    const persistedUsage = persistedQueries!.usage();
    console.log(
      `[cache] after ${SENT} unique persisted queries: documents ${documentUsage.entries} entries, ${documentUsage.bytes} of ${documentUsage.maxBytes} bytes (${documentUsage.evictions} evicted); APQ ${persistedUsage.entries} entries, ${persistedUsage.bytes} of ${persistedUsage.maxBytes} bytes (${persistedUsage.evictions} evicted)`,
    );
    expect(peakDocuments).toBeLessThanOrEqual(DOCUMENT_CACHE_BYTES);
    expect(peakPersisted).toBeLessThanOrEqual(APQ_CACHE_BYTES);
    // full: what is kept is close to the budget, the rest was evicted
    expect(documentUsage.bytes).toBeGreaterThan(DOCUMENT_CACHE_BYTES / 2);
    expect(documentUsage.entries + documentUsage.evictions).toBeGreaterThanOrEqual(SENT);
    expect(documentUsage.entries).toBeLessThan(SENT);
    expect(persistedUsage.entries).toBeLessThan(SENT);
    expect(persistedUsage.entries + persistedUsage.evictions).toBeGreaterThanOrEqual(SENT);

    // the latest is still known by its hash; the first was evicted and must be registered again
    const latest = queryOf(SENT - 1);
    const hit = await post(http, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(latest) } } });
    expect(hit.body.data?.__typename).toBe('Query');
    const evicted = await post(http, {
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(queryOf(0)) } },
    });
    expect(evicted.body.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('the accounting: least recently used evicted first, an entry larger than the cache not kept', async () => {
    const cache = new ByteBoundedCache<string>(BYTES_PER_ENTRY * 3 + 30, stringBytes);
    await cache.set('a', 'xxxxxxxxxx'); // 128 + 1 + 10 bytes
    await cache.set('b', 'yyyyyyyyyy');
    expect(await cache.get('a')).toBe('xxxxxxxxxx'); // a is now the most recently used
    await cache.set('c', 'zzzzzzzzzz'); // over budget: b goes
    expect(cache.usage()).toEqual({
      entries: 2,
      bytes: 2 * (BYTES_PER_ENTRY + 11),
      maxBytes: cache.maxBytes,
      evictions: 1,
    });
    expect(await cache.get('b')).toBeUndefined();
    await cache.set('huge', 'h'.repeat(1_000));
    expect(await cache.get('huge')).toBeUndefined();
    expect(await cache.delete('a')).toBe(true);
    expect(cache.usage().bytes).toBe(BYTES_PER_ENTRY + 11);
    expect(stringBytes('é')).toBe(1);
    expect(stringBytes('名')).toBe(2);
  });

  it('a parsed document weighs by its tokens (with their nodes and locations), not by its JSON', () => {
    const document: DocumentNode = parse('{ people(first: 3) { totalCount nodes { slug name } } }');
    const json = JSON.stringify(document).length;
    // 16 tokens (with <SOF> and <EOF>): JSON leaves out the token list every node points to
    expect(documentBytes(document)).toBeGreaterThan(json);
    expect(documentBytes(parse('{ a }', { noLocation: true }))).toBeGreaterThan(0);
  });
});
