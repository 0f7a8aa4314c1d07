/** Batched reads answer one result per key, in key order: these put rows back in that shape. */
import type { Raw } from './dialect.js';

/** Groups rows under the key each belongs to (`keyColumn`), one list per key in the order of `keys`. */
export function groupByKey<K, T>(keys: readonly K[], rows: Raw[], keyColumn: string, map: (raw: Raw) => T): T[][] {
  return groupBy(keys, rows, (raw) => raw[keyColumn] as K, map);
}

/** Groups rows under the key `keyOf` finds in each, each row read by `map`, one list per key in the order of `keys`. */
export function groupBy<K, R, T>(
  keys: readonly K[],
  rows: readonly R[],
  keyOf: (row: R) => K,
  map: (row: R) => T,
): T[][] {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [map(row)]);
    else group.push(map(row));
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** One row or null per key, in the order of `keys`. */
export function byId<T extends { id: number }>(keys: readonly number[], rows: T[]): (T | null)[] {
  const found = new Map(rows.map((row) => [row.id, row]));
  return keys.map((key) => found.get(key) ?? null);
}
