/**
 * What claimgraph records of one GraphQL request (an HTTP request to /graphql, or one WebSocket subscribe): the
 * facts the request log line and the metrics are made of. Never the query text, its variables, or any header but
 * the request id: those can hold personal data and credentials.
 */
import type { GraphQLFormattedError } from 'graphql';
import { PERSISTED_QUERY_HASH_MISMATCH, PERSISTED_QUERY_VERSION_UNSUPPORTED } from './persistedQueryErrors.js';

export type Transport = 'http' | 'websocket';
export type OperationType = 'query' | 'mutation' | 'subscription';

export interface GraphQLRequestRecord {
  transport: Transport;
  requestId: string;
  /** the operation's name once the document resolved to one (a valid GraphQL name, at most 100 characters) */
  operationName: string | null;
  /** null when no operation was resolved: refused before (rate limit, parse or validation failure) */
  operationType: OperationType | null;
  /** the code of each error the client got, in order */
  errorCodes: string[];
  /** the limit that refused the request, if one did (see `refusalOf`) */
  refusedBy: string | null;
  durationMs: number;
  /** store round-trips made for the request */
  storeCalls: number;
  clientAddress: string;
  /** the HTTP status; null for a WebSocket subscribe */
  statusCode: number | null;
  /** the automatic persisted query's hash, when the request used one */
  persistedQueryHash: string | null;
}

/** What the GraphQL layer learns of a request while it runs; the transport adds the rest when it answers. */
export interface RequestObservation {
  requestId: string;
  operationName: string | null;
  operationType: OperationType | null;
  errors: readonly GraphQLFormattedError[];
  /** set when the transport refused the request before GraphQL saw it (rate limit, body size, ...) */
  refusedBy: string | null;
  storeCalls: () => number;
  persistedQueryHash: string | null;
}

export function newObservation(requestId: string): RequestObservation {
  return {
    requestId,
    operationName: null,
    operationType: null,
    errors: [],
    refusedBy: null,
    storeCalls: () => 0,
    persistedQueryHash: null,
  };
}

const MAX_LOGGED_OPERATION_NAME = 100;

/** An operation name as logged and labelled: null for an anonymous operation, cut to a bounded length. */
export function operationNameOf(name: string | null | undefined): string | null {
  return name ? name.slice(0, MAX_LOGGED_OPERATION_NAME) : null;
}

/** A persisted-query hash worth logging: 64 hex digits, as APQ defines it (anything else is the client's noise). */
export function persistedQueryHashOf(extensions: Record<string, unknown> | undefined): string | null {
  const persisted = extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
  const hash = persisted?.sha256Hash;
  return typeof hash === 'string' && /^[0-9a-f]{64}$/i.test(hash) ? hash.toLowerCase() : null;
}

/** An error's code as the client saw it; one without a code counts as INTERNAL_SERVER_ERROR, as Apollo reports it. */
export function codeOf(error: GraphQLFormattedError): string {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/**
 * The limit that refused a request, read from the errors it was answered with: the query limits (their
 * `extensions.limit`: depth, cost, aliases, directives, operations, mutationFields, fieldMerging,
 * validationErrors), the parser's token limit, the input caps, the persisted-query checks, introspection, the
 * rate budget and the operation deadline. Null when no limit refused it. The values are a fixed set: they label
 * a metric.
 */
export function refusalOf(errors: readonly GraphQLFormattedError[]): string | null {
  for (const error of errors) {
    const extensions = error.extensions ?? {};
    const limit = extensions.limit;
    if (typeof limit === 'string' && /^[A-Za-z]{1,32}$/.test(limit)) return limit;
    switch (extensions.code) {
      case 'GRAPHQL_PARSE_FAILED':
        if (/Document contains more th(?:an|at) \d+ tokens/.test(error.message)) return 'tokens';
        break;
      case 'BAD_USER_INPUT':
        if (typeof extensions.cap === 'string') return 'inputCaps';
        break;
      case PERSISTED_QUERY_HASH_MISMATCH:
      case PERSISTED_QUERY_VERSION_UNSUPPORTED:
        return 'persistedQuery';
      case 'RATE_LIMITED':
        return 'rate';
      case 'OPERATION_TIMEOUT':
        return 'operationTimeout';
    }
    if (extensions.validationErrorCode === 'INTROSPECTION_DISABLED') return 'introspection';
  }
  return null;
}
