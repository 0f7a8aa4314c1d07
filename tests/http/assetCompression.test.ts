/**
 * The dashboard's files sent compressed, over real HTTP: a build folder precompressed as `npm run build:dashboard`
 * does it (dashboard/scripts/precompress.ts), served by the dashboard routes on a listening Fastify, and read with
 * node:http so that the bytes on the wire are seen as they are (fetch would decompress them).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressFolder } from '../../dashboard/scripts/precompress.js';
import { registerDashboardRoutes } from '../../src/http/dashboardRoutes.js';

const SCRIPT = 'dashboard-AbC123_x.js';
/** a script with only a gzip copy, as if its .br had been lost */
const GZIP_ONLY = 'people-Gz0nly_1.js';
/** a script of an older build, made before precompression: no copies at all */
const OLD_BUILD = 'claims-0ld8uild.js';
const TINY = 'tiny-Ab12.js';
const NOISE = 'noise-Xy34.js';

/** A script that compresses like real code: repetitive, and far above the 1 KB floor. */
const SCRIPT_TEXT = Array.from(
  { length: 400 },
  (_, index) => `export function view${index}(main) { main.append('claim ${index}'); }\n`,
).join('');
const PAGE_TEXT = `<!doctype html><title>dashboard</title>${'<p>claimgraph fact-check dashboard</p>'.repeat(100)}`;

let folder: string;
let dist: string;
let app: FastifyInstance;
let port: number;

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** the body as sent, still encoded */
  body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, path, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

function decoded(response: RawResponse): Buffer {
  const coding = response.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(response.body);
  if (coding === 'gzip') return gunzipSync(response.body);
  expect(coding).toBeUndefined();
  return response.body;
}

