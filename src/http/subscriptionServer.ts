/**
 * GraphQL subscriptions over the graphql-ws protocol, on the same port and path as queries (/graphql, as a
 * WebSocket upgrade). Subscriptions are checked against the same query limits as queries, and read-only: a
 * connection carries no token.
 */
import type { FastifyInstance } from 'fastify';
import { specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { GraphQLContext } from '../graphql/context.js';
import { queryLimitRules, type QueryLimits } from '../graphql/limits/queryLimits.js';

export function registerSubscriptionServer(
  app: FastifyInstance,
  schema: GraphQLSchema,
  limits: QueryLimits,
  contextFor: () => GraphQLContext,
): void {
  const sockets = new WebSocketServer({ server: app.server, path: '/graphql' });
  const rules = [...specifiedRules, ...queryLimitRules(limits)];
  const server = useServer(
    {
      schema,
      context: () => contextFor() as unknown as Record<PropertyKey, unknown>,
      validate: (validationSchema, document) => validate(validationSchema, document, rules),
    },
    sockets,
  );
  // before the HTTP server stops accepting: tell subscribers "going away" so they can reconnect elsewhere
  app.addHook('preClose', async () => {
    await server.dispose();
    await new Promise<void>((resolve) => sockets.close(() => resolve()));
  });
}
