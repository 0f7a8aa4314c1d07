/**
 * `claimgraph import FILE` into a database holding an imported fact-check (on the test backend): a dataset record
 * that reuses the slug of the fact-check, of its claim or of its held record is refused by the validator with a
 * problem naming the slug and the stored record, exits 1 and writes nothing, rather than failing on the database's
 * uniqueness. Every fact-check here is invented.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedItemSlug } from '../../src/factcheckImport/factCheckRecord.js';
import { openStore } from '../../src/store/openStore.js';
import { killChildren, runCli } from '../support/cliServer.js';
import { smallDataset } from '../support/smallDataset.js';
import { writeTempDataset } from '../support/tempDataset.js';
import { newTestDatabase, type TestDatabaseLocation } from '../support/testDatabase.js';

const REVIEW_URL = 'https://checks.example.org/2024/slug-thief';
const FACT_CHECK = feedItemSlug(REVIEW_URL);

const folder = mkdtempSync(join(tmpdir(), 'claimgraph-import-slug-of-factcheck-'));
let database: TestDatabaseLocation;

function run(args: string[]) {
  return runCli(args, { CLAIMGRAPH_DB: database.database, CLAIMGRAPH_SEED: 'none' });
}

async function countClaims(): Promise<number> {
  const store = await openStore(database.database);
  try {
    return await store.countClaims({});
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  database = await newTestDatabase();
  const feed = join(folder, 'feed.json');
  writeFileSync(
    feed,
    JSON.stringify({
      '@type': 'ClaimReview',
      url: REVIEW_URL,
      claimReviewed: 'Slugs are shared by everyone.',
      author: { '@type': 'Organization', name: 'Example Checks' },
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
    }),
  );
  const imported = await run(['import-claimreview', feed]);
  expect(imported.stderr).toBe('');
  expect(imported.code).toBe(0);
});

afterAll(async () => {
  killChildren();
  await database?.remove();
  rmSync(folder, { recursive: true, force: true });
});

describe('claimgraph import of a dataset reusing an imported fact-check’s slugs', () => {
  it('refuses a claim with the fact-check’s slug, naming the slug, the claim and the stored fact-check', async () => {
    const dataset = smallDataset();
    dataset.claims[0].slug = FACT_CHECK;
    const run1 = await run(['import', await writeTempDataset(dataset)]);
    expect(run1.code).toBe(1);
    expect(run1.stdout).toBe('');
    expect(run1.stderr).toContain(
      `claims[0] (${FACT_CHECK}) › slug: "${FACT_CHECK}" is already the slug of the stored published fact-check "${FACT_CHECK}"`,
    );
    expect(run1.stderr).toContain('Nothing was imported.');
    expect(run1.stderr).not.toMatch(/duplicate key|UNIQUE constraint/i);
    expect(await countClaims()).toBe(1);
  });

  it('refuses an organization with the fact-check’s slug rather than merging into it', async () => {
    const dataset = smallDataset();
    dataset.organizations[0].slug = FACT_CHECK;
    const result = await run(['import', await writeTempDataset(dataset)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`organizations[0] (${FACT_CHECK}) › slug: "${FACT_CHECK}" is already the slug of`);
    expect(result.stderr).not.toMatch(/duplicate key|UNIQUE constraint/i);
  });

  it('refuses a reference to the fact-check where a claim is expected', async () => {
    const dataset = smallDataset();
    dataset.reviews![0].claim = FACT_CHECK;
    const result = await run(['import', await writeTempDataset(dataset)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`"${FACT_CHECK}" is a published fact-check`);
    expect(result.stderr).toContain('expected a claim');
  });

  it('refuses a document with the slug of the fact-check’s held record', async () => {
    const dataset = smallDataset();
    dataset.documents[1].slug = `${FACT_CHECK}-record`;
    const result = await run(['import', await writeTempDataset(dataset)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`is already the slug of the stored document "${FACT_CHECK}-record"`);
    expect(await countClaims()).toBe(1);
  });
});
