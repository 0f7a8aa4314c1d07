/**
 * Surviving SIGKILL mid-write: a writer process (tests/support/crashWriter.ts) adds claims and
 * reviews them through the mutations' own write path in a loop, printing each acknowledged write; it is killed with
 * SIGKILL at random moments (sometimes before it is even ready: during migrations or the first seeding) and started
 * again, round after round. After every round: `PRAGMA integrity_check` is ok, foreign keys hold, every
 * acknowledged write is present and whole (claim + appearance + subjects + CREATE entry; review + REVIEW entry +
 * the claim's status + its STATUS entry), and no half-written change exists anywhere, acknowledged or not.
 * At the end the server reads the same file and agrees.
 *
 * CLAIMGRAPH_CRASH_ROUNDS sets the number of rounds (default 30, about 30 s; run 1000 by hand for a thorough check).
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { statusFromReviews } from '../../src/domain/claimStatus.js';
import type { ClaimStatus } from '../../src/domain/dataset.js';
import { ON_POSTGRES } from '../support/testDatabase.js';
import { startTestServer } from '../support/testServer.js';
import { globalId } from '../support/writeServer.js';
import { removeFolders, temporaryFolder, type Json } from './helpers.js';

const ROUNDS = Number(process.env.CLAIMGRAPH_CRASH_ROUNDS ?? 30);
/** a hang guard for one round's start, not a measurement */
const READY_GUARD_MS = 30_000;

afterAll(() => removeFolders());

interface Acknowledged {
  claims: Set<string>;
  reviews: Map<string, { claim: string; rating: number }>;
}

interface RoundOutcome {
  lines: string[];
  ready: boolean;
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
}

/** A small deterministic generator, so that a failing run can be repeated with the same kill schedule. */
function generator(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** Runs one round: start the writer, SIGKILL it `killAfterMs` after it is ready (or after start, when `early`). */
function runRound(databaseFile: string, round: number, killAfterMs: number, early: boolean): Promise<RoundOutcome> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/support/crashWriter.ts', databaseFile, String(round)],
    {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  let ready = false;
  let timer: NodeJS.Timeout | undefined;
  const kill = () => child.kill('SIGKILL');
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (!ready && /^ready \d+$/m.test(stdout)) {
      ready = true;
      if (!early) timer = setTimeout(kill, killAfterMs);
    }
  });
  if (early) timer = setTimeout(kill, killAfterMs);
  const guard = setTimeout(kill, READY_GUARD_MS);
  return new Promise((resolve) => {
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(guard);
      // only whole lines count: a line cut by the kill was never acknowledged
      const lines = stdout.split('\n').slice(0, -1);
      resolve({ lines, ready, signal, code, stderr });
    });
  });
}

function record(lines: string[], acknowledged: Acknowledged): number {
  let count = 0;
  for (const line of lines) {
    const [kind, slug, claim, rating] = line.split(' ');
    if (kind === 'claim') {
      acknowledged.claims.add(slug);
      count += 1;
    } else if (kind === 'review') {
      acknowledged.reviews.set(slug, { claim: claim, rating: Number(rating) });
      count += 1;
    }
  }
  return count;
}

