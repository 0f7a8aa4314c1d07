/**
 * The benchmark's databases: generated once per size and seed through the normal import path, and kept for later
 * runs: a SQLite file under bench/.data/ (git-ignored), or a PostgreSQL database of its own (claimgraph_bench_*)
 * on the server BENCH_POSTGRES_URL names (default the local one, user postgres).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import pg from 'pg';
import { PROJECT_ROOT } from '../src/config/config.js';
import { importShards } from '../src/generate/importShards.js';
import { MANIFEST_FILE, writeSyntheticDataset } from '../src/generate/writeSyntheticDataset.js';
import { PostgresStore } from '../src/store/postgres/postgresStore.js';
import { SqliteStore } from '../src/store/sqlite/sqliteStore.js';
import type { Store } from '../src/store/store.js';

/** Bumped whenever the generator's output changes, so a cached database is never one of an older shape. */
export const GENERATOR_VERSION = 'v1';
export const BENCH_DATA = join(PROJECT_ROOT, 'bench', '.data');

export const BENCH_STORES = ['sqlite', 'postgres'] as const;
export type BenchStore = (typeof BENCH_STORES)[number];

/** The PostgreSQL server the benchmark creates its databases on; any database on it serves to create others. */
export const POSTGRES_SERVER_URL = process.env.BENCH_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  /** what the server's CLAIMGRAPH_DB is set to: the SQLite file, or the PostgreSQL database's URL */
  database: string;
  /** how long generating and importing took, when it was done by this run or an earlier one */
  loadSeconds: number | null;
}

/** What the kept database is known to hold once its import finished (the SQLite marker file, the PostgreSQL comment). */
interface LoadMarker {
  statements: number;
  seed: number;
  loadSeconds?: number;
}

const baseName = (statements: number, seed: number) => `synthetic-${GENERATOR_VERSION}-${statements}-seed${seed}`;

export function postgresDatabaseName(statements: number, seed: number): string {
  return `claimgraph_bench_${GENERATOR_VERSION}_${statements}_seed${seed}`;
}

