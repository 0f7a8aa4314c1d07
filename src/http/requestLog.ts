/**
 * The request log: one JSON line per GraphQL request (an HTTP request to /graphql or a WebSocket subscribe), at
 * level info, written by pino through Fastify's logger. Its fields are the request record's (requestRecord.ts):
 * no query text, variables, tokens or headers.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { GraphQLRequestRecord } from './requestRecord.js';

export const REQUEST_LOG_MESSAGE = 'graphql request';

/** Writes the line of one request; `log` is the request's child logger, which adds its id as `reqId`. */
export function logRequest(log: FastifyBaseLogger, record: GraphQLRequestRecord): void {
  log.info(
    {
      transport: record.transport,
      operationName: record.operationName,
      operationType: record.operationType,
      outcome: record.errorCodes.length === 0 ? 'ok' : 'error',
      errorCodes: record.errorCodes,
      ...(record.refusedBy ? { refusedBy: record.refusedBy } : {}),
      durationMs: Math.round(record.durationMs * 10) / 10,
      storeCalls: record.storeCalls,
      clientAddress: record.clientAddress,
      ...(record.statusCode === null ? {} : { statusCode: record.statusCode }),
      ...(record.persistedQueryHash ? { persistedQueryHash: record.persistedQueryHash } : {}),
    },
    REQUEST_LOG_MESSAGE,
  );
}
