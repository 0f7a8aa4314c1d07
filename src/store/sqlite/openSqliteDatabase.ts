/**
 * Opens the SQLite database with the settings claimgraph depends on and brings its schema up to date.
 *
 * Pragmas are set explicitly and read back: WAL so readers never block the writer, synchronous=FULL so an
 * acknowledged write survives power loss, foreign keys so references cannot dangle, and a busy timeout so a
 * second process waits instead of failing at once. The page cache's size is in pageCache.ts.
 */
import Database from 'better-sqlite3';
import { foldText } from '../../domain/foldText.js';
import { withoutDiacritics } from '../../domain/nameLookup.js';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkNotNewer, readMigrations } from '../sql/migrationFiles.js';
import { cacheSizeKiB, DEFAULT_SQLITE_CACHE_MIB } from './pageCache.js';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export type SqliteDatabase = Database.Database;

export interface SqliteOpenOptions {
  /** the connection's page cache in MiB (filled as pages are read, so a small database never uses it all) */
  cacheMiB?: number;
}

export function openSqliteDatabase(path: string, options: SqliteOpenOptions = {}): SqliteDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    configure(db, path === ':memory:', options.cacheMiB ?? DEFAULT_SQLITE_CACHE_MIB);
    // migrations and writes fold text the same way as the API does
    db.function('fold_text', { deterministic: true }, (text: string | number | bigint | null) =>
      foldText(text === null ? '' : String(text)),
    );
    // name lookups compare names without accents, as the domain folds them
    db.function('without_diacritics', { deterministic: true }, (text: string | number | bigint | null) =>
      withoutDiacritics(text === null ? '' : String(text)),
    );
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

function configure(db: SqliteDatabase, inMemory: boolean, cacheMiB: number): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // keep the WAL bounded: checkpoint every 1000 pages, and truncate the file back to 64 MiB after a checkpoint
  db.pragma('wal_autocheckpoint = 1000');
  db.pragma('journal_size_limit = 67108864');
  db.pragma(`cache_size = ${cacheSizeKiB(cacheMiB)}`);
  const journalMode = db.pragma('journal_mode', { simple: true });
  const expected: Record<string, unknown> = {
    journal_mode: inMemory ? 'memory' : 'wal',
    synchronous: 2,
    foreign_keys: 1,
    busy_timeout: 5000,
    wal_autocheckpoint: 1000,
    cache_size: cacheSizeKiB(cacheMiB),
  };
  const actual: Record<string, unknown> = {
    journal_mode: journalMode,
    synchronous: db.pragma('synchronous', { simple: true }),
    foreign_keys: db.pragma('foreign_keys', { simple: true }),
    busy_timeout: db.pragma('busy_timeout', { simple: true }),
    wal_autocheckpoint: db.pragma('wal_autocheckpoint', { simple: true }),
    cache_size: db.pragma('cache_size', { simple: true }),
  };
  for (const [name, value] of Object.entries(expected)) {
    if (actual[name] !== value) {
      throw new Error(`SQLite refused pragma ${name}: expected ${String(value)}, got ${String(actual[name])}`);
    }
  }
}

/** Applies each migration newer than the database's version, each in its own transaction. */
function migrate(db: SqliteDatabase): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const row = db.prepare('SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations').get() as {
    version: number;
  };
  const migrations = readMigrations(MIGRATIONS_DIR);
  checkNotNewer(row.version, migrations);
  for (const migration of migrations.filter((m) => m.version > row.version)) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    })();
  }
}
