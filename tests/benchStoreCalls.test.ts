/**
 * The CI short bench: the benchmark's queries (bench/queries.ts) against a 10k-statement synthetic graph, checked
 * exactly as `npm run bench` checks them before timing: every response as expected, and every query making the
 * store calls of its depth. Counts only, never times: a regression here is an N+1 or a broken query, whatever
 * the machine's speed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkQueries } from '../bench/check.js';
import { benchQueries } from '../bench/queries.js';
import { importShards } from '../src/generate/importShards.js';
import { SyntheticGraph } from '../src/generate/syntheticGraph.js';
import { writeSyntheticDataset } from '../src/generate/writeSyntheticDataset.js';
import { SqliteStore } from '../src/store/sqlite/sqliteStore.js';
import { startTestServer, type TestServer } from './support/testServer.js';

const STATEMENTS = 10_000;
const SEED = 1;

describe('store calls per request on a 10k-statement synthetic graph', () => {
  let folder: string;
  let server: TestServer;
  const graph = new SyntheticGraph({ statements: STATEMENTS, seed: SEED });

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'claimgraph-bench-ci-'));
    writeSyntheticDataset({ statements: STATEMENTS, seed: SEED }, join(folder, 'dataset'));
    const databaseFile = join(folder, 'claimgraph.db');
    const store = SqliteStore.open(databaseFile);
    await importShards(store, join(folder, 'dataset'));
    await store.close();
    server = await startTestServer({ databaseFile, seedDataset: null });
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('answers every benchmark query as expected, with the store calls of its depth', async () => {
    const { checked, problems } = await checkQueries(server.url, benchQueries(graph));
    expect(problems).toEqual([]);
    const calls = Object.fromEntries(
      checked.map(({ query, requests }) => [query.name, [...new Set(requests.map((r) => r.storeCalls))].sort()]),
    );
    // the figures BENCHMARKS.md reports, pinned: depth, not the number of nodes returned
    expect(calls).toMatchObject({
      tiny: [0],
      entity: [3],
      nested: [5],
      statementPage: [5],
      neighbourhood: [8],
      summary: [8],
      large: [7],
    });
    for (const count of calls.paths) expect(count).toBeLessThanOrEqual(6);
  });

  it('generates the same graph from the same seed', () => {
    const again = new SyntheticGraph({ statements: STATEMENTS, seed: SEED });
    expect(JSON.stringify(again.shard(1).dataset)).toBe(JSON.stringify(graph.shard(1).dataset));
    expect(JSON.stringify(new SyntheticGraph({ statements: STATEMENTS, seed: 2 }).shard(1).dataset)).not.toBe(
      JSON.stringify(graph.shard(1).dataset),
    );
  });
});
