/**
 * `claimgraph backup FILE` and `claimgraph restore FILE [--force]`: a consistent copy of the SQLite database
 * (CLAIMGRAPH_DB) taken while the server runs, and its way back. The copying is in src/store/sqlite/sqliteBackup.ts
 * (SQLite's online backup API; atomic writes). PostgreSQL has its own tools: both commands refuse a postgres://
 * CLAIMGRAPH_DB and name the pg_dump / pg_restore command to use instead (README "Backups").
 */
import { ConfigError, loadConfig } from '../config/config.js';
import { redactDatabase } from '../config/redactDatabase.js';
import { isPostgresUrl } from '../store/databaseSetting.js';
import { BackupError, backupSqliteDatabase, restoreSqliteDatabase } from '../store/sqlite/sqliteBackup.js';
import { helpOption, parseCommandArgs, usageError } from './arguments.js';
import { resolve } from 'node:path';

const BACKUP_USAGE = `usage: claimgraph backup FILE [--force]
  copies the SQLite database (CLAIMGRAPH_DB) to FILE, consistent while the server writes; --force overwrites FILE`;

const RESTORE_USAGE = `usage: claimgraph restore FILE [--force]
  replaces the SQLite database (CLAIMGRAPH_DB) with the backup FILE; a database that holds data is replaced only
  with --force (stop the server first)`;

const OPTIONS = { help: helpOption, force: { type: 'boolean' } } as const;

/** The database setting, or an exit code after printing why there is none. */
function databaseSetting(command: string): string | number {
  try {
    return loadConfig().database;
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`claimgraph ${command}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

async function run(
  command: 'backup' | 'restore',
  usage: string,
  args: string[],
): Promise<{ file: string; database: string; force: boolean } | number> {
  const parsed = parseCommandArgs(command, usage, args, { options: OPTIONS, allowPositionals: true });
  if (typeof parsed === 'number') return parsed;
  if (parsed.positionals.length !== 1)
    return usageError(command, usage, parsed.positionals.length === 0 ? 'FILE is missing' : 'give one FILE');
  const database = databaseSetting(command);
  if (typeof database === 'number') return database;
  if (database === ':memory:') {
    console.error(`claimgraph ${command}: CLAIMGRAPH_DB is :memory:, there is no database file to ${command}`);
    return 1;
  }
  if (isPostgresUrl(database)) {
    const tool =
      command === 'backup'
        ? `pg_dump --format=custom --file=${parsed.positionals[0]} "$CLAIMGRAPH_DB"`
        : `pg_restore --clean --if-exists --no-owner --dbname="$CLAIMGRAPH_DB" ${parsed.positionals[0]}`;
    console.error(
      `claimgraph ${command}: CLAIMGRAPH_DB is a PostgreSQL database (${redactDatabase(database)}); ` +
        `${command} handles SQLite only. Use PostgreSQL's own tool: ${tool} (see README "Backups")`,
    );
    return 1;
  }
  return { file: resolve(parsed.positionals[0]), database, force: parsed.values.force === true };
}

export async function backupCommand(args: string[]): Promise<number> {
  const setting = await run('backup', BACKUP_USAGE, args);
  if (typeof setting === 'number') return setting;
  try {
    const result = await backupSqliteDatabase(setting.database, setting.file, setting.force);
    console.log(
      `backed up ${setting.database} (schema version ${result.schemaVersion}) to ${setting.file} (${result.bytes} bytes)`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(`claimgraph backup: ${error.message}`);
    return 1;
  }
}

export async function restoreCommand(args: string[]): Promise<number> {
  const setting = await run('restore', RESTORE_USAGE, args);
  if (typeof setting === 'number') return setting;
  try {
    const result = await restoreSqliteDatabase(setting.file, setting.database, setting.force);
    console.log(
      `restored ${setting.file} (schema version ${result.schemaVersion}) into ${setting.database} (${result.bytes} bytes)`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(`claimgraph restore: ${error.message}`);
    return 1;
  }
}
