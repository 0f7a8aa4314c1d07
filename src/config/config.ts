/**
 * claimgraph's configuration, from environment variables with documented defaults, validated at start so that a
 * typo fails with a message naming the variable instead of a surprise later.
 */
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from './queryLimits.js';
import { DEFAULT_SEARCH_RANK_WINDOW } from '../store/sql/searchTiers.js';
import { DEFAULT_SQLITE_CACHE_MIB, MAX_SQLITE_CACHE_MIB } from '../store/sqlite/pageCache.js';
import { parseTokensVariable, readTokensFile, TokenConfigError, TokenRegistry } from '../auth/tokens.js';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Config {
  /** TCP port of the HTTP server (PORT, default 4000) */
  port: number;
  /** interface to listen on (HOST, default 127.0.0.1; 0.0.0.0 to serve other machines) */
  host: string;
  /** SQLite file path (CLAIMGRAPH_DB, default data/claimgraph.db under the project) */
  database: string;
  /** dataset loaded on first start into an empty database (CLAIMGRAPH_SEED, default the article; "none" for none) */
  seedDataset: string | null;
  /** development mode: stack traces in errors, store-call counts in responses (CLAIMGRAPH_DEV=1) */
  dev: boolean;
  /** report each response's store round-trips in extensions.storeCalls (CLAIMGRAPH_REPORT_STORE_CALLS=1) */
  reportStoreCalls: boolean;
  /**
   * bearer tokens for writes: CLAIMGRAPH_TOKENS_FILE (JSON of SHA-256 digests, see README) and/or
   * CLAIMGRAPH_TOKENS ("name:role:token,..."); none means the server is read-only
   */
  tokens: TokenRegistry;
  /**
   * the address clients reach the server at, for links in ClaimReview (CLAIMGRAPH_PUBLIC_URL); null: the
   * server's own http://localhost:<port>, known once it listens
   */
  publicUrl: string | null;
  /** the fact-checking organisation named as author of published ClaimReviews (CLAIMGRAPH_PUBLISHER, default "claimgraph") */
  publisher: string;
  /** schema introspection (CLAIMGRAPH_INTROSPECTION; default on in development mode only) */
  introspection: boolean;
  /**
   * search's ranking window in index rows (CLAIMGRAPH_SEARCH_RANK_WINDOW, default 1000; 0: rank every match): a
   * query matching more ranks the newest this many first (src/store/sql/searchTiers.ts)
   */
  searchRankWindow: number | null;
  /** a SQLite connection's page cache in MiB (CLAIMGRAPH_SQLITE_CACHE_MIB, default 128; ignored on PostgreSQL) */
  sqliteCacheMiB: number;
  /**
   * similarClaims re-ranks with sentence vectors once every claim has them, embedded in the background after the
   * server starts (CLAIMGRAPH_SEMANTIC_RANKING, default 1; 0: lexical ranking only, no encoder thread)
   */
  semanticRanking: boolean;
  /** limits every query must respect before it runs (CLAIMGRAPH_MAX_*) */
  queryLimits: QueryLimits;
  /** transport limits: body size, timeouts, rate limiting */
  http: HttpLimits;
  /** request logs and Prometheus metrics (see README "Logs and metrics") */
  observability: ObservabilityConfig;
}

/** The levels of claimgraph's JSON log (pino's); `silent` writes nothing. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface ObservabilityConfig {
  /** the least severe level written to stdout as JSON lines (CLAIMGRAPH_LOG_LEVEL, default info: one line per request) */
  logLevel: LogLevel;
  /** serve Prometheus metrics at /metrics (CLAIMGRAPH_METRICS=1; off by default: 404) */
  metrics: boolean;
  /** when set, /metrics answers only `Authorization: Bearer <this>` (CLAIMGRAPH_METRICS_TOKEN) */
  metricsToken: string | null;
}

