/** The shared store's SqlBackend over a node-postgres pool. */
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Raw, SqlExecutor } from '../sql/dialect.js';
import type { SqlBackend, SqlRead } from '../sql/sqlBackend.js';
import type { TableRows } from '../sql/tableRows.js';
import { postgresFullTextSearch } from './fullTextSearch.js';
import { PLAN_ONCE_MARK, postgresDialect } from './postgresDialect.js';
import { readsInOneTrip } from './readsInOneTrip.js';
import { withTransaction } from './withTransaction.js';

/** Rows per INSERT ... unnest statement: enough to keep round trips few, few enough for any column's array text. */
const INSERT_CHUNK_ROWS = 20_000;

/**
 * A statement marked to be planned once (SqlDialect.planOnce) goes as a named prepared statement: each connection
 * prepares it on first use and, its keys written so the planner cannot count them (keysOfAnyCount), keeps a generic
 * plan after a few runs. A path-search level, a union of index walks, took longer to plan than to run. Others go
 * unnamed, planned for their values.
 */
function queryOf(sql: string, params: readonly unknown[]): pg.QueryConfig {
  if (!sql.startsWith(PLAN_ONCE_MARK)) return { text: sql, values: [...params] };
  return { name: statementName(sql), text: sql, values: [...params] };
}

/** Names by statement text, so a statement run on every request is not hashed on every request (a handful). */
const statementNames = new Map<string, string>();

function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (name === undefined) {
    name = `claimgraph_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    statementNames.set(sql, name);
  }
  return name;
}

function executorOn(db: pg.Pool | pg.PoolClient): SqlExecutor {
  return {
    all: async (sql, params = []) => (await db.query<Raw>(queryOf(sql, params))).rows,
    run: async (sql, params = []) => {
      await db.query(sql, [...params]);
    },
  };
}

export class PostgresBackend implements SqlBackend {
  readonly name = 'postgres';
  readonly dialect = postgresDialect;
  readonly fullText = postgresFullTextSearch;
  private readonly pooled: SqlExecutor;
  private closed = false;

  constructor(private readonly pool: pg.Pool) {
    this.pooled = executorOn(pool);
  }

  all(sql: string, params?: readonly unknown[]): Promise<Raw[]> {
    return this.pooled.all(sql, params);
  }

  run(sql: string, params?: readonly unknown[]): Promise<void> {
    return this.pooled.run(sql, params);
  }

  allEach(reads: readonly SqlRead[]): Promise<Raw[][]> {
    return readsInOneTrip(this.pool, reads);
  }

  async allArrays(sql: string, params: readonly unknown[]): Promise<unknown[][]> {
    return (await this.pool.query<unknown[]>({ ...queryOf(sql, params), rowMode: 'array' })).rows;
  }

  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return withTransaction(this.pool, (client) => work(executorOn(client)));
  }

  /** Ids from the tables' own identity sequences, all tables in one round-trip. */
  async allocateIds(tx: SqlExecutor, counts: Readonly<Record<string, number>>): Promise<Map<string, number[]>> {
    const tables = Object.keys(counts);
    const rows = await tx.all(
      `SELECT t.name, nextval(pg_get_serial_sequence(t.name, 'id')) AS id
       FROM unnest($1::text[], $2::integer[]) AS t(name, n) CROSS JOIN LATERAL generate_series(1, t.n)`,
      [tables, tables.map((table) => counts[table])],
    );
    const ids = new Map<string, number[]>(tables.map((table) => [table, []]));
    for (const row of rows) ids.get(row.name as string)!.push(row.id as number);
    for (const list of ids.values()) list.sort((a, b) => a - b);
    return ids;
  }

  /**
   * One INSERT ... SELECT FROM unnest(arrays) per table: one round-trip however many rows, where a statement per
   * row would cost a large import one network round-trip per record.
   */
  async insertRows(tx: SqlExecutor, rows: TableRows): Promise<void> {
    const arrays = rows.columns.map(([, type], index) => `$${index + 1}::${type}[]`).join(', ');
    const sql = `INSERT INTO ${rows.table} (${rows.columnList()}) SELECT * FROM unnest(${arrays})`;
    // Each column goes as one array literal, a single string: a million long texts would pass V8's string limit,
    // so large inserts go in chunks (one statement each, in the caller's transaction).
    for (let start = 0; start < rows.rows.length; start += INSERT_CHUNK_ROWS) {
      const chunk = rows.rows.slice(start, start + INSERT_CHUNK_ROWS);
      await tx.run(
        sql,
        rows.columns.map((_, index) => chunk.map((row) => row[index])),
      );
    }
  }

  async close(): Promise<void> {
    // pool.end() rejects a second call; closing twice (a shutdown hook and a test's cleanup) is harmless here.
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
