/**
 * `claimgraph migrate`: brings the configured database (CLAIMGRAPH_DB: a SQLite file or a postgres:// URL) to the
 * newest schema and exits. Servers migrate on start too; running this first, once, lets a deployment upgrade the
 * schema before starting several instances. Concurrent runs are safe (PostgreSQL takes an advisory lock, SQLite
 * a write lock).
 */
import { ConfigError, loadConfig } from '../config/config.js';
import { redactDatabase } from '../config/redactDatabase.js';
import { openStore } from '../store/openStore.js';

export async function migrateCommand(args: string[]): Promise<number> {
  if (args.length > 0) {
    console.error('usage: claimgraph migrate   (the database is CLAIMGRAPH_DB, as for serve)');
    return 2;
  }
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`claimgraph migrate: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const store = await openStore(config.database);
  try {
    console.log(`${redactDatabase(config.database)} is at schema version ${await store.schemaVersion()}`);
    return 0;
  } finally {
    await store.close();
  }
}
