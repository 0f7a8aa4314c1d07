/**
 * A bare PostgresBackend for tests of the backend itself (no store, no migrations): a database of its own, a pool
 * of at most `connections`, and one call that closes the pool and drops the database.
 */
import pg from 'pg';
import { PostgresBackend } from '../../src/store/postgres/postgresBackend.js';
import { TestDatabase } from './postgresTestDatabase.js';

export interface TestBackend {
  backend: PostgresBackend;
  close(): Promise<void>;
}

export async function openTestBackend(connections: number): Promise<TestBackend> {
  const database = await TestDatabase.create();
  const backend = new PostgresBackend(
    new pg.Pool({ connectionString: await database.freshSchemaUrl(), max: connections }),
  );
  return {
    backend,
    close: async () => {
      await backend.close();
      await database.drop();
    },
  };
}
