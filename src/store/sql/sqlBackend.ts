/**
 * An engine as the shared store uses it: its dialect, a way to run statements and transactions, and the few
 * operations whose SQL differs beyond fragments (full-text search, bulk writes, id allocation, reads sent together).
 */
import type { SearchHitRow, SearchKind } from '../rows.js';
import type { Raw, SqlDialect, SqlExecutor } from './dialect.js';
import type { TableRows } from './tableRows.js';

export interface FullTextSearch {
  /** Throws InvalidSearchQueryError for a query the engine cannot parse or that has nothing to look for. */
  search(
    db: SqlExecutor,
    query: string,
    kinds: readonly SearchKind[],
    limit: number,
    offset: number,
    /** index rows ranked before the rest, newest first (src/store/sql/searchTiers.ts); null: rank every match */
    window: number | null,
  ): Promise<SearchHitRow[]>;
  countSearch(db: SqlExecutor, query: string, kinds: readonly SearchKind[]): Promise<number>;
  /** Removes a record's rows from the index (a retraction: the index is derived, the record stays). */
  unindex(tx: SqlExecutor, kind: SearchKind, nodeId: number): Promise<void>;
}

/** A statement and its parameters. */
export interface SqlRead {
  sql: string;
  params: readonly unknown[];
}

export interface SqlBackend extends SqlExecutor {
  readonly name: string;
  readonly dialect: SqlDialect;
  /**
   * Runs independent reads as one snapshot, the i-th read's rows at position i: PostgreSQL sends them in one round
   * trip. Their parameters must be safe integers (a read of one statement takes any).
   */
  allEach(reads: readonly SqlRead[]): Promise<Raw[][]>;
  /**
   * A read's rows as arrays of column values in the SELECT's order: for a read of thousands of rows (a path-search
   * level from a well-connected person), where the engine's building a keyed object per row costs more than
   * running the statement.
   */
  allArrays(sql: string, params: readonly unknown[]): Promise<unknown[][]>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Draws `counts[table]` fresh ids of each table, ascending, for rows written later in the same transaction. */
  allocateIds(tx: SqlExecutor, counts: Readonly<Record<string, number>>): Promise<Map<string, number[]>>;
  insertRows(tx: SqlExecutor, rows: TableRows): Promise<void>;
  readonly fullText: FullTextSearch;
  close(): Promise<void>;
}
