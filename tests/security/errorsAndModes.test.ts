/**
 * Modes and errors: the mode is claimgraph's own configuration, not NODE_ENV
 * (the real CLI with NODE_ENV unset and with NODE_ENV=production starts in production mode, introspection off, and
 * says so; CLAIMGRAPH_DEV=1 turns it on); no schema hints, stack traces or tracing reach a client; anything that is
 * not a deliberate error (a real database fault under a running server) is masked as INTERNAL_SERVER_ERROR with an
 * error id and the request's id, and the full error is written to the JSON log, once, at level error, under both.
 */
import Database from 'better-sqlite3';
import { getIntrospectionQuery } from 'graphql';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { startServer, type RunningServer } from '../../src/app/startServer.js';
import { newTestDatabase, ON_POSTGRES } from '../support/testDatabase.js';
import {
  collectLog,
  FIXTURE_DATASET_FILE,
  postGraphQL,
  startTestServer,
  type CollectedLog,
  type GraphQLResult,
  type TestServer,
} from '../support/testServer.js';
import { killChildren, runServe } from '../support/cliServer.js';
import {
  expectNoInternals,
  expectRejectedBeforeExecution,
  removeFolders,
  temporaryFolder,
  type Json,
} from './helpers.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
  killChildren();
  removeFolders();
});

const ERROR_ID = /^Internal server error \(error id ([0-9a-f-]{36})\)$/;

describe('modes: claimgraph decides, not NODE_ENV', () => {
  it('the real CLI is in production mode with introspection off by default (NODE_ENV unset or production) and says so; CLAIMGRAPH_DEV=1 turns it on', async () => {
    const folder = temporaryFolder();
    const runs = await Promise.all(
      [
        { label: 'NODE_ENV unset', env: { NODE_ENV: undefined }, production: true },
        { label: 'NODE_ENV=production', env: { NODE_ENV: 'production' }, production: true },
        {
          label: 'CLAIMGRAPH_DEV=1 (NODE_ENV unset)',
          env: { NODE_ENV: undefined, CLAIMGRAPH_DEV: '1' },
          production: false,
        },
      ].map(async (run, index) => ({
        ...run,
        cli: await runServe({
          ...run.env,
          CLAIMGRAPH_DB: join(folder, `mode-${index}.db`),
          CLAIMGRAPH_SEED: 'none',
        }),
      })),
    );
    try {
      for (const { label, cli, production } of runs) {
        const [line, url] = await cli.waitForOutput(/claimgraph serving (http:\/\/\S+) \(.*\)\n/);
        console.log(`[mode] ${label}: ${line.trim()}`);
        expect(line).toContain(
          production ? 'production mode, introspection off' : 'development mode, introspection on',
        );

        const introspection = await postGraphQL(url, '{ __schema { types { name } } }');
        if (production) {
          const errors = expectRejectedBeforeExecution(introspection, ['GRAPHQL_VALIDATION_FAILED']);
          expect(errors[0].extensions?.validationErrorCode).toBe('INTROSPECTION_DISABLED');
          // Apollo would add stack traces with NODE_ENV unset: claimgraph turns them off itself
          const invalid = await postGraphQL(url, '{ statment(id: "1") { id } }');
          expect(invalid.status).toBe(400);
          expect(invalid.text).not.toContain('stacktrace');
          expect(invalid.text).not.toContain('Did you mean');
          expectNoInternals(invalid.text);
        } else {
          expect(introspection.status).toBe(200);
          expect(introspection.body.data.__schema.types.map((t: Json) => t.name)).toContain('Statement');
        }
      }
    } finally {
      for (const { cli } of runs) cli.child.kill('SIGTERM');
      for (const { cli } of runs) expect((await cli.exited()).code).toBe(0);
    }
  });

  it('with introspection on, the standard introspection query (GraphiQL, codegen) is answered', async () => {
    const dev = await startTestServer({ dev: true, seedDataset: null });
    try {
      const result = await dev.graphql(getIntrospectionQuery());
      expect(result.body.errors?.map((e) => e.message)).toBeUndefined();
      expect(result.status).toBe(200);
    } finally {
      await dev.close();
    }
  });

  it('no field suggestions ("Did you mean") in production', async () => {
    for (const query of [
      '{ statment(id: "1") { id } }',
      '{ statements { nodes { quot } } }',
      '{ statements(filter: { stance: CRITICIZE }) { totalCount } }',
      '{ statements(fliter: { text: "x" }) { totalCount } }',
    ]) {
      const result = await server.graphql(query);
      expectRejectedBeforeExecution(result, ['GRAPHQL_VALIDATION_FAILED']);
      expect(result.text).not.toMatch(/Did you mean/i);
    }
  });

  it('a syntax error is a 400 GRAPHQL_PARSE_FAILED with no exception or stack trace', async () => {
    const result = await server.graphql('qwerty cop { abc }');
    const [error] = expectRejectedBeforeExecution(result, ['GRAPHQL_PARSE_FAILED']);
    expect(error.message).toBe('Syntax Error: Unexpected Name "qwerty".');
    expect(Object.keys(error.extensions ?? {})).toEqual(['code']);
  });

  it('no tracing and no stack trace in any response', async () => {
    const result = await server.graphql('{ __typename }');
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ __typename: 'Query' });
    expect(result.body.extensions).not.toHaveProperty('tracing');
    expect(result.text).not.toMatch(/tracing|stacktrace/);
    const failing = await server.graphql('{ node(id: "not-a-global-id") { id } }');
    expect(failing.text).not.toMatch(/tracing|stacktrace/);
    expectNoInternals(failing.text);
  });
});

