/**
 * `claimgraph backup FILE` and `claimgraph restore FILE [--force]`, through the real command line (runCli): a
 * backup taken while a server writes reviews holds every review committed before it started; a backup restored into
 * an empty path answers as the original; every refusal exits 1 with a line saying why. SQLite only (PostgreSQL's
 * backups are pg_dump's and pg_restore's; the commands refuse a postgres:// CLAIMGRAPH_DB and say so).
 */
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killChildren, runCli } from '../support/cliServer.js';
import { ON_POSTGRES } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { globalId, startWriteServer, type WriteServer } from '../support/writeServer.js';

const CLAIM = 'west-60000-votes';
const REVIEWS = `{ node(id: "${globalId('Claim', CLAIM)}") { ... on Claim { reviews(first: 100) { totalCount nodes { id } } } } }`;

/** Answers compared between the original database and its restored copy. */
const COMPARED = [
  '{ people { totalCount } outlets { totalCount } }',
  '{ statements(first: 5) { totalCount nodes { id quote } } }',
  '{ factCheckSummary { totalClaims byRating { ratingValue count } } }',
  REVIEWS,
];

const folder = mkdtempSync(join(tmpdir(), 'claimgraph-backup-'));
let writes: WriteServer | undefined;

/** Every review id of the watched claim, page by page. */
async function allReviewIds(server: TestServer): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { body }: { body: any } = await server.graphql(
      `query Q($after: String) { node(id: "${globalId('Claim', CLAIM)}") { ... on Claim {
        reviews(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } } } }`,
      { after },
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const page: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } =
      body.data.node.reviews;
    ids.push(...page.nodes.map((node: { id: string }) => node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
}

afterAll(async () => {
  killChildren();
  await writes?.close();
  rmSync(folder, { recursive: true, force: true });
});

function review(i: number): string {
  return `mutation { reviewClaim(input: { claim: "${CLAIM}", ratingValue: ${1 + (i % 5)}, explanation: "backup ${i}",
    sources: [{ url: "https://example.org/backup/${i}", title: "backup ${i}" }] }) { review { id } } }`;
}

describe.skipIf(ON_POSTGRES)('claimgraph backup and restore (SQLite)', () => {
  const source = () => join(folder, 'source', 'claimgraph.db');
  const backup = join(folder, 'backup.db');

  it('a backup taken while a server writes reviews opens and holds every review committed before it', async () => {
    writes = await startWriteServer({ databaseFile: source() });
    const committed: string[] = [];
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing && i < 400; i++) {
        const result = await writes.as('reviewer', review(i));
        expect(result.body.errors, JSON.stringify(result.body.errors)).toBeUndefined();
        committed.push(result.body.data.reviewClaim.review.id);
      }
    })();
    while (committed.length < 10) await new Promise((resolve) => setTimeout(resolve, 10));
    const before = [...committed];
    const run = await runCli(['backup', backup], { CLAIMGRAPH_DB: source() });
    const after = committed.length;
    writing = false;
    await writer;
    console.log(
      `[backup] ${before.length} reviews committed before the backup started, ${after} when it ended, ${committed.length} in all`,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^backed up .* \(schema version \d+\) to .*backup\.db \(\d+ bytes\)/);
    expect(after, 'the server kept writing during the backup').toBeGreaterThan(before.length);

    // the copy is a self-contained, sound database...
    const db = new Database(backup, { readonly: true, fileMustExist: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    } finally {
      db.close();
    }
    // ...that a server opens, holding every review committed before the backup started (and none torn)
    const opened = await startTestServer({ databaseFile: backup, seedDataset: null });
    try {
      const ids = await allReviewIds(opened);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of before) expect(ids).toContain(id);
      // and nothing else: every review it holds is one the server acknowledged (the writer has finished)
      for (const id of ids) expect(committed).toContain(id);
      // one point in time: the writer was sequential, so the backup holds the first reviews it wrote, without a gap
      expect(new Set(ids)).toEqual(new Set(committed.slice(0, ids.length)));
    } finally {
      await opened.close();
    }
  }, 60_000);

  it('a backup restored into an empty path answers as the original', async () => {
    // the writer has stopped: a backup now holds everything
    const still = join(folder, 'still.db');
    expect((await runCli(['backup', still], { CLAIMGRAPH_DB: source() })).code).toBe(0);
    const target = join(folder, 'restored', 'claimgraph.db');
    const run = await runCli(['restore', still], { CLAIMGRAPH_DB: target });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^restored .*still\.db \(schema version \d+\) into .*restored\/claimgraph\.db/);
    const restored = await startTestServer({ databaseFile: target, seedDataset: null });
    try {
      for (const query of COMPARED) {
        const [original, copy] = await Promise.all([writes!.graphql(query), restored.graphql(query)]);
        expect(original.status).toBe(200);
        expect(original.body.errors).toBeUndefined();
        expect(copy.body, query).toEqual(original.body);
      }
      // the restored database takes writes of its own
      const written = await startWriteServer({ databaseFile: target, seedDataset: null });
      try {
        const result = await written.as('reviewer', review(1000));
        expect(result.body.errors).toBeUndefined();
      } finally {
        await written.close();
      }
    } finally {
      await restored.close();
    }
  }, 60_000);

  it('restore refuses a database that holds data without --force, leaving it as it was; --force replaces it', async () => {
    const target = join(folder, 'occupied', 'claimgraph.db');
    const seeded = await startTestServer({ databaseFile: target });
    await seeded.close();
    const bytes = readFileSync(target);
    const refused = await runCli(['restore', backup], { CLAIMGRAPH_DB: target });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^claimgraph restore: .*occupied\/claimgraph\.db already holds data; pass --force/);
    expect(readFileSync(target).equals(bytes)).toBe(true);
    const forced = await runCli(['restore', backup, '--force'], { CLAIMGRAPH_DB: target });
    expect(forced.code, forced.stderr).toBe(0);
    const opened = await startTestServer({ databaseFile: target, seedDataset: null });
    try {
      const { body } = await opened.graphql(REVIEWS);
      expect(body.data.node.reviews.totalCount).toBeGreaterThan(10);
    } finally {
      await opened.close();
    }
  }, 60_000);

  it('every failure exits 1 with one line saying why', async () => {
    const text = join(folder, 'notes.txt');
    writeFileSync(text, 'these are not the pages you are looking for\n'.repeat(200));
    const foreign = join(folder, 'foreign.db');
    const other = new Database(foreign);
    other.exec('CREATE TABLE things (name TEXT); INSERT INTO things VALUES (1);');
    other.close();
    const missing = join(folder, 'nowhere', 'missing.db');
    const postgres = 'postgres://postgres:secret@127.0.0.1:5432/claimgraph';
    const cases: [string[], string, RegExp][] = [
      [['backup', join(folder, 'b1.db')], missing, /^claimgraph backup: the database .*missing\.db does not exist$/],
      [
        ['backup', join(folder, 'b2.db')],
        text,
        /^claimgraph backup: the database .*notes\.txt is not a SQLite database/,
      ],
      [
        ['backup', join(folder, 'b3.db')],
        foreign,
        /^claimgraph backup: .*foreign\.db is a SQLite database but not a claimgraph one/,
      ],
      [
        ['backup', join(folder, 'b4.dump')],
        postgres,
        /^claimgraph backup: CLAIMGRAPH_DB is a PostgreSQL database .*pg_dump/,
      ],
      [['backup', backup], source(), /^claimgraph backup: .*backup\.db already exists; pass --force to overwrite it$/],
      [['restore', missing], join(folder, 'r1.db'), /^claimgraph restore: the backup .*missing\.db does not exist$/],
      [
        ['restore', text],
        join(folder, 'r2.db'),
        /^claimgraph restore: the backup .*notes\.txt is not a SQLite database/,
      ],
      [
        ['restore', foreign],
        join(folder, 'r3.db'),
        /^claimgraph restore: .*foreign\.db is a SQLite database but not a claimgraph one/,
      ],
      [['restore', backup], postgres, /^claimgraph restore: CLAIMGRAPH_DB is a PostgreSQL database .*pg_restore/],
      [['restore', backup], text, /^claimgraph restore: .*notes\.txt already holds data; pass --force/],
    ];
    for (const [args, database, message] of cases) {
      const run = await runCli(args, { CLAIMGRAPH_DB: database });
      expect(run.code, `${args.join(' ')} with CLAIMGRAPH_DB=${database}: ${run.stderr}`).toBe(1);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr.trim()).toMatch(message);
      expect(run.stderr).not.toContain('secret');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    // nothing was written by a refusal, and no temporary file is left behind
    expect(readFileSync(text, 'utf8')).toContain('not the pages');
    const leftovers = (await import('node:fs')).readdirSync(folder).filter((name) => name.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
    // no FILE is a usage error
    const usage = await runCli(['backup'], { CLAIMGRAPH_DB: source() });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('usage: claimgraph backup FILE');
  }, 180_000);
});
