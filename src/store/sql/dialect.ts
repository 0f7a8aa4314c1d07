/**
 * What the shared query layer needs to know about an engine: how it takes parameters, lists of keys, booleans,
 * JSON and casts. Everything else in the SQL is written once, in the dialect both engines read.
 */

/** A row as the driver returns it, before the store maps it to a row type. */
export type Raw = Record<string, unknown>;

/** `double precision`: a fractional number (a published fact-check's normalised rating). */
export type SqlType = 'bigint' | 'integer' | 'text' | 'boolean' | 'json' | 'double precision';

export type KeyType = 'bigint' | 'text';

export interface SqlExecutor {
  all(sql: string, params?: readonly unknown[]): Promise<Raw[]>;
  run(sql: string, params?: readonly unknown[]): Promise<void>;
}

export interface SqlDialect {
  /** The placeholder of the `index`-th (1-based) parameter, cast when the engine cannot infer its type. */
  placeholder(index: number, type?: SqlType): string;
  /** The placeholder of a parameter holding a whole list of keys (see `listValue`). */
  listPlaceholder(index: number, type: KeyType): string;
  /** A list of keys as the engine takes it in one parameter, so a statement's text never depends on its length. */
  listValue(values: readonly unknown[]): unknown;
  /** The condition that `expr` is one of the keys of `list` (a list placeholder). */
  inList(expr: string, list: string): string;
  /** A relation `alias(value, key)`: the keys of `list` with their positions. */
  keyTable(list: string, alias: string): string;
  /**
   * Whether `id IN (correlated subquery ... LIMIT n)` walks an index per outer row, which pages each parent of a
   * batch by its own index range rather than numbering every row of every parent.
   */
  readonly limitsEachParentByIndex: boolean;
  /** Whether `CROSS JOIN LATERAL (subquery ... LIMIT n)` is available to page each parent of a batch by its index. */
  readonly joinsLateral: boolean;
  /** `expr` compared and ordered bytewise, as cursors and sort keys assume, whatever the collation. */
  bytewise(expr: string): string;
  /** `expr` with a type the engine can resolve in a UNION or an untyped position. */
  typed(expr: string, type: SqlType): string;
  booleanLiteral(value: boolean): string;
  /** A boolean as a parameter or a column value to write. */
  booleanValue(value: boolean): unknown;
  /** A boolean column as read. */
  toBoolean(raw: unknown): boolean;
  /** A JSON column as read. */
  fromJson(raw: unknown): unknown;
  /**
   * A name_norm (NFKC, lower case) decomposed and without combining diacritical marks, as src/domain/nameLookup.ts
   * withoutDiacritics leaves a name: "zoë" -> "zoe".
   */
  withoutDiacritics(expr: string): string;
  /** The last day ("YYYY-MM-DD") of the month of a "YYYY-MM" text. */
  lastDayOfMonth(yearMonth: string): string;
  /**
   * `sql` marked as a statement whose best plan does not depend on its parameters' values (a batch of keys walked
   * by index), so an engine that plans every execution may plan it once per connection and keep the plan.
   */
  planOnce(sql: string): string;
  /**
   * A list parameter of a statement planned once, written so the planner cannot count its keys: the plan made for
   * one run's keys then costs what the plan for any keys costs, and the engine keeps the latter.
   */
  keysOfAnyCount(list: string): string;
  /** Appended to a SELECT that a transaction reads before updating the row. */
  readonly forUpdate: string;
  /** Run first in the transaction that seeds an empty database, so two starting processes cannot both seed it. */
  readonly seedingLock: string | null;
  /**
   * Run first in a transaction that finds slugs free and then takes them (a fact-check import), so that no other
   * writer can take one in between; null where a write transaction already excludes every other writer.
   */
  readonly slugWritersLock: string | null;
}
