/**
 * Every GraphQL request has an id: the one a proxy or client sent in `x-request-id` when it is a short, safe token
 * (so one id follows a request across services), else a fresh UUID. It is echoed in the `x-request-id` response
 * header, written on the request's log line, and carried by an internal error's `extensions.requestId`, so support
 * can go from what a client saw to the log.
 *
 * Apollo's formatError, which masks internal errors, is called with the error only, so each error is noted with
 * the request it was raised in (by the Apollo plugin below and by the WebSocket server) before it is formatted.
 * Not async-local storage: on Node 20 any live AsyncLocalStorage installs promise hooks that run on every promise
 * of every request, and they cost ~20% of the CPU of a 2-hop neighbourhood query (BENCHMARKS.md).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';

export const REQUEST_ID_HEADER = 'x-request-id';

/** What an incoming id may be: letters, digits and `._:-`, at most 64 of them; anything else is not written to logs. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The incoming id when it is safe to log and echo, else a fresh UUID. */
export function requestIdFor(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** A request as the code running on its behalf sees it. */
export interface RequestScope {
  requestId: string;
  /** the request's logger: each line it writes carries the request's id (`reqId`) */
  log: FastifyBaseLogger;
}

/** Weak: an error is forgotten with its response. */
const requestOfErrors = new WeakMap<object, RequestScope>();

/** Notes that `errors` were raised in the request `scope`, for whatever formats or logs them later. */
export function noteErrorsOf(scope: RequestScope, errors: readonly unknown[]): void {
  for (const error of errors) if (typeof error === 'object' && error !== null) requestOfErrors.set(error, scope);
}

/** The request an error was raised in, or undefined when it was raised outside one (or never noted). */
export function requestOfError(error: unknown): RequestScope | undefined {
  return typeof error === 'object' && error !== null ? requestOfErrors.get(error) : undefined;
}

/**
 * Notes every error of an operation with its request, before Apollo formats them: Apollo hands the same error
 * objects to `didEncounterErrors` and then to formatError. Requests without a scope (in-process operations) pass.
 */
export function requestScopePlugin<Context extends { requestScope?: RequestScope }>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const scope = contextValue.requestScope;
      if (!scope) return;
      return {
        async didEncounterErrors({ errors }) {
          noteErrorsOf(scope, errors);
        },
      };
    },
  };
}
