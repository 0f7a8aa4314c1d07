/**
 * Backing up and restoring a claimgraph SQLite database (`claimgraph backup FILE`, `claimgraph restore FILE`).
 *
 * Both copy through SQLite's online backup API (better-sqlite3's `db.backup()`): it copies a consistent snapshot
 * page by page, restarting if another connection writes meanwhile, so a backup taken while the server writes holds
 * exactly the transactions committed when it finished, never a torn page. Neither migrates anything.
 *
 * Both write atomically: the copy goes to a temporary file in the target's folder (so the rename stays on one file
 * system), is checked (`PRAGMA quick_check`), switched out of WAL mode (a single self-contained file), synced, and
 * only then renamed over the target. A failure leaves the target as it was and no temporary file behind.
 */
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A refusal the command reports in one line and exits 1 on (never a bug). */
export class BackupError extends Error {}

/** How many pages the backup copies per step (the rest of the time the server writes freely). */
const PAGES_PER_STEP = 256;

function openExisting(path: string, what: string, readonly: boolean): Database.Database {
  if (!existsSync(path)) throw new BackupError(`${what} ${path} does not exist`);
  if (!statSync(path).isFile()) throw new BackupError(`${what} ${path} is not a file`);
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: true, readonly });
    db.pragma('busy_timeout = 5000');
  } catch (error) {
    throw new BackupError(`${what} ${path} cannot be opened as a SQLite database: ${(error as Error).message}`);
  }
  return db;
}

/** Throws unless the open database is a claimgraph database (it has the schema_migrations table). */
function checkClaimgraphDatabase(db: Database.Database, what: string, path: string): number {
  let version: number;
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
    if (table === undefined)
      throw new BackupError(
        `${what} ${path} is a SQLite database but not a claimgraph one (no schema_migrations table)`,
      );
    version = (
      db.prepare('SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations').get() as {
        version: number;
      }
    ).version;
  } catch (error) {
    if (error instanceof BackupError) throw error;
    // SQLITE_NOTADB and friends surface on the first read, not on open
    throw new BackupError(`${what} ${path} is not a SQLite database: ${(error as Error).message}`);
  }
  return version;
}

/** Whether the database holds any row of data (schema_migrations and full-text index internals aside). */
function holdsData(db: Database.Database): boolean {
  const tables = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string; sql: string | null }[];
  const virtual = tables.filter((t) => /^\s*CREATE\s+VIRTUAL/i.test(t.sql ?? '')).map((t) => t.name);
  for (const { name } of tables) {
    if (name === 'schema_migrations') continue;
    // an FTS5 table's shadow tables (search_index_config, ...) hold rows even when the index is empty
    if (virtual.some((v) => name !== v && name.startsWith(`${v}_`))) continue;
    if (db.prepare(`SELECT 1 FROM "${name.replaceAll('"', '""')}" LIMIT 1`).get() !== undefined) return true;
  }
  return false;
}

/** Copies `source` (an open database) to `target` atomically; returns nothing, throws BackupError on refusal. */
async function copyAtomically(source: Database.Database, target: string): Promise<void> {
  const folder = dirname(target);
  mkdirSync(folder, { recursive: true });
  const temporary = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const leftovers = [temporary, `${temporary}-wal`, `${temporary}-shm`, `${temporary}-journal`];
  try {
    await source.backup(temporary, { progress: () => PAGES_PER_STEP });
    const copy = new Database(temporary, { fileMustExist: true });
    try {
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new BackupError(`the copy failed SQLite's quick_check: ${String(check)}`);
      // one self-contained file: no -wal beside it to lose or to mismatch
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const fd = openSync(temporary, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // a WAL or shared-memory file left from the replaced database would be replayed into the new one
    rmSync(`${target}-wal`, { force: true });
    rmSync(`${target}-shm`, { force: true });
    renameSync(temporary, target);
    try {
      const dir = openSync(folder, 'r');
      try {
        fsyncSync(dir);
      } finally {
        closeSync(dir);
      }
    } catch {
      // some platforms cannot sync a folder; the rename is done either way
    }
  } finally {
    for (const leftover of leftovers) rmSync(leftover, { force: true });
  }
}

export interface CopyResult {
  /** the schema version (highest applied migration) of the copied database */
  schemaVersion: number;
  bytes: number;
}

/**
 * Backs up the claimgraph database at `database` into `file`, consistent while a server writes. Refuses when the
 * database is missing or not claimgraph's, and when `file` exists unless `force`.
 */
export async function backupSqliteDatabase(database: string, file: string, force: boolean): Promise<CopyResult> {
  if (existsSync(file) && !force) throw new BackupError(`${file} already exists; pass --force to overwrite it`);
  const source = openExisting(database, 'the database', true);
  try {
    const schemaVersion = checkClaimgraphDatabase(source, 'the database', database);
    await copyAtomically(source, file);
    return { schemaVersion, bytes: statSync(file).size };
  } finally {
    source.close();
  }
}

/**
 * Restores the claimgraph backup `file` into `database`. Refuses when `file` is missing, not a SQLite database or
 * not claimgraph's, and when `database` holds data (or is not a database at all) unless `force`.
 */
export async function restoreSqliteDatabase(file: string, database: string, force: boolean): Promise<CopyResult> {
  const source = openExisting(file, 'the backup', true);
  try {
    const schemaVersion = checkClaimgraphDatabase(source, 'the backup', file);
    if (existsSync(database) && !force) {
      let occupied: boolean;
      try {
        const target = new Database(database, { fileMustExist: true, readonly: true });
        try {
          occupied = statSync(database).size > 0 && holdsData(target);
        } finally {
          target.close();
        }
      } catch {
        occupied = true; // not a database we can read: not ours to overwrite without being told
      }
      if (occupied)
        throw new BackupError(`${database} already holds data; pass --force to replace it (stop the server first)`);
    }
    await copyAtomically(source, database);
    return { schemaVersion, bytes: statSync(database).size };
  } finally {
    source.close();
  }
}
