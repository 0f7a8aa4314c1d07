/**
 * PostgreSQL for tests: a database created for the test run (dropped at its end), and inside it a fresh schema for
 * every store, selected through the connection URL's search_path, so stores never see each other's rows.
 *
 * The server is the one at CLAIMGRAPH_TEST_PG_URL, or the local default. When it cannot be reached the tests are
 * skipped with the reason in their title, unless CLAIMGRAPH_REQUIRE_PG=1 (CI), where that is a failure.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const ADMIN_URL = process.env.CLAIMGRAPH_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const POSTGRES_REQUIRED = process.env.CLAIMGRAPH_REQUIRE_PG === '1';

function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** Why PostgreSQL cannot be used, or null when it can. */
export async function postgresUnavailableReason(): Promise<string | null> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return `PostgreSQL at ${withoutPassword(ADMIN_URL)} is unreachable (${(error as Error).message || String(error)})`;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The admin URL pointed at another database, optionally with a search_path for every session. */
export function databaseUrl(database: string, schema?: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  if (schema !== undefined) url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/** Runs `work` with a client connected to `url`, closed afterwards whatever happens. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export class TestDatabase {
  private schemas = 0;

  private constructor(readonly name: string) {}

  static async create(): Promise<TestDatabase> {
    const name = `claimgraph_test_${randomBytes(6).toString('hex')}`;
    await withClient(ADMIN_URL, (client) => client.query(`CREATE DATABASE ${name}`));
    return new TestDatabase(name);
  }

  /** A new, empty schema; returns the URL of a connection whose tables live there. */
  async freshSchemaUrl(): Promise<string> {
    this.schemas += 1;
    const schema = `store_${this.schemas}`;
    await withClient(databaseUrl(this.name), (client) => client.query(`CREATE SCHEMA ${schema}`));
    return databaseUrl(this.name, schema);
  }

  /** Runs one query in the test database (for checks a Store does not offer). */
  async query<R extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<R[]> {
    return withClient(url, async (client) => (await client.query<R>(sql, values)).rows);
  }

  async drop(): Promise<void> {
    // FORCE: a store a failed test left open must not keep the database alive.
    await withClient(ADMIN_URL, (client) => client.query(`DROP DATABASE IF EXISTS ${this.name} WITH (FORCE)`));
  }
}
