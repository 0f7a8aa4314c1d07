/**
 * The Store as one request sees it: every call is counted (the "no N+1" budget: store round-trips grow with a
 * query's depth, not with the number of nodes), and no call starts, or is waited for, past the operation's
 * deadline, so a slow query ends with an error instead of holding its client and the server.
 */
import { OperationTimeoutError } from './errors.js';
import type { Store } from './store.js';

export interface RequestStore {
  store: Store;
  calls: () => number;
}

export function requestStore(inner: Store, timeoutMs = Infinity): RequestStore {
  let calls = 0;
  const deadline = Date.now() + timeoutMs;
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls += 1;
        const left = deadline - Date.now();
        if (left <= 0) return Promise.reject(new OperationTimeoutError(timeoutMs));
        const result = (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        if (!Number.isFinite(timeoutMs)) return result;
        let timer: NodeJS.Timeout | undefined;
        const expired = new Promise<never>((_resolve, reject) => {
          timer = setTimeout(() => reject(new OperationTimeoutError(timeoutMs)), left);
          timer.unref();
        });
        return Promise.race([result, expired]).finally(() => clearTimeout(timer));
      };
    },
  });
  return { store, calls: () => calls };
}
