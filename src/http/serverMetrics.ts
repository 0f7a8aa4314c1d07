/**
 * claimgraph's Prometheus metrics (prom-client), in a registry of the server's own rather than prom-client's
 * global one, so that several servers in one process (tests) each count their own requests.
 *
 * Label values are bounded: operation types and outcomes are fixed sets, error codes are the server's own (and
 * capped all the same), refused limits come from `refusalOf`'s fixed set, and operation names (chosen by clients)
 * are the first MAX_OPERATION_NAME_LABELS distinct ones seen, the rest counted as "other".
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CacheUsage } from './byteBoundedCache.js';
import { FirstSeenLabels } from './firstSeenLabels.js';
import type { GraphQLRequestRecord, Transport } from './requestRecord.js';

/** Distinct operation names labelled as they are; later ones are "other" (see firstSeenLabels.ts). */
export const MAX_OPERATION_NAME_LABELS = 50;
/** Distinct error codes labelled; the server's own codes are about twenty. */
const MAX_ERROR_CODE_LABELS = 50;

interface SizedCache {
  usage(): CacheUsage;
}

export interface MetricsCaches {
  documents: SizedCache | null;
  persistedQueries: SizedCache | null;
}

export class ServerMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new FirstSeenLabels(MAX_OPERATION_NAME_LABELS);
  private readonly errorCodes = new FirstSeenLabels(MAX_ERROR_CODE_LABELS);
  private readonly requests: Counter<'operation_type' | 'operation_name' | 'outcome'>;
  private readonly duration: Histogram<'operation_type' | 'operation_name'>;
  private readonly storeCalls: Histogram<'operation_type'>;
  private readonly errors: Counter<'code'>;
  private readonly refusals: Counter<'limit'>;
  private readonly rateLimited: Counter<'transport'>;
  private readonly webSockets: Gauge;

  /**
   * `processMetrics` adds prom-client's default metrics (CPU, memory, heap, handles, GC, event-loop delay); they
   * keep a monitor running, so only a server that serves /metrics collects them.
   */
  constructor(caches: MetricsCaches, processMetrics: boolean) {
    const registers = [this.registry];
    if (processMetrics) collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'claimgraph_graphql_requests_total',
      help: 'GraphQL requests answered (HTTP requests to /graphql and WebSocket subscribes), by operation and outcome',
      labelNames: ['operation_type', 'operation_name', 'outcome'],
      registers,
    });
    this.duration = new Histogram({
      name: 'claimgraph_graphql_request_duration_seconds',
      help: 'Time to answer a GraphQL request (for a subscribe: until it is accepted or refused)',
      labelNames: ['operation_type', 'operation_name'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.storeCalls = new Histogram({
      name: 'claimgraph_store_calls',
      help: 'Store round-trips made for one GraphQL request over HTTP (its sum is the total)',
      labelNames: ['operation_type'],
      buckets: [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89],
      registers,
    });
    this.errors = new Counter({
      name: 'claimgraph_graphql_errors_total',
      help: 'Errors returned to GraphQL clients, by code',
      labelNames: ['code'],
      registers,
    });
    this.refusals = new Counter({
      name: 'claimgraph_refusals_total',
      help: 'Requests refused by a limit (depth, cost, aliases, tokens, inputCaps, persistedQuery, rate, bodySize, ...)',
      labelNames: ['limit'],
      registers,
    });
    this.rateLimited = new Counter({
      name: 'claimgraph_rate_limited_total',
      help: 'Requests refused because the client spent its request budget, by transport',
      labelNames: ['transport'],
      registers,
    });
    this.webSockets = new Gauge({
      name: 'claimgraph_websocket_connections',
      help: 'Open WebSocket connections',
      registers,
    });
    registerCacheMetrics(this.registry, caches);
  }

  /** Counts one answered GraphQL request. */
  requestFinished(record: GraphQLRequestRecord): void {
    const operationType = record.operationType ?? 'unknown';
    const operationName = this.operationNames.label(record.operationName ?? 'anonymous');
    const outcome = record.errorCodes.length === 0 ? 'ok' : 'error';
    this.requests.inc({ operation_type: operationType, operation_name: operationName, outcome });
    this.duration.observe({ operation_type: operationType, operation_name: operationName }, record.durationMs / 1000);
    if (record.transport === 'http') this.storeCalls.observe({ operation_type: operationType }, record.storeCalls);
    for (const code of record.errorCodes) this.errorReturned(code);
    if (record.refusedBy) this.refusals.inc({ limit: record.refusedBy });
    if (record.refusedBy === 'rate') this.rateLimited.inc({ transport: record.transport });
  }

  /** Counts an error returned outside a request's answer (a subscription event's). */
  errorReturned(code: string): void {
    this.errors.inc({ code: this.errorCodes.label(code) });
  }

  /** A refusal that is not a GraphQL request's: a WebSocket upgrade or a flooding connection. */
  refused(limit: string, transport: Transport): void {
    this.refusals.inc({ limit });
    if (limit === 'rate') this.rateLimited.inc({ transport });
  }

  webSocketOpened(): void {
    this.webSockets.inc();
  }

  webSocketClosed(): void {
    this.webSockets.dec();
  }
}

/** The per-query caches' size, read when Prometheus scrapes (nothing is counted on the request path). */
function registerCacheMetrics(registry: Registry, caches: MetricsCaches): void {
  const named = [
    ['documents', caches.documents],
    ['persisted_queries', caches.persistedQueries],
  ] as const;
  const usages = () => named.flatMap(([cache, store]) => (store ? [{ cache, usage: store.usage() }] : []));
  new Gauge({
    name: 'claimgraph_cache_entries',
    help: 'Entries held by a per-query cache (documents: parsed and validated queries; persisted_queries: APQ)',
    labelNames: ['cache'],
    registers: [registry],
    collect() {
      for (const { cache, usage } of usages()) this.set({ cache }, usage.entries);
    },
  });
  new Gauge({
    name: 'claimgraph_cache_bytes',
    help: 'Estimated bytes held by a per-query cache',
    labelNames: ['cache'],
    registers: [registry],
    collect() {
      for (const { cache, usage } of usages()) this.set({ cache }, usage.bytes);
    },
  });
  new Gauge({
    name: 'claimgraph_cache_max_bytes',
    help: 'The byte budget of a per-query cache (CLAIMGRAPH_DOCUMENT_CACHE_BYTES, CLAIMGRAPH_APQ_CACHE_BYTES)',
    labelNames: ['cache'],
    registers: [registry],
    collect() {
      for (const { cache, usage } of usages()) this.set({ cache }, usage.maxBytes);
    },
  });
  const evictionsSeen = new Map<string, number>();
  new Counter({
    name: 'claimgraph_cache_evictions_total',
    help: 'Entries a per-query cache evicted to stay within its byte budget',
    labelNames: ['cache'],
    registers: [registry],
    collect() {
      for (const { cache, usage } of usages()) {
        const added = usage.evictions - (evictionsSeen.get(cache) ?? 0);
        evictionsSeen.set(cache, usage.evictions);
        this.inc({ cache }, added);
      }
    },
  });
}
