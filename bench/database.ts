/**
 * The benchmark's databases: generated once per size and seed through the normal import path, and kept under
 * bench/.data/ (git-ignored) for later runs.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config/config.js';
import { importShards } from '../src/generate/importShards.js';
import { MANIFEST_FILE, writeSyntheticDataset } from '../src/generate/writeSyntheticDataset.js';
import { SqliteStore } from '../src/store/sqlite/sqliteStore.js';

/** Bumped whenever the generator's output changes, so a cached database is never one of an older shape. */
export const GENERATOR_VERSION = 'v1';
export const BENCH_DATA = join(PROJECT_ROOT, 'bench', '.data');

export interface BenchDatabase {
  database: string;
  /** how long generating and importing took, when it was done by this run or an earlier one */
  loadSeconds: number | null;
}

export async function ensureBenchDatabase(
  statements: number,
  seed: number,
  log: (line: string) => void,
): Promise<BenchDatabase> {
  const name = `synthetic-${GENERATOR_VERSION}-${statements}-seed${seed}`;
  const folder = join(BENCH_DATA, name);
  const database = join(BENCH_DATA, `${name}.db`);
  const marker = `${database}.complete`;
  if (!existsSync(marker)) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${database}${suffix}`, { force: true });
    mkdirSync(BENCH_DATA, { recursive: true });
    const started = performance.now();
    if (!existsSync(join(folder, MANIFEST_FILE))) {
      log(`generating a ${statements}-statement graph (seed ${seed}) in ${folder}`);
      writeSyntheticDataset({ statements, seed }, folder);
    }
    log(`importing it into ${database}`);
    const store = SqliteStore.open(database);
    try {
      await importShards(store, folder, log, 'claimgraph bench');
    } finally {
      await store.close();
    }
    const loadSeconds = (performance.now() - started) / 1000;
    writeFileSync(marker, `${JSON.stringify({ statements, seed, loadSeconds })}\n`);
  }
  // open once so that any new migration is applied before the server's start is timed
  const store = SqliteStore.open(database);
  await store.close();
  const { loadSeconds } = JSON.parse(readFileSync(marker, 'utf8')) as { loadSeconds?: number };
  return { database, loadSeconds: loadSeconds ?? null };
}