/** Everything a crash must leave intact (see the top of this file), checked on the file as the next start would find it. */
function verify(
  databaseFile: string,
  acknowledged: Acknowledged,
): { claims: number; reviews: number; statuses: Map<string, string> } {
  const db = new Database(databaseFile);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const hasClaims =
      db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'claims'").get() !== undefined;
    if (!hasClaims) {
      // killed during the first start's migrations: nothing can have been acknowledged yet
      expect(acknowledged.claims.size + acknowledged.reviews.size).toBe(0);
      return { claims: 0, reviews: 0, statuses: new Map() };
    }
    const claims = db
      .prepare(
        `SELECT c.id, c.slug, c.status,
           (SELECT COUNT(*) FROM claim_appearances a WHERE a.claim_id = c.id) AS appearances,
           (SELECT COUNT(*) FROM claim_about b WHERE b.claim_id = c.id) AS subjects,
           (SELECT COUNT(*) FROM slugs s WHERE s.slug = c.slug) AS slugs,
           (SELECT COUNT(*) FROM changes h WHERE h.node_table = 'claim' AND h.node_id = c.id AND h.action = 'CREATE') AS created,
           (SELECT h.after_json FROM changes h WHERE h.node_table = 'claim' AND h.node_id = c.id AND h.action = 'STATUS' ORDER BY h.id DESC LIMIT 1) AS lastStatus
         FROM claims c WHERE c.slug LIKE 'crash-%'`,
      )
      .all() as {
      id: number;
      slug: string;
      status: ClaimStatus;
      appearances: number;
      subjects: number;
      slugs: number;
      created: number;
      lastStatus: string | null;
    }[];
    const reviews = db
      .prepare(
        `SELECT r.slug, r.rating_value AS rating, c.slug AS claim,
           (SELECT COUNT(*) FROM slugs s WHERE s.slug = r.slug) AS slugs,
           (SELECT COUNT(*) FROM changes h WHERE h.node_table = 'review' AND h.node_id = r.id AND h.action = 'REVIEW') AS logged
         FROM reviews r JOIN claims c ON c.id = r.claim_id WHERE r.slug LIKE 'crash-%'`,
      )
      .all() as { slug: string; rating: number; claim: string; slugs: number; logged: number }[];

    // every acknowledged write is there
    const claimSlugs = new Set(claims.map((c) => c.slug));
    for (const slug of acknowledged.claims)
      expect(claimSlugs.has(slug), `acknowledged claim ${slug} is missing`).toBe(true);
    const reviewBySlug = new Map(reviews.map((r) => [r.slug, r]));
    for (const [slug, expected] of acknowledged.reviews) {
      const stored = reviewBySlug.get(slug);
      expect(stored, `acknowledged review ${slug} is missing`).toBeDefined();
      expect({ claim: stored!.claim, rating: stored!.rating }).toEqual(expected);
    }

    // and nothing anywhere is half-written
    const ratingsByClaim = new Map<string, number[]>();
    for (const review of reviews) {
      expect(review, `review ${review.slug} is whole`).toMatchObject({ slugs: 1, logged: 1 });
      ratingsByClaim.set(review.claim, [...(ratingsByClaim.get(review.claim) ?? []), review.rating]);
    }
    for (const claim of claims) {
      expect(claim, `claim ${claim.slug} is whole`).toMatchObject({
        appearances: 1,
        subjects: 1,
        slugs: 1,
        created: 1,
      });
      const status = statusFromReviews(ratingsByClaim.get(claim.slug) ?? [], 'UNREVIEWED');
      expect(claim.status, `claim ${claim.slug}'s status follows its reviews`).toBe(status);
      if (status === 'UNREVIEWED') expect(claim.lastStatus).toBeNull();
      else
        expect(JSON.parse(claim.lastStatus ?? 'null'), `claim ${claim.slug}'s status change is logged`).toEqual({
          status,
        });
    }
    // no history entry outlives the record it describes
    const orphans = db
      .prepare(
        `SELECT COUNT(*) FROM changes h WHERE h.node_slug LIKE 'crash-%' AND NOT EXISTS (
           SELECT 1 FROM slugs s WHERE s.slug = h.node_slug)`,
      )
      .pluck()
      .get();
    expect(orphans).toBe(0);
    return { claims: claims.length, reviews: reviews.length, statuses: new Map(claims.map((c) => [c.slug, c.status])) };
  } finally {
    db.close();
  }
}

describe.skipIf(ON_POSTGRES)('SIGKILL mid-write (SQLite)', () => {
  it(
    `a writer killed with SIGKILL at random moments (${ROUNDS} rounds) loses no acknowledged write and leaves nothing half-written`,
    async () => {
      const databaseFile = join(temporaryFolder('claimgraph-crash-'), 'crash.db');
      const acknowledged: Acknowledged = { claims: new Set(), reviews: new Map() };
      const random = generator(35);
      const started = performance.now();
      let killedWhileStarting = 0;
      let totals: ReturnType<typeof verify> = { claims: 0, reviews: 0, statuses: new Map() };
      for (let round = 1; round <= ROUNDS; round++) {
        // one round in six is killed at a random moment from the start (migrations, seeding, opening);
        // the others after the writer is ready, mid-loop
        const early = round % 6 === 0;
        const killAfterMs = early ? Math.floor(random() * 900) : 20 + Math.floor(random() * 400);
        const outcome = await runRound(databaseFile, round, killAfterMs, early);
        expect(outcome.signal, `round ${round} ended by itself (code ${outcome.code}): ${outcome.stderr}`).toBe(
          'SIGKILL',
        );
        expect(outcome.stderr).toBe('');
        if (!outcome.ready) killedWhileStarting += 1;
        record(outcome.lines, acknowledged);
        totals = verify(databaseFile, acknowledged);
      }
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `[crash] ${ROUNDS} SIGKILLs (${killedWhileStarting} while starting) in ${seconds.toFixed(1)} s; ` +
          `${acknowledged.claims.size} claims and ${acknowledged.reviews.size} reviews acknowledged, ` +
          `${totals.claims} claims and ${totals.reviews} reviews stored (the rest committed but killed before they were printed)`,
      );
      expect(acknowledged.reviews.size).toBeGreaterThan(0);

      // the server reads the file the crashes left and agrees, claim by claim
      const server = await startTestServer({ databaseFile, seedDataset: null });
      try {
        const sample = [...acknowledged.claims].slice(-100);
        const { body } = await server.graphql(
          'query Crashed($ids: [ID!]!) { nodes(ids: $ids) { ... on Claim { slug status reviews { totalCount } appearances { totalCount } } } }',
          { ids: sample.map((slug) => globalId('Claim', slug)) },
        );
        expect(body.errors).toBeUndefined();
        const bySlug = new Map<string, Json>(body.data.nodes.map((node: Json) => [node.slug, node]));
        for (const slug of sample) {
          const node = bySlug.get(slug);
          expect(node, slug).toBeDefined();
          const acknowledgedReviews = [...acknowledged.reviews.values()].filter((r) => r.claim === slug).length;
          expect(node.reviews.totalCount).toBeGreaterThanOrEqual(acknowledgedReviews);
          expect(node.appearances.totalCount).toBe(1);
          expect(node.status).toBe(totals.statuses.get(slug));
        }
      } finally {
        await server.close();
      }
    },
    Math.max(120_000, ROUNDS * 4_000),
  );
});
