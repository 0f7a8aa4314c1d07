/**
 * Versioned schema migrations for PostgreSQL: `migrations/NNN_name.sql`, applied in order, each in its own
 * transaction and recorded in `schema_migrations`.
 *
 * Several server instances may start at once against one database; a session-level advisory lock makes them take
 * turns, so exactly one applies each migration and the others, once they get the lock, find nothing left to do.
 * The lock belongs to the session, so a process that dies mid-migration releases it with its connection.
 */
import type pg from 'pg';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkNotNewer, readMigrations } from '../sql/migrationFiles.js';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** An arbitrary constant naming claimgraph's migration lock among the database's advisory locks. */
const MIGRATION_LOCK_KEY = 7_315_190_426;

/** Applies each migration newer than the database's version; returns the versions it applied. */
export async function migratePostgres(pool: pg.Pool): Promise<number[]> {
  const migrations = readMigrations(MIGRATIONS_DIR);
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const { rows } = await client.query<{ version: number }>(
        'SELECT COALESCE(MAX(version), 0)::integer AS version FROM schema_migrations',
      );
      const current = rows[0].version;
      checkNotNewer(current, migrations);
      const applied: number[] = [];
      for (const migration of migrations.filter((m) => m.version > current)) {
        await client.query('BEGIN');
        try {
          // No parameters: the simple query protocol runs the file's many statements in one round-trip.
          await client.query(migration.sql);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
            migration.version,
            migration.name,
          ]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw new Error(`migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
        }
        applied.push(migration.version);
      }
      return applied;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } catch (error) {
    broken = error as Error;
    throw error;
  } finally {
    // A client whose session may still hold the lock or an open transaction is destroyed, not reused.
    client.release(broken);
  }
}
