/**
 * Answers to requests refused before GraphQL could read them: a body over the size limit, a body that is not
 * JSON, an unsupported content type, a request too slow to arrive. On /graphql the answer is a GraphQL response,
 * `{"errors":[{"message":...,"extensions":{"code":...}}]}`, so a GraphQL client finds the refusal where it finds
 * every other error (as rateLimitedResponse.ts does for the request budget); on other routes, `{"error":...}`.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { acceptsLegacyJsonOnly } from './graphqlOverHttp.js';

/** What a refused request is told: the problem in words, and a code with whatever figures go with it. */
export interface Refusal {
  message: string;
  extensions: { code: string } & Record<string, unknown>;
}

/**
 * The refusal of a 4xx error Fastify raised while reading the request: `bodyLimit` is the configured limit,
 * `contentType` the request's.
 */
export function transportRefusalOf(
  error: Error & { statusCode?: number },
  bodyLimit: number,
  contentType: string | undefined,
): Refusal {
  switch (error.statusCode) {
    case 413:
      return {
        message: `The request body is larger than this server accepts: at most ${bodyLimit} bytes (CLAIMGRAPH_BODY_LIMIT)`,
        extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: bodyLimit },
      };
    case 415:
      // Fastify says only "Unsupported Media Type"
      return {
        message: `The request's content type (${contentType?.slice(0, 100) ?? 'none'}) is not one this server reads: send application/json`,
        extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' },
      };
    case 408:
      return { message: error.message, extensions: { code: 'REQUEST_TIMEOUT' } };
    default:
      // Apollo's own code for a request it cannot read (a body that is not JSON, say)
      return { message: error.message, extensions: { code: 'BAD_REQUEST' } };
  }
}

/** Sends `refusal` with `status`: a GraphQL response on /graphql, `{"error":...}` elsewhere. */
export function sendRefusal(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  refusal: Refusal,
): FastifyReply {
  reply.code(status);
  if (request.url.split('?')[0] !== '/graphql') return reply.send({ error: refusal.message });
  const type = acceptsLegacyJsonOnly(request.headers.accept) ? 'application/json' : 'application/graphql-response+json';
  return reply.type(`${type}; charset=utf-8`).send(JSON.stringify({ errors: [refusal] }));
}