describe('error masking, with real database faults under a running server', () => {
  /** An error as pino's serializer writes it under `err`: its class, message, stack and own fields (`code`). */
  interface LoggedError {
    type: string;
    message: string;
    stack: string;
    code?: string;
  }

  /**
   * Checks a masked error (its message and extensions, nothing more; the request id is the response's
   * `x-request-id`) and that the log has the full error once, at level error, under the error's and the request's
   * id, and that the client saw none of it; returns the logged error.
   */
  function expectMasked(result: GraphQLResult<Json>, log: CollectedLog): LoggedError {
    expect(result.body.errors).toHaveLength(1);
    const [error] = result.body.errors!;
    expect(error.message).toMatch(ERROR_ID);
    const errorId = ERROR_ID.exec(error.message)![1];
    const requestId = result.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', errorId, requestId });
    expect(result.text).not.toContain('exception');
    expectNoInternals(result.text);

    const lines = log.lines();
    const entries = lines.filter((line) => line.msg === `internal error ${errorId}`);
    expect(entries, `one log line for ${errorId}: ${JSON.stringify(lines.map((line) => line.msg))}`).toHaveLength(1);
    const [entry] = entries;
    expect(entry.level).toBe(50); // pino's error
    expect(entry.reqId).toBe(requestId);
    const logged = entry.err as LoggedError;
    expect(logged.type).toMatch(/Error$/);
    expect(logged.message).not.toBe('');
    expect(logged.stack).toContain(logged.message);
    expect(logged.stack).toMatch(/\n\s+at /);
    // the client saw none of this
    expect(result.text).not.toContain(logged.message);
    expect(result.text).not.toContain(logged.type);
    return logged;
  }

  it.skipIf(ON_POSTGRES)(
    'a table gone from under the server (SQLite schema drift) is masked; the log keeps the SQL error',
    async () => {
      const log = collectLog();
      const drifting = await startTestServer({ logStream: log.stream });
      const other = new Database(drifting.databaseFile);
      try {
        expect((await drifting.graphql('{ claims { totalCount } }')).body.data.claims.totalCount).toBe(5);
        other.exec('ALTER TABLE claims RENAME TO claims_moved_away');
        const result = await drifting.graphql('{ claims { totalCount nodes { slug } } }');
        expect(result.status).toBe(200);
        const original = expectMasked(result, log);
        expect(original.type).toBe('SqliteError');
        expect(original.message).toMatch(/no such table: claims/);
        expect(original.code).toBe('SQLITE_ERROR');
        // the client saw none of this
        expect(result.text).not.toContain('claims_moved_away');
        expect(result.text).not.toContain('no such table');

        other.exec('ALTER TABLE claims_moved_away RENAME TO claims');
        expect((await drifting.graphql('{ claims { totalCount } }')).body.data.claims.totalCount).toBe(5);
      } finally {
        other.close();
        await drifting.close();
      }
    },
  );

  it('a store closed under the running server is masked, and readiness fails while reads fail', async () => {
    const database = await newTestDatabase();
    let running: RunningServer | undefined;
    const log = collectLog();
    try {
      running = await startServer(
        loadConfig({
          PORT: '0',
          HOST: '127.0.0.1',
          CLAIMGRAPH_DB: database.database,
          CLAIMGRAPH_SEED: FIXTURE_DATASET_FILE,
          CLAIMGRAPH_RATE_LIMIT: '0',
        }),
        () => {},
        { logStream: log.stream },
      );
      const origin = new URL(running.url).origin;
      expect((await postGraphQL(running.url, '{ people { totalCount } }')).body.data.people.totalCount).toBe(6);
      expect(log.lines().filter((line) => line.level >= 50)).toEqual([]);
      await running.store.close();

      const result = await postGraphQL(running.url, '{ people { totalCount nodes { name } } }');
      expect(result.status).toBe(200);
      const original = expectMasked(result, log);
      console.log(`[masking] the client saw "${result.body.errors![0].message}"; the log has: ${original.message}`);
      expect(result.text).not.toContain(original.message);

      const ready = await fetch(`${origin}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable' });
      expect((await fetch(`${origin}/healthz`)).status).toBe(200); // alive, not ready
    } finally {
      await running?.close().catch(() => {});
      await database.remove();
    }
  });
});
