/**
 * The Store contract on PostgreSQL, in a database created for this run (each store in its own schema), plus what
 * only PostgreSQL has to prove: several instances migrating one database at once, and backend selection by URL.
 * Skipped, with the reason in its title, when PostgreSQL is unreachable; mandatory with CLAIMGRAPH_REQUIRE_PG=1.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/openStore.js';
import { PostgresStore } from '../src/store/postgres/postgresStore.js';
import { readMigrations } from '../src/store/sql/migrationFiles.js';
import type { Store } from '../src/store/store.js';
import { POSTGRES_REQUIRED, postgresUnavailableReason, TestDatabase } from './store/postgresTestDatabase.js';
import { describeParentListContract } from './store/parentListContract.js';
import { describeStoreContract, type StoreUnderTest } from './store/storeContract.js';

const MIGRATIONS = join(import.meta.dirname, '../src/store/postgres/migrations');

const unavailable = await postgresUnavailableReason();

if (unavailable !== null && POSTGRES_REQUIRED) {
  describe('PostgreSQL store', () => {
    it('needs PostgreSQL (CLAIMGRAPH_REQUIRE_PG=1)', () => {
      throw new Error(`${unavailable}; set CLAIMGRAPH_TEST_PG_URL to a reachable server`);
    });
  });
} else if (unavailable !== null) {
  console.warn(`Skipping the PostgreSQL store tests: ${unavailable}`);
  describe.skip(`PostgreSQL store (skipped: ${unavailable})`, () => {
    it('runs the store contract on PostgreSQL', () => {});
  });
} else {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await TestDatabase.create();
  });
  afterAll(async () => {
    await database?.drop();
  });

  const freshPostgresStore = async (): Promise<StoreUnderTest> => {
    const url = await database.freshSchemaUrl();
    const stores: Store[] = [await PostgresStore.open(url)];
    return {
      store: stores[0],
      async openAnother() {
        const store = await PostgresStore.open(url);
        stores.push(store);
        return store;
      },
      async cleanup() {
        for (const store of stores) await store.close();
      },
    };
  };
  describeStoreContract('postgres', freshPostgresStore);
  describeParentListContract('postgres', freshPostgresStore);

  describe('PostgreSQL store', () => {
    it('lets several instances start on a new database at once, applying each migration once', async () => {
      const url = await database.freshSchemaUrl();
      const stores = await Promise.all([1, 2, 3, 4].map(() => PostgresStore.open(url)));
      try {
        const applied = await database.query<{ version: number }>(
          url,
          'SELECT version FROM schema_migrations ORDER BY version',
        );
        expect(applied.map((row) => row.version)).toEqual(readMigrations(MIGRATIONS).map((m) => m.version));
        await Promise.all(stores.map((store) => store.ping()));
      } finally {
        await Promise.all(stores.map((store) => store.close()));
      }
    });

    it('refuses a database migrated by a newer claimgraph', async () => {
      const url = await database.freshSchemaUrl();
      await (await PostgresStore.open(url)).close();
      await database.query(url, "INSERT INTO schema_migrations (version, name) VALUES (999, '999_future.sql')");
      await expect(PostgresStore.open(url)).rejects.toThrow(/schema version 999, newer than this claimgraph knows/);
    });

    it('is what openStore opens for postgres:// and postgresql:// URLs', async () => {
      const url = await database.freshSchemaUrl();
      for (const scheme of ['postgres:', 'postgresql:']) {
        const store = await openStore(url.replace(/^postgres(ql)?:/, scheme));
        try {
          expect(store.backend).toBe('postgres');
          expect(await store.isEmpty()).toBe(true);
        } finally {
          await store.close();
        }
      }
    });
  });
}
