/**
 * A database written by the previous release (dataset format 1: SQLite migrations 001-005, PostgreSQL 001-004) is
 * restored from its dump (tests/fixtures/format1-database) and opened by today's claimgraph, which migrates it
 * (migration 006): nothing is lost, and the facts format 2 adds have the values format 1 meant. Every entity,
 * statement, claim (its claimant now its first claimant), review, relationship state, evidence span, change and
 * the retraction is read back, through the Store and through GraphQL, and compared with the rows the dump holds.
 *
 * The PostgreSQL half restores into a database it creates and drops; it is skipped, with the reason in its title,
 * when PostgreSQL is unreachable, and fails instead with CLAIMGRAPH_REQUIRE_PG=1.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/graphql/globalId.js';
import { openStore } from '../src/store/openStore.js';
import type { EvidenceOwnerKind, EvidenceRow } from '../src/store/rows.js';
import { readMigrations } from '../src/store/sql/migrationFiles.js';
import type { Store } from '../src/store/store.js';
import {
  ADMIN_URL,
  databaseUrl,
  POSTGRES_REQUIRED,
  postgresUnavailableReason,
  withClient,
} from './store/postgresTestDatabase.js';
import { startTestServer, type TestServer } from './support/testServer.js';

const DUMPS = join(import.meta.dirname, 'fixtures', 'format1-database');

/** The reasons the migration gives to what format 1 did not record (as the dataset upgrade does). */
const IMPLIED_REASON = 'recorded as implied in dataset format 1';
const UNRECORDED_REASON = 'not recorded in dataset format 1';

/** The tables of the format-1 schema whose rows all survive unchanged (evidence only grows: see below). */
const TABLES = [
  'entities',
  'entity_names',
  'same_as',
  'documents',
  'events',
  'event_participants',
  'statements',
  'mentions',
  'statement_responses',
  'statement_disputes',
  'claims',
  'claim_about',
  'claim_appearances',
  'reviews',
  'relationships',
  'relationship_states',
  'slugs',
  'changes',
] as const;

type Row = Record<string, unknown>;

/** A restored database: raw SQL on it (before and after the migration), and where today's claimgraph opens it. */
interface RestoredDatabase {
  /** CLAIMGRAPH_DB for it */
  database: string;
  query(sql: string): Promise<Row[]>;
  remove(): Promise<void>;
}

/** The last migration's version: both engines number their migrations alike. */
const MIGRATIONS = readMigrations(join(import.meta.dirname, '../src/store/sqlite/migrations'));
const NEWEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Ids and counts as numbers whichever driver read them (node-postgres reads int8 as text). */
function numbers(row: Row, ...fields: string[]): Row {
  const copy = { ...row };
  for (const field of fields) if (copy[field] !== null && copy[field] !== undefined) copy[field] = Number(copy[field]);
  return copy;
}

