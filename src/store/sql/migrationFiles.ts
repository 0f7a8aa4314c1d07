/**
 * An engine's versioned schema migrations: `NNN_name.sql` files in its migrations folder, applied in order and
 * recorded in `schema_migrations`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function readMigrations(folder: string): Migration[] {
  return readdirSync(folder)
    .filter((file) => /^\d+_.+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, file.indexOf('_'))),
      name: file,
      sql: readFileSync(join(folder, file), 'utf8'),
    }));
}

/** Refuses a database that a newer claimgraph has migrated further than this one knows how to read. */
export function checkNotNewer(current: number, migrations: readonly Migration[]): void {
  const known = migrations.at(-1)?.version ?? 0;
  if (current > known) {
    throw new Error(
      `the database is at schema version ${current}, newer than this claimgraph knows (${known}); upgrade claimgraph`,
    );
  }
}
