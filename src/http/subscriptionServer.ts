/**
 * GraphQL subscriptions over the graphql-ws protocol, on the same port and path as queries (/graphql, as a
 * WebSocket upgrade). The socket gets what HTTP has:
 * - the same limits: message size (the body limit), parse tokens, the query limits (depth, cost, aliases, ...) on
 *   every subscribe; it carries subscriptions only (queries and mutations go over HTTP, where deadlines and tokens
 *   apply);
 * - the same request budget: the upgrade and each subscribe spend the client's budget that HTTP requests spend
 *   (ClientBudget), so an address limited on one is limited on the other;
 * - the same errors: formatted by the function Apollo uses (no suggestions and no internals outside development
 *   mode), each with a code;
 * and a socket's own limits: so many connections per address (more are refused at the upgrade, 429), so many
 * subscriptions per connection, and so many messages a minute per connection; a flood past that is closed with
 * 1008 (policy violation) and the rest of it is dropped unread. Messages are handled one per event-loop turn, so
 * a burst on one socket cannot hold up other clients' requests.
 *
 * Each subscribe is a GraphQL request like an HTTP one: it gets an id, one line in the request log when it is
 * accepted or refused, and its counts in the metrics (as do refused upgrades, floods and open connections).
 *
 * graphql-ws's `makeServer` speaks the protocol; the binding to `ws` is ours (rather than graphql-ws's useServer)
 * so that messages can be counted and dropped before the protocol handles them.
 */
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { CloseCode, handleProtocols, makeServer, type SubscribePayload } from 'graphql-ws';
import type { IncomingMessage } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { GraphQLContext } from '../graphql/context.js';
import { queryLimitRules } from '../graphql/limits/queryLimits.js';
import { MAX_VALIDATION_ERRORS, type QueryLimits } from '../config/queryLimits.js';
import type { ClientBudget } from './clientBudget.js';
import { noteErrorsOf, requestIdFor, type RequestScope } from './requestId.js';
import { logRequest } from './requestLog.js';
import { codeOf, operationNameOf, refusalOf, type OperationType } from './requestRecord.js';
import type { ServerMetrics } from './serverMetrics.js';

export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;
/** The close code of a connection that sent more messages than its budget: 1008, policy violation. */
export const TOO_MANY_MESSAGES_CLOSE_CODE = 1008;
/** How long a flooding client has to complete the close handshake before its connection is cut. */
const FLOOD_CLOSE_GRACE_MS = 1_000;
/** A ping every so often; a client that does not answer within as long again is cut off (as graphql-ws does). */
const KEEP_ALIVE_MS = 12_000;

export interface SubscriptionServerOptions {
  schema: GraphQLSchema;
  limits: QueryLimits;
  /** the largest message, in bytes: more closes the socket with 1009 */
  maxMessageBytes: number;
  /** open sockets per client address */
  connectionsPerAddress: number;
  /** messages one socket may send in a minute */
  messagesPerMinute: number;
  /** the per-client request budget HTTP spends too; null when rate limiting is off */
  budget: ClientBudget | null;
  /** addresses that never spend the budget (CLAIMGRAPH_RATE_LIMIT_EXEMPT) */
  budgetExempt: readonly string[];
  /** the budget's key of a client, as HTTP computes it */
  clientKey(authorization: string | undefined, address: string): string;
  /** Apollo's formatError: what a client sees of an error */
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
  logError(message: string, error: unknown): void;
  /** the server's logger: each subscribe's line is written through a child of it carrying the subscribe's id */
  log: FastifyBaseLogger;
  metrics: ServerMetrics;
  contextFor(): GraphQLContext;
}

/** A subscribe being answered: what its log line and metrics need. */
interface Subscribe {
  scope: RequestScope;
  startedAt: number;
  operationName: string | null;
  operationType: OperationType | null;
  /** set when a limit of the socket's own refused it (the others are read from its errors) */
  refusedBy: string | null;
  /** true once the line is written: accepted or refused */
  answered: boolean;
}

