/**
 * `claimgraph export` of a graph holding fact-checks published by other organizations, through the real command
 * line on the test backend (SQLite, or PostgreSQL with CLAIMGRAPH_TEST_BACKEND=postgres): each current fact-check
 * is carried in the dataset's `factChecks`, with its claim, publisher and held record; `claimgraph import` of the
 * export into an empty database rebuilds them, so that the copy answers the same and is exported again byte for
 * byte, and re-importing the publisher's feed into the copy finds every fact-check unchanged. Every fact-check here
 * is invented.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import type { Dataset } from '../../src/domain/dataset.js';
import { feedItemSlug } from '../../src/factcheckImport/factCheckRecord.js';
import { openStore } from '../../src/store/openStore.js';
import { killChildren, runCli } from '../support/cliServer.js';
import { newTestDatabase, type TestDatabaseLocation } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { globalId, succeed } from '../support/writeServer.js';

const FIXTURE = join(PROJECT_ROOT, 'fixtures', 'legend-west.dataset.json');
const MOON = 'https://checks.example.org/2023/moon-cheese';
const SONG = 'https://checks.example.org/2023/sellout-song';
const RETRACTED = 'https://checks.example.org/2023/withdrawn';

function claimReview(url: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@type': 'ClaimReview',
    url,
    claimReviewed: 'The moon is made of cheese.',
    datePublished: '2023-04-05',
    name: 'No, the moon is not made of cheese',
    inLanguage: 'en',
    author: { '@type': 'Organization', name: 'Example Checks', url: 'https://checks.example.org' },
    reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Kanye West' },
      datePublished: '2023-03',
      appearance: [{ '@type': 'CreativeWork', url: 'https://social.example.net/post/1' }],
    },
    ...overrides,
  };
}

const FEED = JSON.stringify({
  '@context': 'https://schema.org',
  '@graph': [
    claimReview(MOON),
    claimReview(SONG, {
      claimReviewed: 'John Legend wrote a song called Sellout.',
      name: 'Legend never released a song called Sellout',
      reviewRating: { '@type': 'Rating', alternateName: 'Mostly false' },
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Dana Blogger' } },
    }),
    claimReview(RETRACTED, { claimReviewed: 'This check was withdrawn.' }),
  ],
});
const TSV = '\tvclaim\ttitle\n7\tThe sea is sweet.\tIs the sea sweet?\n';

/** A fact-check and everything it links to, as a client sees them. */
const FACT_CHECK = `query ($id: ID!) { node(id: $id) { ... on PublishedFactCheck {
  id slug url headline textualRating ratingValue verdict languageCode claimantNames appearanceUrls
  reviewedOn { iso precision } claimDate { iso }
  publisher { __typename id name slug evidence { start end exact document { slug } } }
  record { slug title url isHeld text sha256 length unknownFacts { field reason } }
  claim { slug text status appearances { totalCount } factChecks { slug }
    claimantAttributions { claimant { name } reportedBy { name } evidence { start end exact } } }
} } }`;

const folder = mkdtempSync(join(tmpdir(), 'claimgraph-export-factchecks-'));
const databases: TestDatabaseLocation[] = [];
const servers: TestServer[] = [];
let source: string;

async function emptyDatabase(): Promise<string> {
  const location = await newTestDatabase();
  databases.push(location);
  return location.database;
}

