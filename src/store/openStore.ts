/** Opens the Store a database setting names. SQLite is the embedded default. */
import { SqliteStore } from './sqlite/sqliteStore.js';
import type { Store } from './store.js';

export async function openStore(database: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(database)) {
    throw new Error('PostgreSQL is not supported by this version of claimgraph yet; use a SQLite file path');
  }
  return SqliteStore.open(database);
}
