/**
 * `claimgraph export FILE [--force]`, through the real command line (runCli), on the test backend (SQLite, or
 * PostgreSQL with CLAIMGRAPH_TEST_BACKEND=postgres): the graph exported, verified and imported into an empty database
 * answers every docs example exactly as the original does, global ids and cursors included, and exporting the copy
 * gives the same files byte for byte; retracted records stay out; every refusal exits 1 with one line saying why and
 * writes nothing.
 *
 * Ids and cursors compare without any normalisation: global ids are built from slugs, which the export carries, and
 * cursors from internal ids, which an import into an empty database hands out again in the same order (the export
 * lists records in the order they were recorded, and the import writes them in that order).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import type { Dataset } from '../../src/domain/dataset.js';
import { killChildren, runCli } from '../support/cliServer.js';
import { newTestDatabase, ON_POSTGRES, type TestDatabaseLocation } from '../support/testDatabase.js';
import { readFixtureDataset, startTestServer, writeDatasetVariant, type TestServer } from '../support/testServer.js';
import { globalId, startWriteServer, succeed, type WriteServer } from '../support/writeServer.js';

const EXAMPLES_DIR = join(PROJECT_ROOT, 'docs', 'examples');
const REVIEWED_CLAIM = 'west-60000-votes';
const RETRACTED_STATEMENT = 'west-drink-champs-quote';
const ARTICLE = 'thesource-legend-west';
/** A second article (FICTIONAL, written for the tests) whose import merges two people the fixture already has. */
const SECOND_FILE = join(PROJECT_ROOT, 'tests', 'fixtures', 'second-article', 'second-article.dataset.json');

/** The whole graph through the API, every list with its cursors, for graphs the docs examples do not cover. */
const WHOLE_GRAPH = [
  `{ people(first: 100) { edges { cursor node { id name aliases description sameAs { uri }
     evidence { exact } claims(first: 100) { nodes { id } } relationships(first: 100) { nodes { id } } } } } }`,
  '{ outlets(first: 100) { edges { cursor node { id name aliases evidence { exact } } } } }',
  '{ organizations(first: 100) { edges { cursor node { id name aliases evidence { exact } } } } }',
  `{ documents(first: 100) { edges { cursor node { id title headline url outlet { id } published { iso }
     unknownFacts { field reason } isHeld sha256 length evidence { exact } } } } }`,
  `{ statements(first: 100) { edges { cursor node { id speaker { id } voice { kind } quote isDirectQuote
     attributionConfidence saidOn { iso } occasion { id } mentions { stance } evidence { exact }
     disputes { id } respondsTo { id } } } } }`,
  `{ claims(first: 100) { edges { cursor node { id text status claimants { id } about { id }
     appearances(first: 100) { totalCount } reviews(first: 100) { nodes { id } } } } } }`,
  '{ events(first: 100) { edges { cursor node { id title date { iso } } } } }',
];

/**
 * A cursor names its row's internal id; an import writes all of a dataset's outlets, then its people, then its
 * organizations, so entities recorded by several imports come back with other ids, in another interleaving. Cursors
 * are therefore compared by their list's kind and their sort text, without internal ids (what a client can see of
 * them is unchanged: the order they page in, which the compared edges show).
 */
function withoutCursorIds(body: unknown): unknown {
  return JSON.parse(JSON.stringify(body), (key, value: unknown) => {
    if (!['cursor', 'startCursor', 'endCursor'].includes(key) || typeof value !== 'string') return value;
    const [list, sort] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as [string, string, number];
    // a list of one entity's items (its timeline) names the entity's internal id too
    return [list.replace(/:\d+$/, ':ID'), sort];
  });
}

/** Every docs example: its query and variables (the expected answers are the original server's). */
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

const REVIEWS_OF_CLAIM = `{ node(id: "${globalId('Claim', REVIEWED_CLAIM)}") { ... on Claim {
  status reviews(first: 10) { nodes { id ratingValue ratingLabel explanation reviewer reviewedAt
    sources { url title } } } } } }`;

