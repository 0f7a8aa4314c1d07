/**
 * A real claimgraph server for integration tests: a fresh database (a SQLite file in a temporary folder, or a
 * PostgreSQL schema with CLAIMGRAPH_TEST_BACKEND=postgres; see testDatabase.ts), seeded from a dataset
 * (the article's fixture by default) through `startServer`, listening on 127.0.0.1 on a free port, queried over
 * HTTP with fetch. Every response carries `extensions.storeCalls` (reportStoreCalls is on). Its JSON log is at level
 * warn (a test file sends hundreds of requests, each an info line): only internal errors and warnings reach stdout,
 * unless the test collects the log itself (`logStream`, `collectLog`) or sets CLAIMGRAPH_LOG_LEVEL.
 *
 * Also here: the fixture's paths and text, and `writeDatasetVariant` for tests that need a modified copy of the
 * fixture (more data, a corrupted record) written beside a copy of its held text.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SEED_DATASET, loadConfig, PROJECT_ROOT, type Config } from '../../src/config/config.js';
import { startServer } from '../../src/app/startServer.js';
import { newTestDatabase } from './testDatabase.js';
import type { Dataset } from '../../src/domain/dataset.js';

export const FIXTURES_DIR = join(PROJECT_ROOT, 'fixtures');
export const FIXTURE_DATASET_FILE = DEFAULT_SEED_DATASET;
export const ARTICLE_TEXT_FILE_NAME = 'thesource-legend-west.txt';
export const ARTICLE_DOCUMENT_SLUG = 'thesource-legend-west';

/** The article exactly as held (the bytes the fixture's sha256 pins). */
export function readArticleText(): string {
  return readFileSync(join(FIXTURES_DIR, ARTICLE_TEXT_FILE_NAME), 'utf8');
}

/** A fresh parsed copy of the fixture, safe to modify. */
export function readFixtureDataset(): Dataset {
  return JSON.parse(readFileSync(FIXTURE_DATASET_FILE, 'utf8')) as Dataset;
}

/** One GraphQL error as the server formats it. */
export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  locations?: { line: number; column: number }[];
  extensions?: { code?: string; argumentPath?: string; [key: string]: unknown };
}

/** A GraphQL response body. `data` is left loosely typed: tests navigate it by the query they sent. */
export interface GraphQLBody<TData = any> {
  data?: TData | null;
  errors?: GraphQLErrorBody[];
  extensions?: { storeCalls?: number; [key: string]: unknown };
}

export interface GraphQLResult<TData> {
  status: number;
  /** the response's headers (`x-request-id`, ...) */
  headers: Headers;
  body: GraphQLBody<TData>;
  /** the raw response text, for checks on what a response must never contain */
  text: string;
}

export interface TestServer {
  /** the GraphQL endpoint, http://127.0.0.1:<port>/graphql */
  url: string;
  /** the database the server uses (CLAIMGRAPH_DB): a SQLite file, or a postgres:// URL */
  databaseFile: string;
  graphql<TData = any>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResult<TData>>;
  /** stops the server; removes the temporary folder unless the database file was given by the caller */
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** dataset to seed an empty database with; defaults to the article's fixture */
  seedDataset?: string | null;
  /** use this SQLite file (kept on close) instead of a fresh one in a temporary folder (removed on close) */
  databaseFile?: string;
  /** development mode (stack traces in errors); off by default, as in production */
  dev?: boolean;
  /** receives the server's start-up line ("claimgraph serving ..."); discarded by default */
  onLog?: (line: string) => void;
  /** further configuration variables (CLAIMGRAPH_TOKENS, CLAIMGRAPH_LOG_LEVEL, ...), applied over the ones above */
  env?: Record<string, string>;
  /** where the server's JSON log lines go instead of stdout (see `collectLog`) */
  logStream?: LogStream;
}

/** What startServer writes its JSON log lines to. */
export interface LogStream {
  write(line: string): void;
}

/** A log stream that keeps what the server writes, for a test to read. */
export interface CollectedLog {
  stream: LogStream;
  /** every line written so far, parsed */
  lines(): any[];
  /** the raw text written so far */
  text(): string;
}

export function collectLog(): CollectedLog {
  let written = '';
  return {
    stream: { write: (chunk) => void (written += chunk) },
    // pino writes whole lines, each ending in a newline
    lines: () =>
      written
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line)),
    text: () => written,
  };
}

