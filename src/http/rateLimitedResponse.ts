/**
 * The answer to an HTTP request over the client's request budget (clientBudget.ts): status 429 with a Retry-After
 * header and, on /graphql, a GraphQL response, so a GraphQL client reads the refusal where it reads every other
 * error: `{"errors":[{"message":"Too many requests: ... retry after N s","extensions":{"code":"RATE_LIMITED",
 * "retryAfterSeconds":N}}]}`, as application/graphql-response+json or, for a client that accepts only the legacy
 * type, application/json (GraphQL-over-HTTP). Subscribes over WebSocket are refused with the same code.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendRefusal } from './transportRefusal.js';

/** What @fastify/rate-limit's errorResponseBuilder throws; the server's error handler answers it. */
export class RateLimitedError extends Error {
  override name = 'RateLimitedError';
  readonly statusCode = 429;

  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests: the request budget of this client is spent; retry after ${retryAfterSeconds} s`);
  }
}

/** For @fastify/rate-limit's `errorResponseBuilder`: `ttl` is the time left in the client's window, in ms. */
export function rateLimitedError(_request: FastifyRequest, context: { ttl: number }): RateLimitedError {
  return new RateLimitedError(Math.max(1, Math.ceil(context.ttl / 1000)));
}

export function sendRateLimited(request: FastifyRequest, reply: FastifyReply, error: RateLimitedError): FastifyReply {
  reply.header('retry-after', String(error.retryAfterSeconds));
  return sendRefusal(request, reply, 429, {
    message: error.message,
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds: error.retryAfterSeconds },
  });
}