const folder = mkdtempSync(join(tmpdir(), 'claimgraph-export-'));
const firstExport = join(folder, 'first', 'graph.json');
const secondExport = join(folder, 'second', 'graph.json');
const databases: TestDatabaseLocation[] = [];
const servers: TestServer[] = [];
let original: WriteServer;

async function emptyDatabase(): Promise<string> {
  const location = await newTestDatabase();
  databases.push(location);
  return location.database;
}

/** The dataset JSON and every held text of the export at `file`, as bytes keyed by path relative to its folder. */
function exportFiles(file: string): Map<string, Buffer> {
  const texts = file.replace(/\.json$/, '.texts');
  const files = new Map([['graph.json', readFileSync(file)]]);
  for (const name of readdirSync(texts).sort()) files.set(`graph.texts/${name}`, readFileSync(join(texts, name)));
  return files;
}

/**
 * A dataset's records without what an export writes its own way: the context around each span (the store keeps a
 * fixed width of it, a dataset may give any or none) and where the held texts lie.
 */
function comparable(value: unknown): unknown {
  const ownWay = ['prefix', 'suffix', 'textFile'];
  return JSON.parse(JSON.stringify(value, (key, field: unknown) => (ownWay.includes(key) ? undefined : field)));
}

function readExport(file: string): Dataset {
  return JSON.parse(readFileSync(file, 'utf8')) as Dataset;
}

beforeAll(async () => {
  original = await startWriteServer();
  servers.push(original);
  // a write through the API, so that the export carries a review and the claim status it sets
  await succeed(
    original.as(
      'reviewer',
      `mutation { reviewClaim(input: { claim: "${REVIEWED_CLAIM}", ratingValue: 4, ratingLabel: "Mostly true",
        explanation: "About 60,000 votes of 160 million.", sources: [{ url: "https://example.org/results",
        title: "Official results" }] }) { review { id } } }`,
    ),
  );
});

afterAll(async () => {
  killChildren();
  for (const server of servers.splice(0)) await server.close();
  for (const database of databases.splice(0)) await database.remove();
  rmSync(folder, { recursive: true, force: true });
});

