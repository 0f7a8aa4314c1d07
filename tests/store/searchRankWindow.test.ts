/**
 * Search's ranking window (src/store/sql/searchTiers.ts) on the test backend, over a 3,000-statement synthetic
 * graph opened twice: once ranking every match, once with a window. A query matching no more index rows than the
 * window must rank exactly as without one; a query matching more comes in two tiers, the nodes among the newest
 * matching rows first, and paging through it still gives every match once.
 */
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { importShards } from '../../src/generate/importShards.js';
import { writeSyntheticDataset } from '../../src/generate/writeSyntheticDataset.js';
import { InvalidSearchQueryError } from '../../src/store/errors.js';
import { openStore } from '../../src/store/openStore.js';
import { SEARCH_KINDS, type SearchHitRow, type SearchKind } from '../../src/store/rows.js';
import { DEFAULT_SEARCH_RANK_WINDOW } from '../../src/store/sql/searchTiers.js';
import type { Store } from '../../src/store/store.js';
import { newTestDatabase, type TestDatabaseLocation } from '../support/testDatabase.js';

const STATEMENTS = 3_000;
const SMALL_WINDOW = 40;
const TINY_WINDOW = 3;

/** Plain words of the generated quotes, from rare to common, and the two-word names of its people. */
function queriesOf(datasetFolder: string): { words: string[]; names: string[] } {
  const counts = new Map<string, number>();
  const names = new Set<string>();
  for (const file of readdirSync(datasetFolder).filter((name) => name.endsWith('.dataset.json'))) {
    const dataset = JSON.parse(readFileSync(join(datasetFolder, file), 'utf8'));
    for (const statement of dataset.statements ?? []) {
      for (const word of new Set(
        String(statement.quote)
          .toLowerCase()
          .match(/\p{L}{4,}/gu) ?? [],
      )) {
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
    for (const person of dataset.people ?? []) if (/^\S+ \S+$/.test(person.name)) names.add(person.name);
  }
  const words = [...counts.entries()].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
  return { words, names: [...names].sort() };
}

const key = (hit: SearchHitRow) => `${hit.kind}:${hit.nodeId}`;

/** How many nodes match, or 0 for a query the engine has nothing to look for in (PostgreSQL's stop words). */
async function matches(store: Store, query: string, kinds: readonly SearchKind[]): Promise<number> {
  try {
    return await store.countSearch(query, kinds);
  } catch (error) {
    if (error instanceof InvalidSearchQueryError) return 0;
    throw error;
  }
}

async function everyPage(store: Store, query: string, kinds: readonly SearchKind[], size: number) {
  const hits: SearchHitRow[] = [];
  for (;;) {
    const page = await store.search(query, kinds, size, hits.length);
    hits.push(...page);
    if (page.length < size) return hits;
  }
}

describe('search ranking window', () => {
  let folder: string;
  let location: TestDatabaseLocation;
  let exhaustive: Store;
  let windowed: Store;
  let small: Store;
  let words: string[];
  let names: string[];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'claimgraph-search-window-'));
    writeSyntheticDataset({ statements: STATEMENTS, seed: 7 }, join(folder, 'dataset'));
    location = await newTestDatabase();
    exhaustive = await openStore(location.database, { searchRankWindow: null });
    await importShards(exhaustive, join(folder, 'dataset'));
    windowed = await openStore(location.database);
    small = await openStore(location.database, { searchRankWindow: SMALL_WINDOW });
    ({ words, names } = queriesOf(join(folder, 'dataset')));
  }, 120_000);

  afterAll(async () => {
    await Promise.all([exhaustive?.close(), windowed?.close(), small?.close()]);
    await location?.remove();
    rmSync(folder, { recursive: true, force: true });
  });

  it('ranks at least 200 queries matching fewer rows than the default window exactly as ranking every match', async () => {
    const candidates = [
      ...words.filter((_, index) => index % 3 === 0),
      ...names.slice(0, 40),
      ...words.slice(-30).map((word) => `${word.slice(0, 4)}*`),
    ];
    let compared = 0;
    for (const query of candidates) {
      const count = await matches(exhaustive, query, SEARCH_KINDS);
      // a node has at most a handful of index rows (a name and its aliases): a third of the window is safely under it
      if (count === 0 || count > DEFAULT_SEARCH_RANK_WINDOW / 3) continue;
      const expected = await exhaustive.search(query, SEARCH_KINDS, 10, 0);
      expect(await windowed.search(query, SEARCH_KINDS, 10, 0), query).toEqual(expected);
      compared += 1;
    }
    expect(compared).toBeGreaterThanOrEqual(200);
  }, 120_000);

  /** Pages through each query on a store with a window, against ranking every match; how many were tiered. */
  async function expectTiers(store: Store, window: number, queries: readonly string[]): Promise<number> {
    let tiered = 0;
    for (const query of queries) {
      if ((await matches(exhaustive, query, ['STATEMENT'])) <= window * 2) continue;
      const all = await everyPage(exhaustive, query, ['STATEMENT'], 100);
      tiered += 1;
      const paged = await everyPage(store, query, ['STATEMENT'], 17);
      // every match once, however the pages fall
      expect(paged.map(key).sort(), query).toEqual(all.map(key).sort());
      expect(new Set(paged.map(key)).size).toBe(paged.length);
      expect(await store.countSearch(query, ['STATEMENT'])).toBe(all.length);
      // a statement has one index row, written when it was imported: the window is the newest statements found
      const newest = all
        .map((hit) => hit.nodeId)
        .sort((a, b) => b - a)
        .slice(0, window);
      expect(
        paged
          .slice(0, window)
          .map((hit) => hit.nodeId)
          .sort((a, b) => b - a),
        query,
      ).toEqual(newest);
      // each tier best first
      for (const tier of [paged.slice(0, window), paged.slice(window)]) {
        for (let i = 1; i < tier.length; i++) expect(tier[i - 1].score).toBeGreaterThanOrEqual(tier[i].score);
      }
    }
    return tiered;
  }

  it('ranks the newest matches first when a query matches more rows than the window, then the rest', async () => {
    expect(await expectTiers(small, SMALL_WINDOW, words.slice(-12))).toBeGreaterThanOrEqual(3);
  }, 120_000);

  it('finds the newest matches of a window however far back among the ids they lie', async () => {
    // A window of a few rows: PostgreSQL looks for them among the newest ids first, then wider spans, so words of
    // every frequency take one span, several, or the whole index
    const tiny = await openStore(location.database, { searchRankWindow: TINY_WINDOW });
    try {
      const spread = words.filter((_, index) => index % Math.ceil(words.length / 60) === 0);
      expect(await expectTiers(tiny, TINY_WINDOW, spread)).toBeGreaterThanOrEqual(12);
    } finally {
      await tiny.close();
    }
  }, 120_000);
});

describe('the ranking window setting', () => {
  it('defaults to the store default, turns off with 0 and refuses anything but a whole number', () => {
    expect(loadConfig({}).searchRankWindow).toBe(DEFAULT_SEARCH_RANK_WINDOW);
    expect(loadConfig({ CLAIMGRAPH_SEARCH_RANK_WINDOW: '500' }).searchRankWindow).toBe(500);
    expect(loadConfig({ CLAIMGRAPH_SEARCH_RANK_WINDOW: '0' }).searchRankWindow).toBeNull();
    for (const bad of ['-1', '2.5', 'many']) {
      expect(() => loadConfig({ CLAIMGRAPH_SEARCH_RANK_WINDOW: bad })).toThrow(
        new ConfigError(`CLAIMGRAPH_SEARCH_RANK_WINDOW must be an integer of at least 0, got ${JSON.stringify(bad)}`),
      );
    }
  });
});
