/** Opens the Store a database setting names: a postgres:// or postgresql:// URL, or else a SQLite file (the default). */
import { PostgresStore } from './postgres/postgresStore.js';
import { SqliteStore } from './sqlite/sqliteStore.js';
import type { SqlStoreOptions } from './sql/sqlStore.js';
import type { Store } from './store.js';

export async function openStore(database: string, options: SqlStoreOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(database)) return PostgresStore.open(database, options);
  return SqliteStore.open(database, options);
}
