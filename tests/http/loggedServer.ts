/**
 * A real claimgraph server (startServer, as `claimgraph serve` runs it) whose JSON log lines are kept for the test
 * to read instead of going to stdout; a fresh database seeded with the article's fixture. Shared by the request
 * log, metrics and rate-limit tests.
 */
import { loadConfig } from '../../src/config/config.js';
import { startServer, type RunningServer } from '../../src/app/startServer.js';
import { newTestDatabase } from '../support/testDatabase.js';
import { FIXTURE_DATASET_FILE } from '../support/testServer.js';

export type Json = any;

export interface LoggedServer {
  running: RunningServer;
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  /** http://127.0.0.1:<port> */
  origin: string;
  /** every log line written so far, parsed */
  lines(): Json[];
  /** the raw text written to the log so far */
  text(): string;
  close(): Promise<void>;
}

export async function startLoggedServer(env: Record<string, string> = {}): Promise<LoggedServer> {
  const database = await newTestDatabase();
  const written: string[] = [];
  let running: RunningServer;
  try {
    running = await startServer(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        CLAIMGRAPH_DB: database.database,
        CLAIMGRAPH_SEED: FIXTURE_DATASET_FILE,
        CLAIMGRAPH_RATE_LIMIT: '0',
        CLAIMGRAPH_REPORT_STORE_CALLS: '1',
        ...env,
      }),
      () => {},
      { logStream: { write: (line) => void written.push(line) } },
    );
  } catch (error) {
    await database.remove();
    throw error;
  }
  const server = running;
  return {
    running: server,
    url: server.url,
    origin: new URL(server.url).origin,
    lines: () => written.map((line) => JSON.parse(line)),
    text: () => written.join(''),
    close: async () => {
      try {
        await server.close();
      } finally {
        await database.remove();
      }
    },
  };
}

/** POSTs a GraphQL request; returns the status, headers and parsed body. */
export async function post(
  url: string,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: Json; text: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: JSON.parse(text), text };
}

/** The request log lines ("graphql request") of the request with id `requestId`. */
export function requestLines(server: LoggedServer, requestId: string): Json[] {
  return server.lines().filter((line) => line.msg === 'graphql request' && line.reqId === requestId);
}
