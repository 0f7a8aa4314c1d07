/**
 * Query parameters collected while a statement is assembled from parts (filters, keyset bounds, partitions): each
 * part adds its values and gets back the placeholder to write, so parts compose in any order without counting
 * positions by hand, in either engine's placeholder style.
 */
import type { KeyType, SqlDialect, SqlType } from './dialect.js';

export class SqlParams {
  readonly values: unknown[] = [];

  constructor(private readonly dialect: SqlDialect) {}

  add(value: unknown, type?: SqlType): string {
    this.values.push(type === 'boolean' ? this.dialect.booleanValue(value as boolean) : value);
    return this.dialect.placeholder(this.values.length, type);
  }

  /** The placeholder of a list of keys in one parameter. */
  list(values: readonly unknown[], type: KeyType = 'bigint'): string {
    this.values.push(this.dialect.listValue(values));
    return this.dialect.listPlaceholder(this.values.length, type);
  }

  /** The condition that `expr` is one of `values`. */
  in(expr: string, values: readonly unknown[], type: KeyType = 'bigint'): string {
    return this.dialect.inList(expr, this.list(values, type));
  }
}

export function whereClause(where: readonly string[]): string {
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}
