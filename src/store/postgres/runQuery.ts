/** The one way the PostgreSQL store sends SQL: a statement and its parameters in, plain row objects out. */
import type pg from 'pg';

/** A row as node-postgres returns it, before the store maps it to a row type. */
export type Raw = Record<string, unknown>;

export type RunQuery = (sql: string, values?: readonly unknown[]) => Promise<Raw[]>;

export function runQueryOn(db: pg.Pool | pg.PoolClient): RunQuery {
  return async (sql, values = []) => (await db.query<Raw>(sql, [...values])).rows;
}
