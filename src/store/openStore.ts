/**
 * Opens the Store a database setting names: a postgres:// or postgresql:// URL, or else a SQLite file (the default).
 * Each backend is imported when chosen, so a server on one never loads the other's driver.
 */
import { isPostgresUrl } from './databaseSetting.js';
import type { SqlStoreOptions } from './sql/sqlStore.js';
import type { Store } from './store.js';

export interface OpenStoreOptions extends SqlStoreOptions {
  /** a SQLite connection's page cache in MiB (CLAIMGRAPH_SQLITE_CACHE_MIB); PostgreSQL sizes its own */
  sqliteCacheMiB?: number;
}

export async function openStore(database: string, options: OpenStoreOptions = {}): Promise<Store> {
  const { sqliteCacheMiB, ...storeOptions } = options;
  if (isPostgresUrl(database)) {
    const { PostgresStore } = await import('./postgres/postgresStore.js');
    return PostgresStore.open(database, storeOptions);
  }
  const { SqliteStore } = await import('./sqlite/sqliteStore.js');
  return SqliteStore.open(database, { ...storeOptions, cacheMiB: sqliteCacheMiB });
}
