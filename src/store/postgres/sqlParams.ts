/**
 * Numbered query parameters ($1, $2, ...) collected while a statement is assembled from parts (filters, keyset
 * bounds, partitions): each part adds its values and gets back the placeholder to write, so parts compose in any
 * order without counting positions by hand.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  /** Adds a value; returns its placeholder, with a cast when the type cannot be inferred (arrays, bare values). */
  add(value: unknown, cast?: string): string {
    this.values.push(value);
    const placeholder = `$${this.values.length}`;
    return cast === undefined ? placeholder : `${placeholder}::${cast}`;
  }
}

export function whereClause(where: readonly string[]): string {
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}
