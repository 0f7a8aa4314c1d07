/**
 * Shared by the hardening tests: what "rejected before execution" means, latency notes (measured and printed,
 * never asserted: speed is proven by the benchmarks), temporary folders, and a raw HTTP/1.1 client for requests
 * that must stay half-sent. The real command line as a child process is tests/support/cliServer.ts.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { GraphQLResult } from '../support/testServer.js';

export type Json = any;

/** The codes a refusal before execution may carry. */
export const PRE_EXEC_CODES = ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'QUERY_TOO_COMPLEX'] as const;

/**
 * "Rejected pre-exec": HTTP 400, every error with one of `codes`, no `data` key at all, and no store call made
 * (`extensions.storeCalls` absent or 0). Returns the errors.
 */
export function expectRejectedBeforeExecution(
  result: GraphQLResult<Json>,
  codes: readonly string[] = PRE_EXEC_CODES,
): NonNullable<GraphQLResult<Json>['body']['errors']> {
  expect(result.status, result.text.slice(0, 500)).toBe(400);
  expect(result.body).not.toHaveProperty('data');
  const errors = result.body.errors ?? [];
  expect(errors.length, result.text.slice(0, 500)).toBeGreaterThan(0);
  for (const error of errors) expect(codes, error.message).toContain(error.extensions?.code);
  expect(result.body.extensions?.storeCalls ?? 0).toBe(0);
  expectNoInternals(result.text);
  return errors;
}

/** What no response may contain: stack traces, exception objects, SQL, file paths. */
export function expectNoInternals(text: string): void {
  expect(text).not.toMatch(/stacktrace|"exception"|\bat .+\.(ts|js):\d+/);
  expect(text).not.toMatch(/SQLITE_|SqliteError|sqlite3|node_modules|\/work\/|\/tmp\/|\.db\b/i);
  expect(text).not.toMatch(/\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b/);
}

/**
 * The limit error of `limit` among `errors` (QUERY_TOO_COMPLEX with `extensions.limit`), as its message and its
 * extensions (`max`, `found`) in one object.
 */
export function limitErrorOf(errors: { message: string; extensions?: Record<string, unknown> }[], limit: string): Json {
  const error = errors.find((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX' && e.extensions?.limit === limit);
  expect(
    error,
    `a QUERY_TOO_COMPLEX error for the ${limit} limit in ${JSON.stringify(errors).slice(0, 500)}`,
  ).toBeDefined();
  return { message: error!.message, ...error!.extensions };
}

/** Runs `send` `times` times one after the other; prints p50/p95/max under `label`; returns the last result. */
export async function measure<T>(label: string, times: number, send: () => Promise<T>): Promise<T> {
  const durations: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    last = await send();
    durations.push(performance.now() - started);
  }
  logLatency(label, durations);
  return last as T;
}

export function logLatency(label: string, durations: number[]): void {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  console.log(
    `[latency] ${label}: n=${sorted.length} p50=${at(0.5).toFixed(1)} ms p95=${at(0.95).toFixed(1)} ms max=${sorted.at(-1)!.toFixed(1)} ms`,
  );
}

/** A temporary folder, removed by `removeFolders`. */
const folders: string[] = [];
export function temporaryFolder(prefix = 'claimgraph-security-'): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}
export function removeFolders(): void {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** The response of a raw HTTP request: status, headers (lower-case names) and body. */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * An HTTP/1.1 POST sent by hand over its own connection, so that it can stay in flight: the headers go out with
 * `expect: 100-continue`, and once the server has answered "100 Continue" (it has read the headers and routed the
 * request) the first `sentBytes` of the body follow; the rest goes when `finish()` is called. The server closes the
 * connection after its response (`connection: close`).
 */
export interface HalfSentRequest {
  /** sends the rest of the body; resolves with the final response */
  finish(): Promise<RawResponse>;
  /** the final response, once the server has answered (even before finish(), if it answers early) */
  response: Promise<RawResponse>;
  socket: Socket;
}

export async function halfSentPost(
  url: string,
  body: string,
  headers: Record<string, string> = {},
  sentBytes = Math.floor(Buffer.byteLength(body) / 2),
): Promise<HalfSentRequest> {
  const { hostname, port, pathname } = new URL(url);
  const bytes = Buffer.from(body, 'utf8');
  const socket = connect({ host: hostname, port: Number(port) });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const chunks: Buffer[] = [];
  let continued: () => void = () => {};
  const continuing = new Promise<void>((resolve) => (continued = resolve));
  socket.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    if (/^HTTP\/1\.1 100 /.test(Buffer.concat(chunks).toString('latin1'))) continued();
  });
  const response = new Promise<RawResponse>((resolve, reject) => {
    socket.once('error', reject);
    socket.once('close', () => {
      try {
        resolve(
          parseRawResponse(
            Buffer.concat(chunks)
              .toString('utf8')
              .replace(/^HTTP\/1\.1 100 [^\r]*\r\n\r\n/, ''),
          ),
        );
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
  response.catch(() => {}); // observed by the caller through finish() or response
  const head = [
    `POST ${pathname} HTTP/1.1`,
    `host: ${hostname}:${port}`,
    'content-type: application/json',
    `content-length: ${bytes.length}`,
    'connection: close',
    'expect: 100-continue',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    '',
    '',
  ].join('\r\n');
  socket.write(head);
  const early = await Promise.race([
    continuing.then(() => false),
    response.then(
      () => true,
      () => true,
    ),
  ]);
  if (early)
    throw new Error(`the server answered before 100 Continue: ${Buffer.concat(chunks).toString('utf8').slice(0, 300)}`);
  socket.write(bytes.subarray(0, sentBytes));
  return {
    socket,
    response,
    finish: () => {
      socket.write(bytes.subarray(sentBytes));
      return response;
    },
  };
}

function parseRawResponse(raw: string): RawResponse {
  const split = raw.indexOf('\r\n\r\n');
  if (split < 0) throw new Error(`no HTTP response (got ${JSON.stringify(raw.slice(0, 200))})`);
  const [statusLine, ...headerLines] = raw.slice(0, split).split('\r\n');
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine ?? '')?.[1]);
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = raw.slice(split + 4);
  if (headers['transfer-encoding'] === 'chunked') {
    let out = '';
    let rest = body;
    for (;;) {
      const end = rest.indexOf('\r\n');
      const size = parseInt(rest.slice(0, end), 16);
      if (!size) break;
      out += rest.slice(end + 2, end + 2 + size);
      rest = rest.slice(end + 2 + size + 2);
    }
    body = out;
  }
  return { status, headers, body };
}

/** Resolves true when a TCP connection to the url's port is refused, false when it is accepted (then closed). */
export function connectionRefused(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs `work` while recording the SQL of every better-sqlite3 statement executed in this process (prepared
 * statements included, whether cached or not): a spy on the Statement class, restored afterwards.
 */
export async function captureSql<T>(work: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  const probe = new Database(':memory:');
  const statementPrototype = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<string, unknown>;
  probe.close();
  const sql: string[] = [];
  const originals = new Map<string, unknown>();
  for (const method of ['all', 'get', 'run', 'iterate']) {
    const original = statementPrototype[method] as (...args: unknown[]) => unknown;
    originals.set(method, original);
    statementPrototype[method] = function (this: { source: string }, ...args: unknown[]) {
      sql.push(this.source);
      return original.apply(this, args);
    };
  }
  try {
    return { result: await work(), sql };
  } finally {
    for (const [method, original] of originals) statementPrototype[method] = original;
  }
}
