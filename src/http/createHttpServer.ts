/**
 * The HTTP surface: GraphQL at /graphql (Apollo Server on Fastify), liveness at /healthz, readiness at /readyz,
 * ClaimReview JSON-LD. Requests flow one way: HTTP -> Apollo -> resolvers -> per-request loaders -> Store.
 *
 * Safety is explicit here rather than left to NODE_ENV (which Apollo reads, and which is often unset):
 * introspection, stack traces and schema hints in errors follow claimgraph's own mode; every query is checked
 * against the query limits before it runs; bodies, request times, operation times and request rates are bounded;
 * the caches Apollo keeps per distinct query are bounded in bytes. HTTP and WebSocket share one request budget per
 * client and one way of formatting errors.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { DocumentNode } from 'graphql';
import { InProcessEventBus, type EventBus } from '../events/eventBus.js';
import { TokenRegistry, tokenDigest } from '../auth/tokens.js';
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from '../config/config.js';
import { authenticate } from '../auth/authenticate.js';
import { createContext, type GraphQLContext, type SiteInfo } from '../graphql/context.js';
import { createFormatError } from '../graphql/formatError.js';
import { queryLimitRules } from '../graphql/limits/queryLimits.js';
import { DEFAULT_QUERY_LIMITS, MAX_VALIDATION_ERRORS, type QueryLimits } from '../config/queryLimits.js';
import { resolvers } from '../graphql/resolvers/index.js';
import { typeDefs } from '../graphql/schema.js';
import { requestStore } from '../store/requestStore.js';
import type { Store } from '../store/store.js';
import { registerClaimReviewRoutes } from './claimReviewRoutes.js';
import { registerDashboardRoutes } from './dashboardRoutes.js';
import { registerSubscriptionServer } from './subscriptionServer.js';
import { ByteBoundedCache, documentBytes, stringBytes } from './byteBoundedCache.js';
import { ClientBudget } from './clientBudget.js';
import { inputCapsPlugin } from './inputCapsPlugin.js';
import { persistedQueryErrorsPlugin } from './persistedQueryErrors.js';
import { legacyStatusHook, schemaIntrospectionOff } from './graphqlOverHttp.js';

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
  /** where internal errors are logged in full; defaults to stderr */
  logError?: (message: string, error: unknown) => void;
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
}

/** Methods /graphql does not serve: answered 405 with the ones it does, rather than 404. */
const REFUSED_GRAPHQL_METHODS = ['PUT', 'DELETE', 'PATCH'] as const;

interface RequestContext extends GraphQLContext {
  storeCalls: () => number;
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

export async function createHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const logError = options.logError ?? ((message, error) => console.error(message, error));
  const http = options.http ?? DEFAULT_HTTP_LIMITS;
  const limits = options.queryLimits ?? DEFAULT_QUERY_LIMITS;
  const tokens = options.tokens ?? new TokenRegistry([]);
  let draining = false;

  const headersTimeout = Math.min(http.headersTimeoutMs, http.requestTimeoutMs);
  const app = Fastify({
    logger: false,
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
  // A malformed or oversized request is the client's mistake: one log line and its 4xx, never a stack.
  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status < 500) {
      // a flood of 429s must not flood the log too
      if (status !== 429)
        console.error(
          `${status} ${request.method} ${request.url} from ${request.ip ?? 'a closed connection'}: ${error.message}`,
        );
      return reply.code(status).send({ error: error.message });
    }
    logError(`internal error on ${request.method} ${request.url}`, error);
    return reply.code(500).send({ error: 'Internal server error' });
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
    });
  }

  const events = options.events ?? new InProcessEventBus();
  // one executable schema for queries and mutations (Apollo) and subscriptions (graphql-ws)
  const schema = makeExecutableSchema({ typeDefs, resolvers: resolvers as never });
  const formatError = createFormatError(logError, options.dev);
  // bounded by estimated bytes held, not by entries (see byteBoundedCache.ts); 0 turns a cache off
  const documents = http.documentCacheBytes > 0 ? new ByteBoundedCache(http.documentCacheBytes, documentBytes) : null;
  const persistedQueries =
    http.persistedQueryCacheBytes > 0 ? new ByteBoundedCache(http.persistedQueryCacheBytes, stringBytes) : null;
  const apollo = new ApolloServer<RequestContext>({
    schema,
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
  const contextFor = async (authorization?: string): Promise<RequestContext> => {
    const guarded = requestStore(options.store, http.operationTimeoutMs);
    const auth = authenticate(authorization, tokens);
    return { ...createContext(guarded.store, auth, options.site, events), storeCalls: guarded.calls };
  };
  // 200, not 400, for request errors answered as legacy application/json (GraphQL-over-HTTP; graphqlOverHttp.ts)
  app.addHook('onSend', legacyStatusHook);
  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    context: async (request) => contextFor(request.headers.authorization),
  });
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
    contextFor: () => createContext(options.store, { kind: 'anonymous' }, options.site, events),
  });
  return {
    app,
    startDraining: () => {
      draining = true;
    },
    caches: { documents, persistedQueries },
  };
}
