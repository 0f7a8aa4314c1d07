/**
 * Every GraphQL request has an id: the one a proxy or client sent in `x-request-id` when it is a short, safe token
 * (so one id follows a request across services), else a fresh UUID. It is echoed in the `x-request-id` response
 * header, written on the request's log line, and carried by an internal error's `extensions.requestId`, so support
 * can go from what a client saw to the log.
 *
 * The id of the request being handled is kept in async-local storage for the code that has no request at hand
 * (Apollo's formatError, which masks internal errors, is called with the error only).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
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

const scopes = new AsyncLocalStorage<RequestScope>();

/** Runs `work` (and everything it awaits or schedules) as part of the request `scope`. */
export function withinRequest<T>(scope: RequestScope, work: () => T): T {
  return scopes.run(scope, work);
}

/** The request being handled, or undefined outside one. */
export function currentRequest(): RequestScope | undefined {
  return scopes.getStore();
}
