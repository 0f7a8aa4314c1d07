/**
 * Reuses prepared statements. better-sqlite3 compiles SQL on every `prepare`, which for the store's short reads
 * costs as much as running them; every read and write of the store prepares through this cache instead, keyed by
 * the SQL text (parameters are bound per call, so the number of distinct texts stays small: one per query shape).
 */
import type { SqliteDatabase } from './openSqliteDatabase.js';

/** More shapes than the store has; past it the least recently used statement is dropped. */
const MAX_STATEMENTS = 1_000;

export function cachePreparedStatements(db: SqliteDatabase): SqliteDatabase {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, ReturnType<SqliteDatabase['prepare']>>();
  db.prepare = ((sql: string) => {
    let statement = cache.get(sql);
    if (statement === undefined) {
      statement = prepare(sql);
      if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value!);
    } else {
      cache.delete(sql);
    }
    cache.set(sql, statement);
    return statement;
  }) as SqliteDatabase['prepare'];
  return db;
}
