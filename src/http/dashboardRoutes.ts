/**
 * The fact-check dashboard, served by claimgraph itself: the page at `/`, the GraphiQL explorer at `/graphiql`,
 * and their hashed assets under `/assets/` (cached for a year: a new build has new names). Both pages are built
 * from dashboard/ into dashboard/dist (`npm run build:dashboard`; `npm start` builds it when out of date).
 *
 * Text files are sent compressed when the client accepts it: the build writes a brotli (.br) and a gzip (.gz) copy
 * beside each one that compression shrinks (dashboard/scripts/precompress.ts), and each request gets the copy its
 * Accept-Encoding prefers (contentEncoding.ts), with `Vary: Accept-Encoding` and an ETag of its own per coding, so
 * a revalidation (If-None-Match) answers 304 for exactly the bytes the client holds. A file without copies (an
 * older build, an image) is sent as it is.
 *
 * Every response here carries a strict Content-Security-Policy: only this server's own scripts, styles, fonts and
 * images, and connections only to this server (HTTP and its WebSocket for subscriptions). The explorer's policy
 * is relaxed in two places, because its editor (Monaco) needs them: inline styles (Monaco writes `<style>`
 * elements and `style` attributes as it lays out text) and data: fonts (GraphiQL's stylesheet embeds its icon
 * font). Scripts stay 'self' only on both pages: no inline script, no eval.
 */
import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PROJECT_ROOT } from '../config/config.js';
import { chooseCoding, ifNoneMatchMatches, type Coding } from './contentEncoding.js';

export const DASHBOARD_DIST = join(PROJECT_ROOT, 'dashboard', 'dist');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** A built asset's name: one path segment, no dot first (so no `..` and no hidden files). */
const ASSET_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** A Host header safe to repeat in a header value: a name or an IPv4/IPv6 address, with an optional port. */
const SAFE_HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

export type DashboardPage = 'dashboard' | 'graphiql';

/** The Content-Security-Policy of a page, for a request that arrived with `host`. */
export function contentSecurityPolicy(page: DashboardPage, host: string | undefined): string {
  // 'self' covers ws:/wss: to the same host in current browsers (CSP Level 3); the explicit sources are for the
  // others. An unexpected Host header is left out rather than written into the policy.
  const sockets = host && SAFE_HOST.test(host) ? ` ws://${host} wss://${host}` : '';
  const explorer = page === 'graphiql';
  return [
    "default-src 'self'",
    "script-src 'self'",
    explorer ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    explorer ? "font-src 'self' data:" : "font-src 'self'",
    "img-src 'self'",
    `connect-src 'self'${sockets}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function securityHeaders(reply: FastifyReply, page: DashboardPage, request: FastifyRequest): FastifyReply {
  return reply
    .header('content-security-policy', contentSecurityPolicy(page, request.headers.host))
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('x-frame-options', 'DENY')
    .header('cross-origin-opener-policy', 'same-origin');
}

async function fileStats(path: string): Promise<Stats | null> {
  try {
    const stats = await stat(path);
    return stats.isFile() ? stats : null;
  } catch {
    return null;
  }
}

/** The file name suffix of a precompressed copy, as dashboard/scripts/precompress.ts writes it. */
const COPY_SUFFIX: Record<Exclude<Coding, 'identity'>, string> = { br: '.br', gzip: '.gz' };

/**
 * Sends `file` (whose stats are `original`) in the coding the request prefers among the copies on disk, or a 304
 * when the client already holds that representation. The caller has set the response's other headers.
 */
async function sendFile(
  request: FastifyRequest,
  reply: FastifyReply,
  file: string,
  original: Stats,
  contentType: string,
): Promise<FastifyReply> {
  const copies = new Map<Coding, Stats>([['identity', original]]);
  for (const coding of ['br', 'gzip'] as const) {
    const stats = await fileStats(file + COPY_SUFFIX[coding]);
    if (stats) copies.set(coding, stats);
  }
  // what is sent depends on Accept-Encoding (even with no copy on disk today: the next build may write them)
  reply.header('vary', 'Accept-Encoding');
  const coding = chooseCoding(request.headers['accept-encoding'], [...copies.keys()]);
  if (coding === null) {
    return reply
      .code(406)
      .type('text/plain; charset=utf-8')
      .send('Not acceptable: this file is available as br, gzip or identity only\n');
  }
  // one tag per build of the file and per coding: each coding's bytes differ, so each needs its own validator
  const version = `${original.size.toString(36)}-${Math.trunc(original.mtimeMs).toString(36)}`;
  const etag = `"${coding === 'identity' ? version : `${version}-${coding}`}"`;
  reply.header('etag', etag);
  if (ifNoneMatchMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();
  if (coding !== 'identity') reply.header('content-encoding', coding);
  const path = coding === 'identity' ? file : file + COPY_SUFFIX[coding];
  return reply.header('content-length', copies.get(coding)!.size).type(contentType).send(createReadStream(path));
}

export interface DashboardRoutesOptions {
  /** the built dashboard; dashboard/dist by default */
  distDir?: string;
}

export function registerDashboardRoutes(app: FastifyInstance, options: DashboardRoutesOptions = {}): void {
  const dist = options.distDir ?? DASHBOARD_DIST;

  /** One of the two pages: never cached (it names the current build's assets). Looked up at each request, so a build made while the server runs is served at once. */
  const sendPage = async (request: FastifyRequest, reply: FastifyReply, page: DashboardPage) => {
    const file = join(dist, page === 'dashboard' ? 'index.html' : 'graphiql.html');
    securityHeaders(reply, page, request).header('cache-control', 'no-cache');
    const stats = await fileStats(file);
    if (!stats) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send(
          'The claimgraph dashboard is not built. Run `npm run build:dashboard` (or start the server with `npm start`, which builds it), then reload this page. The GraphQL API is available at /graphql.\n',
        );
    }
    return sendFile(request, reply, file, stats, CONTENT_TYPES['.html']);
  };

  app.get('/', (request, reply) => sendPage(request, reply, 'dashboard'));
  app.get('/graphiql', (request, reply) => sendPage(request, reply, 'graphiql'));

  app.get<{ Params: { name: string } }>('/assets/:name', async (request, reply) => {
    const { name } = request.params;
    const file = join(dist, 'assets', name);
    const stats = ASSET_NAME.test(name) ? await fileStats(file) : null;
    if (!stats) return reply.code(404).type('text/plain; charset=utf-8').send('Not found\n');
    securityHeaders(reply, 'dashboard', request)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('cross-origin-resource-policy', 'same-origin');
    return sendFile(request, reply, file, stats, CONTENT_TYPES[extname(name)] ?? 'application/octet-stream');
  });

  app.get('/favicon.svg', async (request, reply) => {
    const file = join(dist, 'favicon.svg');
    const stats = await fileStats(file);
    if (!stats) return reply.code(404).type('text/plain; charset=utf-8').send('Not found\n');
    securityHeaders(reply, 'dashboard', request).header('cache-control', 'public, max-age=86400');
    return sendFile(request, reply, file, stats, CONTENT_TYPES['.svg']);
  });
}
