/**
 * Restarts and the real command line: data survives a restart without being seeded twice; `claimgraph serve`
 * starts, answers, and shuts down cleanly on SIGTERM; a corrupted seed dataset stops `serve` with a message naming
 * the bad record and leaves nothing half-written behind.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config/config.js';
import {
  postGraphQL,
  readFixtureDataset,
  startTestServer,
  writeDatasetVariant,
  type DatasetVariant,
  type TestServer,
} from './support/testServer.js';

type Json = any;

/** How long the CLI may take to start or to stop before the test gives up (a hang guard, not a measurement). */
const CLI_GUARD_MS = 25_000;

const folders: string[] = [];
const variants: DatasetVariant[] = [];
const children: ChildProcessWithoutNullStreams[] = [];
const servers: TestServer[] = [];

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const variant of variants) variant.remove();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'claimgraph-restart-'));
  folders.push(folder);
  return folder;
}

async function start(options: Parameters<typeof startTestServer>[0]): Promise<TestServer> {
  const server = await startTestServer(options);
  servers.push(server);
  return server;
}

async function stop(server: TestServer): Promise<void> {
  await server.close();
  servers.splice(servers.indexOf(server), 1);
}

/** Everything a restart must keep: the totals of every root list and the ids on them. */
const SNAPSHOT_QUERY = `{
  people(first: 100) { totalCount nodes { id } }
  outlets(first: 100) { totalCount nodes { id } }
  organizations(first: 100) { totalCount nodes { id } }
  statements(first: 100) { totalCount nodes { id } }
  claims(first: 100) { totalCount nodes { id } }
  events(first: 100) { totalCount nodes { id } }
  documents(first: 100) { totalCount nodes { id } }
  relationships(first: 100) { totalCount nodes { id } }
}`;

async function snapshot(url: string): Promise<Json> {
  const { status, body } = await postGraphQL(url, SNAPSHOT_QUERY);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data;
}

function totals(data: Json): Record<string, number> {
  return Object.fromEntries(Object.entries(data).map(([list, connection]) => [list, (connection as Json).totalCount]));
}

const ARTICLE_TOTALS = {
  people: 6,
  outlets: 6,
  organizations: 1,
  statements: 9,
  claims: 5,
  events: 6,
  documents: 3,
  relationships: 12,
};

const EMPTY_TOTALS = Object.fromEntries(Object.keys(ARTICLE_TOTALS).map((list) => [list, 0]));

