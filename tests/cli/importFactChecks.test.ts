/**
 * `claimgraph import-claimreview FILE|-` and `claimgraph import-verified-claims FILE.tsv --publisher NAME
 * [--slug-prefix P]` through the real command line (runCli), against CLAIMGRAPH_DB on the test backend: a summary
 * line on stdout, each refused item on stderr as `position: message`, exit 1 when any item was refused (after
 * importing the rest), 2 for bad usage. Every fact-check here is invented.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { feedItemSlug } from '../../src/factcheckImport/factCheckRecord.js';
import { openStore } from '../../src/store/openStore.js';
import { CLI_COMMAND, cliEnvironment, killChildren, runCli } from '../support/cliServer.js';
import { newTestDatabase, type TestDatabaseLocation } from '../support/testDatabase.js';

const folder = mkdtempSync(join(tmpdir(), 'claimgraph-import-factchecks-'));
let database: TestDatabaseLocation;

function file(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

function claimReview(url: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url,
    claimReviewed: 'The moon is made of cheese.',
    datePublished: '2023-04-05',
    name: 'No, the moon is not made of cheese',
    author: { '@type': 'Organization', name: 'Example Checks', url: 'https://checks.example.org' },
    reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
    ...overrides,
  };
}

function run(args: string[]) {
  return runCli(args, { CLAIMGRAPH_DB: database.database, CLAIMGRAPH_SEED: 'none' });
}

/** The ids of stored records, by slug, read through the Store. */
async function storedIds(table: 'claim' | 'factCheck', slugs: string[]): Promise<(number | null)[]> {
  const store = await openStore(database.database);
  try {
    return await store.idsBySlugs(table, slugs);
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  database = await newTestDatabase();
});

afterAll(async () => {
  killChildren();
  await database?.remove();
  rmSync(folder, { recursive: true, force: true });
});

describe('claimgraph import-claimreview', () => {
  const url = 'https://checks.example.org/2023/moon-cheese';

  it('imports a feed, printing one summary line, and exits 0', async () => {
    const feed = file('feed.json', JSON.stringify([claimReview(url)]));
    const result = await run(['import-claimreview', feed]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^imported .*feed\.json into .*: 1 created, 0 updated, 0 unchanged, 0 refused\n$/);
    expect(await storedIds('factCheck', [feedItemSlug(url)])).toEqual([expect.any(Number)]);
  });

  it('finds the same feed unchanged when it is imported again', async () => {
    const feed = file('feed.json', JSON.stringify([claimReview(url)]));
    const result = await run(['import-claimreview', feed]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/: 0 created, 0 updated, 1 unchanged, 0 refused\n$/);
  });

  it('imports the good items, prints each refused one as position: message, and exits 1', async () => {
    const kept = 'https://checks.example.org/2023/kept';
    const feed = file(
      'mixed.json',
      JSON.stringify([
        claimReview(kept, { claimReviewed: 'The tide is caused by the moon.' }),
        claimReview('https://checks.example.org/2023/no-claim', { claimReviewed: undefined }),
        claimReview(url, { reviewRating: { '@type': 'Rating', ratingValue: 9, bestRating: 5, worstRating: 1 } }),
      ]),
    );
    const result = await run(['import-claimreview', feed]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/: 1 created, 0 updated, 0 unchanged, 2 refused\n$/);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[1\]: .*claimReviewed/);
    expect(lines[1]).toBe('[2]: reviewRating.ratingValue 9 is outside worstRating 1 .. bestRating 5');
    expect(await storedIds('factCheck', [feedItemSlug(kept)])).toEqual([expect.any(Number)]);
  });

  it('reads the feed from stdin when FILE is -', async () => {
    const stdinUrl = 'https://checks.example.org/2023/from-stdin';
    const [program, ...commandArgs] = CLI_COMMAND;
    const child = spawn(program, [...commandArgs, 'import-claimreview', '-'], {
      cwd: PROJECT_ROOT,
      env: cliEnvironment({ CLAIMGRAPH_DB: database.database, CLAIMGRAPH_SEED: 'none' }),
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stdin.end(JSON.stringify(claimReview(stdinUrl)));
    const [code] = (await once(child, 'close')) as [number];
    expect(code).toBe(0);
    expect(stdout).toMatch(/^imported stdin into .*: 1 created, 0 updated, 0 unchanged, 0 refused\n$/);
    expect(await storedIds('factCheck', [feedItemSlug(stdinUrl)])).toEqual([expect.any(Number)]);
  });

  it('refuses malformed JSON with one line saying where, and exits 1', async () => {
    const result = await run(['import-claimreview', file('broken.json', '[{"url": "https://x.example"')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/: 0 created, 0 updated, 0 unchanged, 1 refused\n$/);
    expect(result.stderr).toMatch(/^\(top level\): invalid JSON at the end of the file \(line 1, column 29\)/);
  });

  it('says so when the file cannot be read, and exits 1', async () => {
    const result = await run(['import-claimreview', join(folder, 'missing.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^claimgraph import-claimreview: cannot read .*missing\.json/);
  });

  it('exits 2 with its usage when FILE is missing', async () => {
    const result = await run(['import-claimreview']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^usage: claimgraph import-claimreview FILE\|-/);
    expect(result.stderr).toMatch(/claimgraph import-claimreview: FILE is missing/);
  });
});

describe('claimgraph import-verified-claims', () => {
  const tsv = () =>
    file(
      'claims.tsv',
      '\tvclaim\ttitle\n7\tPenguins can fly in spring.\tDo Penguins Fly?\n8\tThe sea is sweet.\tIs the Sea Sweet?\n',
    );

  it('imports each row under the slug prefix and exits 0', async () => {
    const result = await run(['import-verified-claims', tsv(), '--publisher', 'Snopes', '--slug-prefix', 'sn-']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/: 2 created, 0 updated, 0 unchanged, 0 refused\n$/);
    expect(await storedIds('claim', ['sn-7', 'sn-8'])).toEqual([expect.any(Number), expect.any(Number)]);
  });

  it('names its claims after the publisher when no prefix is given', async () => {
    const result = await run(['import-verified-claims', tsv(), '--publisher', 'Full Fact']);
    expect(result.code).toBe(0);
    expect(await storedIds('claim', ['full-fact-7', 'full-fact-8'])).toEqual([expect.any(Number), expect.any(Number)]);
  });

  it('exits 2 with its usage without --publisher, or with a prefix that makes no slug', async () => {
    const noPublisher = await run(['import-verified-claims', tsv()]);
    expect(noPublisher.code).toBe(2);
    expect(noPublisher.stderr).toMatch(/claimgraph import-verified-claims: --publisher NAME is missing/);
    const badPrefix = await run(['import-verified-claims', tsv(), '--publisher', 'Snopes', '--slug-prefix', 'Sn_']);
    expect(badPrefix.code).toBe(2);
    expect(badPrefix.stderr).toMatch(/slug prefix "Sn_" is not a slug start/);
  });
});