export interface RequestOptions {
  /** extra HTTP headers, such as `authorization: Bearer ...` for mutations */
  headers?: Record<string, string>;
}

/** POSTs one GraphQL request to `url`. */
export async function postGraphQL<TData = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  options: RequestOptions = {},
): Promise<GraphQLResult<TData>> {
  // application/graphql-response+json: a request error (parse, validation, coercion) is a 400 in it. With the legacy
  // application/json only, the GraphQL-over-HTTP spec asks for 200 (see src/http/graphqlOverHttp.ts); tests that
  // pin that ask for it themselves.
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...options.headers },
    body: JSON.stringify(variables === undefined ? { query } : { query, variables }),
  });
  const text = await response.text();
  let body: GraphQLBody<TData>;
  try {
    body = JSON.parse(text) as GraphQLBody<TData>;
  } catch {
    throw new Error(`the server answered HTTP ${response.status} with a body that is not JSON: ${text.slice(0, 500)}`);
  }
  return { status: response.status, headers: response.headers, body, text };
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const own = options.databaseFile === undefined ? await newTestDatabase() : null;
  const databaseFile = options.databaseFile ?? own!.database;
  const seedDataset = options.seedDataset === undefined ? FIXTURE_DATASET_FILE : options.seedDataset;
  // Built by the real configuration loader from an environment of its own (never the test process's), so that
  // the test server is configured exactly as an operator's would be.
  const config: Config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    CLAIMGRAPH_DB: databaseFile,
    CLAIMGRAPH_SEED: seedDataset ?? 'none',
    CLAIMGRAPH_DEV: options.dev ? '1' : '0',
    CLAIMGRAPH_REPORT_STORE_CALLS: '1',
    // a test file sends hundreds of requests in seconds from one address; the rate limit has tests of its own
    CLAIMGRAPH_RATE_LIMIT: '0',
    // one info line per request would bury a test run's output; internal errors (level error) still show
    CLAIMGRAPH_LOG_LEVEL: 'warn',
    // similarClaims ranks by words until the claims' sentence vectors are ready, then by meaning as well: a test
    // asserting a ranking must not depend on which it gets. The semantic ranking has tests of its own.
    CLAIMGRAPH_SEMANTIC_RANKING: '0',
    ...options.env,
  });
  let running;
  try {
    running = await startServer(config, options.onLog ?? (() => {}), { logStream: options.logStream });
  } catch (error) {
    await own?.remove();
    throw error;
  }
  const server = running;
  return {
    url: server.url,
    databaseFile,
    graphql: (query, variables, requestOptions) => postGraphQL(server.url, query, variables, requestOptions),
    close: async () => {
      try {
        await server.close();
      } finally {
        await own?.remove();
      }
    },
  };
}

/** A dataset file written to a temporary folder, with the held texts it names. */
export interface DatasetVariant {
  folder: string;
  datasetFile: string;
  remove(): void;
}

/**
 * Writes `dataset` as JSON into a new temporary folder, together with a copy of the article's text and any
 * `extraTexts` (file name -> content), so that the dataset's `textFile` references resolve.
 */
export function writeDatasetVariant(dataset: unknown, extraTexts: Record<string, string> = {}): DatasetVariant {
  const folder = mkdtempSync(join(tmpdir(), 'claimgraph-dataset-'));
  copyFileSync(join(FIXTURES_DIR, ARTICLE_TEXT_FILE_NAME), join(folder, ARTICLE_TEXT_FILE_NAME));
  for (const [name, text] of Object.entries(extraTexts)) writeFileSync(join(folder, name), text, 'utf8');
  const datasetFile = join(folder, 'dataset.json');
  writeFileSync(datasetFile, `${JSON.stringify(dataset, null, 2)}\n`, 'utf8');
  return { folder, datasetFile, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Code-point helpers: the API counts offsets in Unicode code points. */
export function codePointSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

/** The code-point span of the `occurrence`-th (0-based) `exact` in `text`; throws when it is not there. */
export function codePointSpan(text: string, exact: string, occurrence = 0): { start: number; end: number } {
  let at = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    at = text.indexOf(exact, at + 1);
    if (at === -1) throw new Error(`${JSON.stringify(exact)} (occurrence ${occurrence}) is not in the text`);
  }
  const start = Array.from(text.slice(0, at)).length;
  return { start, end: start + Array.from(exact).length };
}
