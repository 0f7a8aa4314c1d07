/**
 * The data of the baseline "plain graphql-js over the same data held in memory": every store call the benchmark's
 * queries make is recorded once from SQLite, then answered from a Map. Resolvers and loaders stay claimgraph's
 * own, so the baseline differs from the server only by what the server adds: Apollo, Fastify and the database.
 */
import type { Store } from '../src/store/store.js';

export type Recording = Map<string, unknown>;

const keyOf = (method: string, args: unknown[]) => `${method}:${JSON.stringify(args)}`;

export function recordingStore(inner: Store, recording: Recording): Store {
  return new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const result = await value.apply(target, args);
        recording.set(keyOf(String(property), args), result);
        return result;
      };
    },
  });
}

export function replayStore(recording: Recording): Store {
  return new Proxy({} as Store, {
    get(_target, property) {
      if (property === 'then') return undefined;
      return (...args: unknown[]) => {
        const key = keyOf(String(property), args);
        if (!recording.has(key)) return Promise.reject(new Error(`the baseline did not record ${key.slice(0, 200)}`));
        return Promise.resolve(recording.get(key));
      };
    },
  });
}
