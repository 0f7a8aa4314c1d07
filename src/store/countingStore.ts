/**
 * Counts store round-trips per request: the measure of the "no N+1" budget (a query's store calls grow with its
 * depth, not with the number of nodes it returns), reported to tests and benchmarks.
 */
import type { Store } from './store.js';

export interface CountingStore {
  store: Store;
  calls(): number;
}

export function countingStore(inner: Store): CountingStore {
  let calls = 0;
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls += 1;
        return value.apply(target, args);
      };
    },
  });
  return { store, calls: () => calls };
}
