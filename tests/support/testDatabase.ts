/**
 * Where a test server keeps its data: a fresh SQLite file (the default), or, with CLAIMGRAPH_TEST_BACKEND=postgres
 * (`npm run test:postgres`), a fresh schema in a PostgreSQL database shared by the run, dropped when the server
 * closes. So the same GraphQL suite proves both backends.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN_URL, databaseUrl, withClient } from '../store/postgresTestDatabase.js';

export const TEST_BACKEND = process.env.CLAIMGRAPH_TEST_BACKEND === 'postgres' ? 'postgres' : 'sqlite';
/** For the few tests of SQLite-only behaviour, each skipped on PostgreSQL with its reason beside it. */
export const ON_POSTGRES = TEST_BACKEND === 'postgres';

/** The database every PostgreSQL-backed test server of a run gets its schema in. */
const SUITE_DATABASE = 'claimgraph_test_suite';

export interface TestDatabaseLocation {
  /** the CLAIMGRAPH_DB value: a SQLite file path or a postgres:// URL */
  database: string;
  remove(): Promise<void>;
}

let suiteDatabase: Promise<void> | undefined;

function ensureSuiteDatabase(): Promise<void> {
  suiteDatabase ??= withClient(ADMIN_URL, async (client) => {
    try {
      await client.query(`CREATE DATABASE ${SUITE_DATABASE}`);
    } catch (error) {
      // several test workers race to create it; one wins
      if ((error as { code?: string }).code !== '42P04' && (error as { code?: string }).code !== '23505') throw error;
    }
  });
  return suiteDatabase;
}

export async function newTestDatabase(): Promise<TestDatabaseLocation> {
  if (TEST_BACKEND === 'sqlite') {
    const folder = mkdtempSync(join(tmpdir(), 'claimgraph-test-'));
    return {
      database: join(folder, 'claimgraph.db'),
      remove: async () => rmSync(folder, { recursive: true, force: true }),
    };
  }
  await ensureSuiteDatabase();
  const schema = `server_${randomBytes(8).toString('hex')}`;
  await withClient(databaseUrl(SUITE_DATABASE), (client) => client.query(`CREATE SCHEMA ${schema}`));
  return {
    database: databaseUrl(SUITE_DATABASE, schema),
    remove: () =>
      withClient(databaseUrl(SUITE_DATABASE), (client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)).then(
        () => {},
      ),
  };
}
