/**
 * Restarts and the real command line: data survives a restart without being seeded twice; `claimgraph serve`
 * starts, answers, and shuts down cleanly on SIGTERM; a corrupted seed dataset stops `serve` with a message naming
 * the bad record and leaves nothing half-written behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killChildren, runServe, SERVING_LINE } from './support/cliServer.js';
import {
  postGraphQL,
  readFixtureDataset,
  startTestServer,
  writeDatasetVariant,
  type DatasetVariant,
  type TestServer,
} from './support/testServer.js';

type Json = any;

const folders: string[] = [];
const variants: DatasetVariant[] = [];
const servers: TestServer[] = [];

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  killChildren();
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
  statements: 10,
  claims: 5,
  events: 6,
  documents: 3,
  relationships: 10,
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
    for (const connection of Object.values<Json>(after)) {
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

describe('claimgraph serve (the real command line)', () => {
  it('serves the article, answers queries, and exits with code 0 on SIGTERM', async () => {
    const databaseFile = join(temporaryFolder(), 'cli.db');
    // production mode as a deployment sets it (vitest's NODE_ENV=test must not be what makes the test pass)
    const cli = await runServe({ NODE_ENV: 'production', CLAIMGRAPH_DB: databaseFile });

    const [, url] = await cli.waitForOutput(SERVING_LINE);
    expect(url).toBe(`http://127.0.0.1:${cli.port}/graphql`);
    expect(cli.stdout()).toContain(databaseFile);

    expect(totals(await snapshot(url))).toEqual(ARTICLE_TOTALS);
    const ye = await postGraphQL(url, '{ entity(name: "Ye") { name } }');
    expect(ye.body).toEqual({ data: { entity: { name: 'Kanye West' } } });
    // in production, no store-call counts and no internals in errors
    const invalid = await postGraphQL(url, '{ statements(filter: { stance: LOVES }) { totalCount } }');
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(invalid.text).not.toContain('node_modules');

    cli.child.kill('SIGTERM');
    const { code, signal } = await cli.exited();
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(cli.stdout()).toContain('shutting down');
    expect(cli.stderr()).toBe('');
    // the port is free again: a new server can take it
    await expect(fetch(url)).rejects.toThrow();
  });

  it('refuses a corrupted seed dataset: exit code 1, the bad record named, nothing written', async () => {
    const dataset = readFixtureDataset();
    const index = dataset.statements.findIndex((s) => s.slug === 'west-drink-champs-quote');
    expect(index).toBeGreaterThanOrEqual(0);
    // the span drifts by one code point: it no longer reads the quote
    dataset.statements[index].evidence[0].start += 1;
    dataset.statements[index].evidence[0].end += 1;
    const variant = writeDatasetVariant(dataset);
    variants.push(variant);
    const databaseFile = join(temporaryFolder(), 'refused.db');

    const cli = await runServe({
      NODE_ENV: 'production',
      CLAIMGRAPH_DB: databaseFile,
      CLAIMGRAPH_SEED: variant.datasetFile,
    });
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
