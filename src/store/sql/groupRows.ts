/** Batched reads answer one result per key, in key order: these put rows back in that shape. */
import type { Raw } from './dialect.js';

/** Groups rows under the key each belongs to (`keyColumn`), one list per key in the order of `keys`. */
export function groupByKey<K, T>(keys: readonly K[], rows: Raw[], keyColumn: string, map: (raw: Raw) => T): T[][] {
  const groups = new Map<K, T[]>();
  for (const raw of rows) {
    const key = raw[keyColumn] as K;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [map(raw)]);
    else group.push(map(raw));
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** Groups rows already read under the key `keyOf` finds in each, one list per key in the order of `keys`. */
export function groupBy<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** One row or null per key, in the order of `keys`. */
export function byId<T extends { id: number }>(keys: readonly number[], rows: T[]): (T | null)[] {
  const found = new Map(rows.map((row) => [row.id, row]));
  return keys.map((key) => found.get(key) ?? null);
}
