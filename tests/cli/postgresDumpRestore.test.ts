/**
 * A PostgreSQL database's backup is PostgreSQL's own: the README's `pg_dump --format=custom` taken while a server
 * serves, then `pg_restore --clean --if-exists --no-owner` into a fresh database, gives a database that a server
 * starts on and that answers every docs example as the original does, the review written through the API
 * included, and that takes writes of its own (its id sequences came along).
 *
 * Needs PostgreSQL and its client tools (pg_dump, pg_restore on PATH): skipped, with the reason in its title, when
 * either is missing; with CLAIMGRAPH_REQUIRE_PG=1 (CI) that is a failure instead.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import {
  databaseUrl,
  POSTGRES_REQUIRED,
  postgresUnavailableReason,
  TestDatabase,
} from '../store/postgresTestDatabase.js';
import type { TestServer } from '../support/testServer.js';
import { globalId, startWriteServer, succeed, type WriteServer } from '../support/writeServer.js';

const run = promisify(execFile);
const EXAMPLES_DIR = join(PROJECT_ROOT, 'docs', 'examples');
const REVIEWED_CLAIM = 'west-60000-votes';

/** Why pg_dump or pg_restore cannot be run, or null when both can. */
function clientToolsMissingReason(): string | null {
  for (const tool of ['pg_dump', 'pg_restore']) {
    try {
      execFileSync(tool, ['--version'], { stdio: 'ignore' });
    } catch {
      return `${tool} is not installed (Debian: apt-get install postgresql-client)`;
    }
  }
  return null;
}

const unavailable = (await postgresUnavailableReason()) ?? clientToolsMissingReason();

function review(explanation: string): string {
  return `mutation { reviewClaim(input: { claim: "${REVIEWED_CLAIM}", ratingValue: 2, ratingLabel: "Misleading",
    explanation: "${explanation}", sources: [{ url: "https://example.org/check", title: "A check" }] }) {
    review { id } } }`;
}

const REVIEWS_OF_CLAIM = `{ node(id: "${globalId('Claim', REVIEWED_CLAIM)}") { ... on Claim {
  status reviews(first: 10) { nodes { id ratingValue ratingLabel explanation reviewedAt } } } } }`;

const examples = readdirSync(EXAMPLES_DIR)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => {
    const name = file.slice(0, -'.graphql'.length);
    const variablesFile = join(EXAMPLES_DIR, `${name}.variables.json`);
    return {
      name,
      query: readFileSync(join(EXAMPLES_DIR, file), 'utf8'),
      variables: existsSync(variablesFile)
        ? (JSON.parse(readFileSync(variablesFile, 'utf8')) as Record<string, unknown>)
        : undefined,
    };
  });

if (unavailable !== null && POSTGRES_REQUIRED) {
  describe('PostgreSQL backups with pg_dump and pg_restore', () => {
    it('needs PostgreSQL and its client tools (CLAIMGRAPH_REQUIRE_PG=1)', () => {
      throw new Error(unavailable);
    });
  });
} else if (unavailable !== null) {
  console.warn(`Skipping the pg_dump / pg_restore test: ${unavailable}`);
  describe.skip(`PostgreSQL backups with pg_dump and pg_restore (skipped: ${unavailable})`, () => {
    it('restores a dump that answers as the original', () => {});
  });
} else {
  const folder = mkdtempSync(join(tmpdir(), 'claimgraph-pgdump-'));
  const databases: TestDatabase[] = [];
  const servers: TestServer[] = [];

  afterAll(async () => {
    for (const server of servers.splice(0)) await server.close();
    for (const database of databases.splice(0)) await database.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  describe('PostgreSQL backups with pg_dump and pg_restore', () => {
    it('a dump taken while serving, restored into a fresh database, answers as the original and takes writes', async () => {
      const source = await TestDatabase.create();
      databases.push(source);
      const sourceUrl = databaseUrl(source.name);
      const original: WriteServer = await startWriteServer({ databaseFile: sourceUrl });
      servers.push(original);
      await succeed(original.as('reviewer', review('Written before the dump.')));

      // the README's commands, with CLAIMGRAPH_DB's value as the connection string
      const dump = join(folder, 'claimgraph.dump');
      await run('pg_dump', ['--format=custom', `--file=${dump}`, sourceUrl]);
      const target = await TestDatabase.create();
      databases.push(target);
      const targetUrl = databaseUrl(target.name);
      const restore = await run('pg_restore', ['--clean', '--if-exists', '--no-owner', `--dbname=${targetUrl}`, dump]);
      expect(restore.stderr).toBe('');

      const restored = await startWriteServer({ databaseFile: targetUrl, seedDataset: null });
      servers.push(restored);
      for (const example of [...examples, { name: 'the review', query: REVIEWS_OF_CLAIM, variables: undefined }]) {
        const [expected, answered] = await Promise.all([
          original.graphql(example.query, example.variables),
          restored.graphql(example.query, example.variables),
        ]);
        expect(expected.status, example.name).toBe(200);
        expect(expected.body.errors, example.name).toBeUndefined();
        // extensions.storeCalls counts the work of each server's own caches, which start cold on the restored one
        expect({ ...answered.body, extensions: undefined }, example.name).toEqual({
          ...expected.body,
          extensions: undefined,
        });
      }
      const reviews = (await restored.graphql(REVIEWS_OF_CLAIM)).body.data.node.reviews.nodes;
      expect(reviews.map((node: { explanation: string }) => node.explanation)).toEqual(['Written before the dump.']);

      // the restored database carries on: a write gets a fresh id and lands beside the restored review
      await succeed(restored.as('reviewer', review('Written after the restore.')));
      const after = (await restored.graphql(REVIEWS_OF_CLAIM)).body.data.node.reviews.nodes;
      expect(after.map((node: { explanation: string }) => node.explanation).sort()).toEqual([
        'Written after the restore.',
        'Written before the dump.',
      ]);
    }, 60_000);
  });
}