describe('claimgraph export', () => {
  it('writes the whole graph as a dataset with its held texts beside it, which verify accepts', async () => {
    const run = await runCli(['export', firstExport], { CLAIMGRAPH_DB: original.databaseFile });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^exported .* to .*graph\.json \(texts in graph\.texts\/\): 3 documents, 6 people, 6 outlets, 1 organization, 6 events, 10 statements, 5 claims, 1 review, 10 relationships, 104 evidence spans\n$/,
    );
    const dataset = readExport(firstExport);
    expect(dataset.format).toBe('claimgraph-dataset/2');
    const article = dataset.documents.find((document) => document.textFile !== undefined)!;
    expect(article.textFile).toBe('graph.texts/thesource-legend-west.txt');
    expect(readFileSync(join(folder, 'first', article.textFile!))).toEqual(
      readFileSync(join(PROJECT_ROOT, 'fixtures', 'thesource-legend-west.txt')),
    );
    expect(dataset.reviews).toHaveLength(1);
    expect(dataset.claims.find((claim) => claim.slug === REVIEWED_CLAIM)?.status).toBe('REVIEWED');
    // no temporary file is left beside it
    expect(readdirSync(join(folder, 'first')).sort()).toEqual(['graph.json', 'graph.texts']);

    const verify = await runCli(['verify', firstExport]);
    expect(verify.stderr).toBe('');
    expect(verify.code).toBe(0);
  });

  it('carries every record of the article and every fact of each, as the fixture writes them', () => {
    const fixture = JSON.parse(readFileSync(join(PROJECT_ROOT, 'fixtures', 'legend-west.dataset.json'), 'utf8'));
    const exported = readExport(firstExport) as unknown as Record<string, { slug: string }[]>;
    for (const collection of ['documents', 'people', 'outlets', 'events', 'statements', 'relationships']) {
      expect(comparable(exported[collection]), collection).toEqual(comparable(fixture[collection]));
    }
    // an alias that reads as the name ("Democrats" for "the Democrats") is not kept as an alias when loaded
    expect(exported.organizations.map((organization) => organization.slug)).toEqual(
      fixture.organizations.map((organization: { slug: string }) => organization.slug),
    );
    const claims = comparable(exported.claims) as { slug: string; status: string }[];
    const fixtureClaims = comparable(fixture.claims) as { slug: string; status: string }[];
    expect(claims.map(({ status: _, ...claim }) => claim)).toEqual(
      fixtureClaims.map(({ status: _, ...claim }) => claim),
    );
  });

  it('carries the facts the fixture does not use: sourced sameAs, responses, an EXTERNAL basis citing both ways', async () => {
    const variant = readFixtureDataset();
    variant.people[0].sameAs = [
      {
        uri: 'https://www.wikidata.org/wiki/Q0',
        source: { url: 'https://www.wikidata.org/wiki/Q0', title: 'Wikidata', accessed: '2024-05' },
      },
    ];
    variant.statements[1].respondsTo = [variant.statements[0].slug];
    const cited = variant.documents.find((document) => document.textFile === undefined)!;
    const state = variant.relationships[0].states[0];
    const date = typeof state.start === 'object' ? state.start.date : (state.start ?? '2018');
    state.start = {
      date,
      knownBy: true,
      basis: { kind: 'EXTERNAL', sources: [{ url: 'https://example.org/a', title: 'A' }], documents: [cited.slug] },
    };
    const written = writeDatasetVariant(variant);
    try {
      const database = await emptyDatabase();
      const imported = await runCli(['import', written.datasetFile], { CLAIMGRAPH_DB: database });
      expect(imported.stderr).toBe('');
      const file = join(folder, 'variant', 'graph.json');
      const run = await runCli(['export', file], { CLAIMGRAPH_DB: database });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const exported = readExport(file);
      for (const collection of ['people', 'statements', 'relationships'] as const) {
        expect(comparable(exported[collection]), collection).toEqual(comparable(variant[collection]));
      }
    } finally {
      written.remove();
    }
  });

  it('imported into an empty database, answers every docs example exactly as the original', async () => {
    const database = await emptyDatabase();
    const run = await runCli(['import', firstExport], { CLAIMGRAPH_DB: database });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const copy = await startTestServer({ databaseFile: database, seedDataset: null });
    servers.push(copy);
    expect(examples.length).toBeGreaterThanOrEqual(10);
    for (const example of [
      ...examples,
      { name: 'the review written through the API', query: REVIEWS_OF_CLAIM, variables: undefined },
    ]) {
      const [expected, answered] = await Promise.all([
        original.graphql(example.query, example.variables),
        copy.graphql(example.query, example.variables),
      ]);
      expect(expected.status, example.name).toBe(200);
      expect(expected.body.errors, example.name).toBeUndefined();
      expect({ ...answered.body, extensions: undefined }, example.name).toEqual({
        ...expected.body,
        extensions: undefined,
      });
    }

    // the copy exported again gives the same files, byte for byte
    const again = await runCli(['export', secondExport], { CLAIMGRAPH_DB: database });
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(exportFiles(secondExport)).toEqual(exportFiles(firstExport));
  }, 60_000);

  it('leaves out a retracted statement, every link to it, and a claim that appeared only in it', async () => {
    const server = await startWriteServer();
    servers.push(server);
    await succeed(
      server.as(
        'admin',
        `mutation { retract(id: "${globalId('Statement', RETRACTED_STATEMENT)}", reason: "misattributed") { node { id } } }`,
      ),
    );
    const file = join(folder, 'retracted', 'graph.json');
    const run = await runCli(['export', file], { CLAIMGRAPH_DB: server.databaseFile });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const fixture = JSON.parse(
      readFileSync(join(PROJECT_ROOT, 'fixtures', 'legend-west.dataset.json'), 'utf8'),
    ) as Dataset;
    const onlyThere = fixture.claims
      .filter((claim) => claim.appearances.every((appearance) => appearance.statement === RETRACTED_STATEMENT))
      .map((claim) => claim.slug);
    expect(onlyThere.length, 'the fixture has a claim made only in that statement').toBeGreaterThan(0);
    for (const claim of onlyThere)
      expect(run.stdout).toContain(`note: left out claim ${claim}: every statement it appeared in is retracted`);

    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(`"${RETRACTED_STATEMENT}"`);
    for (const claim of onlyThere) expect(text).not.toContain(`"${claim}"`);
    const dataset = readExport(file);
    expect(dataset.statements).toHaveLength(fixture.statements.length - 1);
    expect(dataset.claims).toHaveLength(fixture.claims.length - onlyThere.length);
    const verify = await runCli(['verify', file]);
    expect(verify.stderr).toBe('');
    expect(verify.code).toBe(0);
  }, 60_000);
  it('keeps a retracted document that current records still point into, with a note', async () => {
    const server = await startWriteServer();
    servers.push(server);
    await succeed(
      server.as(
        'admin',
        `mutation { retract(id: "${globalId('Document', ARTICLE)}", reason: "withdrawn") { node { id } } }`,
      ),
    );
    const file = join(folder, 'retracted-document', 'graph.json');
    const run = await runCli(['export', file], { CLAIMGRAPH_DB: server.databaseFile });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`note: kept retracted document ${ARTICLE}: current records still point into it`);
    expect(readExport(file).documents.map((document) => document.slug)).toContain(ARTICLE);
    expect((await runCli(['verify', file])).code).toBe(0);
  });

  it('round-trips a graph built by two imports, merged entities and all, ids compared without cursor ids', async () => {
    const source = await emptyDatabase();
    for (const dataset of [join(PROJECT_ROOT, 'fixtures', 'legend-west.dataset.json'), SECOND_FILE]) {
      const imported = await runCli(['import', dataset], { CLAIMGRAPH_DB: source });
      expect(imported.stderr).toBe('');
      expect(imported.code).toBe(0);
    }
    const file = join(folder, 'two-imports', 'graph.json');
    const exported = await runCli(['export', file], { CLAIMGRAPH_DB: source });
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    // the people the second article merged keep the evidence it added: spans in both held documents
    const heldDocuments = readExport(file).documents.filter((document) => document.textFile !== undefined);
    expect(heldDocuments).toHaveLength(2);
    const legend = readExport(file).people.find((person) => person.slug === 'john-legend')!;
    expect(new Set(legend.evidence.map((span) => span.document)).size).toBe(2);

    const copyDatabase = await emptyDatabase();
    expect((await runCli(['import', file], { CLAIMGRAPH_DB: copyDatabase })).code).toBe(0);
    const [before, after] = [
      await startTestServer({ databaseFile: source, seedDataset: null }),
      await startTestServer({ databaseFile: copyDatabase, seedDataset: null }),
    ];
    servers.push(before, after);
    for (const query of [...examples.map((example) => example.query), ...WHOLE_GRAPH]) {
      const variables = examples.find((example) => example.query === query)?.variables;
      const [expected, answered] = await Promise.all([
        before.graphql(query, variables),
        after.graphql(query, variables),
      ]);
      expect(expected.body.errors, query).toBeUndefined();
      expect(withoutCursorIds({ ...answered.body, extensions: undefined }), query).toEqual(
        withoutCursorIds({ ...expected.body, extensions: undefined }),
      );
    }
    const again = join(folder, 'two-imports-again', 'graph.json');
    expect((await runCli(['export', again], { CLAIMGRAPH_DB: copyDatabase })).code).toBe(0);
    expect(exportFiles(again)).toEqual(exportFiles(file));
  }, 90_000);
});

