/**
 * Fact-check imports started at the same moment end as if run one after the other: one record per review url, the
 * publisher and claimants created once, every item counted once as created and otherwise as unchanged, and no
 * database error. SQLite serialises writers by itself; PostgreSQL is where two transactions could both find a slug
 * free and both insert it, so the store tests run there (skipped with the reason in their title when it is
 * unreachable, mandatory with CLAIMGRAPH_REQUIRE_PG=1), and the GraphQL test runs on the test backend
 * (CLAIMGRAPH_TEST_BACKEND=postgres for PostgreSQL). Every fact-check here is invented.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { feedItemSlug } from '../../src/factcheckImport/factCheckRecord.js';
import { importClaimReviewFeed, type FactCheckImportResult } from '../../src/factcheckImport/importFactChecks.js';
import { openStore } from '../../src/store/openStore.js';
import type { ChangeAuthor, Store } from '../../src/store/store.js';
import { POSTGRES_REQUIRED, postgresUnavailableReason, TestDatabase } from '../store/postgresTestDatabase.js';
import { globalId, startWriteServer, succeed, type Json, type WriteServer } from '../support/writeServer.js';

const AUTHOR: ChangeAuthor = { actor: 'test', action: 'IMPORT' };

const URLS = Array.from({ length: 12 }, (_, index) => `https://race.example.org/checks/${index + 1}`);

function review(url: string): Record<string, unknown> {
  return {
    '@type': 'ClaimReview',
    url,
    claimReviewed: `Invented claim number ${url.split('/').pop()} is true.`,
    name: `Checked: ${url}`,
    author: { '@type': 'Organization', name: 'Race Condition Checks', url: 'https://race.example.org' },
    reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Mostly false' },
    itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Quinn Racer' } },
  };
}

function feed(urls: readonly string[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': urls.map(review) });
}

/** What the imports did between them: each url created exactly once, and found unchanged by every other import. */
function expectOneAfterTheOther(results: readonly Pick<FactCheckImportResult, 'created' | 'unchanged'>[]) {
  for (const result of results) expect(result).toMatchObject({ problems: [] });
  const created = results.reduce((sum, result) => sum + result.created, 0);
  expect(created).toBe(URLS.length);
}

async function expectOneRecordPerUrl(store: Store, urls: readonly string[]): Promise<void> {
  const ids = await store.idsBySlugs('factCheck', urls.map(feedItemSlug));
  expect(ids.every((id) => id !== null)).toBe(true);
  const rows = await store.publishedFactChecksByIds(ids as number[]);
  expect(rows.map((row) => row?.url)).toEqual(urls);
  expect(await store.countEntities('ORGANIZATION')).toBe(1);
  expect(await store.countEntities('PERSON')).toBe(1);
  expect(await store.countClaims({})).toBe(urls.length);
}

const unavailable = await postgresUnavailableReason();

if (unavailable !== null && POSTGRES_REQUIRED) {
  describe('concurrent fact-check imports on PostgreSQL', () => {
    it('needs PostgreSQL (CLAIMGRAPH_REQUIRE_PG=1)', () => {
      throw new Error(`${unavailable}; set CLAIMGRAPH_TEST_PG_URL to a reachable server`);
    });
  });
} else if (unavailable !== null) {
  describe.skip(`concurrent fact-check imports on PostgreSQL (skipped: ${unavailable})`, () => {
    it('imports the same feed twice at once', () => {});
  });
} else {
  describe('concurrent fact-check imports through the Store, on PostgreSQL', () => {
    let database: TestDatabase;
    const stores: Store[] = [];

    beforeAll(async () => {
      database = await TestDatabase.create();
    });
    afterEach(async () => {
      await Promise.all(stores.splice(0).map((store) => store.close()));
    });
    afterAll(async () => {
      await database?.drop();
    });

    async function openStores(count: number): Promise<Store[]> {
      const url = await database.freshSchemaUrl();
      // one at a time: the first migrates the new schema
      for (let index = 0; index < count; index++) stores.push(await openStore(url));
      return stores;
    }

    it('two imports of the same feed at once on one store create each fact-check once', async () => {
      const [store] = await openStores(1);
      const text = feed(URLS);
      const results = await Promise.all([
        importClaimReviewFeed(store, text, AUTHOR),
        importClaimReviewFeed(store, text, AUTHOR),
      ]);
      expectOneAfterTheOther(results);
      expect(results.map((result) => result.unchanged).sort()).toEqual([0, URLS.length]);
      await expectOneRecordPerUrl(store, URLS);
    });

    it('overlapping feeds imported at once by two server instances end with one record per review url', async () => {
      const [first, second] = await openStores(2);
      const results = await Promise.all([
        importClaimReviewFeed(first, feed(URLS.slice(0, 8)), AUTHOR),
        importClaimReviewFeed(second, feed(URLS.slice(4)), AUTHOR),
        importClaimReviewFeed(first, feed([...URLS].reverse()), AUTHOR),
      ]);
      expectOneAfterTheOther(results);
      const seen = results.reduce((sum, result) => sum + result.created + result.unchanged, 0);
      expect(seen).toBe(8 + 8 + URLS.length);
      await expectOneRecordPerUrl(second, URLS);
    });
  });
}

describe('concurrent importClaimReviews mutations (on the test backend)', () => {
  let server: WriteServer;
  const IMPORT_FEED = `mutation ($feed: String!) { importClaimReviews(feed: $feed) {
    created updated unchanged problems { position message } factChecks { slug } } }`;
  const COUNT = `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on PublishedFactCheck { url } } }`;

  beforeAll(async () => {
    server = await startWriteServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('two imports of the same feed sent at once both succeed, creating each fact-check once', async () => {
    const text = feed(URLS);
    const responses = await Promise.all([
      server.as('admin', IMPORT_FEED, { feed: text }),
      server.as('admin', IMPORT_FEED, { feed: text }),
    ]);
    const results: Json[] = [];
    for (const response of responses) results.push((await succeed(Promise.resolve(response))).importClaimReviews);
    expectOneAfterTheOther(results);
    expect(results.map((result) => result.unchanged).sort()).toEqual([0, URLS.length]);
    const ids = URLS.map((url) => globalId('PublishedFactCheck', feedItemSlug(url)));
    const { nodes } = await succeed(server.graphql(COUNT, { ids }));
    expect(nodes.map((node: Json) => node?.url)).toEqual(URLS);
  });
});
