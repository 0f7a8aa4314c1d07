/**
 * The shared store's SqlBackend over one better-sqlite3 connection. Statements run synchronously; a transaction's
 * work awaits between them, so while one is open every other caller of the file waits for its end instead of
 * reading its half-written rows or beginning a second transaction (see TransactionTurns).
 */
import type Database from 'better-sqlite3';
import type { Raw, SqlExecutor } from '../sql/dialect.js';
import type { SqlBackend, SqlRead } from '../sql/sqlBackend.js';
import type { TableRows } from '../sql/tableRows.js';
import { sqliteFullTextSearch } from './fullTextSearch.js';
import type { SqliteDatabase } from './openSqliteDatabase.js';
import { sqliteDialect } from './sqliteDialect.js';
import { TransactionTurns } from './transactionTurns.js';

type Statement = Database.Statement<unknown[]>;

/** Each cached statement's result column names, asked of SQLite once. */
const namesByStatement = new WeakMap<Statement, string[]>();

function columnNames(statement: Statement): string[] {
  let names = namesByStatement.get(statement);
  if (names === undefined) {
    names = statement.columns().map((column) => column.name);
    namesByStatement.set(statement, names);
  }
  return names;
}

/** Numbered parameters (?1, ?2, ...) are bound by name in better-sqlite3. */
function numbered(params: readonly unknown[]): Record<number, unknown> {
  const named: Record<number, unknown> = {};
  for (let index = 0; index < params.length; index++) named[index + 1] = params[index];
  return named;
}

/** A reading statement's rows as arrays of its columns' values. */
function arraysOf(statement: Statement, params: readonly unknown[]): unknown[][] {
  // the statement is cached and shared with readers of keyed rows: switch it back whatever happens
  statement.raw(true);
  try {
    return (params.length ? statement.all(numbered(params)) : statement.all()) as unknown[][];
  } finally {
    statement.raw(false);
  }
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

  /**
   * Rows read as arrays and keyed here: better-sqlite3 builds each keyed row through V8's API, which for the store's
   * wide rows costs more than copying the values in (a page of 3 statements for each of 68 speakers, 204 rows of
   * 18 columns, each row's quote and id then read: 1.09-1.22 -> 0.85-0.89 ms).
   */
  private allNow(sql: string, params: readonly unknown[]): Raw[] {
    const statement = this.db.prepare(sql);
    if (!statement.reader) return (params.length ? statement.all(numbered(params)) : statement.all()) as Raw[];
    const names = columnNames(statement);
    const rows = arraysOf(statement, params);
    const keyed = new Array<Raw>(rows.length);
    for (let index = 0; index < rows.length; index++) {
      const values = rows[index];
      const row: Raw = {};
      for (let column = 0; column < names.length; column++) row[names[column]] = values[column];
      keyed[index] = row;
    }
    return keyed;
  }

  private allArraysNow(sql: string, params: readonly unknown[]): unknown[][] {
    return arraysOf(this.db.prepare(sql), params);
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
