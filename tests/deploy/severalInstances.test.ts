/**
 * Several stateless instances on one PostgreSQL, as docs/deploying.md describes: they start together without
 * seeding twice, and a write through one is read through the other at once. Skipped with the reason when
 * PostgreSQL is unreachable, mandatory with CLAIMGRAPH_REQUIRE_PG=1.
 */
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { POSTGRES_REQUIRED, postgresUnavailableReason, TestDatabase } from '../store/postgresTestDatabase.js';
import { postTo, startCliServer, type CliServer } from '../support/cliServer.js';

const unavailable = await postgresUnavailableReason();
const EDITOR_TOKEN = 'deploy-test-reviewer-token-0123456789';

if (unavailable !== null && !POSTGRES_REQUIRED) {
  console.warn(`Skipping the several-instances tests: ${unavailable}`);
}

describe.skipIf(unavailable !== null && !POSTGRES_REQUIRED)('two claimgraph instances on one PostgreSQL', () => {
  let database: TestDatabase;
  let first: CliServer;
  let second: CliServer;

  beforeAll(async () => {
    if (unavailable !== null) throw new Error(`${unavailable} (CLAIMGRAPH_REQUIRE_PG=1)`);
    database = await TestDatabase.create();
    const env = {
      CLAIMGRAPH_DB: await database.freshSchemaUrl(),
      CLAIMGRAPH_TOKENS: `rita:reviewer:${EDITOR_TOKEN}`,
      CLAIMGRAPH_RATE_LIMIT: '0',
    };
    // started together on an empty database: the seed must be loaded once, not twice
    [first, second] = await Promise.all([startCliServer(env), startCliServer(env)]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await database?.drop();
  });

  it('seeds the empty database once between them', async () => {
    const counts = '{ people { totalCount } statements { totalCount } claims { totalCount } }';
    const [a, b] = await Promise.all([postTo(first.url, counts), postTo(second.url, counts)]);
    expect(a.data).toEqual({ people: { totalCount: 6 }, statements: { totalCount: 10 }, claims: { totalCount: 5 } });
    expect(b.data).toEqual(a.data);
    const seeded = [first.output(), second.output()].filter((output) => output.includes('loaded '));
    expect(seeded).toHaveLength(1);
  });

  it('a review written through one instance is read through the other at once', async () => {
    const written = await postTo(
      first.url,
      `mutation { reviewClaim(input: { claim: "west-60000-votes", ratingValue: 4, explanation: "Close to the official count",
        sources: [{ url: "https://example.org/results", title: "Official results" }] }) { review { slug } claim { status } } }`,
      EDITOR_TOKEN,
    );
    expect(written.errors).toBeUndefined();
    expect(written.data.reviewClaim.claim.status).toBe('REVIEWED');
    const read = await postTo(
      second.url,
      '{ claims(filter: { status: REVIEWED }) { nodes { slug currentReview { slug ratingLabel reviewer } } } }',
    );
    expect(read.data.claims.nodes).toEqual([
      {
        slug: 'west-60000-votes',
        currentReview: { slug: written.data.reviewClaim.review.slug, ratingLabel: 'Mostly true', reviewer: 'rita' },
      },
    ]);
  });

  it('a subscription on one instance receives a review written through the other (LISTEN/NOTIFY)', async () => {
    const client = createClient({ url: second.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: false });
    try {
      const received = new Promise<any>((resolve, reject) => {
        const unsubscribe = client.subscribe(
          { query: 'subscription { claimReviewed { review { slug ratingValue reviewer } claim { slug status } } }' },
          {
            next: (result: any) => {
              // an earlier test's review may still be on its way through the database: wait for this one's claim
              if (result.data?.claimReviewed?.claim?.slug !== 'used-by-democrats') return;
              unsubscribe();
              resolve(result);
            },
            error: reject,
            complete: () => {},
          },
        );
      });
      // graphql-ws does not acknowledge a subscription, so the write is repeated until its event arrives (a write
      // made before the subscription was registered is simply not delivered)
      const written: string[] = [];
      let event: any;
      for (let attempt = 0; attempt < 20 && event === undefined; attempt++) {
        const result = await postTo(
          first.url,
          `mutation { reviewClaim(input: { claim: "used-by-democrats", ratingValue: 3, explanation: "Partly supported",
            sources: [{ url: "https://example.org/coverage", title: "Coverage" }] }) { review { slug } } }`,
          EDITOR_TOKEN,
        );
        expect(result.errors).toBeUndefined();
        written.push(result.data.reviewClaim.review.slug);
        event = await Promise.race([received, new Promise((resolve) => setTimeout(() => resolve(undefined), 500))]);
      }
      expect(event, 'no claimReviewed event arrived on the other instance').toBeDefined();
      expect(event.errors).toBeUndefined();
      expect(written).toContain(event.data.claimReviewed.review.slug);
      expect(event.data.claimReviewed).toMatchObject({
        review: { ratingValue: 3, reviewer: 'rita' },
        claim: { slug: 'used-by-democrats', status: 'REVIEWED' },
      });
    } finally {
      await client.dispose();
    }
  });

  it('both stop cleanly on SIGTERM', async () => {
    expect(await Promise.all([first.stop(), second.stop()])).toEqual([0, 0]);
  });
});
