/**
 * Typed arrays that grow by doubling: postings and per-claim columns live in flat typed arrays (a few bytes per
 * entry instead of a boxed object), which is what lets a million claims fit in memory and be scanned quickly.
 */
export type TypedArray = Int32Array | Uint16Array | Uint8Array | Float64Array | Float32Array;

export function grow<T extends TypedArray>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  let size = Math.max(4, array.length);
  while (size < needed) size *= 2;
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  return bigger;
}
