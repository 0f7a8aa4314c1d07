/**
 * The HTTP surface: GraphQL at /graphql (Apollo Server on Fastify), liveness at /healthz, readiness at /readyz,
 * ClaimReview JSON-LD. Requests flow one way: HTTP -> Apollo -> resolvers -> per-request loaders -> Store.
 *
 * Safety is explicit here rather than left to NODE_ENV (which Apollo reads, and which is often unset):
 * introspection, stack traces and schema hints in errors follow claimgraph's own mode; every query is checked
 * against the query limits before it runs; bodies, request times, operation times and request rates are bounded;
 * the caches Apollo keeps per distinct query are bounded in bytes. HTTP and WebSocket share one request budget per
 * client and one way of formatting errors.
 *
 * Each GraphQL request gets an id (requestId.ts), one JSON log line (requestLog.ts) and its counts in the
 * server's Prometheus metrics (serverMetrics.ts, served at /metrics when turned on).
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import rateLimit from '@fastify/rate-limit';
import Fastify, { LogController, type FastifyInstance, type FastifyRequest } from 'fastify';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import { InProcessEventBus, type EventBus } from '../events/eventBus.js';
import { TokenRegistry, tokenDigest } from '../auth/tokens.js';
import { DEFAULT_HTTP_LIMITS, type HttpLimits, type LogLevel } from '../config/config.js';
import { authenticate } from '../auth/authenticate.js';
import { createContext, type GraphQLContext, type SiteInfo } from '../graphql/context.js';
import { SimilarClaimIndexCache } from '../graphql/similarClaimIndex.js';
import { compiledExecutionGateway, compiledExecutor } from './compiledExecution.js';
import { createFormatError } from '../graphql/formatError.js';
import { queryLimitRules } from '../graphql/limits/queryLimits.js';
import { DEFAULT_QUERY_LIMITS, MAX_VALIDATION_ERRORS, type QueryLimits } from '../config/queryLimits.js';
import { resolvers } from '../graphql/resolvers/index.js';
import { typeDefs } from '../graphql/schema.js';
import { requestStore } from '../store/requestStore.js';
import type { Store } from '../store/store.js';
import { registerClaimExportRoutes } from './claimExportRoutes.js';
import { registerClaimReviewRoutes } from './claimReviewRoutes.js';
import { registerDashboardRoutes } from './dashboardRoutes.js';
import { registerSubscriptionServer } from './subscriptionServer.js';
import { ByteBoundedCache, documentBytes, stringBytes } from './byteBoundedCache.js';
import { ClientBudget } from './clientBudget.js';
import { inputCapsPlugin } from './inputCapsPlugin.js';
import { persistedQueryErrorsPlugin } from './persistedQueryErrors.js';
import { legacyStatusHook, schemaIntrospectionOff } from './graphqlOverHttp.js';
import { registerMetricsRoute } from './metricsRoute.js';
import { observationPlugin } from './observationPlugin.js';
import { RateLimitedError, rateLimitedError, sendRateLimited } from './rateLimitedResponse.js';
import { sendRefusal, transportRefusalOf } from './transportRefusal.js';
import { REQUEST_ID_HEADER, requestIdFor, requestOfError, requestScopePlugin, type RequestScope } from './requestId.js';
import { logRequest } from './requestLog.js';
import {
  codeOf,
  newObservation,
  refusalOf,
  type GraphQLRequestRecord,
  type RequestObservation,
} from './requestRecord.js';
import { ServerMetrics } from './serverMetrics.js';

export interface HttpServerOptions {
  store: Store;
  dev: boolean;
  reportStoreCalls: boolean;
  /** bearer tokens allowed to write; an empty registry makes the server read-only */
  tokens?: TokenRegistry;
  /** public address and publisher name for ClaimReview links */
  site?: SiteInfo;
  /** schema introspection; defaults to on in development mode only */
  introspection?: boolean;
  queryLimits?: QueryLimits;
  http?: HttpLimits;
  /** where writes announce events for subscriptions; in-process when omitted */
  events?: EventBus;
  /**
   * where internal errors are logged in full; defaults to the JSON log under the request's id when `log` is set,
   * else to stderr
   */
  logError?: (message: string, error: unknown, scope?: RequestScope) => void;
  /**
   * the JSON log (pino, through Fastify): one line per GraphQL request, internal errors with their stack; lines
   * go to `stream` (stdout by default). Omitted: no request log (servers built directly by tests).
   */
  log?: { level: LogLevel; stream?: { write(line: string): void } };
  /** Prometheus metrics at /metrics (off by default: 404), optionally behind a bearer token */
  metrics?: { enabled: boolean; token: string | null };
  /**
   * similarClaims re-ranks with sentence vectors once its claims have them (an encoder thread embeds them in the
   * background). Off by default, so that servers built directly by tests rank the same way from the first query.
   */
  semanticRanking?: boolean;
}