describe('claimgraph export refuses', () => {
  it('to overwrite an existing FILE without --force, and overwrites it with --force', async () => {
    const file = join(folder, 'existing', 'graph.json');
    expect((await runCli(['export', file], { CLAIMGRAPH_DB: original.databaseFile })).code).toBe(0);
    writeFileSync(file, 'an earlier file\n');
    const refused = await runCli(['export', file], { CLAIMGRAPH_DB: original.databaseFile });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(`claimgraph export: ${file} already exists (--force overwrites it)\n`);
    expect(readFileSync(file, 'utf8')).toBe('an earlier file\n');

    const forced = await runCli(['export', file, '--force'], { CLAIMGRAPH_DB: original.databaseFile });
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect(exportFiles(file)).toEqual(exportFiles(firstExport));
    expect(readdirSync(join(folder, 'existing')).sort()).toEqual(['graph.json', 'graph.texts']);
  });

  it('to write an existing texts folder without --force', async () => {
    const file = join(folder, 'texts-only', 'graph.json');
    expect((await runCli(['export', file], { CLAIMGRAPH_DB: original.databaseFile })).code).toBe(0);
    rmSync(file);
    const refused = await runCli(['export', file], { CLAIMGRAPH_DB: original.databaseFile });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `claimgraph export: ${join(folder, 'texts-only', 'graph.texts')} already exists (--force overwrites it)\n`,
    );
    expect(existsSync(file)).toBe(false);
  });

  it('a folder it cannot write, and leaves nothing behind', async () => {
    // a path through a regular file: no folder can be made there, whoever runs the test (root ignores modes)
    const blocker = join(folder, 'not-a-folder');
    writeFileSync(blocker, 'a file\n');
    const file = join(blocker, 'graph.json');
    const run = await runCli(['export', file], { CLAIMGRAPH_DB: original.databaseFile });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^claimgraph export: cannot write .*not-a-folder\/graph\.json: .+\n$/);
    expect(readFileSync(blocker, 'utf8')).toBe('a file\n');
  });

  it('an empty database, with one line saying there is nothing to export', async () => {
    const database = await emptyDatabase();
    expect((await runCli(['migrate'], { CLAIMGRAPH_DB: database })).code).toBe(0);
    const file = join(folder, 'empty', 'graph.json');
    const run = await runCli(['export', file], { CLAIMGRAPH_DB: database });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^claimgraph export: .* holds no records: there is nothing to export\n$/);
    expect(existsSync(join(folder, 'empty'))).toBe(false);
  });

  it.skipIf(ON_POSTGRES)('a SQLite path that names no database, rather than create one there', async () => {
    const missing = join(folder, 'no-such', 'claimgraph.db');
    const run = await runCli(['export', join(folder, 'missing.json')], { CLAIMGRAPH_DB: missing });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`claimgraph export: there is no database at ${missing}\n`);
    expect(existsSync(missing)).toBe(false);
  });

  it('a command line without FILE, as a usage error', async () => {
    const run = await runCli(['export'], { CLAIMGRAPH_DB: original.databaseFile });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^usage: claimgraph export FILE \[--force\][\s\S]*claimgraph export: FILE is missing\n$/,
    );
  });

  it('a second FILE or an unknown option, as usage errors, before touching the database', async () => {
    for (const [args, problem] of [
      [['export', 'a.json', 'b.json'], 'one FILE at a time, got 2'],
      [['export', 'a.json', '--overwrite'], 'unknown option --overwrite'],
    ] as const) {
      const run = await runCli([...args], { CLAIMGRAPH_DB: join(folder, 'never-opened.db') });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        new RegExp(`^usage: claimgraph export FILE[\\s\\S]*claimgraph export: ${problem}\\n$`),
      );
    }
    expect(existsSync(join(folder, 'never-opened.db'))).toBe(false);
  });

  it('nothing on --help, which says what an export leaves out', async () => {
    const run = await runCli(['export', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('retracted records, the change history, which entities were');
    expect(run.stdout).toContain('merged, tokens');
  });
});