/** What each connection carries through graphql-ws's hooks. */
interface Extra {
  /** the budget's key, or null when the client does not spend it */
  budgetKey: string | null;
  address: string;
  /** subscribes by their id on this connection, from subscribe to complete */
  subscribes: Map<string, Subscribe>;
}

function refusal(message: string, code: string, extensions: Record<string, unknown> = {}): GraphQLError[] {
  return [new GraphQLError(message, { extensions: { code, ...extensions } })];
}

/** graphql-js's own errors carry no code; Apollo gives them one, and so do we. */
function withCode(errors: readonly GraphQLError[], code: string): GraphQLError[] {
  return errors.map((error) =>
    error.extensions.code === undefined
      ? new GraphQLError(error.message, {
          nodes: error.nodes,
          source: error.source,
          positions: error.positions,
          path: error.path,
          originalError: error.originalError,
          extensions: { ...error.extensions, code },
        })
      : error,
  );
}

function textOf(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return (Buffer.isBuffer(data) ? data : Buffer.from(data)).toString('utf8');
}

/** Answers an upgrade request with a plain HTTP error instead of a WebSocket. */
function refuseUpgrade(socket: Duplex, status: number, message: string, headers: Record<string, string> = {}): void {
  const body = JSON.stringify({ error: message });
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'connection: close',
    'content-type: application/json; charset=utf-8',
    `content-length: ${Buffer.byteLength(body)}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ].join('\r\n');
  socket.on('error', () => {}); // the client may be gone already
  socket.once('finish', () => socket.destroy());
  socket.end(`${head}\r\n\r\n${body}`);
}

/** A fixed one-minute window of messages for one connection. */
function messageBudget(perMinute: number): () => boolean {
  let windowStart = Date.now();
  let count = 0;
  return () => {
    const now = Date.now();
    if (now - windowStart >= 60_000) {
      windowStart = now;
      count = 0;
    }
    count += 1;
    return count <= perMinute;
  };
}

export function registerSubscriptionServer(app: FastifyInstance, options: SubscriptionServerOptions): void {
  const { schema, limits, budget } = options;
  const sockets = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes, handleProtocols });
  const rules = [...specifiedRules, ...queryLimitRules(limits)];
  const openByAddress = new Map<string, number>();

  const toClient = (error: GraphQLError): GraphQLFormattedError => {
    const json = error.toJSON();
    return options.formatError(
      { ...json, extensions: { ...json.extensions, code: json.extensions?.code ?? 'INTERNAL_SERVER_ERROR' } },
      error,
    );
  };

  // noted with the subscribe first: an internal error is logged, and answered, with the subscribe's id
  const formatFor = (subscribe: Subscribe | undefined, errors: readonly GraphQLError[]): GraphQLFormattedError[] => {
    if (subscribe) noteErrorsOf(subscribe.scope, errors);
    return errors.map(toClient);
  };

  /** Writes the subscribe's line and counts it, once: when it is accepted or refused. */
  const answered = (extra: Extra, subscribe: Subscribe, errors: readonly GraphQLFormattedError[]): void => {
    if (subscribe.answered) return;
    subscribe.answered = true;
    const record = {
      transport: 'websocket' as const,
      requestId: subscribe.scope.requestId,
      operationName: subscribe.operationName,
      operationType: subscribe.operationType,
      errorCodes: errors.map(codeOf),
      refusedBy: subscribe.refusedBy ?? refusalOf(errors),
      durationMs: performance.now() - subscribe.startedAt,
      // a subscription's events run on the shared store, uncounted (see Subscription.ts)
      storeCalls: 0,
      clientAddress: extra.address,
      statusCode: null,
      persistedQueryHash: null,
    };
    logRequest(subscribe.scope.log, record);
    options.metrics.requestFinished(record);
  };

  /** Errors of a subscription already answered (an event's, or its end's) count in the metrics only. */
  const laterErrors = (errors: readonly GraphQLFormattedError[]): void => {
    for (const error of errors) options.metrics.errorReturned(codeOf(error));
  };

  const protocol = makeServer<Record<string, unknown> | undefined, Extra>({
    schema,
    onSubscribe: (ctx, id, payload: SubscribePayload) => {
      const requestId = requestIdFor(undefined);
      const subscribe: Subscribe = {
        scope: { requestId, log: options.log.child({ reqId: requestId }) },
        startedAt: performance.now(),
        operationName: null,
        operationType: null,
        refusedBy: null,
        answered: false,
      };
      ctx.extra.subscribes.set(id, subscribe);
      // graphql-ws has already entered this subscription in ctx.subscriptions
      if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_CONNECTION) {
        subscribe.refusedBy = 'subscriptionsPerConnection';
        return refusal(`At most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions per connection`, 'QUERY_TOO_COMPLEX');
      }
      const key = ctx.extra.budgetKey;
      if (budget && key !== null) {
        const spent = budget.spend(key);
        if (spent.exceeded) {
          const retryAfterSeconds = Math.ceil(spent.resetInMs / 1000);
          return refusal(`Too many requests: retry in ${retryAfterSeconds} s`, 'RATE_LIMITED', { retryAfterSeconds });
        }
      }
      let document: DocumentNode;
      try {
        document = parse(payload.query, { maxTokens: limits.maxTokens });
      } catch (error) {
        return refusal((error as Error).message, 'GRAPHQL_PARSE_FAILED');
      }
      const operation = getOperationAST(document, payload.operationName);
      // checked before validation: a query or mutation is refused without being validated against the schema
      if (operation && operation.operation !== OperationTypeNode.SUBSCRIPTION) {
        return refusal(
          'Only subscriptions are served over WebSocket; send queries and mutations over HTTP',
          'BAD_REQUEST',
        );
      }
      const errors = validate(schema, document, rules, { maxErrors: MAX_VALIDATION_ERRORS });
      if (errors.length > 0) return withCode(errors, 'GRAPHQL_VALIDATION_FAILED');
      if (!operation) {
        return refusal(
          'Could not tell which operation to run: name one with operationName',
          'OPERATION_RESOLUTION_FAILURE',
        );
      }
      subscribe.operationType = operation.operation;
      subscribe.operationName = operationNameOf(operation.name?.value);
      const variables = getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {}, {
        maxErrors: 10,
      });
      if (variables.errors) return withCode(variables.errors, 'BAD_USER_INPUT');
      return {
        schema,
        document,
        operationName: payload.operationName,
        variableValues: payload.variables,
        contextValue: options.contextFor(),
      };
    },
    onOperation: (ctx, id, _payload, _args, result) => {
      const subscribe = ctx.extra.subscribes.get(id);
      // a stream of events: accepted (a single result, an error at the start, is answered through onNext)
      if (subscribe && Symbol.asyncIterator in result) answered(ctx.extra, subscribe, []);
      return undefined;
    },
    onError: (ctx, id, _payload, errors) => {
      const subscribe = ctx.extra.subscribes.get(id);
      const formatted = formatFor(subscribe, errors);
      if (subscribe && !subscribe.answered) answered(ctx.extra, subscribe, formatted);
      else laterErrors(formatted);
      // an error ends the subscription (graphql-ws calls onComplete only for those that end without one)
      ctx.extra.subscribes.delete(id);
      return formatted;
    },
    onNext: (ctx, id, _payload, _args, result) => {
      const subscribe = ctx.extra.subscribes.get(id);
      const formatted = result.errors ? formatFor(subscribe, result.errors) : [];
      if (subscribe && !subscribe.answered) answered(ctx.extra, subscribe, formatted);
      else laterErrors(formatted);
      return result.errors ? { ...result, errors: formatted } : undefined;
    },
    onComplete: (ctx, id) => {
      ctx.extra.subscribes.delete(id);
    },
  });

  const serve = (socket: WebSocket, request: IncomingMessage, address: string): void => {
    openByAddress.set(address, (openByAddress.get(address) ?? 0) + 1);
    const exempt = options.budgetExempt.includes(address);
    const extra: Extra = {
      budgetKey: exempt ? null : options.clientKey(request.headers.authorization, address),
      address,
      subscribes: new Map(),
    };
    options.metrics.webSocketOpened();
    const withinMessageBudget = messageBudget(options.messagesPerMinute);
    let handle: ((data: string) => Promise<void>) | null = null;
    const queue: string[] = [];
    let pumping = false;
    let flooded = false;

    // one message per turn of the event loop: the others wait in the queue (at most a minute's budget of them)
    const pump = () => {
      const data = queue.shift();
      if (data === undefined || socket.readyState !== socket.OPEN || !handle) {
        pumping = false;
        return;
      }
      handle(data).catch((error: unknown) => {
        options.logError('internal error handling a WebSocket message', error);
        socket.close(CloseCode.InternalServerError, 'Internal server error');
      });
      if (queue.length > 0) setImmediate(pump);
      else pumping = false;
    };

    socket.on('message', (data: RawData) => {
      if (flooded) return; // closing: the rest of a flood is dropped unread
      if (!withinMessageBudget()) {
        flooded = true;
        options.metrics.refused('websocketMessages', 'websocket');
        queue.length = 0;
        socket.close(
          TOO_MANY_MESSAGES_CLOSE_CODE,
          `Too many messages: at most ${options.messagesPerMinute} a minute per connection`,
        );
        // read no more of it (TCP pushes back on the sender), and cut it off if it does not close soon
        socket.pause();
        setTimeout(() => socket.terminate(), FLOOD_CLOSE_GRACE_MS).unref();
        return;
      }
      queue.push(textOf(data));
      if (!pumping) {
        pumping = true;
        setImmediate(pump);
      }
    });
    // a protocol error (an oversized or malformed frame) is the client's: ws closes the socket; one line, no stack
    socket.on('error', (error) => {
      console.error(`WebSocket from ${address}: ${error.message}`);
    });

    let pongWait: NodeJS.Timeout | null = null;
    const keepAlive = setInterval(() => {
      if (socket.readyState !== socket.OPEN) return;
      pongWait = setTimeout(() => socket.terminate(), KEEP_ALIVE_MS);
      socket.once('pong', () => {
        if (pongWait) clearTimeout(pongWait);
        pongWait = null;
      });
      socket.ping();
    }, KEEP_ALIVE_MS);

    const closed = protocol.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            // a failed send means the client is gone; the close handler cleans up
            socket.send(data, () => resolve());
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (callback) => {
          handle = callback;
        },
      },
      extra,
    );

    socket.once('close', (code, reason) => {
      options.metrics.webSocketClosed();
      clearInterval(keepAlive);
      if (pongWait) clearTimeout(pongWait);
      queue.length = 0;
      const left = (openByAddress.get(address) ?? 1) - 1;
      if (left <= 0) openByAddress.delete(address);
      else openByAddress.set(address, left);
      closed(code, reason.toString()).catch((error: unknown) =>
        options.logError('internal error closing a WebSocket', error),
      );
    });
  };

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const path = (request.url ?? '/').split('?')[0];
    if (path !== '/graphql') return refuseUpgrade(socket, 404, 'WebSocket connections are served at /graphql only');
    const address = request.socket.remoteAddress ?? 'unknown';
    if ((openByAddress.get(address) ?? 0) >= options.connectionsPerAddress) {
      options.metrics.refused('websocketConnections', 'websocket');
      return refuseUpgrade(socket, 429, `At most ${options.connectionsPerAddress} WebSocket connections per address`, {
        'retry-after': '60',
      });
    }
    if (budget && !options.budgetExempt.includes(address)) {
      const spent = budget.spend(options.clientKey(request.headers.authorization, address));
      if (spent.exceeded) {
        options.metrics.refused('rate', 'websocket');
        const retryAfter = String(Math.ceil(spent.resetInMs / 1000));
        return refuseUpgrade(socket, 429, `Too many requests: retry in ${retryAfter} s`, { 'retry-after': retryAfter });
      }
    }
    sockets.handleUpgrade(request, socket, head, (webSocket) => serve(webSocket, request, address));
  };
  app.server.on('upgrade', onUpgrade);

  // before the HTTP server stops accepting: tell subscribers "going away" so they can reconnect elsewhere
  app.addHook('preClose', async () => {
    app.server.off('upgrade', onUpgrade);
    for (const client of sockets.clients) client.close(1001, 'Going away');
    await new Promise<void>((resolve) => sockets.close(() => resolve()));
  });
}
