/**
 * The fact-check dashboard's figures are counters the database keeps as data changes (migration 008); here they
 * are checked against a full recount after every write of a seeded random sequence, on the test backend (SQLite,
 * or PostgreSQL with CLAIMGRAPH_TEST_BACKEND=postgres).
 *
 * The sequence starts from the format-1 database dump of tests/fixtures/format1-database (reviews, disputes and a
 * retraction already in it), so the first check proves the migration's initialisation from existing data. Then
 * come imports of small datasets (people, statements with mentions and disputes, claims, reviews, some dated alike
 * so that ties fall to review ids), imports whose people are merged into stored ones, retractions of statements,
 * claims and reviews, and reviews started. The recount is plain JavaScript over the base tables' rows, read with
 * plain SQL; it applies the definitions the summary documents, with none of the counters.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, Stance } from '../../src/domain/dataset.js';
import { STANCES } from '../../src/domain/dataset.js';
import { Random } from '../../src/generate/random.js';
import { importDataset } from '../../src/ingest/importDataset.js';
import { dashboardFigure } from '../../src/store/dashboardFigure.js';
import { openStore } from '../../src/store/openStore.js';
import type { ChangeAuthor, Store } from '../../src/store/store.js';
import { TEST_BACKEND } from '../support/testDatabase.js';
import { ADMIN_URL, databaseUrl, withClient } from './postgresTestDatabase.js';

const DUMPS = join(import.meta.dirname, '..', 'fixtures', 'format1-database');
const AUTHOR: ChangeAuthor = { actor: 'summary-counters-test', action: 'IMPORT' };
const STEPS = 60;
const CLAIM_STATUSES = ['UNREVIEWED', 'UNDER_REVIEW', 'REVIEWED', 'DISPUTED'] as const;
const LABELS = ['False', 'Mostly false', 'Half true', 'Mostly true', 'True'];
/** few distinct dates, so that a claim's latest reviews often tie and the review id decides */
const REVIEW_DATES = ['2024-01-01T00:00:00Z', '2024-02-01T00:00:00Z', '2024-03-01T00:00:00Z'];

type Row = Record<string, unknown>;

/** A database restored from the format-1 dump, with plain SQL on it. */
interface RestoredDatabase {
  database: string;
  query(sql: string): Promise<Row[]>;
  remove(): Promise<void>;
}

