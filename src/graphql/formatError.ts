/**
 * What clients see of an error. Deliberate errors (validation, bad input, not found) pass through; anything else
 * (a bug, a database failure) becomes a generic INTERNAL_SERVER_ERROR with a request id, and the full error goes to
 * the log under that id, so no SQL, stack or file path reaches a client. Outside development mode no message
 * suggests names ("Did you mean ...?"): validation, variable coercion or any other, over HTTP and WebSocket alike
 * (both format errors here), so the schema cannot be recovered by guessing with introspection off.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { FIELD_MERGE_COMPARISONS, MAX_VALIDATION_ERRORS } from '../config/queryLimits.js';
import { OperationTimeoutError } from '../store/errors.js';

const USER_FACING_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'NOT_FOUND',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_HASH_MISMATCH',
  'PERSISTED_QUERY_VERSION_UNSUPPORTED',
  'RATE_LIMITED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'QUERY_TOO_COMPLEX',
  'OPERATION_TIMEOUT',
  'INTROSPECTION_DISABLED',
]);

/**
 * graphql-js stops validating in two ways whose messages name no limit: its field-merging budget spent
 * ("Validation aborted.", hundreds of repeated fields) and too many errors. Both become messages saying which
 * limit was hit; the first is QUERY_TOO_COMPLEX like our own limits, the second stays a validation failure.
 */
function namingTheLimit(formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  if (formatted.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED') return null;
  if (formatted.message === 'Validation aborted.') {
    return {
      message:
        'The query repeats fields too often to check that they merge: it spent the limit of ' +
        `${FIELD_MERGE_COMPARISONS} field comparisons; ask for each field once (or alias the repeats)`,
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'fieldMerging', max: FIELD_MERGE_COMPARISONS },
    };
  }
  if (formatted.message.endsWith('error limit reached. Validation aborted.')) {
    return {
      message: `Too many validation errors: the limit is ${MAX_VALIDATION_ERRORS}, validation stopped there`,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'validationErrors', max: MAX_VALIDATION_ERRORS },
    };
  }
  return null;
}

/** graphql-js's suggestions (`Did you mean "quote"?`, `Did you mean the enum value "CRITICIZES"?`), removed. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean [^?]*\?/g, '');
}

/** Writes an internal error to the log: the message, the error behind it, and the error as Apollo handed it to
 * formatError (by which the caller can find the request it was raised in). */
export type InternalErrorLog = (message: string, error: unknown, raised: unknown) => void;

export function createFormatError(log: InternalErrorLog, dev: boolean) {
  const format = formatFor(log, dev);
  if (dev) return format;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const shown = format(formatted, error);
    return { ...shown, message: withoutSuggestions(shown.message) };
  };
}

function formatFor(log: InternalErrorLog, dev: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const limitHit = namingTheLimit(formatted);
    if (limitHit) return limitHit;
    const code = formatted.extensions?.code;
    const original = unwrapResolverError(error);
    // a limit's refusal passes validation's code through Apollo as GRAPHQL_VALIDATION_FAILED; keep its own
    if (code === 'GRAPHQL_VALIDATION_FAILED' && typeof formatted.extensions?.limit === 'string') {
      return { ...formatted, extensions: { ...formatted.extensions, code: 'QUERY_TOO_COMPLEX' } };
    }
    if (original instanceof OperationTimeoutError) {
      const { locations, path } = formatted;
      return {
        message: original.message,
        locations,
        path,
        extensions: { code: 'OPERATION_TIMEOUT', timeoutMs: original.timeoutMs },
      };
    }
    const deliberate = typeof code === 'string' && USER_FACING_CODES.has(code) && isGraphQLError(original);
    if (deliberate || dev) return formatted;
    const errorId = randomUUID();
    log(`internal error ${errorId}`, original, error);
    return {
      message: `Internal server error (error id ${errorId})`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
    };
  };
}

/**
 * graphql ships CommonJS and ESM builds; when a test runner loads the other one than Apollo does, `instanceof`
 * fails across them, so the class's name is accepted too.
 */
function isGraphQLError(error: unknown): boolean {
  return error instanceof GraphQLError || (error instanceof Error && error.name === 'GraphQLError');
}
