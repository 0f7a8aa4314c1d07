/**
 * GraphQL subscriptions over the graphql-ws protocol, on the same port and path as queries (/graphql, as a
 * WebSocket upgrade). The socket gets the limits HTTP has: message size (the body limit), parse tokens, the
 * query limits; it carries subscriptions only (queries and mutations go over HTTP, where rate limits, deadlines
 * and tokens apply); and a client may hold only so many connections and subscriptions.
 */
import type { FastifyInstance } from 'fastify';
import {
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { GraphQLContext } from '../graphql/context.js';
import { queryLimitRules } from '../graphql/limits/queryLimits.js';
import type { QueryLimits } from '../config/queryLimits.js';

export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;
export const MAX_CONNECTIONS_PER_ADDRESS = 20;

function refusal(message: string, code: string): GraphQLError[] {
  return [new GraphQLError(message, { extensions: { code } })];
}

export function registerSubscriptionServer(
  app: FastifyInstance,
  schema: GraphQLSchema,
  limits: QueryLimits,
  maxMessageBytes: number,
  contextFor: () => GraphQLContext,
): void {
  const sockets = new WebSocketServer({ server: app.server, path: '/graphql', maxPayload: maxMessageBytes });
  const rules = [...specifiedRules, ...queryLimitRules(limits)];
  const connectionsByAddress = new Map<string, number>();

  sockets.on('connection', (socket, request) => {
    const address = request.socket.remoteAddress ?? 'unknown';
    const open = (connectionsByAddress.get(address) ?? 0) + 1;
    connectionsByAddress.set(address, open);
    socket.once('close', () => {
      const left = (connectionsByAddress.get(address) ?? 1) - 1;
      if (left <= 0) connectionsByAddress.delete(address);
      else connectionsByAddress.set(address, left);
    });
    // 1008: policy violation
    if (open > MAX_CONNECTIONS_PER_ADDRESS) socket.close(1008, 'Too many connections from this address');
  });

  const server = useServer(
    {
      schema,
      context: () => contextFor() as unknown as Record<PropertyKey, unknown>,
      onSubscribe: (ctx, _id, payload) => {
        if (Object.keys(ctx.subscriptions).length >= MAX_SUBSCRIPTIONS_PER_CONNECTION) {
          return refusal(
            `At most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions per connection`,
            'QUERY_TOO_COMPLEX',
          );
        }
        let document;
        try {
          document = parse(payload.query, { maxTokens: limits.maxTokens });
        } catch (error) {
          return refusal((error as Error).message, 'GRAPHQL_PARSE_FAILED');
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) return errors.slice(0, 10);
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) {
          return refusal(
            'Only subscriptions are served over WebSocket; send queries and mutations over HTTP',
            'BAD_REQUEST',
          );
        }
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: contextFor(),
        };
      },
    },
    sockets,
  );
  // before the HTTP server stops accepting: tell subscribers "going away" so they can reconnect elsewhere
  app.addHook('preClose', async () => {
    await server.dispose();
    await new Promise<void>((resolve) => sockets.close(() => resolve()));
  });
}