function restoreSqlite(): RestoredDatabase {
  const folder = mkdtempSync(join(tmpdir(), 'claimgraph-summary-counters-'));
  const file = join(folder, 'claimgraph.db');
  const raw = new Database(file);
  // the dump writes the full-text index's schema rows directly (writable_schema), which defensive mode forbids
  raw.unsafeMode(true);
  raw.exec(readFileSync(join(DUMPS, 'sqlite.sql'), 'utf8'));
  raw.close();
  const reader = { db: undefined as Database.Database | undefined };
  return {
    database: file,
    async query(sql) {
      reader.db ??= new Database(file, { readonly: true });
      return reader.db.prepare(sql).all() as Row[];
    },
    async remove() {
      reader.db?.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function restorePostgres(): Promise<RestoredDatabase> {
  const name = `claimgraph_counters_${randomBytes(6).toString('hex')}`;
  await withClient(ADMIN_URL, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = databaseUrl(name);
  await withClient(url, (client) => client.query(readFileSync(join(DUMPS, 'postgres.sql'), 'utf8')));
  // one connection for all the recounts: a connection per query would take most of the test's time
  const reader = new pg.Client({ connectionString: url });
  await reader.connect();
  return {
    database: url,
    query: async (sql) => (await reader.query<Row>(sql)).rows,
    async remove() {
      await reader.end();
      await withClient(ADMIN_URL, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

// --- the recount -------------------------------------------------------------------------------------------------

interface Recount {
  totalClaims: number;
  allClaims: number;
  byStatus: { status: string; count: number }[];
  byRating: { ratingValue: number | null; ratingLabel: string | null; count: number }[];
  mostDisputed: { claimId: number; disputeCount: number; reviewCount: number }[];
  bySpeaker: { speakerId: number; count: number }[];
  byEntity: { entityId: number; count: number; byStance: { stance: string; count: number }[] }[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function tally<K>(keys: Iterable<K>): Map<K, number> {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

async function recount(db: RestoredDatabase): Promise<Recount> {
  const num = (value: unknown) => Number(value);
  const claims = (await db.query('SELECT id, status, retracted_at FROM claims')).map((r) => ({
    id: num(r.id),
    status: r.status as string,
    current: r.retracted_at === null,
  }));
  const reviews = (
    await db.query('SELECT id, claim_id, rating_value, rating_label, reviewed_at, retracted_at FROM reviews')
  ).map((r) => ({
    id: num(r.id),
    claimId: num(r.claim_id),
    value: num(r.rating_value),
    label: r.rating_label as string,
    at: r.reviewed_at as string,
    current: r.retracted_at === null,
  }));
  const statements = (await db.query('SELECT id, speaker_id, retracted_at FROM statements')).map((r) => ({
    id: num(r.id),
    speakerId: num(r.speaker_id),
    current: r.retracted_at === null,
  }));
  const currentStatements = new Set(statements.filter((s) => s.current).map((s) => s.id));
  const mentions = (await db.query('SELECT statement_id, entity_id, stance FROM mentions'))
    .filter((r) => currentStatements.has(num(r.statement_id)))
    .map((r) => ({ entityId: num(r.entity_id), stance: r.stance as string }));
  const disputes = (await db.query('SELECT statement_id, claim_id FROM statement_disputes'))
    .filter((r) => currentStatements.has(num(r.statement_id)))
    .map((r) => num(r.claim_id));

  const current = claims.filter((c) => c.current);
  const byStatus = [...tally(current.map((c) => c.status))]
    .map(([status, count]) => ({ status, count }))
    .sort((a, b) => byText(a.status, b.status));

  const currentReviews = reviews.filter((r) => r.current);
  const latest = new Map<number, (typeof reviews)[number]>();
  for (const review of currentReviews) {
    const best = latest.get(review.claimId);
    if (!best || review.at > best.at || (review.at === best.at && review.id > best.id))
      latest.set(review.claimId, review);
  }
  const ratings = tally(
    current.map((c) => {
      const review = latest.get(c.id);
      return review ? `${review.value}\u0000${review.label}` : '';
    }),
  );
  const byRating = [...ratings]
    .map(([key, count]) => {
      if (key === '') return { ratingValue: null, ratingLabel: null, count };
      const [value, label] = key.split('\u0000');
      return { ratingValue: Number(value), ratingLabel: label, count };
    })
    .sort(
      (a, b) =>
        (a.ratingValue ?? -Infinity) - (b.ratingValue ?? -Infinity) || byText(a.ratingLabel ?? '', b.ratingLabel ?? ''),
    );

  const disputeCounts = tally(disputes);
  const reviewCounts = tally(currentReviews.map((r) => r.claimId));
  const mostDisputed = current
    .map((c) => ({
      claimId: c.id,
      disputeCount: disputeCounts.get(c.id) ?? 0,
      reviewCount: reviewCounts.get(c.id) ?? 0,
      disputed: c.status === 'DISPUTED',
    }))
    .filter((c) => c.disputeCount > 0 || c.disputed)
    .sort((a, b) => b.disputeCount - a.disputeCount || b.reviewCount - a.reviewCount || a.claimId - b.claimId)
    .map(({ claimId, disputeCount, reviewCount }) => ({ claimId, disputeCount, reviewCount }));

  const bySpeaker = [...tally(statements.filter((s) => s.current).map((s) => s.speakerId))]
    .map(([speakerId, count]) => ({ speakerId, count }))
    .sort((a, b) => b.count - a.count || a.speakerId - b.speakerId);

  const byEntity = [...tally(mentions.map((m) => m.entityId))]
    .map(([entityId, count]) => ({
      entityId,
      count,
      byStance: [...tally(mentions.filter((m) => m.entityId === entityId).map((m) => m.stance))]
        .map(([stance, n]) => ({ stance, count: n }))
        .sort((a, b) => b.count - a.count || byText(a.stance, b.stance)),
    }))
    .sort((a, b) => b.count - a.count || a.entityId - b.entityId);

  return {
    totalClaims: current.length,
    allClaims: claims.length,
    byStatus,
    byRating,
    mostDisputed,
    bySpeaker,
    byEntity,
  };
}

/** Every figure the summary shows, from the store, against the recount; `step` names the write that preceded. */
async function expectSummaryAsRecounted(store: Store, db: RestoredDatabase, step: string): Promise<void> {
  const expected = await recount(db);
  expect(await store.countClaims({}), step).toBe(expected.totalClaims);
  expect(await store.countClaims({ includeRetracted: true }), step).toBe(expected.allClaims);
  for (const status of CLAIM_STATUSES) {
    const count = expected.byStatus.find((row) => row.status === status)?.count ?? 0;
    expect(await store.countClaims({ status }), `${step}: ${status} claims`).toBe(count);
  }
  expect(await dashboardFigure(store, { figure: 'claimStatusCounts' }), step).toEqual(expected.byStatus);
  expect(await dashboardFigure(store, { figure: 'claimRatingCounts' }), step).toEqual(expected.byRating);
  for (const limit of [1, 3, 50]) {
    expect(
      await dashboardFigure(store, { figure: 'mostDisputedClaims', limit: limit }),
      `${step}: most disputed ${limit}`,
    ).toEqual(expected.mostDisputed.slice(0, limit));
    expect(
      await dashboardFigure(store, { figure: 'statementCountsBySpeaker', limit: limit }),
      `${step}: speakers ${limit}`,
    ).toEqual(expected.bySpeaker.slice(0, limit));
    expect(
      await dashboardFigure(store, { figure: 'mentionCountsByEntity', limit: limit }),
      `${step}: entities ${limit}`,
    ).toEqual(expected.byEntity.slice(0, limit));
  }
}

// --- the writes --------------------------------------------------------------------------------------------------

function emptyDataset(): Dataset {
  return {
    format: 'claimgraph-dataset/2',
    documents: [],
    people: [],
    outlets: [],
    organizations: [],
    events: [],
    statements: [],
    claims: [],
    reviews: [],
    relationships: [],
  };
}

/** Writes the sequence: each step one write through the Store (or the import pipeline, for merges). */
class RandomWriter {
  private next = 0;

  constructor(
    private readonly random: Random,
    private readonly store: Store,
    private readonly db: RestoredDatabase,
  ) {}

  private fresh(kind: string): string {
    this.next += 1;
    return `counters-${kind}-${this.next}`;
  }

  private async slugs(sql: string): Promise<string[]> {
    return (await this.db.query(sql)).map((row) => row.slug as string);
  }

  private async ids(sql: string): Promise<number[]> {
    return (await this.db.query(sql)).map((row) => Number(row.id));
  }

  /** One random write; returns what it did, for the failure messages. */
  async step(): Promise<string> {
    const action = this.random.weighted(
      ['import', 'rejectedImport', 'merge', 'retractStatement', 'retractClaim', 'retractReview', 'startReview'],
      [8, 1, 1, 2, 1, 2, 1],
    );
    switch (action) {
      case 'import':
        return this.importSmallDataset();
      case 'rejectedImport':
        return this.importSmallDataset(true);
      case 'merge':
        return this.importMergedPerson();
      case 'retractStatement':
        return this.retract('statement', 'SELECT id FROM statements WHERE retracted_at IS NULL ORDER BY id');
      case 'retractClaim':
        return this.retract('claim', 'SELECT id FROM claims WHERE retracted_at IS NULL ORDER BY id');
      case 'retractReview':
        return this.retract('review', 'SELECT id FROM reviews WHERE retracted_at IS NULL ORDER BY id');
      default: {
        const claims = await this.ids('SELECT id FROM claims WHERE retracted_at IS NULL ORDER BY id');
        if (claims.length === 0) return 'no claim to start reviewing';
        const claim = this.random.pick(claims);
        await this.store.startClaimReview(claim, { actor: AUTHOR.actor, action: 'STATUS' });
        return `started the review of claim ${claim}`;
      }
    }
  }

  private async retract(table: 'statement' | 'claim' | 'review', sql: string): Promise<string> {
    const ids = await this.ids(sql);
    if (ids.length === 0) return `no ${table} to retract`;
    const id = this.random.pick(ids);
    await this.store.retract(table, id, 'retracted by the counters test', { actor: AUTHOR.actor, action: 'RETRACT' });
    return `retracted ${table} ${id}`;
  }

  /** New people, statements by stored or new people about stored or new entities, claims and reviews. */
  private async importSmallDataset(rejected = false): Promise<string> {
    const random = this.random;
    const dataset = emptyDataset();
    const entities = await this.slugs('SELECT slug FROM entities ORDER BY id');
    for (let i = random.int(0, 2); i > 0; i--) {
      const slug = this.fresh('person');
      dataset.people.push({ slug, name: `Counted Person ${slug}`, evidence: [] });
      entities.push(slug);
    }
    // retracted claims too: a statement may dispute one, a review rate one, and neither may count
    const claims = await this.slugs('SELECT slug FROM claims ORDER BY id');
    for (let i = random.int(0, 2); i > 0; i--) {
      const slug = this.fresh('claim');
      dataset.claims.push({
        slug,
        text: `A claim written by the counters test (${slug}).`,
        claimants: [{ entity: random.pick(entities), evidence: [] }],
        about: [],
        status: random.pick(CLAIM_STATUSES),
        appearances: [],
      });
      claims.push(slug);
    }
    for (let i = random.int(0, 4); i > 0; i--) {
      const mentioned = random.shuffled(entities).slice(0, random.int(0, 3));
      dataset.statements.push({
        slug: this.fresh('statement'),
        speaker: random.pick(entities),
        voice: 'SPEAKER',
        quote: 'Words the counters test attributes.',
        isDirectQuote: false,
        attributionConfidence: 'PARAPHRASED_BY_SOURCE',
        mentions: mentioned.map((entity) => ({ entity, stance: random.pick<Stance>(STANCES) })),
        disputes: random.shuffled(claims).slice(0, random.int(0, 2)),
        evidence: [],
      });
    }
    for (let i = random.int(0, 3); i > 0; i--) {
      const rating = random.int(1, 5);
      dataset.reviews!.push({
        slug: this.fresh('review'),
        claim: random.pick(claims),
        ratingValue: rating,
        ratingLabel: LABELS[rating - 1],
        explanation: 'Rated by the counters test.',
        reviewer: 'counters test',
        reviewedAt: random.pick(REVIEW_DATES),
        sources: [{ url: 'https://example.org/counters', title: 'Counters' }],
      });
    }
    if (rejected) {
      // the database refuses the last record (a rating of 9 out of 5): every row and counter change is undone
      dataset.reviews!.push({
        slug: this.fresh('review'),
        claim: claims[0],
        ratingValue: 9,
        ratingLabel: 'Beyond true',
        explanation: 'No rating scale goes this high.',
        reviewer: 'counters test',
        reviewedAt: REVIEW_DATES[0],
        sources: [{ url: 'https://example.org/counters', title: 'Counters' }],
      });
      const write = this.store.writeDataset(dataset, new Map(), AUTHOR);
      await expect(write).rejects.toThrow();
      return 'rejected an import';
    }
    const summary = await this.store.writeDataset(dataset, new Map(), AUTHOR);
    return `imported ${JSON.stringify(summary.inserted)}`;
  }

  /** A span of a stored held document, as an imported statement's evidence must have. */
  private async storedSpan(): Promise<{ document: string; start: number; end: number; exact: string }> {
    const [held] = await this.db.query('SELECT slug, text FROM documents WHERE text IS NOT NULL ORDER BY id');
    const codePoints = Array.from(held.text as string);
    const start = this.random.int(0, codePoints.length - 20);
    const end = start + this.random.int(5, 19);
    return { document: held.slug as string, start, end, exact: codePoints.slice(start, end).join('') };
  }

  /**
   * Through the import pipeline: a person named as a stored one is merged into it, so the statement the import
   * attributes to the new slug is counted for the stored person.
   */
  private async importMergedPerson(): Promise<string> {
    const people = await this.db.query("SELECT slug, name FROM entities WHERE type = 'PERSON' ORDER BY id");
    const person = this.random.pick(people);
    const mentioned = this.random.pick(people);
    const slug = this.fresh('merged');
    const dataset = emptyDataset();
    dataset.people.push({ slug, name: person.name as string, evidence: [] });
    const statement = this.fresh('statement');
    dataset.statements.push({
      slug: statement,
      speaker: slug,
      voice: 'SPEAKER',
      quote: 'Words the counters test attributes to a merged person.',
      isDirectQuote: false,
      attributionConfidence: 'PARAPHRASED_BY_SOURCE',
      mentions: mentioned.slug === person.slug ? [] : [{ entity: mentioned.slug as string, stance: 'NEUTRAL' }],
      evidence: [],
    });
    dataset.statements[0].evidence = [await this.storedSpan()];
    const { merged } = await importDataset(this.store, dataset, new Map(), AUTHOR, 'counters test');
    expect(merged.map((m) => m.existingSlug)).toEqual([person.slug]);
    return `imported ${statement} by ${slug}, merged into ${person.slug as string}`;
  }
}

describe(`the dashboard summary's counters (${TEST_BACKEND})`, () => {
  let db: RestoredDatabase;
  let store: Store;

  beforeAll(async () => {
    db = TEST_BACKEND === 'postgres' ? await restorePostgres() : restoreSqlite();
    store = await openStore(db.database);
  });

  afterAll(async () => {
    await store?.close();
    await db?.remove();
  });

  it('are initialised from the data a database already holds when it is migrated', async () => {
    const expected = await recount(db);
    // the dump holds reviews, disputes and a retraction: a recount of nothing would prove little
    expect(expected.byRating.some((row) => row.ratingValue !== null)).toBe(true);
    expect(expected.mostDisputed.length).toBeGreaterThan(0);
    await expectSummaryAsRecounted(store, db, 'after the migration');
  });

  it('equal a full recount after every write of a seeded random sequence', async () => {
    const writer = new RandomWriter(new Random(20_261_201), store, db);
    const done: string[] = [];
    for (let i = 0; i < STEPS; i++) {
      done.push(await writer.step());
      await expectSummaryAsRecounted(store, db, `step ${i + 1}: ${done.at(-1)}`);
    }
    // the sequence did each kind of write, so each trigger was exercised
    const kinds = ['imported {', 'rejected an import', 'merged into', 'started the review', 'retracted statement'];
    for (const kind of [...kinds, 'retracted claim', 'retracted review'])
      expect(
        done.some((line) => line.includes(kind)),
        kind,
      ).toBe(true);
  });

  it('list nothing for a ranking of length zero', async () => {
    expect(await dashboardFigure(store, { figure: 'mostDisputedClaims', limit: 0 })).toEqual([]);
    expect(await dashboardFigure(store, { figure: 'statementCountsBySpeaker', limit: 0 })).toEqual([]);
    expect(await dashboardFigure(store, { figure: 'mentionCountsByEntity', limit: 0 })).toEqual([]);
  });
});
