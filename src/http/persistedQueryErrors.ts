/**
 * Automatic persisted queries (APQ): Apollo answers a hash that does not match its query ("provided sha does not
 * match query") and a protocol version other than 1 ("Unsupported persisted query version") with HTTP 400 but
 * without an error code, so they would be reported as INTERNAL_SERVER_ERROR and logged with a stack. Both are the
 * client's mistake: this plugin gives them a code of their own, decided from the request (not from Apollo's
 * wording), before the errors are formatted.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { createHash } from 'node:crypto';

export const PERSISTED_QUERY_HASH_MISMATCH = 'PERSISTED_QUERY_HASH_MISMATCH';
export const PERSISTED_QUERY_VERSION_UNSUPPORTED = 'PERSISTED_QUERY_VERSION_UNSUPPORTED';

interface PersistedQueryExtension {
  version?: unknown;
  sha256Hash?: unknown;
}

/** The code of an APQ refusal of this request, or null when its persisted-query extension is acceptable. */
export function persistedQueryRefusalCode(
  persistedQuery: PersistedQueryExtension,
  query: string | undefined,
): string | null {
  if (persistedQuery.version !== 1) return PERSISTED_QUERY_VERSION_UNSUPPORTED;
  if (query !== undefined && createHash('sha256').update(query).digest('hex') !== persistedQuery.sha256Hash) {
    return PERSISTED_QUERY_HASH_MISMATCH;
  }
  return null;
}

export function persistedQueryErrorsPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ request, errors, document }) {
          const persistedQuery = request.extensions?.persistedQuery as PersistedQueryExtension | undefined;
          // APQ refusals come before parsing: a request with a document got past them
          if (!persistedQuery || document) return;
          const code = persistedQueryRefusalCode(persistedQuery, request.query);
          if (!code) return;
          for (const error of errors) {
            if (error.extensions.code === undefined) error.extensions.code = code;
          }
        },
      };
    },
  };
}
