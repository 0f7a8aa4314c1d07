/**
 * The shared store's SqlBackend over one better-sqlite3 connection. Statements run synchronously; a transaction's
 * work awaits between them, so while one is open every other caller of the file waits for its end instead of
 * reading its half-written rows or beginning a second transaction (see TransactionTurns).
 */
import type { Raw, SqlExecutor } from '../sql/dialect.js';
import type { SqlBackend, SqlRead } from '../sql/sqlBackend.js';
import type { TableRows } from '../sql/tableRows.js';
import { sqliteFullTextSearch } from './fullTextSearch.js';
import type { SqliteDatabase } from './openSqliteDatabase.js';
import { sqliteDialect } from './sqliteDialect.js';
import { TransactionTurns } from './transactionTurns.js';

/** Numbered parameters (?1, ?2, ...) are bound by name in better-sqlite3. */
function numbered(params: readonly unknown[]): Record<number, unknown> {
  const named: Record<number, unknown> = {};
  for (let index = 0; index < params.length; index++) named[index + 1] = params[index];
  return named;
}

export class SqliteBackend implements SqlBackend {
  private readonly turns: TransactionTurns;
  /** The statements of the open transaction, which wait for no turn. */
  private readonly inTransaction: SqlExecutor = {
    all: async (sql, params = []) => this.allNow(sql, params),
    run: async (sql, params = []) => this.runNow(sql, params),
  };
  readonly name = 'sqlite';
  readonly dialect = sqliteDialect;
  readonly fullText = sqliteFullTextSearch;

  /** `db` prepares through the statement cache (statementCache.ts). */
  constructor(private readonly db: SqliteDatabase) {
    this.turns = TransactionTurns.of(db);
  }

  private allNow(sql: string, params: readonly unknown[]): Raw[] {
    const statement = this.db.prepare(sql);
    return (params.length ? statement.all(numbered(params)) : statement.all()) as Raw[];
  }

  private allArraysNow(sql: string, params: readonly unknown[]): unknown[][] {
    // the statement is cached and shared with `all`: switch it back to objects whatever happens
    const statement = this.db.prepare(sql).raw(true);
    try {
      return (params.length ? statement.all(numbered(params)) : statement.all()) as unknown[][];
    } finally {
      statement.raw(false);
    }
  }

  private runNow(sql: string, params: readonly unknown[]): void {
    const statement = this.db.prepare(sql);
    if (params.length) statement.run(numbered(params));
    else statement.run();
  }

  async all(sql: string, params: readonly unknown[] = []): Promise<Raw[]> {
    if (this.turns.busy) await this.turns.wait();
    return this.allNow(sql, params);
  }

  async allArrays(sql: string, params: readonly unknown[]): Promise<unknown[][]> {
    if (this.turns.busy) await this.turns.wait();
    return this.allArraysNow(sql, params);
  }

  /** One after another with nothing awaited in between, so no write can come between them. */
  async allEach(reads: readonly SqlRead[]): Promise<Raw[][]> {
    if (this.turns.busy) await this.turns.wait();
    return reads.map((read) => this.allNow(read.sql, read.params));
  }

  async run(sql: string, params: readonly unknown[] = []): Promise<void> {
    if (this.turns.busy) await this.turns.wait();
    this.runNow(sql, params);
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.turns.take(async () => {
      // IMMEDIATE takes the write lock before anything is read, so another process's writer waits, then sees
      // this one's data (a database seeded only once, a retraction checked against the current row).
      this.db.prepare('BEGIN IMMEDIATE').run();
      try {
        const result = await work(this.inTransaction);
        this.db.prepare('COMMIT').run();
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.prepare('ROLLBACK').run();
        throw error;
      }
    });
  }

  /** INTEGER PRIMARY KEY rowids: the next ones are those past the largest, as an INSERT would take them. */
  async allocateIds(_tx: SqlExecutor, counts: Readonly<Record<string, number>>): Promise<Map<string, number[]>> {
    const ids = new Map<string, number[]>();
    for (const [table, count] of Object.entries(counts)) {
      const { last } = this.db.prepare(`SELECT COALESCE(MAX(id), 0) AS last FROM ${table}`).get() as { last: number };
      ids.set(
        table,
        Array.from({ length: count }, (_, index) => last + 1 + index),
      );
    }
    return ids;
  }

  /** One prepared INSERT run per row: in-process, a row costs no round-trip. */
  async insertRows(_tx: SqlExecutor, rows: TableRows): Promise<void> {
    const statement = this.db.prepare(
      `INSERT INTO ${rows.table} (${rows.columnList()}) VALUES (${rows.columns.map(() => '?').join(', ')})`,
    );
    const booleans = rows.columns.map(([, type]) => type === 'boolean');
    for (const row of rows.rows) {
      statement.run(...row.map((value, index) => (booleans[index] ? Number(value) : value)));
    }
  }

  async close(): Promise<void> {
    this.turns.release();
    if (this.db.open) this.db.close();
  }
}