export interface HttpServer {
  app: FastifyInstance;
  /** marks the server as draining: readiness fails from now on, so a load balancer stops sending requests */
  startDraining(): void;
  /** Apollo's per-query caches (null when turned off), for their size accounting */
  caches: {
    documents: ByteBoundedCache<DocumentNode> | null;
    persistedQueries: ByteBoundedCache<string> | null;
  };
  /** the server's own metrics registry (counted whether or not /metrics is served) */
  metrics: ServerMetrics;
}

/** Methods /graphql does not serve: answered 405 with the ones it does, rather than 404. */
const REFUSED_GRAPHQL_METHODS = ['PUT', 'DELETE', 'PATCH'] as const;

interface RequestContext extends GraphQLContext {
  storeCalls: () => number;
  /** what the request log and metrics learn of the request; absent for in-process operations (ClaimReview) */
  observation?: RequestObservation;
  /** the HTTP request's id and logger, for its internal errors (requestId.ts); absent for in-process operations */
  requestScope?: RequestScope;
}

/** Adds the request's store round-trips to the response, for tests and benchmarks. */
const storeCallsPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind === 'single') {
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            storeCalls: contextValue.storeCalls(),
          };
        }
      },
    };
  },
};

/**
 * The rate-limit key: a valid token's holder (so a writer keeps one budget whatever its address), else the IP.
 * An unknown token counts as its IP: made-up tokens must not buy fresh budgets.
 */
function clientKey(authorization: string | undefined, ip: string, tokens: TokenRegistry): string {
  const token = /^Bearer\s+(\S+)/i.exec(authorization ?? '')?.[1];
  const actor = token ? tokens.actorFor(token) : null;
  return actor ? `token:${tokenDigest(token!).toString('hex').slice(0, 32)}` : `ip:${ip}`;
}

/** A request's path, without its query string (which, on a GET to /graphql, holds the query and variables). */
function pathOf(request: FastifyRequest): string {
  return request.url.split('?')[0];
}

/** A GraphQL request over HTTP, as opposed to a preflight, a refused method or another route. */
function isGraphQLRequest(request: FastifyRequest): boolean {
  return (request.method === 'GET' || request.method === 'POST') && pathOf(request) === '/graphql';
}

/** The errors of a GraphQL response body, for answers Apollo sends without running its plugins (a CSRF refusal). */
function errorsInBody(payload: unknown): GraphQLFormattedError[] {
  if (typeof payload !== 'string') return [];
  try {
    const errors = (JSON.parse(payload) as { errors?: unknown }).errors;
    return Array.isArray(errors) ? (errors as GraphQLFormattedError[]) : [];
  } catch {
    return [];
  }
}

/** The limit a transport-level refusal hit, for the metrics; null for other client errors. */
function transportRefusal(status: number): string | null {
  if (status === 413) return 'bodySize';
  if (status === 408) return 'requestTimeout';
  return null;
}