export interface HttpLimits {
  /** largest request body in bytes (CLAIMGRAPH_BODY_LIMIT, default 1000000); larger gets 413 */
  bodyLimit: number;
  /** the whole HTTP request, in ms (CLAIMGRAPH_REQUEST_TIMEOUT_MS, default 15000) */
  requestTimeoutMs: number;
  /** receiving a request's headers, in ms (CLAIMGRAPH_HEADERS_TIMEOUT_MS, default 10000; at most the request timeout) */
  headersTimeoutMs: number;
  /** one GraphQL operation's store work, in ms (CLAIMGRAPH_OPERATION_TIMEOUT_MS, default 5000) */
  operationTimeoutMs: number;
  /** requests per minute per client (token, else IP) (CLAIMGRAPH_RATE_LIMIT, default 600; 0 turns it off) */
  rateLimitPerMinute: number;
  /** client IPs never rate-limited, e.g. a monitoring probe (CLAIMGRAPH_RATE_LIMIT_EXEMPT, comma-separated) */
  rateLimitExempt: string[];
  /** open WebSockets per client address (CLAIMGRAPH_WS_CONNECTIONS_PER_ADDRESS, default 5); more get 429 */
  wsConnectionsPerAddress: number;
  /** messages one WebSocket may send per minute (CLAIMGRAPH_WS_MESSAGES_PER_MINUTE, default 120); more close it */
  wsMessagesPerMinute: number;
  /** parsed and validated documents kept, in estimated bytes (CLAIMGRAPH_DOCUMENT_CACHE_BYTES, default 16 MiB; 0: none) */
  documentCacheBytes: number;
  /** automatic persisted queries kept, in estimated bytes (CLAIMGRAPH_APQ_CACHE_BYTES, default 4 MiB; 0: APQ off) */
  persistedQueryCacheBytes: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const DEFAULT_SEED_DATASET = join(PROJECT_ROOT, 'fixtures', 'legend-west.dataset.json');

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const value = env[name];
  if (value === undefined || value === '' || value === '0' || value === 'false') return false;
  if (value === '1' || value === 'true') return true;
  throw new ConfigError(`${name} must be 1/true or 0/false, got ${JSON.stringify(value)}`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const portText = env.PORT ?? '4000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    throw new ConfigError(`PORT must be an integer from 0 to 65535, got ${JSON.stringify(portText)}`);
  }
  const databaseText = env.CLAIMGRAPH_DB || join(PROJECT_ROOT, 'data', 'claimgraph.db');
  const database =
    databaseText === ':memory:' || /^[a-z]+:\/\//.test(databaseText) || isAbsolute(databaseText)
      ? databaseText
      : resolve(databaseText);
  const seedText = env.CLAIMGRAPH_SEED ?? DEFAULT_SEED_DATASET;
  const dev = flag(env, 'CLAIMGRAPH_DEV');
  let tokens: TokenRegistry;
  try {
    tokens = new TokenRegistry([
      ...(env.CLAIMGRAPH_TOKENS_FILE ? readTokensFile(resolve(env.CLAIMGRAPH_TOKENS_FILE)) : []),
      ...(env.CLAIMGRAPH_TOKENS ? parseTokensVariable(env.CLAIMGRAPH_TOKENS, 'CLAIMGRAPH_TOKENS') : []),
    ]);
  } catch (error) {
    if (error instanceof TokenConfigError) throw new ConfigError(error.message);
    throw error;
  }
  return {
    port,
    host: env.HOST || '127.0.0.1',
    database,
    seedDataset: seedText === 'none' || seedText === '' ? null : resolve(seedText),
    dev,
    reportStoreCalls: dev || flag(env, 'CLAIMGRAPH_REPORT_STORE_CALLS'),
    tokens,
    publicUrl: publicUrl(env.CLAIMGRAPH_PUBLIC_URL),
    publisher: env.CLAIMGRAPH_PUBLISHER?.trim() || 'claimgraph',
    introspection: env.CLAIMGRAPH_INTROSPECTION === undefined ? dev : flag(env, 'CLAIMGRAPH_INTROSPECTION'),
    searchRankWindow: integer(env, 'CLAIMGRAPH_SEARCH_RANK_WINDOW', DEFAULT_SEARCH_RANK_WINDOW, 0) || null,
    sqliteCacheMiB: integer(env, 'CLAIMGRAPH_SQLITE_CACHE_MIB', DEFAULT_SQLITE_CACHE_MIB, 1, MAX_SQLITE_CACHE_MIB),
    semanticRanking: env.CLAIMGRAPH_SEMANTIC_RANKING === undefined || flag(env, 'CLAIMGRAPH_SEMANTIC_RANKING'),
    queryLimits: {
      maxDepth: integer(env, 'CLAIMGRAPH_MAX_DEPTH', DEFAULT_QUERY_LIMITS.maxDepth, 1),
      maxAliases: integer(env, 'CLAIMGRAPH_MAX_ALIASES', DEFAULT_QUERY_LIMITS.maxAliases, 0),
      maxDirectives: integer(env, 'CLAIMGRAPH_MAX_DIRECTIVES', DEFAULT_QUERY_LIMITS.maxDirectives, 0),
      maxCost: integer(env, 'CLAIMGRAPH_MAX_COST', DEFAULT_QUERY_LIMITS.maxCost, 1),
      maxTokens: integer(env, 'CLAIMGRAPH_MAX_TOKENS', DEFAULT_QUERY_LIMITS.maxTokens, 10),
      maxOperations: integer(env, 'CLAIMGRAPH_MAX_OPERATIONS', DEFAULT_QUERY_LIMITS.maxOperations, 1),
      maxMutationFields: integer(env, 'CLAIMGRAPH_MAX_MUTATION_FIELDS', DEFAULT_QUERY_LIMITS.maxMutationFields, 1),
    },
    http: {
      bodyLimit: integer(env, 'CLAIMGRAPH_BODY_LIMIT', DEFAULT_HTTP_LIMITS.bodyLimit, 1024),
      requestTimeoutMs: integer(env, 'CLAIMGRAPH_REQUEST_TIMEOUT_MS', DEFAULT_HTTP_LIMITS.requestTimeoutMs, 100),
      headersTimeoutMs: integer(env, 'CLAIMGRAPH_HEADERS_TIMEOUT_MS', DEFAULT_HTTP_LIMITS.headersTimeoutMs, 100),
      operationTimeoutMs: integer(env, 'CLAIMGRAPH_OPERATION_TIMEOUT_MS', DEFAULT_HTTP_LIMITS.operationTimeoutMs, 10),
      rateLimitPerMinute: integer(env, 'CLAIMGRAPH_RATE_LIMIT', DEFAULT_HTTP_LIMITS.rateLimitPerMinute, 0),
      rateLimitExempt: (env.CLAIMGRAPH_RATE_LIMIT_EXEMPT ?? '')
        .split(',')
        .map((ip) => ip.trim())
        .filter((ip) => ip !== ''),
      wsConnectionsPerAddress: integer(
        env,
        'CLAIMGRAPH_WS_CONNECTIONS_PER_ADDRESS',
        DEFAULT_HTTP_LIMITS.wsConnectionsPerAddress,
        1,
      ),
      wsMessagesPerMinute: integer(
        env,
        'CLAIMGRAPH_WS_MESSAGES_PER_MINUTE',
        DEFAULT_HTTP_LIMITS.wsMessagesPerMinute,
        1,
      ),
      documentCacheBytes: integer(env, 'CLAIMGRAPH_DOCUMENT_CACHE_BYTES', DEFAULT_HTTP_LIMITS.documentCacheBytes, 0),
      persistedQueryCacheBytes: integer(
        env,
        'CLAIMGRAPH_APQ_CACHE_BYTES',
        DEFAULT_HTTP_LIMITS.persistedQueryCacheBytes,
        0,
      ),
    },
    observability: observability(env),
  };
}