export function postgresDatabaseUrl(name: string): string {
  const url = new URL(POSTGRES_SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Generates the shards of the graph once, shared by both stores. */
function datasetFolder(statements: number, seed: number, log: (line: string) => void): string {
  const folder = join(BENCH_DATA, baseName(statements, seed));
  if (!existsSync(join(folder, MANIFEST_FILE))) {
    log(`generating a ${statements}-statement graph (seed ${seed}) in ${folder}`);
    writeSyntheticDataset({ statements, seed }, folder);
  }
  return folder;
}

async function load(store: Store, folder: string, log: (line: string) => void): Promise<void> {
  try {
    await importShards(store, folder, log, 'claimgraph bench');
  } finally {
    await store.close();
  }
}

export async function ensureBenchDatabase(
  statements: number,
  seed: number,
  log: (line: string) => void,
  store: BenchStore = 'sqlite',
): Promise<BenchDatabase> {
  return store === 'postgres'
    ? ensurePostgresDatabase(statements, seed, log)
    : ensureSqliteDatabase(statements, seed, log);
}

async function ensureSqliteDatabase(
  statements: number,
  seed: number,
  log: (line: string) => void,
): Promise<BenchDatabase> {
  const database = join(BENCH_DATA, `${baseName(statements, seed)}.db`);
  const marker = `${database}.complete`;
  if (!existsSync(marker)) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${database}${suffix}`, { force: true });
    mkdirSync(BENCH_DATA, { recursive: true });
    const started = performance.now();
    const folder = datasetFolder(statements, seed, log);
    log(`importing it into ${database}`);
    await load(SqliteStore.open(database), folder, log);
    const loadSeconds = (performance.now() - started) / 1000;
    writeFileSync(marker, `${JSON.stringify({ statements, seed, loadSeconds } satisfies LoadMarker)}\n`);
  }
  // open once so that any new migration is applied before the server's start is timed
  await SqliteStore.open(database).close();
  const { loadSeconds } = JSON.parse(readFileSync(marker, 'utf8')) as LoadMarker;
  return { database, loadSeconds: loadSeconds ?? null };
}

async function withServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_SERVER_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The marker is the database's comment, written only once the import has finished: a database without it is a
 * load that was interrupted, and is dropped and loaded again.
 */
async function readMarker(client: pg.Client, name: string): Promise<LoadMarker | null | undefined> {
  const { rows } = await client.query<{ comment: string | null }>(
    `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
    [name],
  );
  if (rows.length === 0) return undefined;
  try {
    return rows[0].comment ? (JSON.parse(rows[0].comment) as LoadMarker) : null;
  } catch {
    return null;
  }
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function ensurePostgresDatabase(
  statements: number,
  seed: number,
  log: (line: string) => void,
): Promise<BenchDatabase> {
  const name = postgresDatabaseName(statements, seed);
  const database = postgresDatabaseUrl(name);
  let marker = await withServer((client) => readMarker(client, name));
  if (!marker || marker.statements !== statements || marker.seed !== seed) {
    await withServer(async (client) => {
      if (marker !== undefined) log(`dropping ${name}: its import did not finish`);
      await client.query(`DROP DATABASE IF EXISTS ${quoted(name)}`);
      await client.query(`CREATE DATABASE ${quoted(name)}`);
    });
    const started = performance.now();
    const folder = datasetFolder(statements, seed, log);
    log(`importing it into PostgreSQL database ${name}`);
    await load(await PostgresStore.open(database), folder, log);
    const loadSeconds = (performance.now() - started) / 1000;
    marker = { statements, seed, loadSeconds };
    const comment = JSON.stringify(marker);
    await withServer(async (client) => {
      // What autovacuum does some time after a bulk load (this machine's PostgreSQL runs with it off): the
      // planner's statistics, the visibility map that lets index-only scans skip the table, and the GIN index's
      // pending entries merged into the index, which every search would otherwise scan
      const bench = new pg.Client({ connectionString: database });
      await bench.connect();
      try {
        await bench.query('VACUUM (ANALYZE)');
      } finally {
        await bench.end();
      }
      await client.query(`COMMENT ON DATABASE ${quoted(name)} IS '${comment.replace(/'/g, "''")}'`);
    });
  }
  // open once so that any new migration is applied before the server's start is timed
  await (await PostgresStore.open(database)).close();
  return { database, loadSeconds: marker.loadSeconds ?? null };
}

/** Drops the benchmark's PostgreSQL database of that size and seed; false when there was none. */
export async function dropPostgresDatabase(statements: number, seed: number): Promise<boolean> {
  const name = postgresDatabaseName(statements, seed);
  return withServer(async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) return false;
    await client.query(`DROP DATABASE ${quoted(name)} WITH (FORCE)`);
    return true;
  });
}

/** Row counts of the graph's tables, the database engine's version and the database's size, for the report. */
export async function datasetCounts(
  store: BenchStore,
  database: string,
): Promise<{ counts: Record<string, number>; engine: string; bytes: number }> {
  const tables = [
    'entities',
    'documents',
    'events',
    'statements',
    'mentions',
    'claims',
    'reviews',
    'relationships',
    'relationship_states',
    'evidence',
  ];
  const counts: Record<string, number> = {};
  if (store === 'postgres') {
    const client = new pg.Client({ connectionString: database });
    await client.connect();
    try {
      for (const table of tables) {
        counts[table] = Number((await client.query(`SELECT COUNT(*) AS n FROM ${table}`)).rows[0].n);
      }
      const engine = String((await client.query('SHOW server_version')).rows[0].server_version);
      const bytes = Number((await client.query('SELECT pg_database_size(current_database()) AS n')).rows[0].n);
      return { counts, engine: engine.split(' ')[0], bytes };
    } finally {
      await client.end();
    }
  }
  const db = new Database(database, { readonly: true });
  try {
    for (const table of tables) {
      counts[table] = (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    }
    const version = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
    return { counts, engine: version, bytes: statSync(database).size };
  } finally {
    db.close();
  }
}
