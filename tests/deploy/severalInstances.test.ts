/**
 * Several stateless instances on one PostgreSQL, as README "Deploying" describes: they start together without
 * seeding twice, and a write through one is read through the other at once. Skipped with the reason when
 * PostgreSQL is unreachable, mandatory with CLAIMGRAPH_REQUIRE_PG=1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    expect(a.data).toEqual({ people: { totalCount: 6 }, statements: { totalCount: 9 }, claims: { totalCount: 5 } });
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

  it('both stop cleanly on SIGTERM', async () => {
    expect(await Promise.all([first.stop(), second.stop()])).toEqual([0, 0]);
  });
});