function inputFile(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

async function cli(args: string[], database: string) {
  const run = await runCli(args, { CLAIMGRAPH_DB: database, CLAIMGRAPH_SEED: 'none' });
  expect(run.stderr, args.join(' ')).toBe('');
  expect(run.code, args.join(' ')).toBe(0);
  return run;
}

function exportFiles(file: string): Map<string, Buffer> {
  const texts = file.replace(/\.json$/, '.texts');
  const files = new Map([['graph.json', readFileSync(file)]]);
  for (const name of readdirSync(texts).sort()) files.set(`graph.texts/${name}`, readFileSync(join(texts, name)));
  return files;
}

function readExport(file: string): Dataset {
  return JSON.parse(readFileSync(file, 'utf8')) as Dataset;
}

beforeAll(async () => {
  source = await emptyDatabase();
  await cli(['import', FIXTURE], source);
  await cli(['import-claimreview', inputFile('feed.json', FEED)], source);
  await cli(
    ['import-verified-claims', inputFile('claims.tsv', TSV), '--publisher', 'Full Fact', '--slug-prefix', 'ff-'],
    source,
  );
  const store = await openStore(source);
  try {
    const [id] = await store.idsBySlugs('factCheck', [feedItemSlug(RETRACTED)]);
    await store.retract('factCheck', id!, 'withdrawn by its publisher', { actor: 'test', action: 'RETRACT' });
  } finally {
    await store.close();
  }
}, 60_000);

afterAll(async () => {
  killChildren();
  for (const server of servers.splice(0)) await server.close();
  for (const database of databases.splice(0)) await database.remove();
  rmSync(folder, { recursive: true, force: true });
});

describe('claimgraph export of published fact-checks', () => {
  const file = join(folder, 'first', 'graph.json');
  let exported: Dataset;

  beforeAll(async () => {
    const run = await cli(['export', file], source);
    expect(run.stdout).toMatch(/, 3 published fact-checks, \d+ evidence spans\n/);
    expect(run.stdout).toContain(
      `note: left out 1 claim(s) with neither an appearance nor a current published fact-check (their fact-check ` +
        `was retracted), e.g. ${feedItemSlug(RETRACTED)}-claim`,
    );
    exported = readExport(file);
  });

  it('carries each current fact-check with the publisher’s words, its claim, publisher and held record', () => {
    expect(exported.factChecks).toEqual([
      {
        slug: feedItemSlug(MOON),
        claim: `${feedItemSlug(MOON)}-claim`,
        publisher: 'example-checks',
        record: `${feedItemSlug(MOON)}-record`,
        url: MOON,
        headline: 'No, the moon is not made of cheese',
        textualRating: 'False',
        ratingValue: 1,
        reviewedOn: '2023-04-05',
        claimDate: '2023-03',
        languageCode: 'en',
        claimantNames: ['Kanye West'],
        appearanceUrls: ['https://social.example.net/post/1'],
      },
      expect.objectContaining({ slug: feedItemSlug(SONG), textualRating: 'Mostly false', publisher: 'example-checks' }),
      {
        slug: 'ff-7-factcheck',
        claim: 'ff-7',
        publisher: 'full-fact',
        record: 'ff-7-record',
        headline: 'Is the sea sweet?',
      },
    ]);
    expect(exported.factChecks![1]).not.toHaveProperty('ratingValue');
    const claim = exported.claims.find((entry) => entry.slug === `${feedItemSlug(MOON)}-claim`)!;
    expect(claim).toMatchObject({ text: 'The moon is made of cheese.', appearances: [], about: [] });
    expect(claim.claimants).toEqual([expect.objectContaining({ entity: 'kanye-west', reportedBy: 'example-checks' })]);
    const publisher = exported.organizations.find((entry) => entry.slug === 'example-checks');
    expect(publisher).toMatchObject({ url: 'https://checks.example.org', kind: 'OTHER' });
    const record = exported.documents.find((entry) => entry.slug === `${feedItemSlug(MOON)}-record`)!;
    expect(record.textFile).toBe(`graph.texts/${feedItemSlug(MOON)}-record.txt`);
  });

  it('writes a dataset verify accepts, counting the fact-checks', async () => {
    const run = await cli(['verify', file], source);
    expect(run.stdout).toContain('3 published fact-checks');
  });

  it('imported into an empty database, answers the same for every fact-check and exports byte for byte', async () => {
    const copy = await emptyDatabase();
    const imported = await cli(['import', file], copy);
    expect(imported.stdout).toContain('3 factCheck');
    const again = join(folder, 'second', 'graph.json');
    await cli(['export', again], copy);
    expect(exportFiles(again)).toEqual(exportFiles(file));

    const [before, after] = [
      await startTestServer({ databaseFile: source, seedDataset: null }),
      await startTestServer({ databaseFile: copy, seedDataset: null }),
    ];
    servers.push(before, after);
    for (const slug of exported.factChecks!.map((factCheck) => factCheck.slug)) {
      const variables = { id: globalId('PublishedFactCheck', slug) };
      const expected = await succeed(before.graphql(FACT_CHECK, variables));
      expect(expected.node?.slug).toBe(slug);
      expect(await succeed(after.graphql(FACT_CHECK, variables)), slug).toEqual(expected);
    }
    await Promise.all(servers.splice(0).map((server) => server.close()));

    // the publisher's feed and file, imported again into the copy, change nothing
    const feed = await runCli(['import-claimreview', join(folder, 'feed.json')], { CLAIMGRAPH_DB: copy });
    expect(feed.stdout).toMatch(/: 0 created, 0 updated, 2 unchanged, 1 refused\n$/);
    // the retracted one's record was kept (its publisher's evidence is in it), so it cannot come back by that slug
    expect(feed.stderr).toContain(`"${feedItemSlug(RETRACTED)}-record" is already used by a document`);
    const tsv = await cli(
      ['import-verified-claims', join(folder, 'claims.tsv'), '--publisher', 'Full Fact', '--slug-prefix', 'ff-'],
      copy,
    );
    expect(tsv.stdout).toMatch(/: 0 created, 0 updated, 1 unchanged, 0 refused\n$/);
  }, 90_000);
});