/** Adds the request's id to an internal error's extensions, so support can find its log line. */
function withRequestId(formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const shown = formatError(formatted, error);
    const scope = requestOfError(error);
    if (!scope || shown.extensions?.code !== 'INTERNAL_SERVER_ERROR') return shown;
    return { ...shown, extensions: { ...shown.extensions, requestId: scope.requestId } };
  };
}

export async function createHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const structuredLog = options.log !== undefined;
  const http = options.http ?? DEFAULT_HTTP_LIMITS;
  const limits = options.queryLimits ?? DEFAULT_QUERY_LIMITS;
  const tokens = options.tokens ?? new TokenRegistry([]);
  let draining = false;

  const headersTimeout = Math.min(http.headersTimeoutMs, http.requestTimeoutMs);
  const app = Fastify({
    logger: options.log
      ? {
          level: options.log.level,
          ...(options.log.stream ? { stream: options.log.stream } : {}),
          // nothing logs requests' headers; should anything ever, credentials stay out
          redact: ['req.headers.authorization', 'req.headers.cookie'],
        }
      : false,
    // the request log is claimgraph's own (one line per GraphQL request), not Fastify's two lines per request
    logController: new LogController({ disableRequestLogging: true }),
    requestIdHeader: false,
    genReqId: (request) => requestIdFor(request.headers[REQUEST_ID_HEADER]),
    bodyLimit: http.bodyLimit,
    requestTimeout: http.requestTimeoutMs,
    connectionTimeout: http.requestTimeoutMs,
    http: {
      headersTimeout,
      requestTimeout: http.requestTimeoutMs,
      // Node checks the header and request deadlines only every connectionsCheckingInterval (30 s by default), so
      // a client trickling its headers was cut off 10 to 40 s in; checked every second (or tenth of the deadline),
      // the deadline is the one configured, give or take that.
      connectionsCheckingInterval: Math.max(10, Math.min(1_000, Math.floor(headersTimeout / 10))),
    },
  });
  // an internal error's stack goes to the log once, under the id of the request it happened in
  const logError =
    options.logError ??
    (structuredLog
      ? (message: string, error: unknown, scope?: RequestScope) =>
          (scope?.log ?? app.log).error({ err: error }, message)
      : (message: string, error: unknown) => console.error(message, error));
  const observations = new WeakMap<FastifyRequest, RequestObservation>();
  app.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    if (isGraphQLRequest(request)) observations.set(request, newObservation(request.id));
  });
  // A malformed or oversized request is the client's mistake: one line on stderr and its 4xx, never a stack (and on
  // /graphql, its request's line in the JSON log says what was refused).
  app.setErrorHandler((error: Error & { statusCode?: number; code?: unknown }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status < 500) {
      const observation = observations.get(request);
      if (error instanceof RateLimitedError) {
        if (observation) {
          observation.refusedBy = 'rate';
          observation.errors = [{ message: error.message, extensions: { code: 'RATE_LIMITED' } }];
        }
        return sendRateLimited(request, reply, error);
      }
      const refusal = transportRefusalOf(error, http.bodyLimit, request.headers['content-type']);
      if (observation) {
        observation.refusedBy = transportRefusal(status);
        observation.errors = [refusal];
      }
      // the path only: a GET's query string holds the query text and its variables
      console.error(
        `${status} ${request.method} ${pathOf(request)} from ${request.ip ?? 'a closed connection'}: ${error.message}`,
      );
      return sendRefusal(request, reply, status, refusal);
    }
    logError(`internal error on ${request.method} ${pathOf(request)}`, error, {
      requestId: request.id,
      log: request.log,
    });
    return reply.code(500).send({ error: 'Internal server error', requestId: request.id });
  });
  app.server.headersTimeout = headersTimeout;
  app.server.requestTimeout = http.requestTimeoutMs;

  // one budget per client for HTTP requests and WebSocket upgrades and subscriptions alike
  const budget = http.rateLimitPerMinute > 0 ? new ClientBudget(http.rateLimitPerMinute, 60_000) : null;
  if (budget) {
    await app.register(rateLimit, {
      max: budget.max,
      timeWindow: budget.windowMs,
      store: budget.rateLimitStore(),
      // compared with the client's address (the key is not the address)
      allowList: (request) => http.rateLimitExempt.includes(request.ip),
      keyGenerator: (request) => clientKey(request.headers.authorization, request.ip, tokens),
      // health checks must keep answering under load
      skipOnError: true,
      // a GraphQL error on /graphql (rateLimitedResponse.ts)
      errorResponseBuilder: rateLimitedError,
    });
  }

  const events = options.events ?? new InProcessEventBus();
  // one executable schema for queries and mutations (Apollo) and subscriptions (graphql-ws)
  const schema = makeExecutableSchema({ typeDefs, resolvers: resolvers as never });
  const formatError = withRequestId(
    createFormatError((message, error, raised) => logError(message, error, requestOfError(raised)), options.dev),
  );
  // bounded by estimated bytes held, not by entries (see byteBoundedCache.ts); 0 turns a cache off
  const documents = http.documentCacheBytes > 0 ? new ByteBoundedCache(http.documentCacheBytes, documentBytes) : null;
  const persistedQueries =
    http.persistedQueryCacheBytes > 0 ? new ByteBoundedCache(http.persistedQueryCacheBytes, stringBytes) : null;
  const metrics = new ServerMetrics({ documents, persistedQueries }, options.metrics?.enabled ?? false);
  const apollo = new ApolloServer<RequestContext>({
    // the schema, executed by compiled code (compiledExecution.ts)
    gateway: compiledExecutionGateway(schema, compiledExecutor(schema, { compile: documents !== null })),
    documentStore: documents,
    ...(persistedQueries ? { cache: persistedQueries } : { persistedQueries: false as const }),
    // Apollo's switch would refuse `__type` too; with introspection off, only `__schema` is refused (graphqlOverHttp.ts)
    introspection: true,
    includeStacktraceInErrorResponses: options.dev,
    hideSchemaDetailsFromClientErrors: !options.dev,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [
      ...((options.introspection ?? options.dev) ? [] : [schemaIntrospectionOff]),
      ...queryLimitRules(limits),
    ],
    // a document with hundreds of faults gets ten of them back, not an answer larger than the question
    validationOptions: { maxErrors: MAX_VALIDATION_ERRORS },
    formatError,
    // claimgraph's CLI handles SIGTERM/SIGINT itself (drain, close the database, exit 0); Apollo's own handlers
    // would re-raise the signal and kill the process before the database is closed.
    stopOnTerminationSignals: false,
    plugins: [
      fastifyApolloDrainPlugin(app),
      // claimgraph sets no cache hints and reports nowhere: these would wrap every resolver for nothing
      // (BENCHMARKS.md: +22-35% on the nested query, up to 1.9x on large responses)
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      persistedQueryErrorsPlugin(),
      inputCapsPlugin(),
      observationPlugin(),
      requestScopePlugin<RequestContext>(),
      ...(options.reportStoreCalls ? [storeCallsPlugin] : []),
    ],
  });
  await apollo.start();

  app.get('/healthz', { config: { rateLimit: false } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { rateLimit: false } }, async (_request, reply) => {
    if (draining) return reply.code(503).send({ status: 'draining' });
    try {
      await options.store.ping();
      return { status: 'ready' };
    } catch (error) {
      logError('readiness check failed', error);
      return reply.code(503).send({ status: 'unavailable' });
    }
  });
  // one similar-claim index per server, kept across requests, rebuilt when the graph's change log moves
  const similarClaims = new SimilarClaimIndexCache({
    semantic: options.semanticRanking ?? false,
    vectorStore: options.store,
    onSemanticFailure: (error) =>
      logError('similarClaims ranks by words only from now on: the sentence encoder failed', error),
    onVectorStoreError: (error) =>
      logError('claim sentence vectors could not be read or saved; the claims are embedded instead', error),
  });
  app.addHook('onClose', () => similarClaims.close());
  const contextFor = async (
    authorization?: string,
    observation?: RequestObservation,
    requestScope?: RequestScope,
  ): Promise<RequestContext> => {
    const guarded = requestStore(options.store, http.operationTimeoutMs);
    const auth = authenticate(authorization, tokens);
    return {
      ...createContext(guarded.store, auth, options.site, events, similarClaims),
      storeCalls: guarded.calls,
      observation,
      requestScope,
    };
  };
  // 200, not 400, for request errors answered as legacy application/json (GraphQL-over-HTTP; graphqlOverHttp.ts)
  app.addHook('onSend', legacyStatusHook);
  app.addHook('onSend', async (request, reply, payload) => {
    const observation = observations.get(request);
    // answers Apollo gives before its plugins run (a CSRF refusal, a malformed body) still have their codes logged
    if (observation && observation.errors.length === 0 && reply.statusCode >= 400) {
      observation.errors = errorsInBody(payload);
    }
    return payload;
  });
  app.addHook('onResponse', async (request, reply) => {
    const observation = observations.get(request);
    if (!observation) return;
    const errorCodes = observation.errors.map(codeOf);
    if (errorCodes.length === 0 && reply.statusCode >= 400) errorCodes.push(`HTTP_${reply.statusCode}`);
    const record: GraphQLRequestRecord = {
      transport: 'http',
      requestId: request.id,
      operationName: observation.operationName,
      operationType: observation.operationType,
      errorCodes,
      refusedBy: observation.refusedBy ?? refusalOf(observation.errors),
      durationMs: reply.elapsedTime,
      storeCalls: observation.storeCalls(),
      clientAddress: request.ip,
      statusCode: reply.statusCode,
      persistedQueryHash: observation.persistedQueryHash,
    };
    logRequest(request.log, record);
    metrics.requestFinished(record);
  });
  const graphqlHandler = fastifyApolloHandler(apollo, {
    context: async (request) =>
      contextFor(request.headers.authorization, observations.get(request), { requestId: request.id, log: request.log }),
  });
  app.route<{ Reply: string }>({
    method: ['GET', 'POST', 'OPTIONS'],
    url: '/graphql',
    handler: graphqlHandler,
  });
  if (options.metrics?.enabled) registerMetricsRoute(app, metrics, options.metrics.token);
  app.route({
    method: [...REFUSED_GRAPHQL_METHODS],
    url: '/graphql',
    // answered before the body is read: a PUT's body is nobody's business
    onRequest: async (request, reply) =>
      reply
        .code(405)
        .header('allow', 'GET, POST')
        .send({
          errors: [
            {
              message: `${request.method} is not supported on /graphql: send POST (or GET for queries)`,
              extensions: { code: 'BAD_REQUEST' },
            },
          ],
        }),
    handler: async () => undefined,
  });
  registerClaimReviewRoutes(app, apollo, () => contextFor());
  registerClaimExportRoutes(app, apollo, () => contextFor());
  registerDashboardRoutes(app);
  // a subscription lives for long: no operation deadline, and fresh loaders per event (see Subscription.ts)
  registerSubscriptionServer(app, {
    schema,
    limits,
    maxMessageBytes: http.bodyLimit,
    connectionsPerAddress: http.wsConnectionsPerAddress,
    messagesPerMinute: http.wsMessagesPerMinute,
    budget,
    budgetExempt: http.rateLimitExempt,
    clientKey: (authorization, ip) => clientKey(authorization, ip, tokens),
    formatError,
    logError,
    log: app.log,
    metrics,
    contextFor: () => createContext(options.store, { kind: 'anonymous' }, options.site, events, similarClaims),
  });
  return {
    app,
    startDraining: () => {
      draining = true;
    },
    caches: { documents, persistedQueries },
    metrics,
  };
}