const asset = (name: string) => join(dist, 'assets', name);

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'claimgraph-compression-'));
  dist = join(folder, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), PAGE_TEXT);
  writeFileSync(join(dist, 'graphiql.html'), PAGE_TEXT.replace('dashboard', 'explorer'));
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(asset(SCRIPT), SCRIPT_TEXT);
  writeFileSync(asset(GZIP_ONLY), SCRIPT_TEXT.replaceAll('claim', 'person'));
  writeFileSync(asset(TINY), 'export {};');
  // random bytes do not compress: neither coding is worth a copy
  writeFileSync(asset(NOISE), randomBytes(4096));
  await precompressFolder(dist);
  rmSync(asset(`${GZIP_ONLY}.br`));
  writeFileSync(asset(OLD_BUILD), SCRIPT_TEXT.replaceAll('claim', 'statement'));

  app = Fastify({ logger: false });
  registerDashboardRoutes(app, { distDir: dist });
  await app.listen({ host: '127.0.0.1', port: 0 });
  port = (app.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await app?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('precompressing a build', () => {
  it('writes a brotli and a gzip copy of each compressible file, each smaller than the file', () => {
    for (const name of [asset(SCRIPT), join(dist, 'index.html'), join(dist, 'graphiql.html')]) {
      const original = readFileSync(name);
      const br = readFileSync(`${name}.br`);
      const gz = readFileSync(`${name}.gz`);
      expect(br.length).toBeLessThan(original.length);
      expect(gz.length).toBeLessThan(original.length);
      expect(brotliDecompressSync(br).equals(original)).toBe(true);
      expect(gunzipSync(gz).equals(original)).toBe(true);
    }
  });

  it('leaves out files under 1 KB and files compression does not shrink', () => {
    for (const name of [asset(TINY), asset(NOISE), join(dist, 'favicon.svg')]) {
      expect(existsSync(`${name}.br`), name).toBe(false);
      expect(existsSync(`${name}.gz`), name).toBe(false);
    }
  });
});

describe('sending a hashed asset by Accept-Encoding', () => {
  it('sends brotli to a browser that accepts it, with the type, length, Vary and year-long caching', async () => {
    const response = await get(`/assets/${SCRIPT}`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(response.headers['content-length'])).toBe(statSync(asset(`${SCRIPT}.br`)).size);
    expect(response.body.length).toBe(Number(response.headers['content-length']));
    expect(decoded(response).toString()).toBe(SCRIPT_TEXT);
  });

  it('sends gzip to a client that accepts gzip only, or refuses brotli with q=0', async () => {
    for (const accept of ['gzip', 'br;q=0, gzip', 'x-gzip', 'GZIP;Q=0.5, identity;q=0.2']) {
      const response = await get(`/assets/${SCRIPT}`, { 'accept-encoding': accept });
      expect(response.headers['content-encoding'], accept).toBe('gzip');
      expect(Number(response.headers['content-length']), accept).toBe(statSync(asset(`${SCRIPT}.gz`)).size);
      expect(decoded(response).toString(), accept).toBe(SCRIPT_TEXT);
    }
  });

  it('follows the quality values: a coding the client rates higher wins over the smaller one', async () => {
    const gzipFirst = await get(`/assets/${SCRIPT}`, { 'accept-encoding': 'br;q=0.5, gzip;q=0.9' });
    expect(gzipFirst.headers['content-encoding']).toBe('gzip');
    const identityFirst = await get(`/assets/${SCRIPT}`, { 'accept-encoding': 'br;q=0.1, identity' });
    expect(identityFirst.headers['content-encoding']).toBeUndefined();
    const anyCoding = await get(`/assets/${SCRIPT}`, { 'accept-encoding': '*' });
    expect(anyCoding.headers['content-encoding']).toBe('br');
    const anyButBrotli = await get(`/assets/${SCRIPT}`, { 'accept-encoding': 'br;q=0, *' });
    expect(anyButBrotli.headers['content-encoding']).toBe('gzip');
  });

  it('sends the file itself when Accept-Encoding is absent, names no coding it has, or refuses them all', async () => {
    for (const headers of [
      {} as Record<string, string>,
      { 'accept-encoding': '' },
      { 'accept-encoding': 'identity' },
      { 'accept-encoding': 'deflate, zstd' },
      { 'accept-encoding': 'br;q=0, gzip;q=0' },
      { 'accept-encoding': 'br;q=2, gzip;q=high' }, // malformed quality values count as not listed
    ]) {
      const response = await get(`/assets/${SCRIPT}`, headers);
      const label = JSON.stringify(headers);
      expect(response.status, label).toBe(200);
      expect(response.headers['content-encoding'], label).toBeUndefined();
      expect(response.headers.vary, label).toBe('Accept-Encoding');
      expect(Number(response.headers['content-length']), label).toBe(Buffer.byteLength(SCRIPT_TEXT));
      expect(response.body.toString(), label).toBe(SCRIPT_TEXT);
    }
  });

  it('answers 406 when the client refuses every coding the file has, identity included', async () => {
    for (const accept of ['identity;q=0', '*;q=0', 'br;q=0, gzip;q=0, identity;q=0']) {
      const response = await get(`/assets/${SCRIPT}`, { 'accept-encoding': accept });
      expect(response.status, accept).toBe(406);
      expect(response.headers['content-encoding'], accept).toBeUndefined();
      expect(response.body.toString(), accept).toContain('Not acceptable');
    }
    // what the client does accept still wins over its refusal of the rest
    const brotliOnly = await get(`/assets/${SCRIPT}`, { 'accept-encoding': 'br, *;q=0' });
    expect(brotliOnly.status).toBe(200);
    expect(brotliOnly.headers['content-encoding']).toBe('br');
  });

  it('sends the file itself for a file too small or too random to compress, even to a browser', async () => {
    for (const name of [TINY, NOISE]) {
      const response = await get(`/assets/${name}`, { 'accept-encoding': 'br, gzip' });
      expect(response.status, name).toBe(200);
      expect(response.headers['content-encoding'], name).toBeUndefined();
      expect(decoded(response).equals(readFileSync(asset(name))), name).toBe(true);
    }
  });

  it('falls back to gzip when the brotli copy is missing, and to the file itself for a build without copies', async () => {
    const gzipOnly = await get(`/assets/${GZIP_ONLY}`, { 'accept-encoding': 'br, gzip' });
    expect(gzipOnly.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzipOnly).toString()).toBe(SCRIPT_TEXT.replaceAll('claim', 'person'));
    const brotliOnly = await get(`/assets/${GZIP_ONLY}`, { 'accept-encoding': 'br' });
    expect(brotliOnly.headers['content-encoding']).toBeUndefined();
    expect(brotliOnly.body.toString()).toBe(SCRIPT_TEXT.replaceAll('claim', 'person'));
    const oldBuild = await get(`/assets/${OLD_BUILD}`, { 'accept-encoding': 'br, gzip' });
    expect(oldBuild.status).toBe(200);
    expect(oldBuild.headers['content-encoding']).toBeUndefined();
    expect(oldBuild.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(oldBuild.body.toString()).toBe(SCRIPT_TEXT.replaceAll('claim', 'statement'));
  });

  it('answers HEAD with the headers of the GET it stands for and no body', async () => {
    for (const [accept, coding, size] of [
      ['br', 'br', statSync(asset(`${SCRIPT}.br`)).size],
      ['gzip', 'gzip', statSync(asset(`${SCRIPT}.gz`)).size],
      ['identity', undefined, Buffer.byteLength(SCRIPT_TEXT)],
    ] as const) {
      const head = await get(`/assets/${SCRIPT}`, { 'accept-encoding': accept }, 'HEAD');
      const full = await get(`/assets/${SCRIPT}`, { 'accept-encoding': accept });
      expect(head.status, accept).toBe(200);
      expect(head.body.length, accept).toBe(0);
      expect(head.headers['content-encoding'], accept).toBe(coding);
      expect(Number(head.headers['content-length']), accept).toBe(size);
      for (const name of ['content-type', 'etag', 'vary', 'cache-control'])
        expect(head.headers[name], `${accept} ${name}`).toBe(full.headers[name]);
    }
  });

  it('gives each coding its own ETag and answers 304 only for the representation the client holds', async () => {
    const br = await get(`/assets/${SCRIPT}`, { 'accept-encoding': 'br' });
    const gzip = await get(`/assets/${SCRIPT}`, { 'accept-encoding': 'gzip' });
    const identity = await get(`/assets/${SCRIPT}`);
    const tags = [br, gzip, identity].map((response) => String(response.headers.etag));
    expect(new Set(tags).size).toBe(3);
    for (const tag of tags) expect(tag).toMatch(/^"[^"]+"$/);

    const notModified = await get(`/assets/${SCRIPT}`, { 'accept-encoding': 'br', 'if-none-match': tags[0] });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect(notModified.headers.etag).toBe(tags[0]);
    expect(notModified.headers.vary).toBe('Accept-Encoding');
    expect(notModified.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(notModified.headers['content-encoding']).toBeUndefined();

    // a weak comparison, and any tag of a list
    const weak = await get(`/assets/${SCRIPT}`, {
      'accept-encoding': 'gzip',
      'if-none-match': `"other", W/${tags[1]}`,
    });
    expect(weak.status).toBe(304);
    const identityAgain = await get(`/assets/${SCRIPT}`, { 'if-none-match': tags[2] });
    expect(identityAgain.status).toBe(304);

    // the brotli tag does not validate the gzip bytes: the client gets them in full
    const otherCoding = await get(`/assets/${SCRIPT}`, { 'accept-encoding': 'gzip', 'if-none-match': tags[0] });
    expect(otherCoding.status).toBe(200);
    expect(otherCoding.headers['content-encoding']).toBe('gzip');
    expect(decoded(otherCoding).toString()).toBe(SCRIPT_TEXT);

    const stale = await get(`/assets/${SCRIPT}`, { 'accept-encoding': 'br', 'if-none-match': '"not-this-build"' });
    expect(stale.status).toBe(200);
    expect(decoded(stale).toString()).toBe(SCRIPT_TEXT);
  });

  it('answers 404 for a missing asset whatever the client accepts', async () => {
    const response = await get('/assets/missing-123.js', { 'accept-encoding': 'br, gzip' });
    expect(response.status).toBe(404);
    expect(response.headers['content-encoding']).toBeUndefined();
  });
});

describe('sending the pages by Accept-Encoding', () => {
  it('sends / and /graphiql compressed, kept revalidated, and answers 304 to a revalidation', async () => {
    for (const [path, file] of [
      ['/', 'index.html'],
      ['/graphiql', 'graphiql.html'],
    ] as const) {
      const response = await get(path, { 'accept-encoding': 'gzip, br' });
      expect(response.status, path).toBe(200);
      expect(response.headers['content-encoding'], path).toBe('br');
      expect(response.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(response.headers['cache-control'], path).toBe('no-cache');
      expect(response.headers.vary, path).toBe('Accept-Encoding');
      expect(response.headers['content-security-policy'], path).toContain("default-src 'self'");
      expect(decoded(response).equals(readFileSync(join(dist, file))), path).toBe(true);

      const revalidated = await get(path, {
        'accept-encoding': 'gzip, br',
        'if-none-match': String(response.headers.etag),
      });
      expect(revalidated.status, path).toBe(304);
      expect(revalidated.body.length, path).toBe(0);
      const plain = await get(path, { 'if-none-match': String(response.headers.etag) });
      expect(plain.status, path).toBe(200);
      expect(plain.body.equals(readFileSync(join(dist, file))), path).toBe(true);
    }
  });
});