function observability(env: NodeJS.ProcessEnv): ObservabilityConfig {
  const level = (env.CLAIMGRAPH_LOG_LEVEL || 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new ConfigError(`CLAIMGRAPH_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(level)}`);
  }
  const token = env.CLAIMGRAPH_METRICS_TOKEN ?? '';
  // a token is compared as a bearer credential: too short to resist guessing, or with spaces, is refused at start
  if (token !== '' && !/^\S{16,}$/.test(token)) {
    throw new ConfigError('CLAIMGRAPH_METRICS_TOKEN must be at least 16 characters without spaces');
  }
  return { logLevel: level as LogLevel, metrics: flag(env, 'CLAIMGRAPH_METRICS'), metricsToken: token || null };
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  bodyLimit: 1_000_000,
  requestTimeoutMs: 15_000,
  headersTimeoutMs: 10_000,
  operationTimeoutMs: 5_000,
  rateLimitPerMinute: 600,
  rateLimitExempt: [],
  wsConnectionsPerAddress: 5,
  wsMessagesPerMinute: 120,
  documentCacheBytes: 16 * 1024 * 1024,
  persistedQueryCacheBytes: 4 * 1024 * 1024,
};

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max?: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || !Number.isSafeInteger(number) || (max !== undefined && number > max)) {
    const range = max === undefined ? `of at least ${min}` : `from ${min} to ${max}`;
    throw new ConfigError(`${name} must be an integer ${range}, got ${JSON.stringify(value)}`);
  }
  return number;
}

function publicUrl(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`CLAIMGRAPH_PUBLIC_URL must be an absolute http(s) URL, got ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`CLAIMGRAPH_PUBLIC_URL must be an http or https URL, got ${JSON.stringify(value)}`);
  }
  return value.replace(/\/+$/, '');
}
