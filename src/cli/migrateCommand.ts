/**
 * `claimgraph migrate`: brings the configured database (CLAIMGRAPH_DB: a SQLite file or a postgres:// URL) to the
 * newest schema and exits. Servers migrate on start too; running this first, once, lets a deployment upgrade the
 * schema before starting several instances. Concurrent runs are safe (PostgreSQL takes an advisory lock, SQLite
 * a write lock).
 */
import { ConfigError, loadConfig } from '../config/config.js';
import { redactDatabase } from '../config/redactDatabase.js';
import { openStore } from '../store/openStore.js';
import { helpOption, parseCommandArgs } from './arguments.js';

const USAGE = 'usage: claimgraph migrate   (the database is CLAIMGRAPH_DB, as for serve)';

export async function migrateCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('migrate', USAGE, args, { options: { help: helpOption } });
  if (typeof parsed === 'number') return parsed;
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
  const store = await openStore(config.database, { sqliteCacheMiB: config.sqliteCacheMiB });
  try {
    console.log(`${redactDatabase(config.database)} is at schema version ${await store.schemaVersion()}`);
    return 0;
  } finally {
    await store.close();
  }
}