async function restoreSqlite(): Promise<RestoredDatabase> {
  const folder = mkdtempSync(join(tmpdir(), 'claimgraph-format1-'));
  const file = join(folder, 'claimgraph.db');
  const raw = new Database(file);
  // the dump writes the full-text index's schema rows directly (writable_schema), which defensive mode forbids
  raw.unsafeMode(true);
  raw.exec(readFileSync(join(DUMPS, 'sqlite.sql'), 'utf8'));
  raw.close();
  return {
    database: file,
    async query(sql) {
      const db = new Database(file, { readonly: true });
      try {
        return db.prepare(sql).all() as Row[];
      } finally {
        db.close();
      }
    },
    async remove() {
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function restorePostgres(): Promise<RestoredDatabase> {
  const name = `claimgraph_format1_${randomBytes(6).toString('hex')}`;
  await withClient(ADMIN_URL, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = databaseUrl(name);
  // no parameters: the simple query protocol runs the whole dump in one round-trip
  await withClient(url, (client) => client.query(readFileSync(join(DUMPS, 'postgres.sql'), 'utf8')));
  return {
    database: url,
    query: (sql) => withClient(url, async (client) => (await client.query<Row>(sql)).rows),
    remove: () =>
      withClient(ADMIN_URL, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

/** What the format-1 database holds, read with plain SQL before today's claimgraph opens it. */
interface Format1Rows {
  counts: Record<string, number>;
  claimants: { slug: string; claimant: string }[];
  assertions: { slug: string; assertion: string }[];
  states: { id: number; relationship: string; status: string; start: string | null; end: string | null }[];
  evidence: (EvidenceRow & { ownerKind: EvidenceOwnerKind | null; ownerId: number | null })[];
  appearances: { claimId: number; evidenceId: number; position: number }[];
  statements: { slug: string; speaker: string; saidOn: string | null }[];
  documents: { slug: string; held: boolean; url: string | null; published: string | null; outlet: string | null }[];
  retracted: Row[];
  changes: Row[];
}

async function readFormat1(db: RestoredDatabase): Promise<Format1Rows> {
  const counts: Record<string, number> = {};
  for (const table of [...TABLES, 'evidence']) {
    const [row] = await db.query(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM ${table}`);
    counts[table] = Number(row.n);
  }
  return {
    counts,
    claimants: (await db.query(
      'SELECT c.slug AS slug, e.slug AS claimant FROM claims c JOIN entities e ON e.id = c.claimant_id ORDER BY c.id',
    )) as unknown as Format1Rows['claimants'],
    assertions: (await db.query(
      'SELECT slug, assertion FROM relationships ORDER BY id',
    )) as unknown as Format1Rows['assertions'],
    states: (
      await db.query(
        `SELECT s.id AS id, l.slug AS relationship, s.status AS status, s.start AS start, s."end" AS "end"
         FROM relationship_states s JOIN relationships l ON l.id = s.relationship_id ORDER BY l.id, s.position`,
      )
    ).map((row) => numbers(row, 'id')) as unknown as Format1Rows['states'],
    evidence: (
      await db.query(
        `SELECT id, document_id AS "documentId", start, "end", exact, prefix, suffix, owner_kind AS "ownerKind",
           owner_id AS "ownerId" FROM evidence ORDER BY owner_kind, owner_id, position`,
      )
    ).map((row) => numbers(row, 'id', 'documentId', 'ownerId')) as unknown as Format1Rows['evidence'],
    appearances: (
      await db.query(
        'SELECT claim_id AS "claimId", evidence_id AS "evidenceId", position FROM claim_appearances ORDER BY claim_id, position',
      )
    ).map((row) => numbers(row, 'claimId', 'evidenceId')) as unknown as Format1Rows['appearances'],
    statements: (await db.query(
      `SELECT s.slug AS slug, e.slug AS speaker, s.said_on AS "saidOn" FROM statements s
       JOIN entities e ON e.id = s.speaker_id ORDER BY s.id`,
    )) as unknown as Format1Rows['statements'],
    documents: (
      await db.query(
        `SELECT d.slug AS slug, d.text IS NOT NULL AS held, d.url AS url, d.published AS published, e.slug AS outlet
         FROM documents d LEFT JOIN entities e ON e.id = d.outlet_id ORDER BY d.id`,
      )
    ).map((row) => ({ ...row, held: row.held === true || row.held === 1 })) as unknown as Format1Rows['documents'],
    retracted: await db.query(
      `SELECT slug, retracted_by AS "retractedBy", retraction_reason AS reason FROM statements
       WHERE retracted_at IS NOT NULL ORDER BY id`,
    ),
    changes: (
      await db.query(
        'SELECT id, at, actor, action, node_table AS "nodeTable", node_id AS "nodeId", node_slug AS "nodeSlug", summary FROM changes ORDER BY id',
      )
    ).map((row) => numbers(row, 'id', 'nodeId')),
  };
}

const SPAN = 'document { slug } start end exact';

const CLAIMS = `{
  claims(filter: { includeRetracted: true }, first: 100) {
    totalCount
    nodes {
      slug status text completions { text }
      claimant { slug }
      claimants { slug }
      claimantAttributions { claimant { slug } reported reportedBy { slug } evidence { ${SPAN} } }
      appearances(first: 100) { nodes { statement { slug } voice { kind entity { slug } } evidence { ${SPAN} } } }
      currentReview { ratingValue ratingLabel sources { url title } }
      statusBasis { kind sources { url title } }
    }
  }
}`;

const RELATIONSHIPS = `{
  relationships(includeRetracted: true, first: 100) {
    totalCount
    nodes {
      slug assertion
      states {
        status start { iso } end { iso }
        startFact { date { iso } knownBy basis { kind evidence { ${SPAN} } } }
        endFact { date { iso } knownBy basis { kind } }
        basis { kind reason evidence { ${SPAN} } }
        evidence { ${SPAN} }
      }
    }
  }
}`;

const STATEMENTS = `{
  statements(filter: { includeRetracted: true }, first: 100) {
    totalCount
    nodes {
      slug speaker { slug } attributionConfidence completions { text }
      voice { kind entity { slug } document { slug } }
      saidOn { iso }
      saidOnFact { date { iso } knownBy basis { kind evidence { ${SPAN} } } }
      evidence { ${SPAN} }
      retraction { reason retractedBy }
    }
  }
}`;

const DOCUMENTS_AND_COUNTS = `{
  documents(first: 100) {
    totalCount
    nodes { slug isHeld headline url published { iso } outlet { slug } outletBasis { kind } unknownFacts { field reason } }
  }
  people(first: 1) { totalCount }
  outlets(first: 1) { totalCount }
  organizations(first: 1) { totalCount }
  events(first: 100) { totalCount nodes { slug date { iso } dateFact { date { iso } knownBy basis { kind } } } }
}`;

const HISTORY = `query History($id: ID!) { history(id: $id, first: 100) { totalCount nodes { actor action summary } } }`;

type Span = { document: { slug: string }; start: number; end: number; exact: string };

const spanOf = (documentSlugs: Map<number, string>, row: EvidenceRow): Span => ({
  document: { slug: documentSlugs.get(row.documentId)! },
  start: row.start,
  end: row.end,
  exact: row.exact,
});

function describeFormatMigration(engine: string, restore: () => Promise<RestoredDatabase>) {
  describe(`a format-1 database on ${engine}, opened by today's claimgraph`, () => {
    let db: RestoredDatabase;
    let before: Format1Rows;
    let store: Store | undefined;
    let server: TestServer | undefined;
    let documentSlugs: Map<number, string>;

    beforeAll(async () => {
      db = await restore();
      before = await readFormat1(db);
      const documents = await db.query('SELECT id, slug FROM documents');
      documentSlugs = new Map(documents.map((row) => [Number(row.id), row.slug as string]));
      // today's store migrates the database as it opens it
      store = await openStore(db.database);
    }, 60_000);

    afterAll(async () => {
      await server?.close();
      await store?.close();
      await db?.remove();
    });

    const graphql = async (query: string, variables?: Record<string, unknown>) => {
      const { body } = await server!.graphql(query, variables);
      expect(body.errors).toBeUndefined();
      return body.data;
    };
    const spansOf = (kind: EvidenceOwnerKind, ownerId: number) =>
      before.evidence
        .filter((row) => row.ownerKind === kind && row.ownerId === ownerId)
        .map((row) => spanOf(documentSlugs, row));

    it('holds what the previous release wrote: both articles, a review and a retraction', () => {
      expect(before.counts).toMatchObject({ claims: 6, reviews: 1, relationships: 14, statements: 12 });
      expect(before.retracted).toEqual([
        {
          slug: 'new-yorker-west-unreachable',
          retractedBy: 'ad',
          reason: 'test retraction for the format-1 database',
        },
      ]);
      expect(before.assertions.filter((row) => row.assertion === 'IMPLIED').map((row) => row.slug)).toEqual([
        'murdoch-owns-new-york-post',
        'murdoch-owns-fox-news',
      ]);
    });

    it('migrates to the newest schema version, keeping every evidence span and every claim appearance as it was', async () => {
      expect(await store!.schemaVersion()).toBe(NEWEST_SCHEMA_VERSION);
      const owners = [
        ...new Set(
          before.evidence.filter((row) => row.ownerKind !== null).map((row) => `${row.ownerKind}:${row.ownerId}`),
        ),
      ].map((key) => {
        const [kind, id] = key.split(':');
        return { kind: kind as EvidenceOwnerKind, id: Number(id) };
      });
      const after = await store!.evidenceByOwners(owners);
      owners.forEach((owner, index) => {
        const expected = before.evidence
          .filter((row) => row.ownerKind === owner.kind && row.ownerId === owner.id)
          .map(({ ownerKind: _kind, ownerId: _id, ...row }) => row);
        expect(after[index]).toEqual(expected);
      });
      const claimIds = [...new Set(before.appearances.map((appearance) => appearance.claimId))];
      const appearances = await store!.appearancesByClaimIds(claimIds);
      claimIds.forEach((claimId, index) => {
        const expected = before.appearances
          .filter((appearance) => appearance.claimId === claimId)
          .map((appearance) => before.evidence.find((row) => row.id === appearance.evidenceId)!)
          .map(({ ownerKind: _kind, ownerId: _id, ...row }) => row);
        expect(appearances[index].map((appearance) => appearance.evidence)).toEqual(expected);
      });
    });

    it('keeps every row of every table, adding only the spans of the new facts', async () => {
      for (const table of TABLES) {
        const [row] = await db.query(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM ${table}`);
        expect({ table, count: Number(row.n) }).toEqual({ table, count: before.counts[table] });
      }
      const [claimants] = await db.query('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM claim_claimants');
      expect(Number(claimants.n)).toBe(before.counts.claims);
      // each claimant's evidence is its claim's appearances; each implied state's basis rests on its own spans
      const impliedStates = before.states.filter(
        (state) => before.assertions.find((row) => row.slug === state.relationship)!.assertion === 'IMPLIED',
      );
      const impliedSpans = before.evidence.filter(
        (row) => row.ownerKind === 'relationship_state' && impliedStates.some((state) => state.id === row.ownerId),
      ).length;
      const [evidence] = await db.query('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM evidence');
      expect(Number(evidence.n)).toBe(before.counts.evidence + before.counts.claim_appearances + impliedSpans);
      const changes = await db.query(
        'SELECT id, at, actor, action, node_table AS "nodeTable", node_id AS "nodeId", node_slug AS "nodeSlug", summary FROM changes ORDER BY id',
      );
      expect(changes.map((row) => numbers(row, 'id', 'nodeId'))).toEqual(before.changes);
    });

    describe('through GraphQL', () => {
      beforeAll(async () => {
        server = await startTestServer({ databaseFile: db.database, seedDataset: null });
      }, 60_000);

      it('lists every entity, document and event', async () => {
        const data = await graphql(DOCUMENTS_AND_COUNTS);
        const [entities] = await db.query(
          `SELECT CAST(SUM(CASE WHEN type = 'PERSON' THEN 1 ELSE 0 END) AS INTEGER) AS people,
             CAST(SUM(CASE WHEN type = 'OUTLET' THEN 1 ELSE 0 END) AS INTEGER) AS outlets,
             CAST(SUM(CASE WHEN type = 'ORGANIZATION' THEN 1 ELSE 0 END) AS INTEGER) AS organizations FROM entities`,
        );
        expect({
          people: data.people.totalCount,
          outlets: data.outlets.totalCount,
          organizations: data.organizations.totalCount,
        }).toEqual(numbers(entities, 'people', 'outlets', 'organizations'));
        expect(data.events.totalCount).toBe(before.counts.events);
        for (const event of data.events.nodes) {
          expect(event.dateFact).toEqual(
            event.date === null ? null : { date: event.date, knownBy: false, basis: { kind: 'STATED' } },
          );
        }
        expect(data.documents.totalCount).toBe(before.counts.documents);
      });

      it('lists the fields a held document left empty as unknown, and its outlet as stated', async () => {
        const { documents } = await graphql(DOCUMENTS_AND_COUNTS);
        for (const document of before.documents) {
          const node = documents.nodes.find((candidate: { slug: string }) => candidate.slug === document.slug);
          const missing = [
            ['url', document.url],
            ['published', document.published],
            ['headline', null],
            ['outlet', document.outlet],
          ].filter(([, value]) => value === null);
          expect(node).toMatchObject({
            isHeld: document.held,
            headline: null,
            url: document.url,
            outlet: document.outlet === null ? null : { slug: document.outlet },
            outletBasis: document.outlet === null ? null : { kind: 'STATED' },
            unknownFacts: document.held ? missing.map(([field]) => ({ field, reason: UNRECORDED_REASON })) : [],
          });
        }
        const article = documents.nodes.find((node: { slug: string }) => node.slug === 'thesource-legend-west');
        expect(article.unknownFacts.map((fact: { field: string }) => fact.field)).toEqual([
          'url',
          'published',
          'headline',
        ]);
      });

      it('keeps every statement in its speaker’s voice, the retracted one with its retraction', async () => {
        const { statements } = await graphql(STATEMENTS);
        expect(statements.totalCount).toBe(before.counts.statements);
        expect(
          statements.nodes.map((node: { slug: string; speaker: { slug: string }; saidOn: { iso: string } | null }) => ({
            slug: node.slug,
            speaker: node.speaker.slug,
            saidOn: node.saidOn?.iso ?? null,
          })),
        ).toEqual(expect.arrayContaining(before.statements));
        for (const node of statements.nodes) {
          expect(node.voice).toEqual({ kind: 'SPEAKER', entity: node.speaker, document: null });
          expect(node.completions).toEqual([]);
          expect(node.attributionConfidence).not.toBe('NARRATED_BY_SOURCE');
          // a format-1 date is stated by the statement's own evidence
          expect(node.saidOnFact).toEqual(
            node.saidOn === null
              ? null
              : { date: node.saidOn, knownBy: false, basis: { kind: 'STATED', evidence: node.evidence } },
          );
        }
        const retracted = statements.nodes.find(
          (node: { slug: string }) => node.slug === 'new-yorker-west-unreachable',
        );
        expect(retracted.retraction).toEqual({
          reason: 'test retraction for the format-1 database',
          retractedBy: 'ad',
        });
        const current = await graphql('{ statements(first: 100) { totalCount } }');
        expect(current.statements.totalCount).toBe(before.counts.statements - 1);
      });

      it('makes each claim’s claimant its first and only claimant, shown making it where the claim appears', async () => {
        const { claims } = await graphql(CLAIMS);
        expect(claims.totalCount).toBe(before.counts.claims);
        expect(
          claims.nodes.map((node: { slug: string; claimants: { slug: string }[] }) => ({
            slug: node.slug,
            claimant: node.claimants[0].slug,
          })),
        ).toEqual(before.claimants);
        for (const node of claims.nodes) {
          expect(node.claimants).toHaveLength(1);
          expect(node.claimant).toEqual(node.claimants[0]);
          expect(node.completions).toEqual([]);
          const appearanceSpans = node.appearances.nodes.map((appearance: { evidence: Span }) => appearance.evidence);
          expect(node.claimantAttributions).toEqual([
            { claimant: node.claimants[0], reported: false, reportedBy: null, evidence: appearanceSpans },
          ]);
          for (const appearance of node.appearances.nodes) {
            expect(appearance.voice.kind).toBe(appearance.statement === null ? 'DOCUMENT' : 'SPEAKER');
          }
        }
      });

      it('keeps the "Mostly true" review, the claim REVIEWED on the review’s external sources', async () => {
        const { claims } = await graphql(CLAIMS);
        const votes = claims.nodes.find((node: { slug: string }) => node.slug === 'west-60000-votes');
        expect(votes.status).toBe('REVIEWED');
        expect(votes.currentReview).toMatchObject({ ratingValue: 4, ratingLabel: 'Mostly true' });
        expect(votes.currentReview.sources).toHaveLength(1);
        expect(votes.statusBasis).toEqual({ kind: 'EXTERNAL', sources: votes.currentReview.sources });
        const unreviewed = claims.nodes.filter((node: { status: string }) => node.status === 'UNREVIEWED');
        expect(unreviewed).toHaveLength(before.counts.claims - 1);
        for (const node of unreviewed) expect(node.statusBasis).toEqual({ kind: 'INFERRED', sources: [] });
      });

      it('keeps every relationship state, stated ones STATED and implied ones INFERRED from their own spans', async () => {
        const { relationships } = await graphql(RELATIONSHIPS);
        expect(relationships.totalCount).toBe(before.counts.relationships);
        for (const { slug, assertion } of before.assertions) {
          const node = relationships.nodes.find((candidate: { slug: string }) => candidate.slug === slug);
          expect(node.assertion).toBe(assertion);
          const states = before.states.filter((state) => state.relationship === slug);
          expect(
            node.states.map(
              (state: { status: string; start: { iso: string } | null; end: { iso: string } | null }) => ({
                status: state.status,
                start: state.start?.iso ?? null,
                end: state.end?.iso ?? null,
              }),
            ),
          ).toEqual(states.map(({ status, start, end }) => ({ status, start, end })));
          states.forEach((state, index) => {
            const after = node.states[index];
            const spans = spansOf('relationship_state', state.id);
            expect(after.evidence).toEqual(spans);
            expect(after.basis).toEqual(
              assertion === 'IMPLIED'
                ? { kind: 'INFERRED', reason: IMPLIED_REASON, evidence: spans }
                : { kind: 'STATED', reason: null, evidence: spans },
            );
            expect(after.startFact).toEqual(
              state.start === null
                ? null
                : { date: { iso: state.start }, knownBy: false, basis: { kind: 'STATED', evidence: spans } },
            );
            expect(after.endFact).toEqual(
              state.end === null ? null : { date: { iso: state.end }, knownBy: false, basis: { kind: 'STATED' } },
            );
          });
        }
      });

      it('keeps the history of the retracted statement and of the reviewed claim', async () => {
        for (const [typeName, table, slug] of [
          ['Statement', 'statement', 'new-yorker-west-unreachable'],
          ['Claim', 'claim', 'west-60000-votes'],
        ] as const) {
          const { history } = await graphql(HISTORY, { id: toGlobalId(typeName, slug) });
          const recorded = before.changes.filter((change) => change.nodeTable === table && change.nodeSlug === slug);
          expect(history.totalCount).toBe(recorded.length);
          expect(history.nodes).toEqual(recorded.map(({ actor, action, summary }) => ({ actor, action, summary })));
        }
        const { history } = await graphql(HISTORY, { id: toGlobalId('Statement', 'new-yorker-west-unreachable') });
        expect(history.nodes.at(-1)).toMatchObject({ action: 'RETRACT', actor: 'ad' });
      });
    });
  });
}

describeFormatMigration('SQLite', restoreSqlite);

const unavailable = await postgresUnavailableReason();
if (unavailable !== null && POSTGRES_REQUIRED) {
  describe('a format-1 database on PostgreSQL', () => {
    it('needs PostgreSQL (CLAIMGRAPH_REQUIRE_PG=1)', () => {
      throw new Error(`${unavailable}; set CLAIMGRAPH_TEST_PG_URL to a reachable server`);
    });
  });
} else if (unavailable !== null) {
  console.warn(`Skipping the PostgreSQL format migration: ${unavailable}`);
  describe.skip(`a format-1 database on PostgreSQL (skipped: ${unavailable})`, () => {
    it('migrates without loss', () => {});
  });
} else {
  describeFormatMigration('PostgreSQL', restorePostgres);
}
