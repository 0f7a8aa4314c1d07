/**
 * GET /metrics: the server's Prometheus metrics (serverMetrics.ts) in the text exposition format. Served only when
 * CLAIMGRAPH_METRICS=1 (otherwise the route does not exist: 404); with CLAIMGRAPH_METRICS_TOKEN set, only to
 * `Authorization: Bearer <token>` (401 otherwise). A scrape spends no client's request budget and is not a GraphQL
 * request: it is neither logged nor counted.
 */
import type { FastifyInstance } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { ServerMetrics } from './serverMetrics.js';

export const METRICS_PATH = '/metrics';

/** Compared as digests: equal lengths for timingSafeEqual, and no timing clue to the token's length. */
function sameToken(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function registerMetricsRoute(app: FastifyInstance, metrics: ServerMetrics, token: string | null): void {
  app.get(METRICS_PATH, { config: { rateLimit: false } }, async (request, reply) => {
    if (token !== null) {
      const given = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
      if (given === undefined || !sameToken(given, token)) {
        return reply
          .code(401)
          .header('www-authenticate', 'Bearer realm="metrics"')
          .send({ error: 'The metrics need a bearer token (CLAIMGRAPH_METRICS_TOKEN)' });
      }
    }
    const text = await metrics.registry.metrics();
    return reply.type(metrics.registry.contentType).send(text);
  });
}