describe('restarting on the same database file', () => {
  it('keeps the same data and ids, and does not seed a second time', async () => {
    const databaseFile = join(temporaryFolder(), 'claimgraph.db');
    const logs: string[] = [];

    const first = await start({ databaseFile, onLog: (line) => logs.push(line) });
    const before = await snapshot(first.url);
    await stop(first);

    const second = await start({ databaseFile, onLog: (line) => logs.push(line) });
    const after = await snapshot(second.url);
    await stop(second);

    expect(totals(before)).toEqual(ARTICLE_TOTALS);
    expect(after).toEqual(before);
    for (const connection of Object.values(after) as Json[]) {
      const ids = connection.nodes.map((node: Json) => node.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(connection.totalCount);
    }
    expect(logs).toHaveLength(2);
    expect(logs[0]).toContain('loaded');
    expect(logs[1]).toContain('existing data kept');
  });
});

// ---------------------------------------------------------------------------------------------------------------

/** A free TCP port on 127.0.0.1: listen on port 0, note the port, let it go. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

interface CliRun {
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** resolves with the first stdout match of the pattern; rejects if the process ends first or the guard expires */
  waitForOutput(pattern: RegExp): Promise<RegExpMatchArray>;
  /** resolves when the process has exited; rejects (after killing it) if the guard expires */
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Runs `claimgraph serve` the way an operator does: tsx from node_modules, configured by environment variables, in
 * production mode (NODE_ENV=production, as a deployment sets it; vitest's NODE_ENV=test would change how
 * libraries behave on signals).
 */
function runServe(env: Record<string, string>): CliRun {
  const child = spawn(join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli.ts', 'serve'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      CLAIMGRAPH_DEV: '0',
      CLAIMGRAPH_REPORT_STORE_CALLS: '0',
      ...env,
    },
    stdio: 'pipe',
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const guard = <T>(what: string, promise: Promise<T>): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`claimgraph serve did not ${what} within ${CLI_GUARD_MS} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
      }, CLI_GUARD_MS);
    });
    return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
  };
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    waitForOutput: (pattern) =>
      guard(
        `print ${pattern}`,
        new Promise<RegExpMatchArray>((resolve, reject) => {
          const check = () => {
            const match = stdout.match(pattern);
            if (match) resolve(match);
          };
          child.stdout.on('data', check);
          check();
          exit.then(({ code, signal }) =>
            reject(new Error(`claimgraph serve exited (code ${code}, signal ${signal}) before printing ${pattern}\nstdout: ${stdout}\nstderr: ${stderr}`)),
          );
        }),
      ),
    exited: () => guard('exit', exit),
  };
}

describe('claimgraph serve (the real command line)', () => {
  it('serves the article, answers queries, and exits with code 0 on SIGTERM', async () => {
    const port = await freePort();
    const databaseFile = join(temporaryFolder(), 'cli.db');
    const cli = runServe({ PORT: String(port), CLAIMGRAPH_DB: databaseFile });

    const [, url] = await cli.waitForOutput(/claimgraph serving (http:\/\/\S+)/);
    expect(url).toBe(`http://127.0.0.1:${port}/graphql`);
    expect(cli.stdout()).toContain(databaseFile);

    expect(totals(await snapshot(url!))).toEqual(ARTICLE_TOTALS);
    const ye = await postGraphQL(url!, '{ entity(name: "Ye") { name } }');
    expect(ye.body).toEqual({ data: { entity: { name: 'Kanye West' } } });
    // in production, no store-call counts and no internals in errors
    const invalid = await postGraphQL(url!, '{ statements(filter: { stance: LOVES }) { totalCount } }');
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(invalid.text).not.toContain('node_modules');

    cli.child.kill('SIGTERM');
    const { code, signal } = await cli.exited();
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(cli.stdout()).toContain('shutting down');
    expect(cli.stderr()).toBe('');
    // the port is free again: a new server can take it
    await expect(fetch(url!)).rejects.toThrow();
  });

  it('refuses a corrupted seed dataset: exit code 1, the bad record named, nothing written', async () => {
    const dataset = readFixtureDataset();
    const index = dataset.statements.findIndex((s) => s.slug === 'west-drink-champs-quote');
    expect(index).toBeGreaterThanOrEqual(0);
    // the span drifts by one code point: it no longer reads the quote
    dataset.statements[index]!.evidence[0]!.start += 1;
    dataset.statements[index]!.evidence[0]!.end += 1;
    const variant = writeDatasetVariant(dataset);
    variants.push(variant);
    const databaseFile = join(temporaryFolder(), 'refused.db');

    const cli = runServe({ PORT: String(await freePort()), CLAIMGRAPH_DB: databaseFile, CLAIMGRAPH_SEED: variant.datasetFile });
    const { code } = await cli.exited();
    expect(code).toBe(1);
    const message = cli.stderr();
    expect(message).toContain(`statements[${index}] (west-drink-champs-quote)`);
    expect(message).toContain('evidence[0]');
    expect(message).toContain(variant.datasetFile);
    expect(message).not.toMatch(/\n\s+at /); // a message for an editor, not a stack trace
    expect(cli.stdout()).not.toContain('claimgraph serving');

    // nothing of the refused dataset was written: the database holds no record at all
    const unseeded = await start({ databaseFile, seedDataset: null });
    expect(totals(await snapshot(unseeded.url))).toEqual(EMPTY_TOTALS);
    await stop(unseeded);

    // and a later start with the good fixture seeds it completely
    const logs: string[] = [];
    const seeded = await start({ databaseFile, onLog: (line) => logs.push(line) });
    expect(totals(await snapshot(seeded.url))).toEqual(ARTICLE_TOTALS);
    expect(logs[0]).toContain('loaded');
    await stop(seeded);
  });
});
