/**
 * One request budget per client (a valid token's holder, else the address), shared by every way in: HTTP requests
 * spend it through @fastify/rate-limit (this is its store), WebSocket upgrades and subscribe messages spend it
 * directly, so a client limited on one transport is limited on the other too.
 *
 * A fixed window per client, as @fastify/rate-limit's own local store counts: the first request opens a window of
 * `windowMs`, and at most `max` requests are allowed in it. Clients are kept in insertion order and the oldest
 * forgotten beyond `maxClients`, so a scan from many addresses cannot grow the map without bound.
 */
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';

export interface BudgetSpend {
  /** requests counted in the client's current window, this one included */
  count: number;
  /** ms until the window ends and the budget is full again */
  resetInMs: number;
  /** true when this request is over the budget */
  exceeded: boolean;
}

export class ClientBudget {
  private readonly windows = new Map<string, { count: number; startedAt: number }>();

  constructor(
    readonly max: number,
    readonly windowMs: number,
    private readonly maxClients = 10_000,
  ) {}

  /** Counts one request of `key` and says whether it is within the budget. */
  spend(key: string, now = Date.now()): BudgetSpend {
    let window = this.windows.get(key);
    if (!window || window.startedAt + this.windowMs <= now) {
      this.windows.delete(key);
      window = { count: 0, startedAt: now };
      this.windows.set(key, window);
      if (this.windows.size > this.maxClients) this.windows.delete(this.windows.keys().next().value!);
    }
    window.count += 1;
    return {
      count: window.count,
      resetInMs: window.startedAt + this.windowMs - now,
      exceeded: window.count > this.max,
    };
  }

  /** A store class for @fastify/rate-limit's `store` option that spends this budget. */
  rateLimitStore(): FastifyRateLimitStoreCtor {
    const spend = (key: string) => this.spend(key);
    return class SharedBudgetStore implements FastifyRateLimitStore {
      incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void): void {
        const { count, resetInMs } = spend(key);
        callback(null, { current: count, ttl: resetInMs });
      }
      // routes with their own rate-limit settings would get a store of their own; claimgraph has none (health
      // checks are exempt instead), so every route spends the one budget
      child(): FastifyRateLimitStore {
        return this;
      }
    };
  }
}
