/**
 * The HTTP surface: GraphQL at /graphql (Apollo Server on Fastify), liveness at /healthz, readiness at /readyz.
 * Requests flow one way: HTTP -> Apollo -> resolvers -> per-request loaders -> Store.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import { TokenRegistry } from '../auth/tokens.js';
import { authenticate } from '../graphql/auth.js';
import { createContext, type GraphQLContext, type SiteInfo } from '../graphql/context.js';
import { createFormatError } from '../graphql/formatError.js';
import { resolvers } from '../graphql/resolvers/index.js';
import { typeDefs } from '../graphql/schema.js';
import { countingStore } from '../store/countingStore.js';
import { registerClaimReviewRoutes } from './claimReviewRoutes.js';
import type { Store } from '../store/store.js';

export interface HttpServerOptions {
  store: Store;
  dev: boolean;
  reportStoreCalls: boolean;
  /** bearer tokens allowed to write; an empty registry makes the server read-only */
  tokens?: TokenRegistry;
  /** public address and publisher name for ClaimReview links */
  site?: SiteInfo;
  /** where internal errors are logged in full; defaults to stderr */
  logError?: (message: string, error: unknown) => void;
}

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

export async function createHttpServer(options: HttpServerOptions): Promise<FastifyInstance> {
  const logError = options.logError ?? ((message, error) => console.error(message, error));
  const app = Fastify({ logger: false });
  const tokens = options.tokens ?? new TokenRegistry([]);
  const apollo = new ApolloServer<RequestContext>({
    typeDefs,
    resolvers: resolvers as never,
    introspection: true,
    // claimgraph's CLI handles SIGTERM/SIGINT itself (drain, close the database, exit 0); Apollo's own handlers
    // would re-raise the signal and kill the process before the database is closed.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: options.dev,
    formatError: createFormatError(logError, options.dev),
    plugins: [fastifyApolloDrainPlugin(app), ...(options.reportStoreCalls ? [storeCallsPlugin] : [])],
  });
  await apollo.start();

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      await options.store.ping();
      return { status: 'ready' };
    } catch (error) {
      logError('readiness check failed', error);
      return reply.code(503).send({ status: 'unavailable' });
    }
  });
  const contextFor = async (authorization?: string): Promise<RequestContext> => {
    const counted = countingStore(options.store);
    const auth = authenticate(authorization, tokens);
    return { ...createContext(counted.store, auth, options.site), storeCalls: counted.calls };
  };
  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    context: async (request) => contextFor(request.headers.authorization),
  });
  registerClaimReviewRoutes(app, apollo, () => contextFor());
  return app;
}
