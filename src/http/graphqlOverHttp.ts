/**
 * Two GraphQL-over-HTTP details Apollo Server 5 leaves to us (graphql-http's auditServer checks both; see
 * tests/security/transport.test.ts).
 *
 * Status codes. The spec asks for 400 on a request error (parse, validation or variable-coercion failure: nothing
 * executed) when the response is `application/graphql-response+json`, but for 200 when the client accepts only the
 * legacy `application/json`, whose clients read errors from the body and may treat a 4xx as a transport failure.
 * Apollo answers 400 to both. `legacyStatusHook` turns those 400s into 200 when the client named
 * `application/json` and not `application/graphql-response+json` (or sent no Accept header, which the spec says to
 * read as `application/json`). Requests that are not well-formed GraphQL-over-HTTP requests (CSRF refusal, batching,
 * a missing query: BAD_REQUEST; a persisted-query hash mismatch or unknown version; malformed JSON; a body too
 * large) keep their 4xx, as the spec allows.
 *
 * Introspection. `schemaIntrospectionOff` refuses `__schema` (the whole-schema dump) with Apollo's own
 * INTROSPECTION_DISABLED code, and lets `__type(name:)` through: it answers about one type whose name the client
 * already knows, under the same depth, cost and alias limits as any query. The schema is published (schema.graphql
 * in the repository), so the switch is about bulk dumps and tooling, not secrecy; see README "Security".
 */
import { GraphQLError, type ValidationRule } from 'graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Refuses `__schema` selections; `__type` is allowed (see the top of this file). */
export const schemaIntrospectionOff: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema') {
      context.reportError(
        new GraphQLError(
          'Schema introspection (__schema) is turned off on this server; the schema is published as schema.graphql',
          {
            nodes: [node],
            extensions: { validationErrorCode: 'INTROSPECTION_DISABLED' },
          },
        ),
      );
    }
  },
});

/** Whether the request asks for the legacy `application/json` answer only. */
export function acceptsLegacyJsonOnly(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  const types = accept.split(',').map((part) => part.split(';')[0].trim().toLowerCase());
  return types.includes('application/json') && !types.includes('application/graphql-response+json');
}

/**
 * The codes of request errors: the document does not parse or validate (our query limits are validation rules), or
 * its variables or arguments are refused before anything runs (coercion, input caps).
 */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_COMPLEX',
  'BAD_USER_INPUT',
]);

/** A GraphQL response that carries request errors only: no `data` key, every error with a request-error code. */
function isRequestErrorResponse(payload: unknown): boolean {
  if (typeof payload !== 'string') return false;
  let body: unknown;
  try {
    body = JSON.parse(payload);
  } catch {
    return false;
  }
  if (typeof body !== 'object' || body === null || 'data' in body) return false;
  const errors = (body as { errors?: unknown }).errors;
  return (
    Array.isArray(errors) &&
    errors.length > 0 &&
    errors.every((error: { extensions?: { code?: unknown } }) => {
      const code = error?.extensions?.code;
      return typeof code === 'string' && REQUEST_ERROR_CODES.has(code);
    })
  );
}

/** Fastify onSend hook for /graphql: 400 -> 200 for request errors answered as legacy application/json. */
export async function legacyStatusHook(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  if (
    reply.statusCode === 400 &&
    request.url.split('?')[0] === '/graphql' &&
    acceptsLegacyJsonOnly(request.headers.accept) &&
    /^application\/json/i.test(String(reply.getHeader('content-type') ?? '')) &&
    isRequestErrorResponse(payload)
  ) {
    reply.code(200);
  }
  return payload;
}
